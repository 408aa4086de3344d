package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.server.ServerSettings;
import org.indivisible.web.server.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subset run started from the dashboard (two of the default study's six treatments, one of its
 * five scenarios) records a reproduce string that, typed as it stands, repeats it exactly: the
 * same cells and a byte-identical summary.json.
 */
class SubsetReproduceTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aSubsetRunFromTheDashboardReproducesExactlyFromItsReproduceString() throws Exception {
        Path dashboardOut = Files.createDirectories(tmp.resolve("dashboard"));
        Path cliOut = Files.createDirectories(tmp.resolve("cli"));
        HttpClient http = HttpClient.newHttpClient();
        String reproduce;
        Path first;
        try (WebServer server = new WebServer(ServerSettings.defaults(Cli.ROOT.resolve("scenarios"), dashboardOut).withPort(0),
                EmbeddedSnapshot.load())) {
            server.start();
            String body = "{\"file\": \"default-study.yaml\", \"replications\": 3, \"seed\": 7, "
                    + "\"scenarios\": [\"taiwan-blockade\"], \"treatments\": [\"P3\", \"P0\"]}";
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/runs"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, started.statusCode(), started.body());
            String job = JSON.readTree(started.body()).path("id").asText();
            JsonNode state;
            do {
                Thread.sleep(200);
                state = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/jobs/" + job)).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            } while (!state.path("state").asText().equals("done") && !state.path("state").asText().equals("failed"));
            assertEquals("done", state.path("state").asText(), state.toString());
            first = dashboardOut.resolve(state.path("runId").asText());
            JsonNode manifest = JSON.readTree(first.resolve("manifest.json").toFile());
            reproduce = manifest.path("reproduce").asText();
            assertEquals(List.of("taiwan-blockade"), strings(manifest.path("scenarios")));
            assertEquals(List.of("P0", "P3"), strings(manifest.path("treatments")), "the study's order");
        }
        assertTrue(reproduce.startsWith("indivisible run "), reproduce);
        assertTrue(reproduce.contains(" --scenarios taiwan-blockade --treatments P0,P3 "), reproduce);
        assertTrue(reproduce.contains(" --seed 7 --replications 3"), reproduce);
        assertTrue(!reproduce.contains(Cli.ROOT.toString()), "no machine path: " + reproduce);

        // Type it as it stands (from this module's folder, where the relative path was written), into another folder.
        List<String> args = new ArrayList<>(List.of(reproduce.substring("indivisible ".length()).split(" ")));
        args.addAll(List.of("-o", cliOut.toString(), "-q"));
        Cli again = Cli.run(args.toArray(String[]::new));
        assertEquals(0, again.exitCode(), again.err());
        Path second;
        try (Stream<Path> s = Files.list(cliOut)) {
            second = s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).findFirst().orElseThrow();
        }
        assertArrayEquals(Files.readAllBytes(first.resolve("summary.json")), Files.readAllBytes(second.resolve("summary.json")));
        assertEquals(reproduce, JSON.readTree(second.resolve("manifest.json").toFile()).path("reproduce").asText(),
                "the repeat records the same command");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
