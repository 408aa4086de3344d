package org.indivisible.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.store.ResultsStore;
import org.indivisible.web.WebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a test of the build (its name keeps it out of surefire's default set): the
 * latency of {@code GET /api/runs/{id}} on the default study's 30 cells, without the cache, with
 * it, and 64 at once. Run with
 * {@code mvn -pl web -am test -Dtest=RunDocumentLatency -Dsurefire.failIfNoSpecifiedTests=false -Dlatency=true}.
 */
class RunDocumentLatency {

    @TempDir
    Path tmp;

    @Test
    void measure() throws Exception {
        assumeTrue(Boolean.getBoolean("latency"), "a measurement: -Dlatency=true");
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        Study study = ScenarioFiles.loadStudy(WebFixtures.SCENARIOS.resolve("default-study.yaml"), snapshot).orElseThrow();
        Path out = Files.createDirectories(tmp.resolve("out"));
        int n = Integer.getInteger("latency.n", 2);
        long t0 = System.nanoTime();
        StudyRun.Result run = StudyRun.run(study, snapshot, new StudyRun.Options(n, 7L, 2, false, out), ProgressListener.NONE, "bench",
                List.of(new ResultsStore()));
        System.out.printf("run: %d cells x %d replications in %.1f s%n", study.cells().size(), n, (System.nanoTime() - t0) / 1e9);
        String id = run.manifest().runId();
        HttpClient http = HttpClient.newHttpClient();
        WebServer.Tuning d = WebServer.Tuning.defaults();
        ServerSettings s = ServerSettings.defaults(WebFixtures.SCENARIOS, out).withPort(0);

        try (WebServer noCache = new WebServer(s, snapshot, new RunQueue(1), new WebServer.Tuning(d.expensiveAtOnce(), 0, 0,
                d.idleTimeoutMillis(), d.readTimeoutMillis(), d.minRequestBytesPerSecond()), null)) {
            noCache.start();
            double[] ms = sequential(http, noCache.url() + "api/runs/" + id, 6);
            System.out.printf("without cache, sequential: %s%n", stats(ms));
        }
        try (WebServer cached = new WebServer(s, snapshot, new RunQueue(1), d, null)) {
            cached.start();
            String url = cached.url() + "api/runs/" + id;
            double[] cold = concurrent(http, url, 64, false);
            System.out.printf("with cache, 64 at once on a cold cache: %s%n", stats(cold));
            double[] seq = sequential(http, url, 20);
            System.out.printf("with cache, sequential: %s%n", stats(seq));
            double[] warm = concurrent(http, url, 64, false);
            System.out.printf("with cache, 64 at once on a warm cache: %s%n", stats(warm));
            double[] warmZ = concurrent(http, url, 64, true);
            System.out.printf("with cache, 64 at once on a warm cache, Accept-Encoding gzip: %s%n", stats(warmZ));
        }
    }

    private static double[] sequential(HttpClient http, String url, int count) throws Exception {
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            ms[i] = (System.nanoTime() - t) / 1e6;
            assertEquals(200, r.statusCode());
            if (i == 0) {
                System.out.printf("document: %d bytes%n", r.body().length);
            }
        }
        return ms;
    }

    private static double[] concurrent(HttpClient http, String url, int count, boolean gzip) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<double[]>> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                all.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    HttpRequest.Builder q = HttpRequest.newBuilder(URI.create(url));
                    if (gzip) {
                        q.header("Accept-Encoding", "gzip");
                    }
                    HttpResponse<Void> r = http.send(q.build(), HttpResponse.BodyHandlers.discarding());
                    return new double[] {(System.nanoTime() - t) / 1e6, r.statusCode()};
                }));
            }
            double[] ms = new double[count];
            int errors = 0;
            for (int i = 0; i < count; i++) {
                double[] x = all.get(i).get();
                ms[i] = x[0];
                errors += x[1] == 200 ? 0 : 1;
            }
            System.out.printf("  (%d of %d not 200)%n", errors, count);
            return ms;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms (first %.1f ms)", s.length, s[(s.length - 1) / 2],
                s[(int) Math.ceil(0.99 * s.length) - 1], s[s.length - 1], ms[0]);
    }
}
