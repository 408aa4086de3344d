package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole, with a header row, whose cells are looked up by column name. Every
 * error names the file, the line and the column, so a malformed source or snapshot file can be
 * fixed without a debugger. Immutable.
 *
 * @param file the name used in error messages (a path or a classpath resource)
 * @param header column names in file order
 * @param rows data rows in file order
 */
public record CsvTable(String file, List<String> header, List<Row> rows) {

    /** A decimal number as the snapshot's tables write them. */
    static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
            "[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** The format of every file the snapshot writes: RFC 4180 with {@code \n} line ends. */
    static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param file the file it was read from
     * @param columns column name to 0-based position, shared by the rows of one file
     * @param line the physical line the row starts on (the header is line 1)
     * @param cells the cells as text, exactly as in the file
     */
    public record Row(String file, Map<String, Integer> columns, long line, List<String> cells) {

        /** The cell under {@code column}; fails naming file, line and column if it is absent. */
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(file + ": no column '" + column + "'");
            }
            if (index >= cells.size()) {
                throw error(column, "the row has " + cells.size() + " cells, fewer than the header");
            }
            return cells.get(index);
        }

        public int getInt(String column) {
            String text = get(column).trim();
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw error(column, "expected a whole number, got '" + text + "'");
            }
        }

        /**
         * The cell as a finite decimal number ({@code 12}, {@code -0.5}, {@code 1.0E-4}); NaN,
         * infinities, overflow such as {@code 1e999}, hexadecimal and Java's {@code d}/{@code f}
         * suffixes are refused naming file, line and column (found by fuzzing, docs/reliability.md).
         */
        public double getDouble(String column) {
            String text = get(column).trim();
            if (!DECIMAL.matcher(text).matches()) {
                throw error(column, "expected a number, got '" + text + "'");
            }
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw error(column, "expected a finite number, got '" + text + "'");
            }
            return value;
        }

        /** An error about this row's cell in {@code column}, naming file, line and column. */
        public IllegalArgumentException error(String column, String message) {
            return new IllegalArgumentException(file + ": line " + line + ", column '" + column + "': " + message);
        }
    }

    /** Reads a file from disk; {@code .gz} files are decompressed. */
    public static CsvTable read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), path.toString().endsWith(".gz") ? new GZIPInputStream(in) : in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads UTF-8 CSV from a stream (not closed here) whose first record is the header. */
    public static CsvTable read(String file, InputStream in) {
        List<String> header = null;
        Map<String, Integer> columns = Map.of();
        List<Row> rows = new ArrayList<>();
        try {
            CSVParser parser = CSVFormat.RFC4180.builder().get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = new ArrayList<>(cells);
                    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                        header.set(0, header.get(0).substring(1));
                    }
                    Map<String, Integer> positions = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        positions.putIfAbsent(header.get(i), i);
                    }
                    columns = Map.copyOf(positions);
                } else {
                    rows.add(new Row(file, columns, line, List.copyOf(cells)));
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": malformed CSV: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new IllegalArgumentException(file + ": empty file, expected a header row");
        }
        return new CsvTable(file, header, rows);
    }

    /** Fails naming the file unless the header is exactly {@code expected}. */
    public CsvTable requireHeader(List<String> expected) {
        if (!header.equals(expected)) {
            throw new IllegalArgumentException(file + ": line 1: expected columns " + expected + ", got " + header);
        }
        return this;
    }
}
