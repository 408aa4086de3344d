package org.indivisible.analysis.run;

import java.nio.file.Path;

/**
 * A run stopped before it finished (Ctrl-C). Its replications so far are kept in
 * {@code partialFolder} (a hidden {@code .<run-id>.partial} folder under the output folder);
 * {@code run --resume} with the same inputs finishes it.
 */
public final class InterruptedRun extends InterruptedException {

    private final transient Path partialFolder;
    private final long doneReplications;
    private final long totalReplications;

    public InterruptedRun(Path partialFolder, long doneReplications, long totalReplications) {
        super("interrupted after " + doneReplications + " of " + totalReplications + " replications");
        this.partialFolder = partialFolder;
        this.doneReplications = doneReplications;
        this.totalReplications = totalReplications;
    }

    public Path partialFolder() {
        return partialFolder;
    }

    public long doneReplications() {
        return doneReplications;
    }

    public long totalReplications() {
        return totalReplications;
    }
}
