package org.indivisible.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test (at least) per server rule of docs/web.md: loopback, token, size, busy, traversal, CORS, headers. */
class WebServerRulesTest {

    static final Path SCENARIOS = Path.of("../scenarios");
    static final String TOKEN = "0123456789abcdef0123";
    static final String SECRET = "top secret outside the run folder";

    @TempDir
    Path tmp;

    private WebServer server;
    private final TestHttp client = new TestHttp();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String start(ServerSettings settings) {
        return start(settings, new RunQueue(settings.waitingRuns()));
    }

    private String start(ServerSettings settings, RunQueue queue) {
        server = new WebServer(settings, EmbeddedSnapshot.load(), queue);
        server.start();
        return server.url();
    }

    private ServerSettings settings() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        return ServerSettings.defaults(SCENARIOS, out).withPort(0);
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        return client.get(url, headers);
    }

    private HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        return client.post(url, body, headers);
    }

    /** A raw request line, so that no client normalises '..' away before the server sees it. */
    private static String raw(String url, String path) throws IOException {
        URI u = URI.create(url);
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    // ------------------------------------------------------------------ loopback and token

    @Test
    void bindsLoopbackByDefault() throws Exception {
        ServerSettings s = settings();
        assertEquals("127.0.0.1", s.host());
        assertEquals(7070, ServerSettings.defaults(SCENARIOS, tmp).port());
        String url = start(s);
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
        assertEquals(200, get(url + "api/runs").statusCode());
    }

    @Test
    void anotherAddressNeedsAToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("0.0.0.0", 0, null, SCENARIOS, tmp, 1 << 20, 2, 100, 1));
        assertTrue(e.getMessage().contains("--token"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings("192.0.2.10", 0, null, SCENARIOS, tmp, 1 << 20, 2, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings("example.org", 0, null, SCENARIOS, tmp, 1 << 20, 2, 100, 1));
        // With a token it is allowed (not started here: tests bind loopback only).
        new ServerSettings("0.0.0.0", 0, TOKEN, SCENARIOS, tmp, 1 << 20, 2, 100, 1);
        assertTrue(ServerSettings.isLoopback("127.0.0.1"));
        assertTrue(ServerSettings.isLoopback("::1"));
        assertTrue(ServerSettings.isLoopback("localhost"));
        assertFalse(ServerSettings.isLoopback("0.0.0.0"));
    }

    @Test
    void aServerWithATokenRefusesRequestsWithoutIt() throws Exception {
        String url = start(settings().withHost("127.0.0.1", TOKEN));
        assertEquals(401, get(url + "api/runs").statusCode());
        assertEquals(401, get(url).statusCode());
        assertEquals(401, get(url + "api/runs", "Authorization", "Bearer wrong-token-0000000000").statusCode());
        assertEquals(200, get(url + "api/runs", "Authorization", "Bearer " + TOKEN).statusCode());
        HttpResponse<String> once = get(url + "?token=" + TOKEN);
        assertEquals(200, once.statusCode());
        String cookie = once.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        assertEquals(200, get(url + "api/runs", "Cookie", WebServer.TOKEN_COOKIE + "=" + TOKEN).statusCode());
    }

    // ------------------------------------------------------------------ size

    @Test
    void bodiesOverTheLimitGet413() throws Exception {
        String url = start(settings().withLimits(4096, 2));
        String small = "{\"file\":\"x.yaml\",\"text\":\"id: x\\n\"}";
        assertEquals(200, post(url + "api/validate", small).statusCode());
        String big = "{\"file\":\"x.yaml\",\"text\":\"" + "#".repeat(10_000) + "\"}";
        HttpResponse<String> r = post(url + "api/validate", big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("over the limit"), r.body());
    }

    @Test
    void oversizedHeadersGet431() throws Exception {
        String url = start(settings());
        assertEquals(200, get(url + "api/runs", "X-Filler", "a".repeat(8 * 1024)).statusCode());
        assertEquals(431, get(url + "api/runs", "X-Filler", "a".repeat(20 * 1024)).statusCode());
    }

    @Test
    void bodiesOfUnknownLengthGet411() throws Exception {
        String url = start(settings().withLimits(4096, 2));
        byte[] body = "{\"file\":\"x.yaml\",\"text\":\"id: x\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(url + "api/validate"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        assertEquals(411, client.http().send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    // ------------------------------------------------------------------ busy

    @Test
    void aFullQueueAnswers429() throws Exception {
        RunQueue queue = new RunQueue(0);
        String url = start(settings().withLimits(1 << 20, 0), queue);
        CountDownLatch release = new CountDownLatch(1);
        queue.submit("blocker", progress -> {
            release.await();
            return "none";
        });
        try {
            HttpResponse<String> r = post(url + "api/runs", "{\"file\":\"baseline.yaml\",\"replications\":2}");
            assertEquals(429, r.statusCode(), r.body());
            assertEquals("30", r.headers().firstValue("Retry-After").orElse(""));
            assertTrue(r.body().contains("busy"), r.body());
        } finally {
            release.countDown();
        }
    }

    @Test
    void theQueueHoldsOneRunningAndTheWaitingOnes() throws Exception {
        try (RunQueue queue = new RunQueue(1)) {
            CountDownLatch release = new CountDownLatch(1);
            RunQueue.Work block = p -> {
                release.await();
                return "r";
            };
            queue.submit("a", block);
            queue.submit("b", block);
            assertThrows(RunQueue.Busy.class, () -> queue.submit("c", block));
            release.countDown();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (queue.jobs().stream().anyMatch(j -> j.state() != RunQueue.State.DONE) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            queue.submit("d", p -> "r"); // free again
        }
    }

    @Test
    void tooManyReplicationsAreRefused() throws Exception {
        String url = start(settings());
        HttpResponse<String> r = post(url + "api/runs", "{\"file\":\"baseline.yaml\",\"replications\":10000000}");
        assertEquals(400, r.statusCode(), r.body());
    }

    // ------------------------------------------------------------------ traversal

    @Test
    void filesOutsideTheirFolderAreNeverServed() throws Exception {
        ServerSettings s = settings();
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Path run = Files.createDirectories(s.outRoot().resolve("20260101-000000-x"));
        Files.writeString(run.resolve("manifest.json"), "{}");
        Files.writeString(run.resolve("summary.json"), "{\"ok\":1}");
        Files.createSymbolicLink(run.resolve("link.txt"), tmp.resolve("secret.txt"));
        String url = start(s);
        assertEquals(200, get(url + "api/runs/20260101-000000-x/files/summary.json").statusCode());
        List<String> attacks = List.of(
                "/static/../../secret.txt",
                "/static/..%2F..%2Fsecret.txt",
                "/static/%2e%2e/%2e%2e/secret.txt",
                "/static/../../../../../../etc/passwd",
                "/api/runs/20260101-000000-x/files/../../secret.txt",
                "/api/runs/20260101-000000-x/files/..%2F..%2Fsecret.txt",
                "/api/runs/20260101-000000-x/files/%2e%2e/%2e%2e/secret.txt",
                "/api/runs/20260101-000000-x/files/link.txt",
                "/api/runs/..%2F/files/secret.txt",
                "/api/runs/../files/secret.txt",
                "/api/runs/20260101-000000-x/files/%2Fetc%2Fpasswd",
                "/api/scenarios/..%2Fpom.xml",
                "/runs/..%2F..%2Fsecret/report.html");
        for (String attack : attacks) {
            String answer = raw(url, attack);
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertFalse(answer.contains(SECRET), attack + " leaked the file");
            assertFalse(answer.contains("root:x:0:0"), attack + " leaked /etc/passwd");
            assertFalse(status.contains(" 200 "), attack + " answered " + status);
        }
    }

    @Test
    void confinedFilesRejectEveryEscape() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(root.resolve("a.txt"), "a");
        Files.writeString(tmp.resolve("outside.txt"), "x");
        Files.createSymbolicLink(root.resolve("out.txt"), tmp.resolve("outside.txt"));
        ConfinedFiles files = new ConfinedFiles(root);
        assertTrue(files.file("a.txt").isPresent());
        for (String bad : List.of("../outside.txt", "/etc/passwd", "..", ".", "", "a.txt/../../outside.txt", "out.txt",
                ".hidden", "a\\..\\x", "a.txt\0")) {
            assertTrue(files.file(bad).isEmpty(), bad);
        }
    }

    // ------------------------------------------------------------------ CORS and headers

    @Test
    void noCorsAndNoCrossOriginWrites() throws Exception {
        String url = start(settings());
        HttpResponse<String> r = get(url + "api/runs", "Origin", "http://evil.example");
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(url + "api/runs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST").build();
        HttpResponse<String> p = client.http().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertNull(p.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> w = post(url + "api/validate", "{\"file\":\"x.yaml\",\"text\":\"id: x\"}", "Origin", "http://evil.example");
        assertEquals(403, w.statusCode());
        URI u = URI.create(url);
        HttpResponse<String> same = post(url + "api/validate", "{\"file\":\"x.yaml\",\"text\":\"id: x\"}", "Origin",
                "http://" + u.getHost() + ":" + u.getPort());
        assertEquals(200, same.statusCode());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        String url = start(settings());
        for (String path : List.of("", "static/dashboard.js", "api/runs", "api/no-such-thing", "static/nope.js")) {
            HttpResponse<String> r = get(url + path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        assertEquals(200, get(url).statusCode());
        assertEquals(404, get(url + "static/nope.js").statusCode());
    }

    // ------------------------------------------------------------------ API behaviour

    @Test
    void validationNamesLineAndField() throws Exception {
        String url = start(settings());
        HttpResponse<String> r = post(url + "api/validate",
                "{\"file\":\"mine.yaml\",\"text\":\"id: mine\\nname: Mine\\nstart: 2026-01-05\\nyears: -3\\nstepDayz: 7\\n\"}");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"ok\":false"), r.body());
        assertTrue(r.body().contains("mine.yaml:"), r.body());
        assertTrue(r.body().contains("stepDayz"), r.body());
        assertFalse(r.body().contains(".edit-"), "the temporary file's name leaked: " + r.body());
        HttpResponse<String> ok = post(url + "api/validate", "{\"file\":\"mine.yaml\",\"text\":"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Files.readString(SCENARIOS.resolve("korea-war.yaml")))
                + "}");
        assertTrue(ok.body().contains("\"ok\":true"), ok.body());
        try (var files = Files.list(SCENARIOS)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".edit-")), "temporary file left behind");
        }
    }

    @Test
    void openApiIsServed() throws Exception {
        String url = start(settings());
        HttpResponse<String> r = get(url + "api/openapi");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("openapi: 3"));
        for (String route : List.of("/api/scenarios:", "/api/runs:", "/api/jobs/{id}:", "/api/compare:", "/api/validate:")) {
            assertTrue(r.body().contains(route), route);
        }
    }
}
