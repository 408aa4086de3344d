package org.indivisible.web.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import org.indivisible.analysis.comparison.RunComparison;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.metric.MetricSelection;
import org.indivisible.store.RunResults;

/** {@code /api/compare?a=&b=}: run B against run A, cell by cell ({@link RunComparison#between}, as {@code indivisible compare A B}). */
final class CompareRoutes {

    private final RunFolders runs;

    CompareRoutes(RunFolders runs) {
        this.runs = runs;
    }

    void register(Javalin app) {
        app.get("/api/compare", this::compare);
    }

    /** The channel splits of GDP (gdp_change_*.<ID>.<channel>) stay in summary.json: the page compares the rest. */
    private static final MetricSelection CHANNELS = MetricSelection.of(Metric.GDP_CHANGE_PCT_Y1_CHANNEL,
            Metric.GDP_CHANGE_USD_Y1_CHANNEL, Metric.GDP_CHANGE_PCT_CUM_CHANNEL);

    static boolean compared(String metric) {
        return !CHANNELS.contains(metric);
    }

    private void compare(Context ctx) throws IOException {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || b == null) {
            throw new ApiError(400, "compare needs two runs: /api/compare?a=<run-id>&b=<run-id>");
        }
        Path fa = runs.complete(a);
        Path fb = runs.complete(b);
        long seedA = RunFolder.of(fa).readManifest().seed();
        long seedB = RunFolder.of(fb).readManifest().seed();
        RunComparison.Between between;
        try (RunResults ra = RunResults.open(fa); RunResults rb = RunResults.open(fb)) {
            between = RunComparison.between(seedA, ra, seedB, rb, CompareRoutes::compared);
        }
        ObjectNode out = Json.comparison(a, b, between);
        if (out.path("comparisons").isEmpty()) {
            throw new ApiError(422, "runs " + a + " and " + b + " share no (scenario, treatment)");
        }
        Json.send(ctx, 200, out);
    }
}
