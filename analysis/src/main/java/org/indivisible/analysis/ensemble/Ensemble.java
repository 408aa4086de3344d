package org.indivisible.analysis.ensemble;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.indivisible.analysis.statistics.CellStatistics;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;

/**
 * Runs an ensemble on local threads. Replications are cut into chunks that threads run in any
 * order, but the chunks' outcomes are folded into the statistics strictly in (cell,
 * replication) order, so the result does not depend on the thread count. At most a few chunks
 * per thread wait to be folded, so memory does not grow with the number of replications
 * beyond the statistics themselves.
 */
public final class Ensemble {

    private static final int CHUNKS_AHEAD_PER_THREAD = 4;

    private final Engine engine;

    public Ensemble(Engine engine) {
        this.engine = engine;
    }

    public static Ensemble standard() {
        return new Ensemble(Engine.standard());
    }

    public EnsembleSummary run(EnsembleSpec spec, ProgressListener progress) throws InterruptedException {
        RunSettings settings = new RunSettings(spec.seed(), true, spec.check());
        int chunk = chunkSize(spec);
        List<Chunk> chunks = new ArrayList<>();
        for (int cell = 0; cell < spec.cells().size(); cell++) {
            Engine.Prepared prepared = engine.prepare(spec.cells().get(cell).configuration());
            for (int from = 0; from < spec.replications(); from += chunk) {
                chunks.add(new Chunk(spec.cells().get(cell), prepared, cell, from, Math.min(spec.replications(), from + chunk)));
            }
        }
        List<CellStatistics> statistics = new ArrayList<>();
        for (Cell cell : spec.cells()) {
            statistics.add(new CellStatistics(cell.scenarioId(), cell.treatmentId()));
        }
        progress.started(spec.totalReplications());
        long done = 0;
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "replication-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome[]>> pending = new ArrayDeque<>();
            int next = 0;
            int window = spec.threads() * CHUNKS_AHEAD_PER_THREAD;
            for (int folded = 0; folded < chunks.size(); folded++) {
                while (next < chunks.size() && pending.size() < window) {
                    Chunk c = chunks.get(next++);
                    pending.add(pool.submit(() -> c.run(settings)));
                }
                Outcome[] outcomes = await(pending.removeFirst());
                CellStatistics target = statistics.get(chunks.get(folded).cellIndex());
                for (Outcome o : outcomes) {
                    target.add(o);
                }
                done += outcomes.length;
                progress.advanced(done);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finished();
        return new EnsembleSummary(spec.seed(), spec.replications(), statistics.stream().map(CellStatistics::summary).toList());
    }

    private static int chunkSize(EnsembleSpec spec) {
        // Small enough to balance the threads and move the progress bar, large enough to keep
        // scheduling overhead below the cost of a replication.
        long perThread = spec.totalReplications() / (spec.threads() * 8L);
        return (int) Math.max(1, Math.min(32, perThread));
    }

    private static Outcome[] await(Future<Outcome[]> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }

    private record Chunk(Cell cell, Engine.Prepared prepared, int cellIndex, int from, int to) {
        Outcome[] run(RunSettings settings) {
            Outcome[] outcomes = new Outcome[to - from];
            for (int r = from; r < to; r++) {
                try {
                    outcomes[r - from] = prepared.run(settings, r);
                } catch (RuntimeException e) {
                    throw new ReplicationFailure(cell, r, e);
                }
            }
            return outcomes;
        }
    }
}
