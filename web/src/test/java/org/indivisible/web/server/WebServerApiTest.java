package org.indivisible.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.store.RunResults;
import org.indivisible.web.WebFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real runs: listing, downloads, comparing two runs, saving a scenario. */
class WebServerApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static StudyRun.Result first;
    static StudyRun.Result second;
    static WebServer server;
    static String url;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void twoRuns() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        first = WebFixtures.baselineRun(out, 2, 5);
        second = WebFixtures.baselineRun(out, 2, 5);
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(WebFixtures.SCENARIOS.resolve("baseline.yaml"), scenarios.resolve("baseline.yaml"));
        server = new WebServer(ServerSettings.defaults(scenarios, out).withPort(0), EmbeddedSnapshot.load());
        server.start();
        url = server.url();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listsRunsNewestFirst() throws Exception {
        JsonNode runs = JSON.readTree(get("api/runs").body());
        assertEquals(2, runs.size());
        assertEquals(second.manifest().runId(), runs.get(0).path("runId").asText());
        assertEquals(5, runs.get(0).path("seed").asLong());
    }

    @Test
    void twoRunsOfTheSameInputsDifferByNothing() throws Exception {
        HttpResponse<String> r = get("api/compare?a=" + first.manifest().runId() + "&b=" + second.manifest().runId());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode c = JSON.readTree(r.body());
        assertTrue(c.path("pairing").asText().startsWith("same seed 5"));
        int differences = 0;
        for (JsonNode cell : c.path("comparisons")) {
            for (JsonNode d : cell.path("differences")) {
                assertEquals(0.0, d.path("difference").asDouble(), d.path("metric").asText());
                differences++;
            }
        }
        assertTrue(differences > 100, "differences: " + differences);
    }

    @Test
    void csvHoldsEveryReplicationsMetrics() throws Exception {
        HttpResponse<String> r = get("api/runs/" + first.manifest().runId() + "/metrics.csv");
        assertEquals(200, r.statusCode());
        String[] lines = r.body().split("\n");
        assertEquals("run_id,scenario,treatment,replication,metric,value", lines[0]);
        long rows = 0;
        try (RunResults results = RunResults.open(first.folder())) {
            for (String[] cell : results.cells()) {
                for (var m : results.values(cell[0], cell[1]).values()) {
                    rows += m.size();
                }
            }
        }
        assertEquals(rows, lines.length - 1);
        HttpResponse<byte[]> parquet = http.send(HttpRequest.newBuilder(URI.create(url + "api/runs/" + first.manifest().runId()
                + "/files/metrics.parquet")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, parquet.statusCode());
        assertEquals("PAR1", new String(parquet.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theReportIsServedWithItsOwnPolicy() throws Exception {
        HttpResponse<String> r = get("runs/" + first.manifest().runId() + "/report.html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("connect-src 'none'"));
        assertTrue(r.body().contains("id=\"page-data\""));
    }

    @Test
    void savingChecksFirst() throws Exception {
        String bad = "{\"text\":\"id: mine\\nyears: many\\n\"}";
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url + "api/scenarios/mine.yaml"))
                .PUT(HttpRequest.BodyPublishers.ofString(bad)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(Files.notExists(tmp.resolve("scenarios/mine.yaml")));
        String good = JSON.createObjectNode().put("text", Files.readString(WebFixtures.SCENARIOS.resolve("korea-war.yaml"))).toString();
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(url + "api/scenarios/mine.yaml"))
                .PUT(HttpRequest.BodyPublishers.ofString(good)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(Files.isRegularFile(tmp.resolve("scenarios/mine.yaml")));
        assertTrue(get("api/scenarios").body().contains("\"file\":\"mine.yaml\""));
        HttpResponse<String> badName = http.send(HttpRequest.newBuilder(URI.create(url + "api/scenarios/Mine.yml"))
                .PUT(HttpRequest.BodyPublishers.ofString(good)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badName.statusCode());
    }
}
