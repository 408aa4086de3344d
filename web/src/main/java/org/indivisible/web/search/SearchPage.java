package org.indivisible.web.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.indivisible.web.report.OfflinePage;

/**
 * {@code search.html}: a search's results as one self-contained page that opens offline, like
 * report.html (an {@link OfflinePage}): the trade-off as parallel coordinates (every candidate,
 * the Pareto set drawn over it, the study's treatments marked), a cost-risk scatter with the
 * treatments beside the Pareto set, and the hypervolume by generation. The data is the document
 * {@code indivisible search} builds (its search.json plus the candidates); the page draws it
 * with ECharts.
 */
public final class SearchPage {

    public static final String FILE = "search.html";

    private SearchPage() {
    }

    /** Writes {@code search.html} into the search's folder; returns its path. */
    public static Path write(Path folder, ObjectNode doc) throws IOException {
        return OfflinePage.write(folder.resolve(FILE), doc.path("study").asText("search") + " search", "search-page.html",
                doc, Map.of());
    }
}
