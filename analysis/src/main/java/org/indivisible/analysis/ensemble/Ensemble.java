package org.indivisible.analysis.ensemble;

import org.indivisible.data.EmbeddedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import org.indivisible.analysis.statistics.CellStatistics;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.RunSettings;

/**
 * Runs an ensemble on local threads. The run is cut into chunks of consecutive replications
 * (cell-major order) that worker threads run in any order; whichever worker finishes a chunk
 * then folds every chunk that is ready, in order, into the statistics and the journal (one
 * folder at a time). The statistics are thus fed strictly in (cell, replication) order, so they
 * do not depend on the thread count, and the fold costs no extra thread: the calling thread
 * only submits work, reports progress and waits.
 *
 * <p>Memory: at most {@value #CHUNKS_AHEAD_PER_THREAD} chunks per thread are run ahead of the
 * fold; statistics are streaming sketches; so memory does not grow with the replications.
 *
 * <p>A replication that fails stops the ensemble with a {@link ReplicationFailure} naming it;
 * when several fail, the one reported is the first in (cell, replication) order, whatever the
 * threads.
 *
 * <p>Interruption (Ctrl-C): interrupting the calling thread stops submitting, lets the chunks in
 * flight finish and fold, flushes the journal (a consistent prefix of the run) and throws
 * {@link InterruptedException}. A later run given the same journal resumes from there.
 *
 * <p>Thread safety: an Ensemble may run several ensembles one after the other or at once; each
 * {@link #run} has its own threads.
 */
public final class Ensemble {

    private static final int CHUNKS_AHEAD_PER_THREAD = 4;
    private static final int MAX_CHUNK_REPLICATIONS = 16;
    private static final long PROGRESS_MILLIS = 200;

    private final Engine engine;

    public Ensemble(Engine engine) {
        this.engine = engine;
    }

    public static Ensemble standard() {
        return new Ensemble(EmbeddedData.engine());
    }

    public EnsembleSummary run(EnsembleSpec spec, ProgressListener progress) throws InterruptedException {
        try {
            return run(spec, progress, OutcomeJournal.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs what {@code journal} does not already hold and returns the statistics of the whole
     * ensemble.
     */
    public EnsembleSummary run(EnsembleSpec spec, ProgressListener progress, OutcomeJournal journal)
            throws InterruptedException, IOException {
        RunSettings settings = new RunSettings(spec.seed(), true, spec.check());
        // With several threads, the quantile sketches digest their batches on a thread of their
        // own, so that the fold (serial) stays short; with one thread, inline, so that one thread
        // means one core.
        ExecutorService digests = spec.threads() > 1 ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "digests");
            t.setDaemon(true);
            return t;
        }) : null;
        List<CellStatistics> statistics = new ArrayList<>();
        for (Cell cell : spec.cells()) {
            statistics.add(new CellStatistics(cell.scenarioId(), cell.treatmentId(), digests));
        }
        try {
            return run(spec, progress, journal, settings, statistics);
        } finally {
            if (digests != null) {
                digests.shutdownNow();
            }
        }
    }

    private EnsembleSummary run(EnsembleSpec spec, ProgressListener progress, OutcomeJournal journal, RunSettings settings,
                                List<CellStatistics> statistics) throws InterruptedException, IOException {
        long[] replayed = new long[1];
        int[] expected = {0, 0};
        journal.replay((cellIndex, outcome) -> {
            if (cellIndex != expected[0] || outcome.replication() != expected[1]) {
                throw new IllegalStateException("journal out of order: cell " + cellIndex + " replication "
                        + outcome.replication() + ", expected cell " + expected[0] + " replication " + expected[1]);
            }
            statistics.get(cellIndex).add(outcome);
            replayed[0]++;
            if (++expected[1] == spec.replications()) {
                expected[0]++;
                expected[1] = 0;
            }
        });
        if (replayed[0] > spec.totalReplications()) {
            throw new IllegalStateException("journal holds " + replayed[0] + " replications, the run has only "
                    + spec.totalReplications());
        }
        List<Chunk> chunks = chunks(spec, replayed[0]);
        progress.started(spec.totalReplications());
        progress.advanced(replayed[0]);
        Fold fold = new Fold(chunks, statistics, journal, spec.threads() * CHUNKS_AHEAD_PER_THREAD);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "replication-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            long lastReport = System.nanoTime();
            for (int next = 0; next < chunks.size(); next++) {
                while (!fold.window.tryAcquire(PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
                    fold.rethrowFailure();
                    progress.advanced(replayed[0] + fold.foldedReplications());
                    lastReport = System.nanoTime();
                }
                fold.rethrowFailure();
                if (System.nanoTime() - lastReport > PROGRESS_MILLIS * 1_000_000) {
                    progress.advanced(replayed[0] + fold.foldedReplications());
                    lastReport = System.nanoTime();
                }
                int index = next;
                pool.execute(() -> fold.runAndFold(index, settings));
            }
            while (!fold.done()) {
                fold.rethrowFailure();
                progress.advanced(replayed[0] + fold.foldedReplications());
                fold.awaitProgress(PROGRESS_MILLIS);
            }
            fold.rethrowFailure();
        } catch (InterruptedException e) {
            // Stop cleanly: no new chunks; those running finish and fold; the journal is flushed.
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            journal.flush();
            throw e;
        } finally {
            pool.shutdownNow();
        }
        journal.flush();
        progress.advanced(spec.totalReplications());
        progress.finished();
        progress.timing(fold.runNanos.get(), fold.foldNanos.get());
        return new EnsembleSummary(spec.seed(), spec.replications(), statistics.stream().map(CellStatistics::summary).toList());
    }

