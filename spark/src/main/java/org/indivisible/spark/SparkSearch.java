package org.indivisible.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.indivisible.analysis.search.LocalReplications;
import org.indivisible.analysis.search.SearchReplications;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.scenario.Cell;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.SearchSpace;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import scala.Tuple2;

/**
 * A search's candidates evaluated on Spark, one job a candidate: its replications 0..R-1 are cut
 * into slices; an executor reads the study's search section from the shipped files
 * ({@link StudySource#searchSpace}), rebuilds the candidate's cell from its lever values with
 * {@link SearchSpace#cell} (or takes the study's own treatment), compiles it and runs its slice
 * of replications with the search's seed; the values come back to their slots. The search on the
 * driver (NSGA-II, the journal, the Pareto set) is the local one, so a search gives the same
 * candidates and outcomes locally and on Spark.
 *
 * <p>Parallelism is per candidate (R replications at most), which suits a local master and small
 * clusters; NSGA-II proposes candidates one after the other.
 */
final class SparkSearch implements SearchReplications {

    private static final AtomicLong JOBS = new AtomicLong();
    /** The last few candidates prepared on this JVM: a candidate's slices reuse its compiled cell. */
    private static final Map<String, Engine.Prepared> PREPARED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Engine.Prepared> eldest) {
            return size() > 4;
        }
    };

    private final SparkContext sc;
    private final SearchSpace space;
    private final int slicesPerCore;
    private final StudySource source;

    SparkSearch(SparkContext sc, SearchSpace space, int slicesPerCore) {
        this.sc = sc;
        this.space = space;
        this.slicesPerCore = slicesPerCore;
        try {
            this.source = StudySource.ofSearch(space);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double[][] run(Cell cell, double[] levers, List<String> metrics) throws InterruptedException {
        int r = space.replications();
        SlicePlan plan = SlicePlan.of(1, r, sc.defaultParallelism(), slicesPerCore);
        List<Integer> sliceIds = plan.ids();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        Broadcast<StudySource> shipped = jsc.broadcast(source);
        int evaluations = space.evaluations();
        int population = space.population();
        long seed = space.seed();
        String treatment = cell.treatmentId();
        double[] x = levers == null ? null : levers.clone();
        List<String> wanted = List.copyOf(metrics);
        String jobGroup = "indivisible-search-" + JOBS.incrementAndGet();
        Thread caller = Thread.currentThread();
        try {
            sc.setJobGroup(jobGroup, "indivisible search candidate " + treatment, true);
            List<Tuple2<Integer, double[]>> rows = jsc.parallelize(sliceIds, plan.slices()).mapPartitionsWithIndex(
                    (slice, ignored) -> {
                        SearchSpace there = shipped.value().searchSpace(r, evaluations, population, seed);
                        Engine.Prepared prepared = prepared(shipped.value(), there, treatment, x);
                        RunSettings settings = new RunSettings(seed, true, false);
                        List<Tuple2<Integer, double[]>> out = new ArrayList<>();
                        for (long k = plan.start(slice); k < plan.start(slice + 1); k++) {
                            out.add(new Tuple2<>((int) k, LocalReplications.values(prepared.run(settings, (int) k).metrics(), wanted)));
                        }
                        return out.iterator();
                    }, true).collect();
            if (caller.isInterrupted()) {
                throw new InterruptedException();
            }
            double[][] values = new double[wanted.size()][r];
            for (Tuple2<Integer, double[]> row : rows) {
                for (int m = 0; m < wanted.size(); m++) {
                    values[m][row._1()] = row._2()[m];
                }
            }
            return values;
        } catch (RuntimeException e) {
            if (Thread.interrupted()) {
                sc.cancelJobGroup(jobGroup);
                throw new InterruptedException();
            }
            throw e;
        } finally {
            sc.clearJobGroup();
            shipped.destroy();
        }
    }

    /** The candidate's (or the study treatment's) cell, compiled and prepared once per JVM. */
    private static Engine.Prepared prepared(StudySource source, SearchSpace space, String treatment, double[] levers) {
        String key = source.contentHash() + "/" + treatment + "/" + (levers == null ? "study" : java.util.Arrays.toString(levers));
        synchronized (PREPARED) {
            Engine.Prepared p = PREPARED.get(key);
            if (p == null) {
                Cell cell = levers == null ? studyCell(space, treatment) : space.cell(treatment, levers);
                p = EmbeddedData.engine().prepare(ScenarioCompiler.compile(cell, EmbeddedSnapshot.load()));
                PREPARED.put(key, p);
            }
            return p;
        }
    }

    private static Cell studyCell(SearchSpace space, String treatment) {
        for (Cell c : space.study().cells()) {
            if (c.scenarioId().equals(space.scenarioId()) && c.treatmentId().equals(treatment)) {
                return c;
            }
        }
        throw new IllegalStateException("no treatment " + treatment + " of " + space.scenarioId() + " on this executor");
    }
}
