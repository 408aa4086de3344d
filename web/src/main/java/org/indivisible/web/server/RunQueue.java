package org.indivisible.web.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.indivisible.analysis.ensemble.ProgressListener;

/**
 * Runs studies one at a time (each already uses every core) with at most {@code waiting} more
 * queued behind it. A submission that finds the queue full is refused at once ({@link Busy}),
 * which the server answers with HTTP 429: the server never piles up work it cannot do. Thread
 * safe.
 */
public final class RunQueue implements AutoCloseable {

    /** What a job does: runs and returns the id of the run folder it wrote. */
    @FunctionalInterface
    public interface Work {
        String run(ProgressListener progress) throws Exception;
    }

    /** The queue is full. */
    public static final class Busy extends Exception {
        public Busy(String message) {
            super(message);
        }
    }

    /** A job's state as the API reports it. */
    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    /** One submitted run; fields are read by any thread, written by the worker. */
    public static final class Job {
        private final String id;
        private final String label;
        private volatile State state = State.QUEUED;
        private volatile long done;
        private volatile long total;
        private volatile String runId;
        private volatile String error;
        private volatile long startedMillis;
        private volatile boolean cancelRequested;
        private volatile java.util.concurrent.Future<?> future;

        Job(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public State state() {
            return state;
        }

        public long done() {
            return done;
        }

        public long total() {
            return total;
        }

        public String runId() {
            return runId;
        }

        public String error() {
            return error;
        }

        /**
         * Seconds left at the pace so far (elapsed time per replication done, times those left),
         * or -1 before the first replication is done.
         */
        public long etaSeconds() {
            long d = done;
            long t = total;
            if (state != State.RUNNING || d <= 0 || t <= d || startedMillis == 0) {
                return -1;
            }
            double elapsed = (System.currentTimeMillis() - startedMillis) / 1000.0;
            return Math.round(elapsed / d * (t - d));
        }

        /** Milliseconds since the job started running, or 0 while it waits. */
        public long elapsedMillis() {
            return startedMillis == 0 ? 0 : System.currentTimeMillis() - startedMillis;
        }
    }

    private final ThreadPoolExecutor executor;
    private final int waiting;
    private final AtomicLong next = new AtomicLong(1);
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private static final int KEPT_JOBS = 100;

    /** @param waiting how many jobs may wait behind the running one (0: none) */
    public RunQueue(int waiting) {
        if (waiting < 0) {
            throw new IllegalArgumentException("waiting must be >= 0, got " + waiting);
        }
        this.waiting = waiting;
        // A SynchronousQueue would refuse even the first job while the worker starts; a bounded
        // queue of size max(1, waiting) plus the explicit count below keeps the rule exact.
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(Math.max(1, waiting)),
                r -> {
                    Thread t = new Thread(r, "indivisible-run");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Queues work; throws {@link Busy} when one job runs and {@code waiting} more already wait. */
    public synchronized Job submit(String label, Work work) throws Busy {
        long active = jobs.values().stream().filter(j -> j.state == State.QUEUED || j.state == State.RUNNING).count();
        if (active >= 1 + waiting) {
            throw new Busy("the server is busy: " + active + " run" + (active == 1 ? "" : "s")
                    + " in progress or queued (at most " + (1 + waiting) + "); try again when one has finished");
        }
        Job job = new Job(Long.toString(next.getAndIncrement()), label);
        jobs.put(job.id, job);
        trim();
        try {
            job.future = executor.submit(() -> execute(job, work));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id);
            throw new Busy("the server is busy; try again when a run has finished");
        }
        return job;
    }

    private void execute(Job job, Work work) {
        if (job.cancelRequested) {
            job.state = State.CANCELLED;
            return;
        }
        job.startedMillis = System.currentTimeMillis();
        job.state = State.RUNNING;
        try {
            job.runId = work.run(new ProgressListener() {
                @Override
                public void started(long totalReplications) {
                    job.total = totalReplications;
                }

                @Override
                public void advanced(long doneReplications) {
                    job.done = doneReplications;
                }
            });
            job.done = job.total;
            job.state = State.DONE;
        } catch (Exception | Error e) {
            if (job.cancelRequested) {
                job.state = State.CANCELLED;
                Thread.interrupted(); // the interrupt was ours: the worker goes on to the next job
                return;
            }
            job.error = e.getMessage() == null ? e.toString() : e.getMessage();
            job.state = State.FAILED;
        }
    }

    /**
     * Cancels a job: one that waits never starts; a running one is interrupted, and its run stops
     * as on Ctrl-C (the work decides what to keep). False when the job is unknown or already over.
     */
    public synchronized boolean cancel(String id) {
        Job job = jobs.get(id);
        if (job == null || (job.state != State.QUEUED && job.state != State.RUNNING)) {
            return false;
        }
        job.cancelRequested = true;
        if (job.state == State.QUEUED && job.future != null && job.future.cancel(false)) {
            executor.remove((Runnable) job.future);
            job.state = State.CANCELLED;
            return true;
        }
        if (job.future != null) {
            job.future.cancel(true);
        }
        return true;
    }

    public synchronized Job job(String id) {
        return jobs.get(id);
    }

    /** Jobs, oldest first (the last {@value #KEPT_JOBS}). */
    public synchronized List<Job> jobs() {
        return new ArrayList<>(jobs.values());
    }

    private void trim() {
        while (jobs.size() > KEPT_JOBS) {
            String oldest = jobs.keySet().iterator().next();
            State s = jobs.get(oldest).state;
            if (s == State.QUEUED || s == State.RUNNING) {
                break;
            }
            jobs.remove(oldest);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
