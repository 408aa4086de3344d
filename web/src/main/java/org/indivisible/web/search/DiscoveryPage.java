package org.indivisible.web.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.indivisible.web.report.OfflinePage;

/**
 * {@code discovery.html}: a scenario discovery's boxes as one self-contained page that opens
 * offline: for each PRIM box, the peeling trajectory (coverage against density, the chosen step
 * marked), the box drawn inside each restricted parameter's range, and the case rate inside the
 * box by treatment beside the overall rate. The data is the document {@code indivisible
 * discover} builds; an {@link OfflinePage}, like report.html.
 */
public final class DiscoveryPage {

    public static final String FILE = "discovery.html";

    private DiscoveryPage() {
    }

    /** Writes {@code discovery.html} into the discovery's folder; returns its path. */
    public static Path write(Path folder, ObjectNode doc) throws IOException {
        return OfflinePage.write(folder.resolve(FILE), "Scenario discovery: " + doc.path("outcome").asText("outcome"),
                "discovery-page.html", doc, Map.of());
    }
}
