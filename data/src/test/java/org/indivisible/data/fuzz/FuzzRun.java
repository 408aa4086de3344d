package org.indivisible.data.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a fuzz {@link Target} over {@code inputs} generated inputs, each on a worker thread
 * watched for hangs. An input that throws anything, breaks an invariant of the result, or
 * takes longer than {@link #HANG_SECONDS} is a crash: its bytes and the failure go to the
 * crash folder as {@code <target>-<index>.bin} and {@code .txt}, reproducible from (seed,
 * index). Not thread safe; one run at a time.
 */
final class FuzzRun {

    /** An input still running after this long is a hang. */
    static final long HANG_SECONDS = 30;

    /** What one input is checked against. */
    interface Target {
        String name();

        /** The input number {@code index} of the run seeded {@code seed}; the same every time. */
        byte[] input(long seed, long index);

        /**
         * Feeds the input to the code under test; returns the verdict class (e.g. "accepted",
         * "refused") or throws {@link Broken} when the result breaks an invariant. Any other
         * throwable is a crash.
         */
        String check(byte[] input) throws Exception;
    }

    /** The result broke a rule (e.g. a problem without a line). */
    static final class Broken extends Exception {
        Broken(String message) {
            super(message);
        }
    }

    /** What a run found. */
    record Report(String target, long seed, long inputs, long crashes, Map<String, Long> verdicts, double seconds,
                  double slowestMillis, List<String> firstCrashes) {
        @Override
        public String toString() {
            return String.format("%s: %,d inputs (seed %d) in %.1f s (%.0f inputs/s), slowest %.1f ms, %d crashes, "
                            + "verdicts %s%s", target, inputs, seed, seconds, inputs / Math.max(seconds, 1e-9),
                    slowestMillis, crashes, verdicts, firstCrashes.isEmpty() ? "" : "; first: " + firstCrashes);
        }
    }

    private FuzzRun() {
    }

    static Report run(Target target, long seed, long inputs, Path crashDir, PrintStream log) throws IOException {
        ExecutorService worker = newWorker();
        Map<String, Long> verdicts = new TreeMap<>();
        List<String> firstCrashes = new ArrayList<>();
        long crashes = 0;
        long slowest = 0;
        long start = System.nanoTime();
        long lastLog = start;
        try {
            for (long i = 0; i < inputs; i++) {
                byte[] input = target.input(seed, i);
                long t0 = System.nanoTime();
                Future<String> f = worker.submit(() -> target.check(input));
                String verdict;
                Throwable failure = null;
                try {
                    verdict = f.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                    verdict = "hang";
                    failure = new IllegalStateException("no result after " + HANG_SECONDS + " s");
                } catch (ExecutionException e) {
                    verdict = e.getCause() instanceof Broken ? "broken" : "crash";
                    failure = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                slowest = Math.max(slowest, System.nanoTime() - t0);
                verdicts.merge(verdict, 1L, Long::sum);
                if (failure != null) {
                    crashes++;
                    String id = target.name() + "-" + i;
                    if (firstCrashes.size() < 5) {
                        firstCrashes.add(id + ": " + failure);
                    }
                    Files.createDirectories(crashDir);
                    Files.write(crashDir.resolve(id + ".bin"), input);
                    StringWriter trace = new StringWriter();
                    failure.printStackTrace(new PrintWriter(trace));
                    Files.writeString(crashDir.resolve(id + ".txt"), "seed " + seed + " index " + i + "\n" + trace);
                }
                if (log != null && System.nanoTime() - lastLog > 10_000_000_000L) {
                    lastLog = System.nanoTime();
                    log.printf("%s: %,d/%,d inputs, %d crashes, %.0f s%n", target.name(), i + 1, inputs, crashes,
                            (lastLog - start) / 1e9);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Report(target.name(), seed, verdicts.values().stream().mapToLong(Long::longValue).sum(), crashes,
                verdicts, seconds, slowest / 1e6, firstCrashes);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }
}
