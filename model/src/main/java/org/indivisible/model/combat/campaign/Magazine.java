package org.indivisible.model.combat.campaign;

/**
 * One side's stock of one precision munition in a campaign (anti-ship or land-attack missiles,
 * interceptors): rounds on hand, rounds delivered per week by production already running, what
 * was fired, the first week it ran dry, and the lowest days of supply against the rate at which
 * the side can fire it (its launchers' capacity, set once). Mutable, one per replication.
 */
public final class Magazine {

    private final String id;
    private double stock;
    private final double productionPerWeek;
    private double fired;
    private double referencePerDay = Double.NaN;
    private double minDaysOfSupply = Double.POSITIVE_INFINITY;
    private double weekExhausted = Double.NaN;

    /**
     * @param id munition id used in metric names ({@code lrasm})
     * @param stock rounds on hand when the war starts, at least 0
     * @param productionPerYear rounds delivered a year during the war, at least 0
     */
    public Magazine(String id, double stock, double productionPerYear) {
        if (!(stock >= 0) || !(productionPerYear >= 0) || Double.isInfinite(stock)) {
            throw new IllegalArgumentException(id + ": stock and production must be finite and at least 0, got "
                    + stock + " and " + productionPerYear);
        }
        this.id = id;
        this.stock = stock;
        this.productionPerWeek = productionPerYear / 52.0;
    }

    public String id() {
        return id;
    }

    /**
     * Fires up to {@code wanted} rounds at war week {@code week}; returns the rounds fired. The
     * first call that leaves the stock empty (below one round) marks the week it ran dry.
     */
    public double fire(double wanted, double week) {
        double shot = Math.max(0, Math.min(wanted, stock));
        stock -= shot;
        fired += shot;
        if (stock < 1 && Double.isNaN(weekExhausted) && shot > 0) {
            weekExhausted = week;
        }
        return shot;
    }

    /** Adds the production of {@code weeks} weeks. */
    public void produce(double weeks) {
        stock += productionPerWeek * weeks;
    }

    /** Sets the days-of-supply yardstick: rounds per day the side can fire (its launch capacity). */
    public void referenceUse(double roundsPerDay) {
        if (Double.isNaN(referencePerDay) && roundsPerDay > 0) {
            referencePerDay = roundsPerDay;
        }
    }

    /** Records the days of supply now (stock over the yardstick), keeping the lowest. */
    public void observe() {
        if (referencePerDay > 0) {
            minDaysOfSupply = Math.min(minDaysOfSupply, stock / referencePerDay);
        }
    }

    public double stock() {
        return stock;
    }

    public double fired() {
        return fired;
    }

    /** Lowest days of supply seen, or NaN when the side never had a rate to fire it. */
    public double minDaysOfSupply() {
        return Double.isInfinite(minDaysOfSupply) ? Double.NaN : minDaysOfSupply;
    }

    /** War week (from 0) the magazine first ran dry, or NaN when it never did. */
    public double weekExhausted() {
        return weekExhausted;
    }
}
