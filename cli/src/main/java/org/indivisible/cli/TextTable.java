package org.indivisible.cli;

import java.util.List;

/** Left-aligned first columns, right-aligned numbers, a rule under the header. */
final class TextTable {

    private TextTable() {
    }

    /** @param leftColumns how many leading columns are text (left-aligned) */
    static String render(List<String[]> rows, int leftColumns) {
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = r[i];
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i < leftColumns ? cell + pad : pad + cell);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                int total = 0;
                for (int w : width) {
                    total += w;
                }
                sb.append("-".repeat(total + 2 * (cols - 1))).append('\n');
            }
        }
        return sb.toString();
    }
}
