package org.indivisible.web.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.indivisible.analysis.comparison.Comparison;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.RunComparison;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.analysis.run.ProjectPaths;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.Problem;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.scenario.Treatment;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.store.ResultsStore;
import org.indivisible.store.RunResults;
import org.indivisible.web.report.ReportData;
import org.indivisible.web.report.ReportPage;

/**
 * The HTTP server of {@code indivisible serve}: the JSON API (openapi.yaml, served at
 * {@code /api/openapi}) and the dashboard. Handlers are thin: runs go through {@link StudyRun}
 * as on the command line, validation through {@link ScenarioFiles} as {@code indivisible
 * validate}, reports through {@link ReportData}.
 *
 * <p>Rules (docs/web.md, each with a test in WebServerRulesTest): binds 127.0.0.1 unless told
 * otherwise, and then only with a token; request bodies above {@link
 * ServerSettings#maxRequestBytes()} get 413; runs beyond the queue get 429; files are served only
 * from inside their folder; no CORS headers, and state-changing requests from another origin get
 * 403; every answer carries Content-Security-Policy, X-Content-Type-Options, X-Frame-Options and
 * Referrer-Policy.
 *
 * <p>Issue 22 (tests in WebServerHardeningTest): a {@code Host} other than the loopback names or
 * the {@code --host} name gets 421 before any route, and a write's {@code Origin} must be one of
 * those names on this port ({@link HttpRules}); the run document is built once per run folder
 * ({@link RunDocuments}); expensive requests share a few permits and get 503 beyond them ({@link
 * Limiter}); slow bodies are cut off ({@link Tuning}); Jetty's own error answers carry the headers;
 * a 500 answers a reference id and logs the detail.
 */
