package org.indivisible.model.metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/metrics.md's table and the catalogue agree: every family has a row, every id pattern in a
 * row's first column is a family, and the row's unit is the family's.
 */
class MetricsDocTest {

    /** The repository's docs/, from the model module (Maven runs tests in the module's folder). */
    static final Path DOC = Path.of("..", "docs", "metrics.md");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");

    @Test
    void theDocsTableListsEveryFamilyWithItsUnit() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        Map<String, Metric> byPattern = new HashMap<>();
        for (Metric m : Metric.values()) {
            byPattern.put(m.pattern(), m);
        }
        Set<Metric> documented = EnumSet.noneOf(Metric.class);
        List<String> problems = new ArrayList<>();
        boolean inSection = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                inSection = line.equals("## Available now");
                continue;
            }
            if (!inSection || !line.startsWith("| `")) {
                continue;
            }
            String where = DOC + " line " + (i + 1) + ": ";
            // Cells split on pipes not escaped as \|.
            String[] cells = line.substring(1).split("(?<!\\\\)\\|");
            if (cells.length < 3) {
                problems.add(where + "a row needs id, unit and meaning cells: " + line);
                continue;
            }
            String unit = cells[1].trim();
            Matcher ids = TICKED.matcher(cells[0]);
            while (ids.find()) {
                Metric m = byPattern.get(ids.group(1));
                if (m == null) {
                    problems.add(where + "`" + ids.group(1) + "` is not a family of the catalogue (org.indivisible.model.metric.Metric)");
                } else if (!documented.add(m)) {
                    problems.add(where + "`" + m.pattern() + "` has a row already");
                } else if (!m.unit().equals(unit)) {
                    problems.add(where + "`" + m.pattern() + "` unit '" + unit + "' but the catalogue's is '" + m.unit() + "'");
                }
            }
        }
        for (Metric m : Metric.values()) {
            if (!documented.contains(m)) {
                problems.add(DOC + ": no row for " + m + " `" + m.pattern() + "` (" + m.unit() + ")");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
