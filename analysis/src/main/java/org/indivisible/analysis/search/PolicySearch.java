package org.indivisible.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.indivisible.analysis.ensemble.EnsembleSpec;
import org.indivisible.data.scenario.Cell;
import org.indivisible.data.scenario.SearchSpace;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.model.engine.Engine;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.NondominatedPopulation;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.indicator.Hypervolume;
import org.moeaframework.core.variable.EncodingUtils;
import org.moeaframework.problem.AbstractProblem;

/**
 * Many-objective search over NATO's levers (docs/analysis.md, "Search"): NSGA-II (Deb et al.
 * 2002, MOEA Framework's implementation) proposes lever settings; each candidate is judged on
 * replications 0..R-1 of the search's scenario, the same replications, hence the same random
 * numbers, for every candidate (common random numbers: candidates differ only by their levers).
 * Each objective and constraint is a statistic of a metric over those replications: the mean,
 * or a percentile on the bad side (p90 of a minimised metric, p10 of a maximised one).
 *
 * <p>Reproducible: the algorithm draws from MOEA Framework's one generator, seeded from the
 * search's seed (so one search runs at a time in a JVM); a candidate's replications run on any
 * number of threads into fixed slots. Resumable: every evaluation goes to an {@link
 * EvaluationJournal}, and a resumed search replays from the seed, answering from the journal.
 */
public final class PolicySearch {

    /** One evaluated candidate: lever values, each objective's and constraint's statistic. */
    public record Candidate(int index, int generation, double[] levers, double[] objectives, double[] constraints,
                            double violation) {
        public boolean feasible() {
            return violation == 0;
        }
    }

    /** Progress, in evaluations. */
    public interface Progress {
        void evaluated(int done, int total, boolean fromJournal);

        Progress NONE = (done, total, fromJournal) -> { };
    }

    /**
     * @param evaluated every candidate in the order proposed
     * @param pareto the feasible candidates no other feasible one dominates, by first objective
     * @param hypervolume normalised hypervolume of the Pareto set after each generation (bounds: the
     *                    best and worst feasible values seen over the whole search)
     * @param fixed the study's own treatments on the same replications, for comparison
     * @param fromJournal evaluations answered by the journal of an interrupted search
     */
    public record Result(SearchSpace space, List<Candidate> evaluated, List<Candidate> pareto, double[] hypervolume,
                         int[] evaluationsByGeneration, List<Candidate> fixed, List<String> fixedIds, int fromJournal) {
    }

    private static final Object ONE_AT_A_TIME = new Object();

    private PolicySearch() {
    }