public final class WebServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** The report page inlines its scripts and data; it may still fetch nothing. */
    static final String REPORT_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data:; connect-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String TOKEN_COOKIE = "indivisible_token";
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Pattern SCENARIO_FILE = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}\\.yaml");

    /** The dashboard's files: request name -> (classpath resource under org/indivisible/web/, content type). */
    static final Map<String, String[]> ASSETS = Map.of(
            "index.html", new String[] {"dashboard/index.html", "text/html; charset=utf-8"},
            "dashboard.js", new String[] {"dashboard/dashboard.js", "text/javascript; charset=utf-8"},
            "charts.js", new String[] {"charts.js", "text/javascript; charset=utf-8"},
            "style.css", new String[] {"style.css", "text/css; charset=utf-8"},
            "echarts.min.js", new String[] {"vendor/echarts.min.js", "text/javascript; charset=utf-8"},
            "topojson-client.min.js", new String[] {"vendor/topojson-client.min.js", "text/javascript; charset=utf-8"},
            "countries-110m.json", new String[] {"vendor/countries-110m.json", "application/json"});

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSettings settings;
    private final Snapshot snapshot;
    private final RunQueue queue;
    private final ConfinedFiles runs;
    private final ConfinedFiles scenarios;
    private final Javalin app;
    private final byte[] tokenBytes;
    private final Tuning tuning;
    private final HttpRules rules;
    private final Limiter expensive;
    private final RunDocuments documents;

    /**
     * Limits below the routes (docs/web.md, "Limits").
     *
     * @param expensiveAtOnce expensive requests (building a run document, starting a run, metrics.csv,
     *                        writing report.html) served at once; more get 503 with Retry-After
     * @param cachedDocuments run documents kept in memory (least recently used go first)
     * @param cachedBytes bytes of run documents kept in memory
     * @param idleTimeoutMillis a connection with no traffic for this long is closed
     * @param readTimeoutMillis a blocked read (of a request body) or write gives up after this long
     * @param minRequestBytesPerSecond a request body arriving slower than this is cut off (408)
     */
    public record Tuning(int expensiveAtOnce, int cachedDocuments, long cachedBytes, long idleTimeoutMillis,
                         long readTimeoutMillis, long minRequestBytesPerSecond) {
        public static Tuning defaults() {
            return new Tuning(Math.max(2, Runtime.getRuntime().availableProcessors()), 16, 256L << 20, 30_000, 5_000, 1024);
        }
    }

    /** An answer other than 200, with a message for the person at the other end. */
    public static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    public WebServer(ServerSettings settings, Snapshot snapshot) {
        this(settings, snapshot, new RunQueue(settings.waitingRuns()));
    }

    WebServer(ServerSettings settings, Snapshot snapshot, RunQueue queue) {
        this(settings, snapshot, queue, Tuning.defaults(), null);
    }

    /** @param builder builds a run document (null: {@link ReportData}); tests count builds through it */
    WebServer(ServerSettings settings, Snapshot snapshot, RunQueue queue, Tuning tuning, RunDocuments.Builder builder) {
        this.settings = settings;
        this.tuning = tuning;
        this.rules = new HttpRules(settings.host(), settings.allowHosts(), List.of(settings.outRoot(), settings.scenarios()));
        this.expensive = new Limiter(tuning.expensiveAtOnce());
        this.documents = new RunDocuments(builder != null ? builder
                : folder -> ReportData.of(folder, snapshot).toString().getBytes(StandardCharsets.UTF_8),
                expensive, tuning.cachedDocuments(), tuning.cachedBytes());
        this.snapshot = snapshot;
        this.queue = queue;
        this.runs = new ConfinedFiles(settings.outRoot());
        this.scenarios = new ConfinedFiles(settings.scenarios());
        this.tokenBytes = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jetty.defaultHost = settings.host();
            config.jetty.defaultPort = settings.port();
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.modifyHttpConfiguration(h -> {
                h.setSendServerVersion(false);
                h.setRequestHeaderSize(16 * 1024);
                // Slow request bodies: a blocked read gives up, and a body slower than the rate is cut off.
                h.setIdleTimeout(tuning.readTimeoutMillis());
                h.setMinRequestDataRate(tuning.minRequestBytesPerSecond());
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(settings.host());
                c.setPort(settings.port());
                c.setIdleTimeout(tuning.idleTimeoutMillis());
                return c;
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(rules.errorHandler()));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.setErrorHandler(rules.errorHandler());
                handler.addFilter(new FilterHolder(rules.filter()), "/*", java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
            });
        });
        app.before(this::guard);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, rules.publicMessage(e.status, e.getMessage())));
        app.exception(Limiter.Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            error(ctx, 503, e.getMessage());
        });
        app.exception(org.eclipse.jetty.http.BadMessageException.class, (e, ctx) -> {
            // Jetty's verdict on the request itself, e.g. 408 for a body slower than the minimum rate.
            HttpRules.LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            error(ctx, e.getCode(), rules.publicMessage(e.getCode(), e.getReason() == null ? "bad request" : e.getReason()));
        });
        app.exception(Exception.class, (e, ctx) -> {
            String ref = HttpRules.reference();
            HttpRules.LOG.error("{} {} failed [ref {}]", ctx.method(), ctx.path(), ref, e);
            ObjectNode o = JSON.createObjectNode();
            o.put("status", 500);
            o.put("error", "internal error (reference " + ref + "; the detail is in the server log)");
            o.put("reference", ref);
            ctx.status(500).contentType("application/json").result(o.toString());
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        routes();
    }

    /** Starts listening; returns the port bound. */
    public int start() {
        app.start();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        queue.close();
    }

    /** The run queue's jobs (tests: nothing was started). */
    List<RunQueue.Job> jobs() {
        return queue.jobs();
    }

    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + app.port() + "/";
    }

    /* ------------------------------------------------------------------ rules */

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        // Size: refuse before reading (413), and refuse bodies of unknown length (411).
        String method = ctx.method().name();
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxRequestBytes()) {
            throw new ApiError(413, "request body of " + length + " bytes is over the limit of " + settings.maxRequestBytes());
        }
        if (hasBody && length < 0) {
            throw new ApiError(411, "a request body needs a Content-Length (at most " + settings.maxRequestBytes() + " bytes)");
        }
        // Cross-origin: no CORS headers are ever sent; a state-changing request from a page of
        // another origin is refused outright (a browser would otherwise still deliver it).
        String origin = ctx.header("Origin");
        if (hasBody || method.equals("DELETE")) {
            if (origin != null && !rules.allowedOrigin(origin, ctx.req().getLocalPort())) {
                throw new ApiError(403, "cross-origin requests are not accepted (origin " + origin + ")");
            }
        }
        if (tokenBytes != null) {
            String given = presentedToken(ctx);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), tokenBytes)) {
                throw new ApiError(401, "this server needs its token: open " + "http://<host>:" + app.port()
                        + "/?token=<token> once, or send 'Authorization: Bearer <token>'");
            }
            if (ctx.queryParam("token") != null) {
                ctx.header("Set-Cookie", TOKEN_COOKIE + "=" + given + "; Path=/; HttpOnly; SameSite=Strict");
            }
        }
    }

    private static String presentedToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return auth.substring(7).trim();
        }
        String cookie = ctx.cookie(TOKEN_COOKIE);
        if (cookie != null) {
            return cookie;
        }
        return ctx.queryParam("token");
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        if (status == 429) {
            ctx.header("Retry-After", "30");
        }
        ctx.status(status).contentType("application/json").result(o.toString());
    }

    private static void json(Context ctx, int status, JsonNode node) {
        ctx.status(status).contentType("application/json").result(node.toString());
    }

    /* ------------------------------------------------------------------ routes */

    private void routes() {
        app.get("/", ctx -> asset(ctx, "index.html"));
        app.get("/static/<name>", ctx -> {
            String name = ctx.pathParam("name");
            if (!ASSETS.containsKey(name)) {
                throw new ApiError(404, "no such file: " + name);
            }
            asset(ctx, name);
        });
        app.get("/api/openapi", ctx -> ctx.contentType("application/yaml").result(ReportPage.resource("openapi.yaml")));
        app.get("/api/scenarios", this::listScenarios);
        app.get("/api/scenarios/{file}", this::readScenario);
        app.put("/api/scenarios/{file}", this::saveScenario);
        app.post("/api/validate", this::validate);
        app.post("/api/runs", this::startRun);
        app.get("/api/jobs", ctx -> {
            ArrayNode a = JSON.createArrayNode();
            queue.jobs().forEach(j -> a.add(job(j)));
            json(ctx, 200, a);
        });
        app.get("/api/jobs/{id}", ctx -> {
            RunQueue.Job j = queue.job(ctx.pathParam("id"));
            if (j == null) {
                throw new ApiError(404, "no job " + ctx.pathParam("id"));
            }
            json(ctx, 200, job(j));
        });
        app.delete("/api/jobs/{id}", this::cancelJob);
        app.get("/api/runs", this::listRuns);
        app.delete("/api/runs/{id}", this::deleteRun);
        app.put("/api/runs/{id}/name", this::nameRun);
        app.get("/api/runs/{id}", this::runDocument);
        app.get("/api/runs/{id}/metrics.csv", this::metricsCsv);
        app.get("/api/runs/{id}/files/<name>", this::runFile);
        app.get("/runs/{id}/report.html", this::report);
        app.get("/api/compare", this::compare);
    }

    /** The report document, from the cache; gzip as stored when the client takes it (browsers do). */
    private void runDocument(Context ctx) throws Exception {
        RunDocuments.Doc doc = documents.document(runFolder(ctx.pathParam("id")));
        ctx.header("Vary", "Accept-Encoding");
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && java.util.Arrays.stream(accept.split(",")).map(x -> x.split(";")[0].trim())
                .anyMatch(x -> x.equalsIgnoreCase("gzip"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.res().setContentLength(doc.gzip().length);
            ctx.status(200).contentType("application/json").result(doc.gzip());
        } else {
            ctx.status(200).contentType("application/json").result(doc.bytes());
        }
    }

    private void asset(Context ctx, String name) throws IOException {
        String[] a = ASSETS.get(name);
        try (InputStream in = WebServer.class.getResourceAsStream("/org/indivisible/web/" + a[0])) {
            if (in == null) {
                throw new ApiError(500, "missing resource " + a[0]);
            }
            ctx.contentType(a[1]).result(in.readAllBytes());
        }
    }

    private Path runFolder(String id) throws IOException {
        if (!RUN_ID.matcher(id).matches()) {
            throw new ApiError(404, "no run " + id);
        }
        Path folder = runs.folder(id).orElseThrow(() -> new ApiError(404, "no run " + id));
        if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
            throw new ApiError(404, "no complete run " + id);
        }
        return folder;
    }

    private void listScenarios(Context ctx) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        if (Files.isDirectory(scenarios.root())) {
            List<Path> files;
            try (Stream<Path> s = Files.list(scenarios.root())) {
                files = s.filter(p -> SCENARIO_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
            }
            for (Path f : files) {
                ObjectNode o = out.addObject();
                o.put("file", f.getFileName().toString());
                Checked<Study> loaded = ScenarioFiles.loadStudy(f, snapshot);
                if (loaded.ok()) {
                    Study st = loaded.orElseThrow();
                    o.put("id", st.id());
                    o.put("name", st.name());
                    o.put("replications", st.replications());
                    o.put("seed", st.seed());
                    ArrayNode sc = o.putArray("scenarios");
                    st.scenarioIds().forEach(sc::add);
                    ArrayNode tr = o.putArray("treatments");
                    for (Treatment t : st.treatments()) {
                        tr.addObject().put("id", t.id()).put("description", t.description());
                    }
                } else {
                    o.put("problems", loaded.problems().size());
                }
            }
        }
        json(ctx, 200, out);
    }

    private Path scenarioFile(String name) throws IOException {
        if (!SCENARIO_FILE.matcher(name).matches()) {
            throw new ApiError(400, "a scenario file name is lower-case letters, digits and '-', ending .yaml; got " + name);
        }
        return scenarios.root().resolve(name);
    }

    private void readScenario(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        scenarioFile(name);
        Path file = scenarios.file(name).orElseThrow(() -> new ApiError(404, "no scenario file " + name));
        ObjectNode o = JSON.createObjectNode();
        o.put("file", name);
        o.put("text", Files.readString(file, StandardCharsets.UTF_8));
        json(ctx, 200, o);
    }

    /** Validates text as the file {@code name} in the scenarios folder (so 'extends' resolves as it will). */
    ObjectNode check(String name, String text) throws IOException {
        scenarioFile(name);
        Path tmp = scenarios.root().resolve(".edit-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6)) + "-" + name);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        ObjectNode o = JSON.createObjectNode();
        try {
            Checked<Study> loaded = ScenarioFiles.loadStudy(tmp, snapshot);
            ArrayNode problems = o.putArray("problems");
            if (loaded.ok()) {
                Study st = loaded.orElseThrow();
                try {
                    StudyRun.cells(st, snapshot);
                    o.put("ok", true);
                    o.put("message", name + ": valid (" + st.scenarioIds().size() + " scenario(s) x " + st.treatments().size()
                            + " treatment(s))");
                } catch (IllegalArgumentException e) {
                    o.put("ok", false);
                    problems.addObject().put("line", 0).put("column", 0).put("path", "")
                            .put("message", e.getMessage()).put("text", name + ": " + e.getMessage());
                }
            } else {
                o.put("ok", false);
                String tmpName = tmp.getFileName().toString();
                for (Problem p : loaded.problems()) {
                    problems.addObject().put("file", p.file().replace(tmpName, name)).put("line", p.line())
                            .put("column", p.column()).put("path", p.path()).put("message", p.message())
                            .put("text", p.toString().replace(tmp.toString(), name).replace(tmpName, name));
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return o;
    }

    private ObjectNode body(Context ctx) {
        try {
            JsonNode n = JSON.readTree(ctx.bodyAsBytes());
            if (n == null || !n.isObject()) {
                throw new ApiError(400, "the request body must be a JSON object");
            }
            return (ObjectNode) n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new ApiError(400, "the request body is not JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ApiError(400, "the request body could not be read");
        }
    }

    private void validate(Context ctx) throws IOException {
        ObjectNode b = body(ctx);
        json(ctx, 200, check(b.path("file").asText("scenario.yaml"), b.path("text").asText("")));
    }

    private void saveScenario(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        Path target = scenarioFile(name);
        String text = body(ctx).path("text").asText("");
        ObjectNode result = check(name, text);
        if (!result.path("ok").asBoolean()) {
            json(ctx, 422, result);
            return;
        }
        // A name of its own per request: two saves at once must not write one temporary file.
        Path tmp = Files.createTempFile(scenarios.root(), "." + name + ".", ".saving");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        result.put("saved", name);
        json(ctx, 200, result);
    }

    private void startRun(Context ctx) throws Exception {
        expensive.run(() -> {
            startRunNow(ctx);
            return null;
        });
    }

    private void startRunNow(Context ctx) throws IOException {
        ObjectNode b = body(ctx);
        String name = b.path("file").asText("");
        scenarioFile(name);
        Path file = scenarios.file(name).orElseThrow(() -> new ApiError(404, "no scenario file " + name));
        int replications = b.path("replications").asInt(0);
        if (replications < 1 || replications > settings.maxReplications()) {
            throw new ApiError(400, "replications must be 1.." + settings.maxReplications() + ", got " + b.path("replications"));
        }
        Long seed = b.hasNonNull("seed") ? b.get("seed").asLong() : null;
        Checked<Study> loaded = ScenarioFiles.loadStudy(file, snapshot);
        if (!loaded.ok()) {
            throw new ApiError(422, name + " has problems; nothing was run:\n" + loaded.report());
        }
        Study whole = loaded.orElseThrow();
        Study study = subset(whole, strings(b, "scenarios"), strings(b, "treatments"));
        // The command that repeats exactly this run: the file as the project names it, the subset chosen.
        String reproduce = "indivisible run " + ProjectPaths.display(file) + study.selectionOptions(whole);
        RunQueue.Job job;
        try {
            job = queue.submit(name + " x " + replications, progress -> {
                StudyRun.Result r;
                try {
                    r = StudyRun.run(study, snapshot,
                            new StudyRun.Options(replications, seed, settings.threads(), false, settings.outRoot()),
                            progress, reproduce, List.of(new ResultsStore()));
                } catch (org.indivisible.analysis.run.InterruptedRun e) {
                    // Cancelled from the dashboard: nothing of the run is kept (the dashboard does not resume).
                    RunFolder.deleteRecursively(e.partialFolder());
                    throw e;
                }
                writePolicy(study, r);
                ReportPage.write(r.folder(), snapshot);
                return r.manifest().runId();
            });
        } catch (RunQueue.Busy e) {
            throw new ApiError(429, e.getMessage());
        }
        json(ctx, 202, job(job));
    }

    /**
     * policy.json (the costs the report shows, analysis.policy.PolicyAssessment) without the
     * base-rate grid, which {@code indivisible run} adds; a failure is logged and the run stands.
     */
    private void writePolicy(Study study, StudyRun.Result r) {
        try (RunResults stored = RunResults.open(r.folder())) {
            org.indivisible.analysis.policy.PolicyAssessment.withoutGrid(study, snapshot, stored::values, r.summary().seed())
                    .write(r.folder());
        } catch (IOException | RuntimeException e) {
            HttpRules.LOG.warn("policy.json not written for {}: {}", r.manifest().runId(), e.toString());
        }
    }

    /** A list of ids in the request body: absent or null for none; anything but a list of strings is a 400. */
    static List<String> strings(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray() && n.isEmpty()) {
            throw new ApiError(400, "'" + field + "' is empty: choose at least one, or leave the field out for all");
        }
        if (!n.isArray()) {
            throw new ApiError(400, "'" + field + "' must be a list of ids, e.g. \"" + field + "\": [\"" + (field.equals("treatments")
                    ? "P0" : "baseline") + "\"]; got " + n.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(n.toString()));
        }
        for (JsonNode x : n) {
            if (!x.isTextual()) {
                throw new ApiError(400, "'" + field + "' must hold ids as strings; got " + abbreviate(x.toString()));
            }
            out.add(x.asText());
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** The study restricted to the chosen scenarios and treatments ({@link Study#restrictedTo}); an unknown id is a 400. */
    public static Study subset(Study s, List<String> scenarioIds, List<String> treatmentIds) {
        try {
            return s.restrictedTo(scenarioIds, treatmentIds);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
    }

    private ObjectNode job(RunQueue.Job j) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", j.id());
        o.put("label", j.label());
        o.put("state", j.state().name().toLowerCase(Locale.ROOT));
        o.put("done", j.done());
        o.put("total", j.total());
        if (j.runId() != null) {
            o.put("runId", j.runId());
        }
        o.put("elapsedMs", j.elapsedMillis());
        if (j.etaSeconds() >= 0) {
            o.put("etaSeconds", j.etaSeconds());
        }
        if (j.error() != null) {
            o.put("error", rules.publicMessage(500, j.error()));
        }
        return o;
    }

    private void listRuns(Context ctx) throws IOException {
        ArrayNode out = JSON.createArrayNode();
        if (Files.isDirectory(runs.root())) {
            List<Path> folders;
            try (Stream<Path> s = Files.list(runs.root())) {
                folders = s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p.resolve("manifest.json")))
                        .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            }
            for (Path p : folders) {
                try {
                    RunManifest m = RunFolder.readManifest(p.resolve("manifest.json"));
                    ObjectNode o = out.addObject();
                    // The folder's name is the id every route takes; a folder copied or renamed
                    // keeps its manifest's id, which is then shown beside it, marked.
                    String folderName = p.getFileName().toString();
                    o.put("runId", folderName);
                    if (!folderName.equals(m.runId())) {
                        o.put("manifestRunId", m.runId());
                        o.put("idMismatch", true);
                    }
                    o.put("study", m.study());
                    String given = runName(p);
                    if (given != null) {
                        o.put("name", given);
                    }
                    o.put("seed", m.seed());
                    o.put("replications", m.replications());
                    ArrayNode sc = o.putArray("scenarios");
                    m.scenarios().forEach(sc::add);
                    ArrayNode tr = o.putArray("treatments");
                    m.treatments().forEach(tr::add);
                    o.put("finishedUtc", m.createdUtc());
                    o.put("dataSnapshot", m.dataSnapshot());
                    o.put("hasStore", Files.isRegularFile(p.resolve(ResultsStore.DUCKDB_FILE)));
                } catch (IOException e) {
                    // Not a run manifest (another tool's folder): not listed.
                }
            }
        }
        json(ctx, 200, out);
    }

    /** A run's name as the dashboard gave it ({@value #NAME_FILE} in the run folder), or null. */
    static String runName(Path folder) {
        Path f = folder.resolve(NAME_FILE);
        try {
            return Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= 4 * MAX_NAME
                    ? Files.readString(f, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The file holding a run's name: beside manifest.json, which stays as the run wrote it. */
    static final String NAME_FILE = "name.txt";
    static final int MAX_NAME = 120;

    /** PUT /api/runs/{id}/name {name}: names a run (an empty name removes it). */
    private void nameRun(Context ctx) throws IOException {
        Path folder = runFolder(ctx.pathParam("id"));
        String name = body(ctx).path("name").asText("").strip();
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ApiError(400, "a run's name is at most " + MAX_NAME + " characters on one line");
        }
        Path file = folder.resolve(NAME_FILE);
        if (name.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            Path tmp = Files.createTempFile(folder, "." + NAME_FILE + ".", ".saving");
            try {
                Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("runId", folder.getFileName().toString());
        o.put("name", name);
        json(ctx, 200, o);
    }

    /**
     * DELETE /api/runs/{id}: deletes a complete run folder. Only a folder directly in the runs
     * folder (real paths compared: never through a symbolic link, never {@code ..}); refused with
     * 409 while a writer holds it ({@link org.indivisible.analysis.run.RunLock}: a --resume, another
     * process). The folder is first renamed to a hidden name, so no half-deleted run is listed.
     */
    private void deleteRun(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Path folder = runFolder(id);
        Path root = runs.root().toRealPath();
        Path real = folder.toRealPath();
        if (!real.getParent().equals(root) || Files.isSymbolicLink(runs.root().resolve(id))) {
            throw new ApiError(403, "run " + id + " is not a folder of the runs folder; nothing was deleted");
        }
        Path doomed;
        try (org.indivisible.analysis.run.RunLock lock = org.indivisible.analysis.run.RunLock.acquire(real)) {
            doomed = root.resolve("." + id + ".deleting-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
            Files.move(real, doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (org.indivisible.analysis.run.RunLock.InUse e) {
            throw new ApiError(409, "run " + id + " is in use (another run or a --resume is writing it); nothing was deleted");
        }
        RunFolder.deleteRecursively(doomed);
        ObjectNode o = JSON.createObjectNode();
        o.put("deleted", id);
        json(ctx, 200, o);
    }

    /** DELETE /api/jobs/{id}: cancels a waiting or running run (its partial folder is removed). */
    private void cancelJob(Context ctx) {
        String id = ctx.pathParam("id");
        RunQueue.Job j = queue.job(id);
        if (j == null) {
            throw new ApiError(404, "no job " + id);
        }
        if (!queue.cancel(id)) {
            throw new ApiError(409, "job " + id + " is " + j.state().name().toLowerCase(Locale.ROOT) + "; only a waiting or running run can be cancelled");
        }
        json(ctx, 202, job(j));
    }

    private void runFile(Context ctx) throws IOException {
        Path folder = runFolder(ctx.pathParam("id"));
        String name = ctx.pathParam("name");
        Path file = new ConfinedFiles(folder).file(name).orElseThrow(() -> new ApiError(404, "no file " + name));
        String type = name.endsWith(".json") ? "application/json" : name.endsWith(".csv") ? "text/csv" : "application/octet-stream";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        ctx.contentType(type).result(Files.newInputStream(file));
    }

    private void metricsCsv(Context ctx) throws Exception {
        expensive.run(() -> {
            writeMetricsCsv(ctx);
            return null;
        });
    }

    private void writeMetricsCsv(Context ctx) throws Exception {
        Path folder = runFolder(ctx.pathParam("id"));
        Path db = folder.resolve(ResultsStore.DUCKDB_FILE);
        if (!Files.isRegularFile(db)) {
            throw new ApiError(404, "run " + folder.getFileName() + " has no results store");
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + folder.getFileName() + "-metrics.csv\"");
        try (Connection c = RunResults.connect(folder);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT run_id, scenario, treatment, replication, metric, value FROM metrics ORDER BY rowid");
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            w.write("run_id,scenario,treatment,replication,metric,value\n");
            while (rs.next()) {
                w.write(rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3) + "," + rs.getInt(4) + ","
                        + rs.getString(5) + "," + Double.toString(rs.getDouble(6)) + "\n");
            }
        }
    }

    private void report(Context ctx) throws Exception {
        Path folder = runFolder(ctx.pathParam("id"));
        Path file = folder.resolve(ReportPage.FILE);
        if (!Files.isRegularFile(file)) {
            file = expensive.run(() -> ReportPage.write(folder, snapshot));
        }
        ctx.header("Content-Security-Policy", REPORT_CSP);
        ctx.contentType("text/html; charset=utf-8").result(Files.newInputStream(file));
    }

    private void compare(Context ctx) throws IOException {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || b == null) {
            throw new ApiError(400, "compare needs two runs: /api/compare?a=<run-id>&b=<run-id>");
        }
        Path fa = runFolder(a);
        Path fb = runFolder(b);
        RunManifest ma = RunFolder.readManifest(fa.resolve("manifest.json"));
        RunManifest mb = RunFolder.readManifest(fb.resolve("manifest.json"));
        boolean paired = ma.seed() == mb.seed();
        ObjectNode out = JSON.createObjectNode();
        out.put("a", a);
        out.put("b", b);
        out.put("pairing", paired ? "same seed " + ma.seed() + ": paired by replication, paired-t 95% intervals"
                : "seeds differ (" + ma.seed() + ", " + mb.seed() + "): unpaired, Welch 95% intervals");
        List<RunComparison.Cell> cells = new ArrayList<>();
        try (RunResults ra = RunResults.open(fa); RunResults rb = RunResults.open(fb)) {
            List<String[]> cellsA = ra.cells();
            for (String[] c : rb.cells()) {
                if (cellsA.stream().noneMatch(x -> x[0].equals(c[0]) && x[1].equals(c[1]))) {
                    continue;
                }
                var va = ra.values(c[0], c[1]);
                var vb = rb.values(c[0], c[1]);
                // The yearly channel splits of GDP (gdp_change_*.<ID>.<channel>) stay in summary.json.
                va.keySet().removeIf(m -> m.startsWith("gdp_change_") && m.split("\\.").length > 2);
                vb.keySet().removeIf(m -> m.startsWith("gdp_change_") && m.split("\\.").length > 2);
                cells.add(new RunComparison.Cell(c[0], c[1], Comparison.of(c[0], "A:" + c[1], "B:" + c[1], va, vb, paired), va, vb));
            }
        }
        RunComparison rc = RunComparison.of(cells);
        out.put("fdr", RunComparison.FDR);
        out.put("tests", rc.tests());
        out.put("marked", rc.marked());
        out.put("markedBeforeAdjustment", rc.unadjusted());
        out.put("roundingZeros", rc.roundingZeros());
        out.put("rule", "B - A per metric and cell; marked: a discovery at a false discovery rate of 5% over all " + rc.tests()
                + " differences (Benjamini-Hochberg); differences within 1e-9 of the mean (floating-point rounding) are 0");
        ArrayNode cmp = out.putArray("comparisons");
        java.util.Map<String, ArrayNode> byCell = new java.util.LinkedHashMap<>();
        for (RunComparison.Row r : rc.rows()) {
            ArrayNode diffs = byCell.computeIfAbsent(r.scenario() + "/" + r.treatment(), k -> {
                ObjectNode o = cmp.addObject();
                o.put("scenario", r.scenario());
                o.put("treatment", r.treatment());
                return o.putArray("differences");
            });
            Difference d = r.difference();
            ObjectNode x = diffs.addObject();
            x.put("metric", d.metric());
            x.put("a", d.baselineMean());
            x.put("b", d.treatmentMean());
            x.put("difference", r.shownDifference());
            x.put("low", r.roundingZero() || !Double.isFinite(d.low()) ? 0 : d.low());
            x.put("high", r.roundingZero() || !Double.isFinite(d.high()) ? 0 : d.high());
            x.put("n", d.n());
            x.put("significant", !r.roundingZero() && d.significant());
            x.put("marked", r.markedAfterAdjustment());
            x.put("p", r.pValue());
            x.put("roundingZero", r.roundingZero());
            x.put("headline", r.headline());
            x.put("method", d.method().label());
            if (Double.isFinite(d.mde())) {
                x.put("mde", d.mde());
            }
            x.put("constant", d.constant() || r.roundingZero());
        }
        if (cmp.isEmpty()) {
            throw new ApiError(422, "runs " + a + " and " + b + " share no (scenario, treatment)");
        }
        json(ctx, 200, out);
    }
}
