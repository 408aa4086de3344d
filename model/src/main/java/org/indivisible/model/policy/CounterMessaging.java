package org.indivisible.model.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * P4: counter the adversary narrative ("where NATO goes, war follows") with public messaging
 * and high-level engagement with partners. It lowers the share of each partner public that
 * holds the narrative (the influence process, docs/decisions.md), and so raises partners'
 * willingness to join P3's sanctions coalition. Immutable.
 *
 * @param intensity messaging effort, 0 (none) to 1 (the most the parameters allow)
 * @param engagementsPerYear high-level engagements with partners a year (visits, summits)
 * @param start first day of the campaign
 * @param costEurMillionsPerYear what the campaign costs a year, millions of euros
 */
public record CounterMessaging(double intensity, double engagementsPerYear, LocalDate start,
                               double costEurMillionsPerYear) implements Policy {

    public CounterMessaging {
        Objects.requireNonNull(start, "start");
        if (!(intensity >= 0 && intensity <= 1)) {
            throw new IllegalArgumentException("P4 intensity must be between 0 and 1, got " + intensity);
        }
        if (!(engagementsPerYear >= 0) || !Double.isFinite(engagementsPerYear)) {
            throw new IllegalArgumentException("P4 engagements per year must be a non-negative number, got " + engagementsPerYear);
        }
        if (!(costEurMillionsPerYear >= 0) || !Double.isFinite(costEurMillionsPerYear)) {
            throw new IllegalArgumentException("P4 cost must be a non-negative number of euros, got " + costEurMillionsPerYear);
        }
    }

    @Override
    public String lever() {
        return "P4";
    }
}
