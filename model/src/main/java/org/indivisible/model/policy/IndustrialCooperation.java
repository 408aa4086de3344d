package org.indivisible.model.policy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * P2: industrial cooperation with the IP4 (or any partners). Three instruments, each optional:
 * adopting a munition's common standard (so stocks and output become interchangeable with the
 * standard's holders), co-production agreements (capacity built in a host, output shared by
 * agreed shares after a start lag) and technology sharing (shorter ramp-up lags). Immutable.
 * docs/industry.md describes what each changes in the model.
 *
 * @param standards adoptions of a common standard
 * @param coProduction co-production agreements
 * @param technologySharing technology-sharing arrangements
 */
public record IndustrialCooperation(List<StandardAdoption> standards, List<CoProduction> coProduction,
                                    List<TechnologySharing> technologySharing) implements Policy {

    public IndustrialCooperation {
        standards = List.copyOf(standards);
        coProduction = List.copyOf(coProduction);
        technologySharing = List.copyOf(technologySharing);
    }

    @Override
    public String lever() {
        return "P2";
    }

    /**
     * From {@code from} on, the actors' stocks and production of the munition belong to the
     * munition's standard family (155 mm: the NATO JBMOU family), so they count toward, and can
     * draw on, the standard's other holders on the same side.
     *
     * @param munition munition id ({@code shell155})
     * @param actors ISO3 codes, sorted
     * @param from first day the standard applies
     */
    public record StandardAdoption(String munition, List<String> actors, LocalDate from) {
        public StandardAdoption {
            Objects.requireNonNull(munition, "munition");
            Objects.requireNonNull(from, "from");
            actors = actors.stream().sorted().distinct().toList();
        }
    }

    /**
     * Production capacity built in a host, whose output is shared among the parties.
     *
     * @param id the agreement's id (metric and error names)
     * @param munition munition id
     * @param host ISO3 of the actor where the line is built
     * @param capacityRoundsPerYear the line's capacity once built, rounds per year
     * @param start the day the agreement is signed (construction starts)
     * @param lagYears years from signature to first output, before any technology sharing
     * @param sharesByActor share of the output each party receives (0..1 each, summing to 1), by ISO3
     */
    public record CoProduction(String id, String munition, String host, double capacityRoundsPerYear,
                               LocalDate start, double lagYears, SortedMap<String, Double> sharesByActor) {
        public CoProduction {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(munition, "munition");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(start, "start");
            if (!(capacityRoundsPerYear >= 0) || !Double.isFinite(capacityRoundsPerYear)) {
                throw new IllegalArgumentException("co-production " + id + ": capacity must be a non-negative number, got "
                        + capacityRoundsPerYear);
            }
            if (!(lagYears >= 0) || !Double.isFinite(lagYears)) {
                throw new IllegalArgumentException("co-production " + id + ": lag must be non-negative, got " + lagYears);
            }
            sharesByActor = Collections.unmodifiableSortedMap(new TreeMap<>(sharesByActor));
            double total = 0;
            for (var e : sharesByActor.entrySet()) {
                if (!(e.getValue() >= 0 && e.getValue() <= 1)) {
                    throw new IllegalArgumentException("co-production " + id + ": share of " + e.getKey()
                            + " must be between 0 and 1, got " + e.getValue());
                }
                total += e.getValue();
            }
            if (sharesByActor.isEmpty() || Math.abs(total - 1) > 1e-9) {
                throw new IllegalArgumentException("co-production " + id + ": shares must sum to 1, sum to " + total);
            }
        }
    }

    /**
     * Technology sharing: from {@code from} on, capacity the actors order for the munition (their
     * own investment and co-production lines they host) arrives after a lag shortened by
     * {@code lagReductionPct} percent.
     */
    public record TechnologySharing(String munition, List<String> actors, double lagReductionPct, LocalDate from) {
        public TechnologySharing {
            Objects.requireNonNull(munition, "munition");
            Objects.requireNonNull(from, "from");
            actors = actors.stream().sorted().distinct().toList();
            if (!(lagReductionPct >= 0 && lagReductionPct <= 100)) {
                throw new IllegalArgumentException("technology sharing: lag reduction must be 0..100 percent, got "
                        + lagReductionPct);
            }
        }
    }
}
