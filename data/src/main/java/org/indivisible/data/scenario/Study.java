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
}