    /** Runs the search with the candidates' replications on {@code threads} threads of this process. */
    public static Result run(SearchSpace space, Snapshot snapshot, Engine engine, Path journalFile, int threads,
                             Progress progress) throws IOException, InterruptedException {
        EnsembleSpec.checkThreads(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "search");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(space, new LocalReplications(snapshot, engine, pool, space.replications(), space.seed()),
                    journalFile, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the search with the candidates' replications run by {@code replications} (this
     * process's threads, or an engine such as Spark): the same candidates and outcomes either way.
     */
    public static Result run(SearchSpace space, SearchReplications replications, Path journalFile, Progress progress)
            throws IOException, InterruptedException {
        int nv = space.variables().size();
        int no = space.objectives().size();
        int nc = space.constraints().size();
        synchronized (ONE_AT_A_TIME) {
            try (EvaluationJournal journal = new EvaluationJournal(journalFile, nv, no + nc, header(space))) {
                Evaluator evaluator = new Evaluator(space, replications);
                List<Candidate> evaluated = new ArrayList<>();
                int[] fromJournal = {0};
                int[] generation = {0};
                AbstractProblem problem = new AbstractProblem(nv, no, nc) {
                    @Override
                    public void evaluate(Solution solution) {
                        double[] x = new double[nv];
                        for (int i = 0; i < nv; i++) {
                            SearchSpace.Variable v = space.variables().get(i);
                            x[i] = v.integer() || v.onOff() ? EncodingUtils.getInt(solution.getVariable(i))
                                    : EncodingUtils.getReal(solution.getVariable(i));
                        }
                        double[] y = journal.answer(x);
                        boolean replayed = y != null;
                        if (y == null) {
                            try {
                                y = evaluator.outputs(space.cell(candidateId(evaluated.size()), x), x);
                                journal.record(x, y);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException("search interrupted", e);
                            }
                        } else {
                            fromJournal[0]++;
                        }
                        Candidate c = candidate(space, evaluated.size(), generation[0], x, y);
                        evaluated.add(c);
                        for (int k = 0; k < no; k++) {
                            solution.setObjective(k, space.objectives().get(k).minimise() ? c.objectives()[k]
                                    : -c.objectives()[k]);
                        }
                        for (int k = 0; k < nc; k++) {
                            solution.setConstraint(k, violation(space.constraints().get(k), c.constraints()[k]));
                        }
                        progress.evaluated(evaluated.size(), space.evaluations(), replayed);
                    }

                    @Override
                    public Solution newSolution() {
                        Solution s = new Solution(nv, no, nc);
                        for (int i = 0; i < nv; i++) {
                            SearchSpace.Variable v = space.variables().get(i);
                            s.setVariable(i, v.onOff() ? EncodingUtils.newInt(0, 1)
                                    : v.integer() ? EncodingUtils.newInt((int) Math.ceil(v.min()), (int) Math.floor(v.max()))
                                    : EncodingUtils.newReal(v.min(), v.max()));
                        }
                        return s;
                    }
                };
                PRNG.setSeed(space.seed());
                NSGAII algorithm = new NSGAII(problem);
                algorithm.setInitialPopulationSize(space.population());
                List<List<double[]>> fronts = new ArrayList<>();
                List<Integer> counts = new ArrayList<>();
                while (algorithm.getNumberOfEvaluations() < space.evaluations()) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    algorithm.step();
                    generation[0]++;
                    journal.sync();
                    List<double[]> front = new ArrayList<>();
                    for (Solution s : algorithm.getResult()) {
                        if (!s.violatesConstraints()) {
                            front.add(s.getObjectives().clone());
                        }
                    }
                    fronts.add(front);
                    counts.add(algorithm.getNumberOfEvaluations());
                }
                double[] hv = hypervolumes(problem, evaluated, space, fronts);
                List<Candidate> fixed = new ArrayList<>();
                List<String> fixedIds = new ArrayList<>();
                for (Cell cell : space.study().cells()) {
                    if (cell.scenarioId().equals(space.scenarioId())) {
                        fixed.add(candidate(space, -1, -1, new double[0], evaluator.outputs(cell, null)));
                        fixedIds.add(cell.treatmentId());
                    }
                }
                return new Result(space, List.copyOf(evaluated), pareto(evaluated, space), hv,
                        counts.stream().mapToInt(Integer::intValue).toArray(), fixed, fixedIds, fromJournal[0]);
            }
        }
    }

    /** The name of the {@code index}-th candidate proposed (its treatment id). */
    public static String candidateId(int index) {
        return "S" + index;
    }

    /** The journal's first line: what a journal must match to be resumed. */
    static String header(SearchSpace space) {
        return "search " + space.study().id() + " " + space.scenarioId() + " from " + space.template() + " seed "
                + space.seed() + " replications " + space.replications() + " statistic " + space.statistic().name()
                + " variables " + space.variables() + " objectives " + space.objectives() + " constraints "
                + space.constraints() + " files " + space.study().sourceHashes();
    }

    private static Candidate candidate(SearchSpace space, int index, int generation, double[] x, double[] y) {
        int no = space.objectives().size();
        double[] objectives = Arrays.copyOfRange(y, 0, no);
        double[] constraints = Arrays.copyOfRange(y, no, y.length);
        double violation = 0;
        for (int k = 0; k < constraints.length; k++) {
            violation += violation(space.constraints().get(k), constraints[k]);
        }
        return new Candidate(index, generation, x, objectives, constraints, violation);
    }

    static double violation(SearchSpace.Constraint c, double value) {
        double v = 0;
        if (!Double.isNaN(c.max()) && value > c.max()) {
            v += value - c.max();
        }
        if (!Double.isNaN(c.min()) && value < c.min()) {
            v += c.min() - value;
        }
        return v;
    }

    /** Feasible candidates no other feasible candidate dominates (ties: the first proposed), sorted by objective 1. */
    static List<Candidate> pareto(List<Candidate> all, SearchSpace space) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate a : all) {
            if (!a.feasible()) {
                continue;
            }
            boolean dominated = false;
            for (Candidate b : all) {
                if (b != a && b.feasible() && (dominates(b, a, space) || (Arrays.equals(b.objectives(), a.objectives())
                        && b.index() < a.index()))) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                out.add(a);
            }
        }
        out.sort((p, q) -> Double.compare(p.objectives()[0], q.objectives()[0]));
        return out;
    }

    static boolean dominates(Candidate b, Candidate a, SearchSpace space) {
        boolean better = false;
        for (int k = 0; k < a.objectives().length; k++) {
            double sign = space.objectives().get(k).minimise() ? 1 : -1;
            double bv = sign * b.objectives()[k];
            double av = sign * a.objectives()[k];
            if (bv > av) {
                return false;
            }
            better |= bv < av;
        }
        return better;
    }

    private static double[] hypervolumes(AbstractProblem problem, List<Candidate> evaluated, SearchSpace space,
                                         List<List<double[]>> fronts) {
        int no = space.objectives().size();
        double[] min = new double[no];
        double[] max = new double[no];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (List<double[]> front : fronts) {
            for (double[] o : front) {
                for (int k = 0; k < no; k++) {
                    min[k] = Math.min(min[k], o[k]);
                    max[k] = Math.max(max[k], o[k]);
                }
            }
        }
        double[] hv = new double[fronts.size()];
        for (int k = 0; k < no; k++) {
            if (!(max[k] > min[k])) {
                max[k] = min[k] + 1;
            }
        }
        Hypervolume indicator = new Hypervolume(problem, min, max);
        for (int g = 0; g < fronts.size(); g++) {
            NondominatedPopulation population = new NondominatedPopulation();
            for (double[] o : fronts.get(g)) {
                Solution s = new Solution(0, no);
                s.setObjectives(o);
                population.add(s);
            }
            hv[g] = population.isEmpty() ? 0 : indicator.evaluate(population);
        }
        return hv;
    }

    /** Runs a cell's replications and reduces each metric to its statistic. */
    private static final class Evaluator {
        private final SearchSpace space;
        private final SearchReplications replications;
        private final List<String> metrics = new ArrayList<>();

        Evaluator(SearchSpace space, SearchReplications replications) {
            this.space = space;
            this.replications = replications;
            space.objectives().forEach(o -> metrics.add(o.metric()));
            space.constraints().forEach(c -> metrics.add(c.metric()));
        }

        double[] outputs(Cell cell, double[] levers) throws InterruptedException {
            double[][] values = replications.run(cell, levers, metrics);
            double[] y = new double[metrics.size()];
            for (int m = 0; m < metrics.size(); m++) {
                boolean minimise = m < space.objectives().size() ? space.objectives().get(m).minimise()
                        : !Double.isNaN(space.constraints().get(m - space.objectives().size()).max());
                y[m] = statistic(values[m], space.statistic(), minimise);
            }
            return y;
        }
    }

    /** The mean, or the percentile on the bad side (high for a minimised metric), by linear interpolation. */
    static double statistic(double[] v, SearchSpace.Statistic s, boolean minimise) {
        if (s.isMean()) {
            double sum = 0;
            for (double x : v) {
                sum += x;
            }
            return sum / v.length;
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double p = (minimise ? s.percentile() : 100 - s.percentile()) / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(p);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (p - lo) * (sorted[hi] - sorted[lo]);
    }
}
