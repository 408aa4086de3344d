package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * A scenario file after its {@code extends} chain (and, in a study, a treatment) has been
 * merged in and every value checked against the format and the data snapshot. Immutable.
 *
 * @param id the scenario's id ({@code taiwan-invasion})
 * @param name one line for tables and charts
 * @param description what the scenario assumes and why
 * @param file the scenario file
 * @param start first day of the first step
 * @param years horizon in whole years
 * @param stepDays days per step
 * @param theaters theaters in the order written
 * @param events scheduled events in the order written (bases first)
 * @param spending spending paths that replace the snapshot's, later entries winning
 * @param parameters parameters set by the scenario, already merged with the snapshot's defaults
 * @param policies the policy levers pulled
 * @param decisions the decision rule and the mode of each aggressor-theater pair
 * @param sourceHashes SHA-256 of every file read (the scenario and its bases), by path relative
 *                     to the folder of the file that was loaded
 */
public record Scenario(String id, String name, String description, Path file, LocalDate start, int years,
                       int stepDays, List<Theater> theaters, List<Event> events, List<Spending> spending,
                       List<UncertainParameter> parameters, Policies policies,
                       SortedMap<String, String> sourceHashes, DecisionSettings decisions) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);
    public static final int DEFAULT_YEARS = 11;
    public static final int DEFAULT_STEP_DAYS = 7;

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        name = name == null ? id : name;
        description = description == null ? "" : description;
        theaters = List.copyOf(theaters);
        events = List.copyOf(events);
        spending = List.copyOf(spending);
        parameters = List.copyOf(parameters);
        policies = policies == null ? Policies.NONE : policies;
        sourceHashes = Collections.unmodifiableSortedMap(new TreeMap<>(sourceHashes));
        decisions = decisions == null ? DecisionSettings.DEFAULT : decisions;
    }

    public Horizon horizon() {
        return Horizon.ofYears(start, stepDays, years);
    }
}
