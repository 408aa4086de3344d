package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVPrinter;

/**
 * A snapshot table while the builder fills it: its rows in output order and, for the manifest,
 * how many values of each status it holds and which sources they cite. Mutable, used by one
 * thread inside {@link SnapshotBuilder} only.
 */
final class OutputTable {

    final String name;
    final String description;
    final String transform;
    final List<String> header;
    final List<List<String>> rows = new ArrayList<>();
    final SortedMap<String, Integer> valuesByStatus = new TreeMap<>();
    final Set<String> sourceIds = new TreeSet<>();
    int values;

    OutputTable(String name, String description, String transform, List<String> header) {
        this.name = name;
        this.description = description;
        this.transform = transform;
        this.header = List.copyOf(header);
    }

    /**
     * Adds a row with {@code valueCount} numeric values of the given status citing {@code sourceId};
     * fails if the row's width differs from the header.
     */
    void add(List<String> cells, String sourceId, String status, int valueCount) {
        if (cells.size() != header.size()) {
            throw new IllegalStateException(name + ": row " + cells + " has " + cells.size() + " cells, header has "
                    + header.size());
        }
        rows.add(List.copyOf(cells));
        sourceIds.add(sourceId);
        if (valueCount > 0) {
            valuesByStatus.merge(status, valueCount, Integer::sum);
        }
        values += valueCount;
    }

    /** Writes the table as UTF-8 CSV ({@code \n} line ends), gzipped when the name ends in {@code .gz}. */
    void write(Path dir) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CsvTable.WRITE_FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