    /** Chunks of the replications not yet done, in (cell, replication) order. */
    private List<Chunk> chunks(EnsembleSpec spec, long alreadyDone) {
        List<Chunk> chunks = new ArrayList<>();
        for (int cell = 0; cell < spec.cells().size(); cell++) {
            long cellStart = (long) cell * spec.replications();
            int from = (int) Math.max(0, Math.min(spec.replications(), alreadyDone - cellStart));
            if (from == spec.replications()) {
                continue;
            }
            Engine.Prepared prepared = engine.prepare(spec.cells().get(cell).configuration());
            for (int r = from; r < spec.replications(); r += MAX_CHUNK_REPLICATIONS) {
                chunks.add(new Chunk(spec.cells().get(cell), prepared, cell, r, Math.min(spec.replications(), r + MAX_CHUNK_REPLICATIONS)));
            }
        }
        return chunks;
    }

    /** The ordered fold shared by the workers. */
    private static final class Fold {
        final List<Chunk> chunks;
        final List<CellStatistics> statistics;
        final OutcomeJournal journal;
        final Semaphore window;
        /** Per chunk: its Outcome[] once run, or the RuntimeException it failed with. */
        final AtomicReferenceArray<Object> ready;
        final ReentrantLock folding = new ReentrantLock();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Object progressSignal = new Object();
        final java.util.concurrent.atomic.AtomicLong runNanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong foldNanos = new java.util.concurrent.atomic.AtomicLong();
        volatile int nextToFold;
        volatile long foldedReplications;

        Fold(List<Chunk> chunks, List<CellStatistics> statistics, OutcomeJournal journal, int window) {
            this.chunks = chunks;
            this.statistics = statistics;
            this.journal = journal;
            this.window = new Semaphore(window);
            this.ready = new AtomicReferenceArray<>(chunks.size());
        }

        void runAndFold(int index, RunSettings settings) {
            try {
                if (failure.get() != null) {
                    return;
                }
                Object result;
                long start = System.nanoTime();
                try {
                    result = chunks.get(index).run(settings);
                    runNanos.addAndGet(System.nanoTime() - start);
                } catch (RuntimeException e) {
                    result = e; // reported when the fold reaches it: the first failure in order
                }
                ready.set(index, result);
                foldReady();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                signal();
            }
        }

        /** Folds every consecutive ready chunk; if another worker is folding, it will see ours. */
        private void foldReady() throws IOException {
            while (true) {
                if (!folding.tryLock()) {
                    return;
                }
                long start = System.nanoTime();
                try {
                    int k = nextToFold;
                    while (k < chunks.size() && ready.get(k) != null) {
                        if (ready.get(k) instanceof RuntimeException failed) {
                            failure.compareAndSet(null, failed);
                            break;
                        }
                        Chunk chunk = chunks.get(k);
                        CellStatistics target = statistics.get(chunk.cellIndex());
                        for (Outcome o : (Outcome[]) ready.get(k)) {
                            target.add(o);
                            journal.append(chunk.cellIndex(), o);
                        }
                        journal.commit();
                        ready.set(k, null);
                        foldedReplications += chunk.to() - chunk.from();
                        nextToFold = ++k;
                        window.release();
                    }
                } finally {
                    foldNanos.addAndGet(System.nanoTime() - start);
                    folding.unlock();
                }
                signal();
                // A chunk may have become ready after we looked and before we unlocked.
                int k = nextToFold;
                if (k >= chunks.size() || ready.get(k) == null || failure.get() != null) {
                    return;
                }
            }
        }

        long foldedReplications() {
            return foldedReplications;
        }

        boolean done() {
            return nextToFold >= chunks.size();
        }

        void awaitProgress(long millis) throws InterruptedException {
            synchronized (progressSignal) {
                if (!done() && failure.get() == null) {
                    progressSignal.wait(millis);
                }
            }
        }

        private void signal() {
            synchronized (progressSignal) {
                progressSignal.notifyAll();
            }
        }

        void rethrowFailure() throws IOException {
            Throwable t = failure.get();
            if (t == null) {
                return;
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof IOException io) {
                throw io;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(t);
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
