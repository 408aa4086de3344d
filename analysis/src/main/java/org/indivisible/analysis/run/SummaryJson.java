package org.indivisible.analysis.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.indivisible.analysis.statistics.CellSummary;
import org.indivisible.analysis.statistics.EnsembleSummary;

/**
 * {@code summary.json}: per scenario, per treatment, per metric
 * {@code {"mean", "sd", "p05", "p50", "p95", "n"}}. Scenarios and treatments keep the study's
 * order, metrics are sorted; nothing depends on threads, time or the machine.
 */
public final class SummaryJson {

    /** Identifies the layout; bumped when it changes incompatibly. */
    public static final String FORMAT = "indivisible.summary/1";

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    public static byte[] toBytes(EnsembleSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("seed", summary.seed());
        root.put("replications", summary.replications());
        ObjectNode results = root.putObject("results");
        for (CellSummary cell : summary.cells()) {
            ObjectNode scenario = results.has(cell.scenarioId())
                    ? (ObjectNode) results.get(cell.scenarioId())
                    : results.putObject(cell.scenarioId());
            ObjectNode treatment = scenario.putObject(cell.treatmentId());
            cell.metrics().forEach((metric, s) -> {
                ObjectNode m = treatment.putObject(metric);
                m.put("mean", s.mean());
                m.put("sd", s.sd());
                m.put("p05", s.p05());
                m.put("p50", s.p50());
                m.put("p95", s.p95());
                m.put("n", s.n());
            });
        }
        try {
            return (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write summary", e);
        }
    }
}
