package org.indivisible.web.server;

import java.util.concurrent.Semaphore;

/**
 * A bound on expensive work running at once (building a run document, starting a run, writing a
 * CSV or a report): a request that finds every permit taken is refused at once (503 with
 * Retry-After) rather than queued behind the others, so a burst cannot hold the whole Jetty pool.
 */
final class Limiter {

    /** Thrown when every permit is taken. */
    static final class Busy extends RuntimeException {
        Busy(int permits) {
            super("the server is busy (" + permits + " expensive request(s) at once); try again shortly");
        }
    }

    /** Work that may throw. */
    interface Work<T> {
        T run() throws Exception;
    }

    private final int permits;
    private final Semaphore semaphore;

    Limiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1, got " + permits);
        }
        this.permits = permits;
        this.semaphore = new Semaphore(permits);
    }

    <T> T run(Work<T> work) throws Exception {
        if (!semaphore.tryAcquire()) {
            throw new Busy(permits);
        }
        try {
            return work.run();
        } finally {
            semaphore.release();
        }
    }

    int available() {
        return semaphore.availablePermits();
    }
}
