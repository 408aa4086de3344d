package org.indivisible.model.parameter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A mechanism's default parameters as a table beside its class: a tab-separated resource with the
 * header {@code parameter value distribution low high unit source_id status note}, one
 * parameter a line ({@code distribution} is {@code fixed}, {@code uniform} or {@code
 * triangular}, whose mode is {@code value}). Lines starting with {@code #} are comments. The
 * numbers live in one table a reader can scan, not in a list of constructor calls.
 */
public final class ParameterTable {

    static final List<String> HEADER = List.of("parameter", "value", "distribution", "low", "high", "unit", "source_id",
            "status", "note");

    private ParameterTable() {
    }

    /**
     * Reads {@code resource} next to {@code owner}, sorted by id.
     *
     * @throws IllegalStateException naming the file, line and column of a bad entry
     */
    public static List<UncertainParameter> read(Class<?> owner, String resource) {
        String file = owner.getPackageName().replace('.', '/') + "/" + resource;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath");
            }
            return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<UncertainParameter> parse(String file, List<String> lines) {
        List<UncertainParameter> list = new ArrayList<>();
        boolean header = true;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cell = line.split("\t", -1);
            String at = file + ":" + (n + 1) + ": ";
            if (header) {
                if (!List.of(cell).equals(HEADER)) {
                    throw new IllegalStateException(at + "expected the header " + String.join(" ", HEADER));
                }
                header = false;
                continue;
            }
            if (cell.length != HEADER.size()) {
                throw new IllegalStateException(at + "expected " + HEADER.size() + " tab-separated columns, got "
                        + cell.length);
            }
            double value = number(cell, 1, at);
            Distribution d = switch (cell[2]) {
                case "fixed" -> new Distribution.Fixed(value);
                case "uniform" -> new Distribution.Uniform(number(cell, 3, at), number(cell, 4, at));
                case "triangular" -> new Distribution.Triangular(number(cell, 3, at), value, number(cell, 4, at));
                default -> throw new IllegalStateException(at + "column 'distribution': expected fixed, uniform or "
                        + "triangular, got '" + cell[2] + "'");
            };
            try {
                list.add(new UncertainParameter(cell[0], value, d, cell[5], cell[6], Status.parse(cell[7]), cell[8]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + cell[0] + ": " + e.getMessage(), e);
            }
        }
        list.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(list);
    }

    private static double number(String[] cell, int column, String at) {
        try {
            return Double.parseDouble(cell[column]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(at + "column '" + HEADER.get(column) + "': expected a number, got '"
                    + cell[column] + "'", e);
        }
    }
}
