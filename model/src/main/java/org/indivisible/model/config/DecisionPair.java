package org.indivisible.model.config;

import java.util.List;
import java.util.Objects;

/**
 * A potential aggressor and the theater where it may start a war. Immutable.
 *
 * @param aggressor ISO3 of the actor that decides
 * @param theater theater id
 */
public record DecisionPair(String aggressor, String theater) {

    /** The four pairs docs/model.md names, in a fixed order (metric and stream order). */
    public static final List<DecisionPair> STANDARD = List.of(
            new DecisionPair("CHN", "taiwan"),
            new DecisionPair("PRK", "korea"),
            new DecisionPair("RUS", "nato_europe"),
            new DecisionPair("RUS", "ukraine"));

    public DecisionPair {
        Objects.requireNonNull(aggressor, "aggressor");
        Objects.requireNonNull(theater, "theater");
    }

    /** {@code CHN.taiwan}: the suffix of this pair's parameters, metrics and random stream. */
    public String id() {
        return aggressor + "." + theater;
    }

    /** The pair's random stream: one uniform per step, whatever happens. */
    public String streamName() {
        return "decision." + id();
    }

    /** The standard pair whose theater is this one, if any. */
    public static DecisionPair ofTheater(String theater) {
        for (DecisionPair p : STANDARD) {
            if (p.theater().equals(theater)) {
                return p;
            }
        }
        return null;
    }
}
