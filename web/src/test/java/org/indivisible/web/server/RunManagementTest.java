package org.indivisible.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.indivisible.analysis.run.RunLock;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.WebFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's run management (issue 21 item 6): naming a run, deleting one (never outside the
 * runs folder, never one a writer holds), and cancelling a run that is going on, with its ETA.
 */
class RunManagementTest {

    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Path out;
    static WebServer server;
    static String url;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        out = Files.createDirectories(tmp.resolve("out"));
        server = new WebServer(ServerSettings.defaults(WebFixtures.SCENARIOS, out).withPort(0), EmbeddedSnapshot.load());
        server.start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunIsNamedAndTheNameListed() throws Exception {
        StudyRun.Result r = WebFixtures.baselineRun(out, 2, 3);
        String id = r.manifest().runId();
        assertEquals(200, send("PUT", "api/runs/" + id + "/name", "{\"name\": \"  Pledges check, seed 3 \"}").statusCode());
        JsonNode listed = listed(id);
        assertEquals("Pledges check, seed 3", listed.path("name").asText());
        assertEquals(400, send("PUT", "api/runs/" + id + "/name", "{\"name\": \"two\\nlines\"}").statusCode());
        assertEquals(400, send("PUT", "api/runs/" + id + "/name", "{\"name\": \"" + "x".repeat(121) + "\"}").statusCode());
        assertEquals(404, send("PUT", "api/runs/no-such-run/name", "{\"name\": \"a\"}").statusCode());
        // An empty name removes it; the manifest is never touched.
        byte[] manifest = Files.readAllBytes(r.folder().resolve("manifest.json"));
        assertEquals(200, send("PUT", "api/runs/" + id + "/name", "{\"name\": \"\"}").statusCode());
        assertFalse(listed(id).has("name"));
        assertEquals(new String(manifest), Files.readString(r.folder().resolve("manifest.json")));
    }

    @Test
    void deletingRefusesPathsOutsideTheRunsFolderAndRunsInUse() throws Exception {
        StudyRun.Result kept = WebFixtures.baselineRun(out, 2, 4);
        // Outside the runs folder: a run folder elsewhere, reached through a symbolic link in out/.
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        StudyRun.Result outside = WebFixtures.baselineRun(elsewhere, 2, 5);
        Files.createSymbolicLink(out.resolve("linked-run"), outside.folder());
        for (String id : new String[] {"linked-run", "..", "..%2Felsewhere", "%2e%2e", "." , ".hidden", "linked-run%2F..%2F.."}) {
            int status = send("DELETE", "api/runs/" + id, null).statusCode();
            assertTrue(status == 403 || status == 404 || status == 400, id + " answered " + status);
        }
        assertTrue(Files.isRegularFile(outside.folder().resolve("manifest.json")), "the run outside out/ is still there");
        assertTrue(Files.isSymbolicLink(out.resolve("linked-run")));
        // In use: a writer holds the folder (as --resume would).
        String id = kept.manifest().runId();
        try (RunLock lock = RunLock.acquire(kept.folder())) {
            HttpResponse<String> r = send("DELETE", "api/runs/" + id, null);
            assertEquals(409, r.statusCode(), r.body());
            assertTrue(r.body().contains("in use"), r.body());
        }
        assertTrue(Files.isRegularFile(kept.folder().resolve("manifest.json")), "a run in use is not deleted");
        // Free: deleted, gone from the list and from disk, nothing left behind.
        HttpResponse<String> r = send("DELETE", "api/runs/" + id, null);
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(Files.exists(kept.folder()));
        assertEquals(404, send("GET", "api/runs/" + id, null).statusCode());
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".deleting-")), "no half-deleted folder left");
        }
        assertEquals(404, send("DELETE", "api/runs/" + id, null).statusCode());
    }

    @Test
    void aRunningRunIsCancelledAndLeavesNothing() throws Exception {
        Path cancelOut = Files.createDirectories(tmp.resolve("cancel-out"));
        try (WebServer s = new WebServer(ServerSettings.defaults(WebFixtures.SCENARIOS, cancelOut).withPort(0), EmbeddedSnapshot.load())) {
            s.start();
            String base = s.url();
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "api/runs"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"file\": \"default-study.yaml\", \"replications\": 5000, \"scenarios\": [\"baseline\"], \"treatments\": [\"P0\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, started.statusCode(), started.body());
            String job = JSON.readTree(started.body()).path("id").asText();
            JsonNode state = waitFor(base, job, j -> j.path("done").asLong() > 0);
            assertEquals("running", state.path("state").asText());
            assertTrue(state.has("etaSeconds") && state.path("etaSeconds").asLong() >= 0, "an ETA once replications are done: " + state);
            HttpResponse<String> cancel = http.send(HttpRequest.newBuilder(URI.create(base + "api/jobs/" + job)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, cancel.statusCode(), cancel.body());
            JsonNode end = waitFor(base, job, j -> !j.path("state").asText().equals("running"));
            assertEquals("cancelled", end.path("state").asText(), end.toString());
            assertNotEquals(5000, end.path("done").asLong());
            try (Stream<Path> files = Files.list(cancelOut)) {
                assertEquals(0, files.count(), "a cancelled run leaves no folder, partial or complete");
            }
            // Cancelling again says it is over.
            assertEquals(409, http.send(HttpRequest.newBuilder(URI.create(base + "api/jobs/" + job)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    JsonNode waitFor(String base, String job, java.util.function.Predicate<JsonNode> until) throws Exception {
        JsonNode j = null;
        for (int i = 0; i < 1200; i++) {
            j = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "api/jobs/" + job)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (until.test(j) || j.path("state").asText().equals("failed")) {
                return j;
            }
            Thread.sleep(100);
        }
        return j;
    }

    JsonNode listed(String id) throws Exception {
        for (JsonNode r : JSON.readTree(send("GET", "api/runs", null).body())) {
            if (r.path("runId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " not listed");
    }
}
