package org.indivisible.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.data.snapshot.Snapshot;

/**
 * Writes {@code report.html} into a run folder: one file holding the report document ({@link
 * ReportData}), the chart code and the libraries it needs (ECharts 5.6, topojson-client 3.1 and
 * Natural Earth's 1:110m countries from world-atlas 2.0, all bundled from npm at build time), so
 * that it opens in a browser with no network and can be mailed on. About 1.3 MB. Stateless. Runs
 * and commands write it through {@link ReportWriter}.
 */
public final class ReportPage {

    /** The file name in every run folder. */
    public static final String FILE = RunFolder.REPORT;

    static final String RESOURCES = "/org/indivisible/web/";
    private static final Pattern PLACEHOLDER = Pattern.compile("@(TITLE|STYLE|ECHARTS|TOPOJSON|CHARTS|DATA|WORLD)@");
    private static final ObjectMapper JSON = new ObjectMapper();

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
        ObjectNode doc = ReportData.of(runFolder, snapshot);
        String html = html(doc);
        return writeAtomically(runFolder.resolve(FILE), html);
    }

    /**
     * Writes text to a temporary file of a name of its own beside {@code target} and moves it into
     * place atomically: concurrent writers (two GETs of a report not yet written) each write their
     * own file, and the last move wins whole.
     */
    public static Path writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /** The page for a report document. */
    public static String html(ObjectNode doc) throws IOException {
        String title = doc.path("manifest").path("study").asText("run") + " (" + doc.path("manifest").path("runId").asText() + ")";
        Map<String, String> parts = Map.of(
                "TITLE", escapeHtml(title),
                "STYLE", resource("style.css"),
                "ECHARTS", scriptSafe(resource("vendor/echarts.min.js")),
                "TOPOJSON", scriptSafe(resource("vendor/topojson-client.min.js")),
                "CHARTS", scriptSafe(resource("charts.js")),
                "DATA", jsonSafe(JSON.writeValueAsString(doc)),
                "WORLD", jsonSafe(resource("vendor/countries-110m.json")));
        Matcher m = PLACEHOLDER.matcher(resource("report-template.html"));
        StringBuilder out = new StringBuilder(1_500_000);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parts.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text of a resource under org/indivisible/web/. */
    public static String resource(String name) throws IOException {
        try (InputStream in = ReportPage.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCES + name
                        + " (the web module bundles its front-end libraries at build time: mvn -pl web package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Script text that cannot close the script element it is inlined in. */
    static String scriptSafe(String text) {
        return text.replaceAll("(?i)</script", "<\\\\/script");
    }

    /** JSON that cannot close its script element: every '<' (only ever inside strings) as \\u003c. */
    static String jsonSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
