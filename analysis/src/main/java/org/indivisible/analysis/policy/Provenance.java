package org.indivisible.analysis.policy;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * What a result rests on, by the status of the parameters of the mechanisms that compute it
 * (observed, derived, estimate, assumption; docs/data.md): counts and the share that are
 * assumptions. War risk rests on the decisions, forces, combat, posture, munitions and influence
 * parameters.
 *
 * @param prefixes the parameter prefixes counted
 * @param byStatus how many parameters have each status
 */
public record Provenance(List<String> prefixes, SortedMap<String, Integer> byStatus) {

    public static final List<String> WAR_RISK = List.of("decision.", "forces.", "combat.", "posture.", "munitions.",
            "enablers.", "influence.", "flank.");

    public static Provenance of(List<UncertainParameter> parameters, List<String> prefixes) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (UncertainParameter p : parameters) {
            if (prefixes.stream().anyMatch(p.id()::startsWith)) {
                counts.merge(p.status().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return new Provenance(List.copyOf(prefixes), java.util.Collections.unmodifiableSortedMap(counts));
    }

    public int total() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of the parameters that are assumptions; NaN when none is counted. */
    public double assumptionShare() {
        return total() == 0 ? Double.NaN : byStatus.getOrDefault("assumption", 0) / (double) total();
    }

    /** Share that are estimates or assumptions. */
    public double softShare() {
        return total() == 0 ? Double.NaN
                : (byStatus.getOrDefault("assumption", 0) + byStatus.getOrDefault("estimate", 0)) / (double) total();
    }
}
