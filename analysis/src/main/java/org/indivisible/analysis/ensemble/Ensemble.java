package org.indivisible.analysis.ensemble;

import org.indivisible.data.EmbeddedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
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
 * fold; statistics are streaming sketches, alive for one cell at a time ({@link OrderedFold});
 * chunks are made as they are submitted and a cell's prepared model lives while its chunks are
 * in flight; so memory grows neither with the replications nor with the cells (beyond one
 * summary per cell). docs/performance.md, "Memory model".
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
        try {
            return run(spec, progress, journal, settings, new OrderedFold(spec, digests));
        } finally {
            if (digests != null) {
                digests.shutdownNow();
            }
        }
    }

    /** Chunks run ahead of the fold on {@code threads} threads: exact, whatever the thread count. */
    static int window(int threads) {
        return Math.toIntExact(Math.multiplyExact((long) threads, CHUNKS_AHEAD_PER_THREAD));
    }

    private EnsembleSummary run(EnsembleSpec spec, ProgressListener progress, OutcomeJournal journal, RunSettings settings,
                                OrderedFold statistics) throws InterruptedException, IOException {
        try {
            journal.replay(statistics::add);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("journal " + e.getMessage(), e);
        }
        long replayed = statistics.folded();
        Chunks chunks = new Chunks(spec, replayed);
        progress.started(spec.totalReplications());
        progress.advanced(replayed);
        Fold fold = new Fold(spec, chunks.count, statistics, journal, window(spec.threads()));
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "replication-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            long lastReport = System.nanoTime();
            for (long next = 0; next < chunks.count; next++) {
                while (!fold.window.tryAcquire(PROGRESS_MILLIS, TimeUnit.MILLISECONDS)) {
                    fold.rethrowFailure();
                    progress.advanced(replayed + fold.foldedReplications());
                    lastReport = System.nanoTime();
                }
                fold.rethrowFailure();
                if (System.nanoTime() - lastReport > PROGRESS_MILLIS * 1_000_000) {
                    progress.advanced(replayed + fold.foldedReplications());
                    lastReport = System.nanoTime();
                }
                Chunk chunk = chunks.next(fold);
                long index = next;
                fold.slot(index).chunk = chunk;
                pool.execute(() -> fold.runAndFold(index, settings));
            }
            while (!fold.done()) {
                fold.rethrowFailure();
                progress.advanced(replayed + fold.foldedReplications());
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
        return statistics.summary();
    }

    /**
     * The chunks of the replications not yet done, in (cell, replication) order, made one at a
     * time as they are submitted (never a list of them all: 10^9 replications are 6 x 10^7
     * chunks). A cell's model is prepared when its first chunk is made and released by the fold
     * when its last chunk is folded, so only the cells in flight hold a prepared model.
     */
    private final class Chunks {
        final EnsembleSpec spec;
        final long count;
        int cell;
        int from;

        Chunks(EnsembleSpec spec, long alreadyDone) {
            this.spec = spec;
            int reps = spec.replications();
            long total = 0;
            for (int c = 0; c < spec.cells().size(); c++) {
                long cellStart = (long) c * reps;
                int start = (int) Math.max(0, Math.min(reps, alreadyDone - cellStart));
                total += (reps - start + MAX_CHUNK_REPLICATIONS - 1) / MAX_CHUNK_REPLICATIONS;
            }
            this.count = total;
            this.cell = (int) Math.min(spec.cells().size(), alreadyDone / reps);
            this.from = cell < spec.cells().size() ? (int) (alreadyDone - (long) cell * reps) : 0;
        }

        Chunk next(Fold fold) {
            int to = Math.min(spec.replications(), from + MAX_CHUNK_REPLICATIONS);
            Engine.Prepared prepared = fold.prepared.get(cell);
            if (prepared == null) {
                prepared = engine.prepare(spec.cells().get(cell).configuration());
                fold.prepared.set(cell, prepared);
            }
            Chunk chunk = new Chunk(spec.cells().get(cell), prepared, cell, from, to);
            if (to == spec.replications()) {
                cell++;
                from = 0;
            } else {
                from = to;
            }
            return chunk;
        }
    }

    /** A chunk in flight: what to run, then its Outcome[] once run or the RuntimeException it failed with. */
    private static final class Slot {
        volatile Chunk chunk;
        volatile Object result;
    }

    /** The ordered fold shared by the workers. */
    private static final class Fold {
        final EnsembleSpec spec;
        final long chunkCount;
        final OrderedFold statistics;
        final OutcomeJournal journal;
        final Semaphore window;
        /**
         * The chunks in flight, chunk k in slot k mod window: chunk k + window is only submitted
         * once chunk k is folded (the semaphore), so a slot is never shared.
         */
        final Slot[] slots;
        /** Per cell: its prepared model while its chunks are in flight. */
        final AtomicReferenceArray<Engine.Prepared> prepared;
        final ReentrantLock folding = new ReentrantLock();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Object progressSignal = new Object();
        final java.util.concurrent.atomic.AtomicLong runNanos = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong foldNanos = new java.util.concurrent.atomic.AtomicLong();
        volatile long nextToFold;
        volatile long foldedReplications;

        Fold(EnsembleSpec spec, long chunkCount, OrderedFold statistics, OutcomeJournal journal, int window) {
            this.spec = spec;
            this.chunkCount = chunkCount;
            this.statistics = statistics;
            this.journal = journal;
            this.window = new Semaphore(window);
            this.slots = new Slot[window];
            for (int i = 0; i < window; i++) {
                slots[i] = new Slot();
            }
            this.prepared = new AtomicReferenceArray<>(spec.cells().size());
        }

        Slot slot(long index) {
            return slots[(int) (index % slots.length)];
        }

        void runAndFold(long index, RunSettings settings) {
            try {
                if (failure.get() != null) {
                    return;
                }
                Slot slot = slot(index);
                Object result;
                long start = System.nanoTime();
                try {
                    result = slot.chunk.run(settings);
                    runNanos.addAndGet(System.nanoTime() - start);
                } catch (RuntimeException e) {
                    result = e; // reported when the fold reaches it: the first failure in order
                }
                slot.result = result;
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
                    long k = nextToFold;
                    while (k < chunkCount && slot(k).result != null) {
                        Slot slot = slot(k);
                        if (slot.result instanceof RuntimeException failed) {
                            failure.compareAndSet(null, failed);
                            break;
                        }
                        Chunk chunk = slot.chunk;
                        boolean cellDone = false;
                        for (Outcome o : (Outcome[]) slot.result) {
                            cellDone = statistics.add(chunk.cellIndex(), o);
                            journal.append(chunk.cellIndex(), o);
                        }
                        journal.commit();
                        if (cellDone) {
                            prepared.set(chunk.cellIndex(), null);
                        }
                        slot.result = null;
                        slot.chunk = null;
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
                long k = nextToFold;
                if (k >= chunkCount || slot(k).result == null || failure.get() != null) {
                    return;
                }
            }
        }

        long foldedReplications() {
            return foldedReplications;
        }

        boolean done() {
            return nextToFold >= chunkCount;
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
