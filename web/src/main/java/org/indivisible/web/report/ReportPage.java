package org.indivisible.web.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.data.snapshot.Snapshot;

/**
 * Writes {@code report.html} into a run folder: one {@link OfflinePage} holding the report
 * document ({@link ReportData}), the chart code and the libraries it needs (ECharts 5.6,
 * topojson-client 3.1 and Natural Earth's 1:110m countries from world-atlas 2.0, all bundled from
 * npm at build time), so that it opens in a browser with no network and can be mailed on. About
 * 1.3 MB. Stateless. Runs and commands write it through {@link ReportWriter}.
 */
public final class ReportPage {

    /** The file name in every run folder. */
    public static final String FILE = RunFolder.REPORT;

    private ReportPage() {
    }

    /**
     * Writes (or rewrites) {@code report.html} in {@code runFolder}; written to a temporary file
     * of its own first and moved into place, so a reader never sees half a report and two writers
     * at once do not collide.
     *
     * @return the report file
     */
    public static Path write(Path runFolder, Snapshot snapshot) throws IOException {
        return OfflinePage.writeAtomically(runFolder.resolve(FILE), html(ReportData.of(runFolder, snapshot)));
    }

    /** The page for a report document. */
    public static String html(ObjectNode doc) throws IOException {
        String run = doc.path("manifest").path("study").asText("run") + " (" + doc.path("manifest").path("runId").asText() + ")";
        return OfflinePage.html("indivisible report: " + run, "report-page.html", doc, Map.of(
                "RUN", OfflinePage.escapeHtml(run),
                "TOPOJSON", OfflinePage.scriptSafe(OfflinePage.resource("vendor/topojson-client.min.js")),
                "CHARTS", OfflinePage.scriptSafe(OfflinePage.resource("charts.js")),
                "WORLD", OfflinePage.jsonSafe(OfflinePage.resource("vendor/countries-110m.json"))));
    }
}
