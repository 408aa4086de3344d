package org.indivisible.web.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indivisible.web.report.ReportPage;

/**
 * {@code search.html}: a search's results as one self-contained page that opens offline, like
 * report.html: the trade-off as parallel coordinates (every candidate, the Pareto set drawn
 * over it, the study's treatments marked), a cost-risk scatter with the treatments beside the
 * Pareto set, and the hypervolume by generation. The data is the document {@code indivisible
 * search} builds (its search.json plus the candidates); the page draws it with ECharts.
 */
public final class SearchPage {

    public static final String FILE = "search.html";
    private static final Pattern PLACEHOLDER = Pattern.compile("/\\*@(\\w+)@\\*/|@@(\\w+)@@");

    private SearchPage() {
    }

    /** Writes {@code search.html} into the search's folder; returns its path. */
    public static Path write(Path folder, ObjectNode doc) throws IOException {
        return write(folder, FILE, "search-template.html", doc.path("study").asText("search") + " search", doc);
    }

    /**
     * Writes a self-contained page: the template with the style, ECharts and the document
     * filled in, through a temporary file moved into place (a reader never sees half a page).
     */
    static Path write(Path folder, String file, String templateName, String title, ObjectNode doc) throws IOException {
        String template = ReportPage.resource(templateName);
        Map<String, String> parts = Map.of(
                "TITLE", escapeHtml(title),
                "STYLE", ReportPage.resource("style.css"),
                "ECHARTS", ReportPage.resource("vendor/echarts.min.js").replaceAll("(?i)</script", "<\\\\/script"),
                "DATA", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(doc).replace("<", "\\u003c"));
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parts.get(m.group(1) != null ? m.group(1) : m.group(2))));
        }
        m.appendTail(out);
        return ReportPage.writeAtomically(folder.resolve(file), out.toString());
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
