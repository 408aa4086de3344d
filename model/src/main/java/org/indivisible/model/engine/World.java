package org.indivisible.model.engine;

import org.indivisible.model.config.Configuration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.random.RandomStreams;
import org.indivisible.model.theater.TheaterState;

/**
 * The mutable state of one replication: flat arrays indexed by actor or theater position in
 * the {@link Configuration}. Owned by one thread; processes change it, observers read it.
 * Arrays are handed out without copying because the hot loop works on them directly; only
 * processes may write them.
 */
public final class World {

    private final Configuration config;
    private final RandomStreams random;
    // Looked up by id, never iterated.
    private final Map<String, Double> parameterValues = new HashMap<>();
    // State owned by one part of the model (the economy, munitions, forces...), looked up by
    // type, never iterated: a new process brings its own state without widening this class.
    private final Map<Class<?>, Object> parts = new HashMap<>();
    private final boolean sampleUncertainty;

    private int step;
    private LocalDate date;

    private final double[] gdpUsdBillions;
    private final double[] defenceBudgetUsdBillions;
    private final double[] defenceSpendingUsdBillionsCumulative;
    private final TheaterState[] theaterStates;
    private final int[] warStartStep;
    private final int[] warSteps;
    private double policyCostUsdBillions;
    /** The same cost by calendar year (index: year minus the horizon's first year), billions of current US$. */
    private final double[] policyCostUsdBillionsByYear;

    World(Configuration config, RandomStreams random, boolean sampleUncertainty) {
        this.config = config;
        this.random = random;
        this.sampleUncertainty = sampleUncertainty;
        int actors = config.actors().size();
        int theaters = config.theaters().size();
        gdpUsdBillions = new double[actors];
        defenceBudgetUsdBillions = new double[actors];
        defenceSpendingUsdBillionsCumulative = new double[actors];
        theaterStates = new TheaterState[theaters];
        warStartStep = new int[theaters];
        warSteps = new int[theaters];
        for (int t = 0; t < theaters; t++) {
            theaterStates[t] = config.theaters().get(t).initialState();
        }
        Arrays.fill(warStartStep, -1);
        policyCostUsdBillionsByYear = new double[config.horizon().end().getYear() - config.horizon().start().getYear() + 1];
        for (UncertainParameter p : config.parameters()) {
            // One stream per parameter: adding a parameter never shifts another's draw.
            double v = p.draw(random.stream("parameter." + p.id()));
            parameterValues.put(p.id(), sampleUncertainty ? v : p.value());
        }
        date = config.horizon().start();
    }

    public Configuration config() {
        return config;
    }

    /** The named random stream of this replication. */
    public RandomGenerator random(String streamName) {
        return random.stream(streamName);
    }

    public int replication() {
        return (int) random.replication();
    }

    /** The step being simulated (during processes) or just simulated (for observers). */
    public int step() {
        return step;
    }

    /** First day of the current step. */
    public LocalDate date() {
        return date;
    }

    void moveTo(int newStep) {
        step = newStep;
        date = config.horizon().dateOf(newStep);
    }

    /** False when the run uses every parameter's central value instead of drawing it. */
    public boolean parameterSampling() {
        return sampleUncertainty;
    }

    /**
     * Registers a part's state for this replication (usually from {@link Process#start}), so
     * that other processes and observers can read it with {@link #part}.
     */
    public <T> void attach(Class<T> type, T state) {
        if (parts.putIfAbsent(type, state) != null) {
            throw new IllegalStateException(type.getSimpleName() + " is already attached to this world");
        }
    }

    /** The state a process attached under this type. */
    public <T> T part(Class<T> type) {
        Object state = parts.get(type);
        if (state == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " in this world: is its process in the model?");
        }
        return type.cast(state);
    }

    /** Whether a process attached state under this type (optional couplings between parts). */
    public boolean hasPart(Class<?> type) {
        return parts.containsKey(type);
    }

    public boolean hasParameter(String id) {
        return parameterValues.containsKey(id);
    }

    /** This replication's draw of an uncertain parameter. */
    public double parameter(String id) {
        Double v = parameterValues.get(id);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + id + " in scenario " + config.scenarioId());
        }
        return v;
    }

    /**
     * This replication's draw of a parameter that must lie in [{@code low}, {@code high}]; a draw
     * outside (NaN included) is an error naming the parameter, its range and the draw. Give
     * {@code Double.MAX_VALUE} as {@code high} for "finite and at least {@code low}".
     */
    public double parameter(String id, double low, double high) {
        double v = parameter(id);
        if (!(v >= low && v <= high)) {
            String range = high == Double.MAX_VALUE ? "be finite and at least " + number(low)
                    : "lie in [" + number(low) + ", " + number(high) + "]";
            throw new IllegalStateException("parameter " + id + " must " + range + ", drew " + v);
        }
        return v;
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /** Annualised nominal GDP this step, billions of current US$, by actor index. */
    public double[] gdpUsdBillions() {
        return gdpUsdBillions;
    }

    /** Annualised defence budget this step, billions of current US$, by actor index. */
    public double[] defenceBudgetUsdBillions() {
        return defenceBudgetUsdBillions;
    }

    /** Defence spending since the start, billions of current US$, by actor index. */
    public double[] defenceSpendingUsdBillionsCumulative() {
        return defenceSpendingUsdBillionsCumulative;
    }

    /** What the treatment's policies have cost so far, billions of current US$. */
    public double policyCostUsdBillions() {
        return policyCostUsdBillions;
    }

    /**
     * What the treatment's policies cost in each calendar year, billions of current US$, by year
     * minus the horizon's first year (a copy): the time profile that constant prices and present
     * values need.
     */
    public double[] policyCostUsdBillionsByYear() {
        return policyCostUsdBillionsByYear.clone();
    }

    /** Adds a cost incurred in the current step (billions of current US$). */
    public void addPolicyCost(double usdBillions) {
        policyCostUsdBillions += usdBillions;
        int y = Math.min(policyCostUsdBillionsByYear.length - 1,
                Math.max(0, date.getYear() - config.horizon().start().getYear()));
        policyCostUsdBillionsByYear[y] += usdBillions;
    }

    public TheaterState theaterState(int theater) {
        return theaterStates[theater];
    }

    /** Moves a theater to a state; the first move into war marks the conflict's start. */
    public void setTheaterState(int theater, TheaterState state) {
        theaterStates[theater] = state;
        if (state == TheaterState.WAR && warStartStep[theater] < 0) {
            warStartStep[theater] = step;
        }
    }

    /** Step at which the theater first went to war, or -1. */
    public int warStartStep(int theater) {
        return warStartStep[theater];
    }

    /** Steps the theater has spent at war so far. */
    public int warSteps(int theater) {
        return warSteps[theater];
    }

    void countWarSteps() {
        for (int t = 0; t < theaterStates.length; t++) {
            if (theaterStates[t] == TheaterState.WAR) {
                warSteps[t]++;
            }
        }
    }
}
