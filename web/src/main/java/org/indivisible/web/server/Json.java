package org.indivisible.web.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.RunComparison;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.scenario.Treatment;

/**
 * The API's JSON (openapi.yaml): request bodies read, answers and errors sent, and the documents
 * of its resources (a job, a listed run, a listed study, a comparison) built from the analysis'
 * types. The routes hand it values and never build JSON themselves. Stateless.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void send(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType("application/json").result(node.toString());
    }

    /** An error answer {status, error}; a 429 says when to try again. */
    static void error(Context ctx, int status, String message) {
        ObjectNode o = object();
        o.put("status", status);
        o.put("error", message);
        if (status == 429) {
            ctx.header("Retry-After", "30");
        }
        send(ctx, status, o);
    }

    /** A 500: the reference of the server log's line, never the exception. */
    static void internalError(Context ctx, String reference) {
        ObjectNode o = object();
        o.put("status", 500);
        o.put("error", "internal error (reference " + reference + "; the detail is in the server log)");
        o.put("reference", reference);
        send(ctx, 500, o);
    }

    /** The request body as a JSON object; anything else is a 400 that says where the JSON broke. */
    static ObjectNode body(Context ctx) {
        try {
            JsonNode n = MAPPER.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new ApiError(400, "the request body must be a JSON object");
            }
            return (ObjectNode) n;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ApiError(400, "the request body is not JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ApiError(400, "the request body could not be read");
        }
    }

    /** A list of ids in the request body: absent or null for none; anything but a list of strings is a 400. */
    static List<String> strings(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray() && n.isEmpty()) {
            throw new ApiError(400, "'" + field + "' is empty: choose at least one, or leave the field out for all");
        }
        if (!n.isArray()) {
            throw new ApiError(400, "'" + field + "' must be a list of ids, e.g. \"" + field + "\": [\"" + (field.equals("treatments")
                    ? "P0" : "baseline") + "\"]; got " + n.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(n.toString()));
        }
        for (JsonNode x : n) {
            if (!x.isTextual()) {
                throw new ApiError(400, "'" + field + "' must hold ids as strings; got " + abbreviate(x.toString()));
            }
            out.add(x.asText());
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** A job of the run queue; its error as {@code rules} lets it be shown. */
    static ObjectNode job(RunQueue.Job j, HttpRules rules) {
        ObjectNode o = object();
        o.put("id", j.id());
        o.put("label", j.label());
        o.put("state", j.state().name().toLowerCase(Locale.ROOT));
        o.put("done", j.done());
        o.put("total", j.total());
        if (j.runId() != null) {
            o.put("runId", j.runId());
        }
        o.put("elapsedMs", j.elapsedMillis());
        if (j.etaSeconds() >= 0) {
            o.put("etaSeconds", j.etaSeconds());
        }
        if (j.error() != null) {
            o.put("error", rules.publicMessage(500, j.error()));
        }
        return o;
    }

    /**
     * A complete run as listed. The folder's name is the id every route takes; a folder copied or
     * renamed keeps its manifest's id, which is then shown beside it, marked.
     *
     * @param name the name the dashboard gave it, or null
     */
    static ObjectNode run(String folderName, RunManifest m, String name, boolean hasStore) {
        ObjectNode o = object();
        o.put("runId", folderName);
        if (!folderName.equals(m.runId())) {
            o.put("manifestRunId", m.runId());
            o.put("idMismatch", true);
        }
        o.put("study", m.study());
        if (name != null) {
            o.put("name", name);
        }
        o.put("seed", m.seed());
        o.put("replications", m.replications());
        ArrayNode sc = o.putArray("scenarios");
        m.scenarios().forEach(sc::add);
        ArrayNode tr = o.putArray("treatments");
        m.treatments().forEach(tr::add);
        o.put("finishedUtc", m.createdUtc());
        o.put("dataSnapshot", m.dataSnapshot());
        o.put("hasStore", hasStore);
        return o;
    }

    /** A study file as listed: what it runs, or how many problems it has. */
    static ObjectNode study(String file, Study st) {
        ObjectNode o = object();
        o.put("file", file);
        o.put("id", st.id());
        o.put("name", st.name());
        o.put("replications", st.replications());
        o.put("seed", st.seed());
        ArrayNode sc = o.putArray("scenarios");
        st.scenarioIds().forEach(sc::add);
        ArrayNode tr = o.putArray("treatments");
        for (Treatment t : st.treatments()) {
            tr.addObject().put("id", t.id()).put("description", t.description());
        }
        return o;
    }

    static ObjectNode studyWithProblems(String file, int problems) {
        ObjectNode o = object();
        o.put("file", file);
        o.put("problems", problems);
        return o;
    }

    /** A validation problem: where and what. */
    static ObjectNode problem(String file, int line, int column, String path, String message, String text) {
        ObjectNode o = object();
        if (file != null) {
            o.put("file", file);
        }
        return o.put("line", line).put("column", column).put("path", path).put("message", message).put("text", text);
    }

    /** Two runs compared (/api/compare): the differences grouped by cell, in the comparison's order. */
    static ObjectNode comparison(String a, String b, RunComparison.Between between) {
        RunComparison rc = between.comparison();
        ObjectNode out = object();
        out.put("a", a);
        out.put("b", b);
        out.put("pairing", between.pairing());
        out.put("fdr", RunComparison.FDR);
        out.put("tests", rc.tests());
        out.put("marked", rc.marked());
        out.put("markedBeforeAdjustment", rc.unadjusted());
        out.put("roundingZeros", rc.roundingZeros());
        out.put("rule", "B - A per metric and cell; marked: a discovery at a false discovery rate of 5% over all " + rc.tests()
                + " differences (Benjamini-Hochberg); differences within 1e-9 of the mean (floating-point rounding) are 0");
        ArrayNode cmp = out.putArray("comparisons");
        Map<String, ArrayNode> byCell = new LinkedHashMap<>();
        for (RunComparison.Row r : rc.rows()) {
            ArrayNode diffs = byCell.computeIfAbsent(r.scenario() + "/" + r.treatment(), k -> {
                ObjectNode o = cmp.addObject();
                o.put("scenario", r.scenario());
                o.put("treatment", r.treatment());
                return o.putArray("differences");
            });
            Difference d = r.difference();
            ObjectNode x = diffs.addObject();
            x.put("metric", d.metric());
            x.put("a", d.baselineMean());
            x.put("b", d.treatmentMean());
            x.put("difference", r.shownDifference());
            x.put("low", r.roundingZero() || !Double.isFinite(d.low()) ? 0 : d.low());
            x.put("high", r.roundingZero() || !Double.isFinite(d.high()) ? 0 : d.high());
            x.put("n", d.n());
            x.put("significant", !r.roundingZero() && d.significant());
            x.put("marked", r.markedAfterAdjustment());
            x.put("p", r.pValue());
            x.put("roundingZero", r.roundingZero());
            x.put("headline", r.headline());
            x.put("method", d.method().label());
            if (Double.isFinite(d.mde())) {
                x.put("mde", d.mde());
            }
            x.put("constant", d.constant() || r.roundingZero());
        }
        return out;
    }
}
