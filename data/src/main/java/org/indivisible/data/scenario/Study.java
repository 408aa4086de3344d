package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code indivisible run} runs: scenarios crossed with treatments, a number of
 * replications and a master seed. A plain scenario file is a study of one scenario under
 * {@code P0}. Immutable.
 *
 * @param id the study's id
 * @param name one line for reports
 * @param description what the study compares
 * @param file the study (or scenario) file loaded
 * @param replications replications per cell
 * @param seed master seed
 * @param scenarioIds scenario ids in the order listed
 * @param treatments treatments in the order listed
 * @param cells one per scenario and treatment, scenario-major
 * @param sourceHashes SHA-256 of every file read, by path relative to the study's folder
 */
public record Study(String id, String name, String description, Path file, int replications, long seed,
                    List<String> scenarioIds, List<Treatment> treatments, List<Cell> cells,
                    SortedMap<String, String> sourceHashes) {

    public static final int DEFAULT_REPLICATIONS = 200;
    public static final long DEFAULT_SEED = 20261128L;

    public Study {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        scenarioIds = List.copyOf(scenarioIds);
        treatments = List.copyOf(treatments);
        cells = List.copyOf(cells);
        sourceHashes = Collections.unmodifiableSortedMap(new TreeMap<>(sourceHashes));
    }

    /** The cell of a scenario and treatment. */
    public Cell cell(String scenarioId, String treatmentId) {
        return cells.stream().filter(c -> c.scenarioId().equals(scenarioId) && c.treatmentId().equals(treatmentId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no cell " + scenarioId + " x " + treatmentId + " in study " + id));
    }

    /**
     * The study restricted to the chosen scenarios and treatments, in the study's order (all of a
     * list when it is empty). The cells keep their random numbers: replication k of a cell draws the
     * same in the subset as in the whole study, so a subset run repeats the whole run's cells.
     *
     * @throws IllegalArgumentException naming an id the study does not have, and the ids it has
     */
    public Study restrictedTo(List<String> scenarioIds, List<String> treatmentIds) {
        for (String s : scenarioIds) {
            if (!this.scenarioIds.contains(s)) {
                throw new IllegalArgumentException("study " + id + " has no scenario " + s + "; it has " + this.scenarioIds);
            }
        }
        List<String> known = treatments.stream().map(Treatment::id).toList();
        for (String t : treatmentIds) {
            if (!known.contains(t)) {
                throw new IllegalArgumentException("study " + id + " has no treatment " + t + "; it has " + known);
            }
        }
        List<String> sc = scenarioIds.isEmpty() ? this.scenarioIds : this.scenarioIds.stream().filter(scenarioIds::contains).toList();
        List<Treatment> tr = treatmentIds.isEmpty() ? treatments : treatments.stream().filter(t -> treatmentIds.contains(t.id())).toList();
        List<Cell> kept = cells.stream().filter(c -> sc.contains(c.scenarioId()) && tr.stream().anyMatch(t -> t.id().equals(c.treatmentId())))
                .toList();
        return new Study(id, name, description, file, replications, seed, sc, tr, kept, sourceHashes);
    }

    /**
     * The options of {@code indivisible run} that select these scenarios and treatments out of the
     * whole study's, e.g. {@code " --scenarios baseline,taiwan-invasion --treatments P0,P3"}; empty
     * for a list that is the whole study's.
     */
    public String selectionOptions(Study whole) {
        StringBuilder b = new StringBuilder();
        if (!scenarioIds.equals(whole.scenarioIds())) {
            b.append(" --scenarios ").append(String.join(",", scenarioIds));
        }
        List<String> mine = treatments.stream().map(Treatment::id).toList();
        if (!mine.equals(whole.treatments().stream().map(Treatment::id).toList())) {
            b.append(" --treatments ").append(String.join(",", mine));
        }
        return b.toString();
    }
}
