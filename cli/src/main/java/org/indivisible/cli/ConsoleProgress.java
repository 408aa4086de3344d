package org.indivisible.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.indivisible.analysis.ensemble.ProgressListener;

/**
 * A progress bar with rate and ETA on standard error, so that standard output stays clean
 * for {@code --json}. Silent when asked to be (or when standard error is not a terminal and
 * the run is short, to keep CI logs readable).
 */
final class ConsoleProgress implements ProgressListener {

    private final String task;
    private final PrintStream err;
    private final boolean enabled;
    private ProgressBar bar;

    ConsoleProgress(String task, PrintStream err, boolean enabled) {
        this.task = task;
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void started(long totalReplications) {
        if (!enabled) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(totalReplications)
                .setUnit(" runs", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    @Override
    public void advanced(long doneReplications) {
        if (bar != null) {
            bar.stepTo(doneReplications);
        }
    }

    @Override
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
