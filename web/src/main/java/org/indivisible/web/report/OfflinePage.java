package org.indivisible.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page that opens in a browser with no network and can be mailed on: report.html, search.html
 * and discovery.html. One shell, offline-page.html, holds what they share: the head with a
 * Content-Security-Policy that allows inline scripts and styles and no connection at all, the
 * style, ECharts, and the page's document as JSON in {@code #page-data}. Each page gives its body
 * (a resource) and the further parts its body names. Stateless.
 */
public final class OfflinePage {

    private static final String RESOURCES = "/org/indivisible/web/";
    /** A placeholder: {@code /*@NAME@*}{@code /} inside a script or style (so it stays valid code), {@code @@NAME@@} elsewhere. */
    private static final Pattern PLACEHOLDER = Pattern.compile("/\\*@(\\w+)@\\*/|@@(\\w+)@@");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OfflinePage() {
    }

    /**
     * The page: the shell around the body resource {@code body}, with {@code title}, the style,
     * ECharts, {@code doc} and {@code parts} (the body's own placeholders) filled in.
     */
    public static String html(String title, String body, ObjectNode doc, Map<String, String> parts) throws IOException {
        Map<String, String> all = new HashMap<>(parts);
        all.put("TITLE", escapeHtml(title));
        all.put("STYLE", resource("style.css"));
        all.put("ECHARTS", scriptSafe(resource("vendor/echarts.min.js")));
        all.put("DATA", jsonSafe(JSON.writeValueAsString(doc)));
        // One pass over shell and body: a value once filled in is never searched for placeholders.
        Matcher m = PLACEHOLDER.matcher(resource("offline-page.html").replace("@@BODY@@", resource(body)));
        StringBuilder out = new StringBuilder(1_500_000);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = all.get(name);
            if (value == null) {
                throw new IllegalStateException(body + " names the part " + name + ", which nothing fills in");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Writes {@link #html} to {@code file}, atomically; returns {@code file}. */
    public static Path write(Path file, String title, String body, ObjectNode doc, Map<String, String> parts) throws IOException {
        return writeAtomically(file, html(title, body, doc, parts));
    }

    /**
     * Writes text to a temporary file of a name of its own beside {@code target} and moves it into
     * place atomically: concurrent writers (two GETs of a report not yet written) each write their
     * own file, and the last move wins whole; a reader never sees half a page.
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

    /** Text of a resource under org/indivisible/web/. */
    public static String resource(String name) throws IOException {
        try (InputStream in = OfflinePage.class.getResourceAsStream(RESOURCES + name)) {
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
