package org.indivisible.analysis.ensemble;

/** Told how an ensemble advances; called from the thread that runs the ensemble. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(long totalReplications) {
        }

        @Override
        public void advanced(long doneReplications) {
        }
    };

    void started(long totalReplications);

    /** @param doneReplications replications finished so far, over all cells */
    void advanced(long doneReplications);

    default void finished() {
    }

    /**
     * At the end of an ensemble: the time worker threads spent running replications and the time
     * spent folding outcomes (the serial part), summed over threads, in nanoseconds. For
     * profiling; the fraction fold / (run + fold) bounds the speed-up on N threads (Amdahl).
     */
    default void timing(long runNanos, long foldNanos) {
    }

    /** Keeps only an ensemble's {@link #timing} (for the profiles); progress is ignored. */
    final class Timing implements ProgressListener {
        private long runNanos;
        private long foldNanos;

        @Override
        public void started(long totalReplications) {
        }

        @Override
        public void advanced(long doneReplications) {
        }

        @Override
        public void timing(long runNanos, long foldNanos) {
            this.runNanos = runNanos;
            this.foldNanos = foldNanos;
        }

        public long runNanos() {
            return runNanos;
        }

        public long foldNanos() {
            return foldNanos;
        }
    }
}
