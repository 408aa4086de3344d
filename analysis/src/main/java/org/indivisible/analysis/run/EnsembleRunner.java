package org.indivisible.analysis.run;

import java.io.IOException;
import java.nio.file.Path;
import org.indivisible.analysis.ensemble.Ensemble;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.analysis.ensemble.OutcomeJournal;
import org.indivisible.analysis.ensemble.ProgressListener;
import org.indivisible.analysis.statistics.EnsembleSummary;
import org.indivisible.data.scenario.Study;

/**
 * What runs the ensemble of a {@link StudyRun}: {@link #LOCAL} (threads of this process, through
 * {@link Ensemble}) or another engine found by {@link RunEngine} (the spark module). Whatever
 * runs it, the summary must be bit-identical for the same spec.
 */
@FunctionalInterface
public interface EnsembleRunner {

    /** Threads of this process, keeping the journal (so --resume works). */
    EnsembleRunner LOCAL = (study, spec, runId, partialFolder, progress, journal) ->
            Ensemble.standard().run(spec, progress, journal);

    /**
     * Runs {@code spec}, compiled from {@code study}.
     *
     * @param runId         the run's id (its folder name once complete)
     * @param partialFolder the folder being written; the runner may add files (it becomes {@code out/<runId>/})
     * @param journal       where outcomes are kept for a resume; a runner that cannot resume may leave it empty
     */
    EnsembleSummary run(Study study, EnsembleSpec spec, String runId, Path partialFolder, ProgressListener progress,
                        OutcomeJournal journal) throws IOException, InterruptedException;
}
