package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hand-entered rows of a snapshot table (flank.csv, campaign.csv): CSV files under {@code
 * /org/indivisible/data/curated/} whose header is the table's, each row with its source, locator
 * and status. {@link SnapshotBuilder} writes them into the snapshot as they are, sorted by id.
 */
final class CuratedRows {

    static final String FOLDER = "/org/indivisible/data/curated/";

    private CuratedRows() {
    }

    /** The rows of {@code name}, sorted by their first column; fails naming the file on a wrong header. */
    static List<List<String>> read(String name, String[] header) {
        try (InputStream in = CuratedRows.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is not on the classpath");
            }
            CsvTable table = CsvTable.read(FOLDER.substring(1) + name, in);
            if (!table.header().equals(List.of(header))) {
                throw new IllegalStateException(FOLDER + name + ": expected the header " + String.join(",", header)
                        + ", got " + String.join(",", table.header()));
            }
            List<List<String>> rows = new ArrayList<>();
            for (CsvTable.Row r : table.rows()) {
                rows.add(List.of(header).stream().map(r::get).toList());
            }
            rows.sort(Comparator.comparing(r -> r.get(0)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    /** Adds the rows to the snapshot table; columns 6 and 8 are the source id and the status. */
    static void write(OutputTable table, List<List<String>> rows) {
        for (List<String> row : rows) {
            table.add(row, row.get(6), row.get(8), 3);
        }
    }
}
