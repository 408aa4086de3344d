package org.indivisible.web.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.WebFixtures;
import org.indivisible.web.report.ReportData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22's server hardening: the Host allow-list (DNS rebinding), the run-document cache, the
 * limit on expensive requests, slow bodies, headers on Jetty's own errors, errors without
 * internals, and the smaller web defects (run listing by folder, scalar treatments).
 */
class WebServerHardeningTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();

    @TempDir
    static Path shared;
    static StudyRun.Result run;

    @TempDir
    Path tmp;

    private WebServer server;
    private final TestHttp client = new TestHttp();

    @BeforeAll
    static void oneRealRun() throws Exception {
        run = WebFixtures.baselineRun(Files.createDirectories(shared.resolve("out")), 2, 11);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String start(Path outRoot, WebServer.Tuning tuning, RunDocuments.Builder builder) {
        ServerSettings s = ServerSettings.defaults(WebFixtures.SCENARIOS, outRoot).withPort(0);
        server = new WebServer(s, SNAPSHOT, new RunQueue(s.waitingRuns()), tuning, builder);
        server.start();
        return server.url();
    }

    private String start(Path outRoot) {
        return start(outRoot, WebServer.Tuning.defaults(), null);
    }

    private HttpResponse<String> get(String url, String... headers) throws Exception {
        return client.get(url, headers);
    }

    private HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        return client.post(url, body, headers);
    }

    /** Sends a raw request (the Host header as given: java.net.http will not send a forged one) and reads the whole answer. */
    static String raw(String url, String request) throws IOException {
        URI u = URI.create(url);
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    static String body(String answer) {
        return answer.substring(answer.indexOf("\r\n\r\n") + 4);
    }

    static void assertSecurityHeaders(String what, String answer) {
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase();
        for (Map.Entry<String, String> h : HttpRules.SECURITY_HEADERS.entrySet()) {
            assertTrue(head.contains("\r\n" + h.getKey().toLowerCase() + ": " + h.getValue().toLowerCase()),
                    what + " lacks " + h.getKey() + ":\n" + head);
        }
    }

    static String request(String method, String path, String host, String origin, String body) {
        return method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\n") + "Connection: close\r\n\r\n" + (body == null ? "" : body);
    }

    // ------------------------------------------------------------------ Host and Origin

    @Test
    void aReboundHostGets421OnEveryRoute() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(WebFixtures.SCENARIOS.resolve("baseline.yaml"), scenarios.resolve("baseline.yaml"));
        ServerSettings s = ServerSettings.defaults(scenarios, out).withPort(0);
        server = new WebServer(s, SNAPSHOT);
        server.start();
        String url = server.url();
        int port = URI.create(url).getPort();
        String id = "20260101-000000-x";
        Files.createDirectories(out.resolve(id));
        Files.writeString(out.resolve(id).resolve("manifest.json"), "{}");
        String save = "{\"text\":" + JSON.writeValueAsString(Files.readString(scenarios.resolve("baseline.yaml")) + "# rebound\n") + "}";
        // The attacker's page at evil.example:PORT, its name rebound to 127.0.0.1: the browser
        // sends Host evil.example:PORT and, for writes, the page's own (matching) Origin.
        for (String host : List.of("evil.example:" + port, "evil.example", "127.0.0.1.nip.io:" + port, "localhost.evil.example:" + port,
                "[::2]:" + port, "127.0.0.2:" + port, "localhost:x", "")) {
            String origin = "http://" + host;
            List<String> requests = List.of(
                    request("GET", "/", host, null, null),
                    request("GET", "/static/dashboard.js", host, null, null),
                    request("GET", "/api/openapi", host, null, null),
                    request("GET", "/api/scenarios", host, null, null),
                    request("GET", "/api/scenarios/baseline.yaml", host, null, null),
                    request("GET", "/api/runs", host, null, null),
                    request("GET", "/api/runs/" + id, host, null, null),
                    request("GET", "/api/runs/" + id + "/files/manifest.json", host, null, null),
                    request("GET", "/api/runs/" + id + "/metrics.csv", host, null, null),
                    request("GET", "/runs/" + id + "/report.html", host, null, null),
                    request("GET", "/api/jobs", host, null, null),
                    request("GET", "/api/compare?a=" + id + "&b=" + id, host, null, null),
                    request("GET", "/no/such/route", host, null, null),
                    request("PUT", "/api/scenarios/baseline.yaml", host, origin, save),
                    request("POST", "/api/validate", host, origin, "{\"file\":\"x.yaml\",\"text\":\"id: x\"}"),
                    request("POST", "/api/runs", host, origin, "{\"file\":\"baseline.yaml\",\"replications\":1}"),
                    request("DELETE", "/api/runs/" + id, host, origin, null));
            for (String r : requests) {
                String answer = raw(url, r);
                String line = r.substring(0, r.indexOf("\r\n"));
                // A malformed Host is refused by Jetty itself (400), before any route.
                int expected = host.endsWith(":x") ? 400 : 421;
                assertEquals(expected, status(answer), "Host '" + host + "', " + line + ":\n" + answer);
                assertSecurityHeaders(line, answer);
                assertFalse(body(answer).contains("{}") && line.contains("manifest"), "a file was served");
            }
        }
        assertFalse(Files.readString(scenarios.resolve("baseline.yaml")).contains("# rebound"), "baseline.yaml was overwritten");
        assertTrue(server.jobs().isEmpty(), "a run was started");
        // The loopback names, with and without the port, are answered.
        for (String host : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost:" + port, "LOCALHOST", "[::1]:" + port, "[::1]")) {
            assertEquals(200, status(raw(url, request("GET", "/api/runs", host, null, null))), host);
        }
    }

    @Test
    void theOriginIsComparedWithTheAllowedHostsNotWithHost() throws Exception {
        String url = start(Files.createDirectories(tmp.resolve("out")));
        int port = URI.create(url).getPort();
        String body = "{\"file\":\"x.yaml\",\"text\":\"id: x\"}";
        for (String origin : List.of("http://localhost:" + port, "http://127.0.0.1:" + port, "http://[::1]:" + port)) {
            assertEquals(200, status(raw(url, request("POST", "/api/validate", "localhost:" + port, origin, body))), origin);
        }
        for (String origin : List.of("http://evil.example:" + port, "http://localhost:" + (port == 1 ? 2 : port - 1),
                "http://localhost", "null", "file://", "http://localhost:" + port + "/x", "http://localhost.evil.example:" + port)) {
            String a = raw(url, request("POST", "/api/validate", "localhost:" + port, origin, body));
            assertEquals(403, status(a), origin + ":\n" + a);
        }
    }

    @Test
    void theNameGivenWithHostIsAllowedAndNoOther() {
        HttpRules rules = new HttpRules("devbox.internal", List.of());
        assertEquals("devbox.internal", rules.allowedHost("devbox.internal:7070"));
        assertEquals("devbox.internal", rules.allowedHost("DevBox.Internal"));
        assertEquals("localhost", rules.allowedHost("localhost:7070"));
        assertEquals("[::1]", rules.allowedHost("[::1]:7070"));
        for (String bad : List.of("evil.example", "devbox.internal.evil.example", "127.0.0.1:7070:1", "localhost:", "localhost:abc",
                "[::1", "x@localhost", "")) {
            assertNull(rules.allowedHost(bad), bad);
        }
        assertNull(rules.allowedHost(null));
        assertEquals("[::1]", new HttpRules("::1", List.of()).allowedHost("[::1]"));
        assertTrue(rules.allowedOrigin("http://devbox.internal:7070", 7070));
        assertFalse(rules.allowedOrigin("http://devbox.internal:7071", 7070));
    }

    @Test
    void namesGivenWithAllowHostAreAnsweredAndChecked() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        ServerSettings s = ServerSettings.defaults(WebFixtures.SCENARIOS, out).withPort(0).withAllowHosts(List.of("devbox.lan"));
        server = new WebServer(s, SNAPSHOT);
        server.start();
        String url = server.url();
        int port = URI.create(url).getPort();
        assertEquals(200, status(raw(url, request("GET", "/api/runs", "devbox.lan:" + port, null, null))));
        assertEquals(200, status(raw(url, request("POST", "/api/validate", "devbox.lan:" + port, "http://devbox.lan:" + port,
                "{\"file\":\"x.yaml\",\"text\":\"id: x\"}"))));
        assertEquals(421, status(raw(url, request("GET", "/api/runs", "devbox.lan.evil.example:" + port, null, null))));
        for (String bad : List.of("devbox.lan:7070", "*", "", "a b", "evil.example/")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.withAllowHosts(List.of(bad)), bad);
        }
    }

    // ------------------------------------------------------------------ the run-document cache

    @Test
    void theRunDocumentIsBuiltOnceAndServedFromTheCache() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path folder = copyRun(out, run.manifest().runId());
        AtomicInteger builds = new AtomicInteger();
        String url = start(out, WebServer.Tuning.defaults(), f -> {
            builds.incrementAndGet();
            return ReportData.of(f, SNAPSHOT).toString().getBytes(StandardCharsets.UTF_8);
        });
        String path = url + "api/runs/" + folder.getFileName();
        HttpResponse<byte[]> a = client.http().send(HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> b = client.http().send(HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, a.statusCode());
        assertEquals(200, b.statusCode());
        assertArrayEquals(a.body(), b.body());
        assertEquals(1, builds.get(), "the second GET rebuilt the document");
        // The cached document is the document.
        assertArrayEquals(ReportData.of(folder, SNAPSHOT).toString().getBytes(StandardCharsets.UTF_8), b.body());
        assertEquals(run.manifest().runId(), JSON.readTree(b.body()).path("manifest").path("runId").asText());
        // A browser takes it gzipped: the stored gzip form, the same document once inflated.
        HttpResponse<byte[]> z = client.http().send(HttpRequest.newBuilder(URI.create(path)).header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", z.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(z.body().length < a.body().length / 3, "gzip " + z.body().length + " of " + a.body().length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(z.body()))) {
            assertArrayEquals(a.body(), in.readAllBytes());
        }
        assertEquals(1, builds.get());
        // 16 at once: still one build.
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<byte[]>>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                all.add(pool.submit(() -> client.http().send(HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.ofByteArray())));
            }
            for (Future<HttpResponse<byte[]>> f : all) {
                assertArrayEquals(a.body(), f.get(60, TimeUnit.SECONDS).body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, builds.get());
        // The completion marker changes (the folder was rewritten): built again.
        Path manifest = folder.resolve("manifest.json");
        Files.setLastModifiedTime(manifest, FileTime.fromMillis(Files.getLastModifiedTime(manifest).toMillis() + 60_000));
        assertEquals(200, get(path).statusCode());
        assertEquals(2, builds.get(), "a changed manifest.json was served from the cache");
    }

    @Test
    void theCacheIsBoundedAndConcurrentMissesBuildOnce() throws Exception {
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path f = Files.createDirectories(tmp.resolve("r" + i));
            Files.writeString(f.resolve("manifest.json"), "{}");
            folders.add(f);
        }
        AtomicInteger builds = new AtomicInteger();
        RunDocuments docs = new RunDocuments(f -> {
            builds.incrementAndGet();
            Thread.sleep(50);
            return new byte[1000];
        }, new Limiter(4), 2, 1 << 20);
        docs.get(folders.get(0));
        docs.get(folders.get(1));
        docs.get(folders.get(0)); // 0 is now the most recent
        docs.get(folders.get(2)); // evicts 1
        assertEquals(2, docs.size());
        assertEquals(3, builds.get());
        docs.get(folders.get(0));
        assertEquals(3, builds.get(), "the most recently used was evicted");
        docs.get(folders.get(1));
        assertEquals(4, builds.get(), "the least recently used was kept");
        RunDocuments small = new RunDocuments(f -> new byte[600], new Limiter(1), 10, 1000);
        small.get(folders.get(0));
        small.get(folders.get(1));
        assertEquals(1, small.size(), "the byte bound was not kept");
    }

    // ------------------------------------------------------------------ the limit on expensive requests

    @Test
    void expensiveRequestsBeyondTheLimitGet503WithRetryAfter() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        for (String id : List.of("run-a", "run-b")) {
            Files.createDirectories(out.resolve(id));
            Files.writeString(out.resolve(id).resolve("manifest.json"), "{}");
        }
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String url = start(out, new WebServer.Tuning(1, 4, 1 << 20, 30_000, 10_000, 1024), f -> {
            if (f.getFileName().toString().equals("run-a")) {
                entered.countDown();
                release.await();
            }
            return ("{\"run\":\"" + f.getFileName() + "\"}").getBytes(StandardCharsets.UTF_8);
        });
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> slow = pool.submit(() -> get(url + "api/runs/run-a"));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            for (String path : List.of("api/runs/run-b", "api/runs/run-b/metrics.csv")) {
                HttpResponse<String> busy = get(url + path);
                assertEquals(503, busy.statusCode(), path + ": " + busy.body());
                assertEquals("5", busy.headers().firstValue("Retry-After").orElse(""), path);
                assertTrue(busy.body().contains("busy"), busy.body());
            }
            HttpResponse<String> start = post(url + "api/runs", "{\"file\":\"baseline.yaml\",\"replications\":1,\"treatments\":[\"nope\"]}");
            assertEquals(503, start.statusCode(), start.body());
            // Cheap requests are not limited.
            assertEquals(200, get(url + "api/runs").statusCode());
            release.countDown();
            assertEquals(200, slow.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals("{\"run\":\"run-b\"}", get(url + "api/runs/run-b").body());
            assertEquals(400, post(url + "api/runs", "{\"file\":\"baseline.yaml\",\"replications\":1,\"treatments\":[\"nope\"]}")
                    .statusCode());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ slow bodies

    @Test
    void aSlowRequestBodyIsCutOff() throws Exception {
        String url = start(Files.createDirectories(tmp.resolve("out")), new WebServer.Tuning(2, 4, 1 << 20, 2_000, 1_000, 1024), null);
        URI u = URI.create(url);
        long t0 = System.nanoTime();
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1:" + u.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"file\":").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            // Dribble a byte every 300 ms: far below 1024 bytes/s. The server must give up.
            byte[] buf = new byte[8192];
            int n = 0;
            String answer = "";
            for (int i = 0; i < 40 && n >= 0; i++) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                s.setSoTimeout(300);
                try {
                    n = in.read(buf);
                    if (n > 0) {
                        answer += new String(buf, 0, n, StandardCharsets.ISO_8859_1);
                    }
                } catch (SocketTimeoutException e) {
                    // Nothing yet.
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(n < 0 || !answer.isEmpty(), "the server still waited for the body after " + seconds + " s");
            assertTrue(seconds < 8, "cut off only after " + seconds + " s");
            if (!answer.isEmpty()) {
                assertFalse(answer.startsWith("HTTP/1.1 200"), answer);
            }
        }
        // The server still answers.
        assertEquals(200, get(url + "api/runs").statusCode());
    }

    // ------------------------------------------------------------------ Jetty's own errors

    @Test
    void jettysOwnErrorAnswersCarryTheHeadersAndNoInternals() throws Exception {
        String url = start(Files.createDirectories(tmp.resolve("out")));
        int port = URI.create(url).getPort();
        String host = "127.0.0.1:" + port;
        Map<String, String> bad = Map.of(
                "bad request line", "GARBAGE\r\n\r\n",
                "bad version", "GET / HTTP/7.1\r\nHost: " + host + "\r\n\r\n",
                "ambiguous path", "GET /static/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                "encoded separator", "GET /api/runs/a%2Fb HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n",
                "no Host", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
                "oversized header", "GET / HTTP/1.1\r\nHost: " + host + "\r\nX-Filler: " + "a".repeat(20_000) + "\r\n\r\n",
                "bad content length", "POST /api/validate HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: x\r\n\r\n");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            String answer = raw(url, b.getValue());
            int status = status(answer);
            assertTrue(status >= 400 && status < 600, b.getKey() + ": " + answer);
            assertSecurityHeaders(b.getKey(), answer);
            String body = body(answer);
            assertFalse(body.contains("org.eclipse") || body.contains("Exception") || body.contains("<h1>"), b.getKey() + ": " + body);
        }
    }

    // ------------------------------------------------------------------ errors without internals

    @Test
    void anInternalErrorAnswersAReferenceAndNoPath() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path broken = Files.createDirectories(out.resolve("broken-run"));
        Files.writeString(broken.resolve("manifest.json"), "{\"runId\":");
        Files.writeString(broken.resolve("summary.json"), "not json");
        String url = start(out);
        for (String path : List.of("api/runs/broken-run", "runs/broken-run/report.html", "api/compare?a=broken-run&b=broken-run")) {
            HttpResponse<String> r = get(url + path);
            assertTrue(r.statusCode() >= 400, path + ": " + r.statusCode());
            JsonNode body = JSON.readTree(r.body());
            String text = r.body();
            assertFalse(text.contains(tmp.toString()) || text.contains(tmp.toRealPath().toString()), path + " leaked a path: " + text);
            assertFalse(text.matches("(?s).*\\b(java|com|org)\\.[a-z]+\\..*") || text.contains("Exception"), path + " leaked a class: " + text);
            if (r.statusCode() == 500) {
                assertTrue(body.path("reference").asText().matches("[0-9a-f]{8}"), text);
                assertTrue(body.path("error").asText().contains(body.path("reference").asText()), text);
            }
            assertSecurityHeaders(path, "HTTP/1.1 " + r.statusCode() + " x\r\n" + headerLines(r) + "\r\n\r\n");
        }
        assertEquals(500, get(url + "api/runs/broken-run").statusCode());
    }

    @Test
    void messagesAreScrubbedOfRootsAndInternals() {
        HttpRules rules = new HttpRules("127.0.0.1", List.of(tmp));
        assertEquals("run x/summary.json: bad", rules.scrub("run " + tmp.toAbsolutePath() + "/x/summary.json: bad"));
        assertNull(rules.scrub("cannot read /etc/passwd"));
        assertNull(rules.scrub("java.nio.file.NoSuchFileException: x"));
        assertNull(rules.scrub("failed: org.indivisible.Foo"));
        assertEquals("compare needs two runs: /api/compare?a=<run-id>&b=<run-id>",
                rules.scrub("compare needs two runs: /api/compare?a=<run-id>&b=<run-id>"));
        String shown = rules.publicMessage(500, "java.lang.IllegalStateException at /home/me/x");
        assertTrue(shown.matches("Server Error \\(reference [0-9a-f]{8}; the detail is in the server log\\)"), shown);
    }

    private static String headerLines(HttpResponse<?> r) {
        StringBuilder s = new StringBuilder();
        r.headers().map().forEach((k, vs) -> vs.forEach(v -> s.append(k).append(": ").append(v).append("\r\n")));
        return s.toString().stripTrailing();
    }

    // ------------------------------------------------------------------ smaller defects (issue 22 item 9)

    @Test
    void aCopiedRunIsListedUnderItsFolderNameAndMarked() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        String original = run.manifest().runId();
        copyRun(out, original);
        Path copy = copyRun(out, original);
        Files.move(copy, out.resolve("copied-run"));
        String url = start(out);
        JsonNode runs = JSON.readTree(get(url + "api/runs").body());
        assertEquals(2, runs.size(), runs.toString());
        JsonNode copied = null;
        JsonNode orig = null;
        for (JsonNode r : runs) {
            if (r.path("runId").asText().equals("copied-run")) {
                copied = r;
            } else if (r.path("runId").asText().equals(original)) {
                orig = r;
            }
        }
        assertNotNull(copied, runs.toString());
        assertNotNull(orig, runs.toString());
        assertEquals(original, copied.path("manifestRunId").asText());
        assertTrue(copied.path("idMismatch").asBoolean());
        assertTrue(orig.path("manifestRunId").isMissingNode());
        assertEquals(200, get(url + "api/runs/copied-run").statusCode());
    }

    @Test
    void aScalarTreatmentsListIsA400() throws Exception {
        String url = start(Files.createDirectories(tmp.resolve("out")));
        for (String field : List.of("treatments", "scenarios")) {
            for (String value : List.of("\"P1\"", "1", "{\"id\":\"P1\"}", "[1]", "[[\"P1\"]]")) {
                HttpResponse<String> r = post(url + "api/runs", "{\"file\":\"baseline.yaml\",\"replications\":2,\"" + field + "\":" + value + "}");
                assertEquals(400, r.statusCode(), field + "=" + value + ": " + r.body());
                assertTrue(r.body().contains("'" + field + "' must"), r.body());
            }
        }
        assertTrue(server.jobs().isEmpty(), "a run was started");
    }

    /** A copy of a run folder's files (not its report) under a fresh name in outRoot. */
    private Path copyRun(Path outRoot, String id) throws IOException {
        Path target = outRoot.resolve(Files.exists(outRoot.resolve(id)) ? id + "-copy" : id);
        Files.createDirectories(target);
        try (var files = Files.list(run.folder())) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("report.html")) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            }
        }
        return target;
    }
}
