package org.indivisible.analysis.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.analysis.statistics.MetricSummary;

/**
 * {@code summary.json}: per scenario, per treatment, per metric
 * {@code {"mean", "sd", "p05", "p50", "p95", "n"}}. Scenarios and treatments keep the study's
 * order, metrics are sorted; nothing depends on threads, time or the machine.
 *
 * <p>Written as a stream (no document tree, no string of the whole file): a study of 1,000
 * cells has a summary of about 500 MB, which a tree would need several times over in heap.
 */
public final class SummaryJson {

    /** Identifies the layout; bumped when it changes incompatibly. */
    public static final String FORMAT = "indivisible.summary/1";

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The whole file in memory; for small summaries (tests, the server's answers). */
    public static byte[] toBytes(EnsembleSummary summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(summary, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the file to {@code out} (not closed), byte for byte what {@link #toBytes} gives. */
    public static void write(EnsembleSummary summary, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(new NotClosing(out), JsonEncoding.UTF8)) {
            write(summary, g);
        }
        out.write('\n');
    }

    /** Writes the file to {@code out} (not closed) as characters. */
    public static void write(EnsembleSummary summary, java.io.Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            write(summary, g);
        }
        out.write('\n');
    }

    private static void write(EnsembleSummary summary, JsonGenerator g) throws IOException {
        // Cells of one scenario are grouped under it, in the order scenarios first appear.
        Map<String, Map<String, CellSummary>> byScenario = new LinkedHashMap<>();
        for (CellSummary cell : summary.cells()) {
            byScenario.computeIfAbsent(cell.scenarioId(), k -> new LinkedHashMap<>()).put(cell.treatmentId(), cell);
        }
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("seed", summary.seed());
        g.writeNumberField("replications", summary.replications());
        g.writeObjectFieldStart("results");
        for (Map.Entry<String, Map<String, CellSummary>> scenario : byScenario.entrySet()) {
            g.writeObjectFieldStart(scenario.getKey());
            for (CellSummary cell : scenario.getValue().values()) {
                g.writeObjectFieldStart(cell.treatmentId());
                for (Map.Entry<String, MetricSummary> e : cell.metrics().entrySet()) {
                    MetricSummary s = e.getValue();
                    g.writeObjectFieldStart(e.getKey());
                    g.writeNumberField("mean", s.mean());
                    g.writeNumberField("sd", s.sd());
                    g.writeNumberField("p05", s.p05());
                    g.writeNumberField("p50", s.p50());
                    g.writeNumberField("p95", s.p95());
                    g.writeNumberField("n", s.n());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Lets the generator close without closing the caller's stream. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
