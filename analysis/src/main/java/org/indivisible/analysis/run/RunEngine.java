package org.indivisible.analysis.run;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.sensitivity.ParameterSensitivity;
import org.indivisible.data.scenario.Study;

/**
 * An engine that runs ensembles outside this process, found on the class path with
 * {@link ServiceLoader} ({@code META-INF/services/org.indivisible.analysis.run.RunEngine}), so
 * that the command line needs no compile-time dependency on it (the spark module provides
 * {@code spark}; docs/scale-out.md).
 */
public interface RunEngine {

    /** The name given to {@code --engine}, e.g. {@code spark}. */
    String name();

    /**
     * Connects to {@code master} (null: the engine's default, or what its launcher configured).
     * The caller closes the session.
     */
    Session open(String master);

    /** A connected engine; runs any number of ensembles, one after the other. */
    interface Session extends EnsembleRunner, AutoCloseable {

        /** One line for the console, e.g. {@code spark local[2], 2 cores}. */
        String description();

        /** Replications it runs at once (cores); recorded as the run's threads. */
        int parallelism();

        /**
         * Evaluates the points of a sensitivity design of {@code cells.get(cellIndex)}, the cells
         * of {@code study} as {@code StudyRun.cells} compiles them, on this engine, with the same
         * results as the local evaluator.
         */
        default ParameterSensitivity.PointEvaluator points(Study study, List<Cell> cells, int cellIndex) {
            throw new UnsupportedOperationException("this engine does not run sensitivity designs");
        }

        /**
         * Runs the replications of a search's candidates on this engine, with the same values as
         * {@link org.indivisible.analysis.search.LocalReplications}.
         */
        default org.indivisible.analysis.search.SearchReplications searchReplications(
                org.indivisible.data.scenario.SearchSpace space) {
            throw new UnsupportedOperationException("this engine does not run searches");
        }

        @Override
        void close();
    }

    /** The engines on the class path, in class-path order. */
    static List<RunEngine> available() {
        return ServiceLoader.load(RunEngine.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static Optional<RunEngine> find(String name) {
        return available().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
