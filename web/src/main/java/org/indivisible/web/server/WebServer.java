package org.indivisible.web.server;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.web.report.ReportData;
import org.indivisible.web.report.ReportWriter;

/**
 * The HTTP server of {@code indivisible serve}: the JSON API (openapi.yaml, served at
 * {@code /api/openapi}) and the dashboard. This class starts and stops the server and wires its
 * parts: the security rules ({@link HttpRules}), the routes by resource ({@link AssetRoutes},
 * {@link ScenarioRoutes}, {@link JobRoutes}, {@link RunRoutes}, {@link CompareRoutes}) and the
 * JSON they answer ({@link Json}). Handlers are thin: runs go through StudyRun as on the command
 * line, validation through ScenarioFiles as {@code indivisible validate}, comparisons through
 * RunComparison as {@code indivisible compare}, reports through {@link ReportData} and {@link
 * ReportWriter}.
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

    static final String TOKEN_COOKIE = HttpRules.TOKEN_COOKIE;

    private final ServerSettings settings;
    private final RunQueue queue;
    private final Javalin app;

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

    public WebServer(ServerSettings settings, Snapshot snapshot) {
        this(settings, snapshot, new RunQueue(settings.waitingRuns()));
    }

    WebServer(ServerSettings settings, Snapshot snapshot, RunQueue queue) {
        this(settings, snapshot, queue, Tuning.defaults(), null);
    }

    /** @param builder builds a run document (null: {@link ReportData}); tests count builds through it */
    WebServer(ServerSettings settings, Snapshot snapshot, RunQueue queue, Tuning tuning, RunDocuments.Builder builder) {
        this.settings = settings;
        this.queue = queue;
        HttpRules rules = new HttpRules(settings);
        Limiter expensive = new Limiter(tuning.expensiveAtOnce());
        RunDocuments documents = new RunDocuments(builder != null ? builder
                : folder -> ReportData.of(folder, snapshot).toString().getBytes(StandardCharsets.UTF_8),
                expensive, tuning.cachedDocuments(), tuning.cachedBytes());
        RunFolders runs = new RunFolders(settings.outRoot());
        ScenarioRoutes scenarios = new ScenarioRoutes(settings.scenarios(), snapshot);
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
        app.before(rules::guard);
        app.exception(ApiError.class, (e, ctx) -> Json.error(ctx, e.status, rules.publicMessage(e.status, e.getMessage())));
        app.exception(Limiter.Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            Json.error(ctx, 503, e.getMessage());
        });
        app.exception(org.eclipse.jetty.http.BadMessageException.class, (e, ctx) -> {
            // Jetty's verdict on the request itself, e.g. 408 for a body slower than the minimum rate.
            HttpRules.LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            Json.error(ctx, e.getCode(), rules.publicMessage(e.getCode(), e.getReason() == null ? "bad request" : e.getReason()));
        });
        app.exception(Exception.class, (e, ctx) -> {
            String ref = HttpRules.reference();
            HttpRules.LOG.error("{} {} failed [ref {}]", ctx.method(), ctx.path(), ref, e);
            Json.internalError(ctx, ref);
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Json.error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        // In the order the routes were always registered.
        new AssetRoutes().register(app);
        scenarios.register(app);
        new JobRoutes(settings, snapshot, queue, expensive, rules, scenarios).register(app);
        new RunRoutes(runs, documents, expensive, new ReportWriter(snapshot)).register(app);
        new CompareRoutes(runs).register(app);
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

    /** The study restricted to the chosen scenarios and treatments ({@link Study#restrictedTo}); an unknown id is a 400. */
    public static Study subset(Study s, List<String> scenarioIds, List<String> treatmentIds) {
        return JobRoutes.subset(s, scenarioIds, treatmentIds);
    }
}
