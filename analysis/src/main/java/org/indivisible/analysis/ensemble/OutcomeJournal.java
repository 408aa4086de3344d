package org.indivisible.analysis.ensemble;

import java.io.IOException;
import org.indivisible.model.engine.Outcome;

/**
 * Where an ensemble keeps each replication's outcome as it is folded, so that an interrupted
 * run can be resumed: outcomes arrive strictly in (cell, replication) order, so what a journal
 * holds is always a prefix of the run. On resume the ensemble first replays that prefix (folding
 * it exactly as the first time), then runs only what is missing; the statistics are therefore
 * bit-identical to an uninterrupted run.
 *
 * <p>Called from whichever thread folds (one at a time, never concurrently).
 */
public interface OutcomeJournal {

    /** Keeps nothing; nothing to replay. */
    OutcomeJournal NONE = new OutcomeJournal() {
        @Override
        public long replay(Replayed into) {
            return 0;
        }

        @Override
        public void append(int cellIndex, Outcome outcome) {
        }

        @Override
        public void flush() {
        }
    };

    /** Receives replayed outcomes. */
    interface Replayed {
        void accept(int cellIndex, Outcome outcome);
    }

    /**
     * Feeds every stored outcome, in the order it was appended, and returns how many there were.
     * Called once, before any append.
     */
    long replay(Replayed into) throws IOException;

    void append(int cellIndex, Outcome outcome) throws IOException;

    /**
     * Called after each chunk of replications is folded: what was appended so far should survive
     * the process being killed from here on. It may defer forcing it to disk; {@link #flush}
     * does not. Does nothing by default.
     */
    default void commit() throws IOException {
    }

    /** Makes everything appended so far durable (called after the last fold and when stopping). */
    void flush() throws IOException;
}
