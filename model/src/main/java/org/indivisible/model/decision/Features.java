package org.indivisible.model.decision;

import org.indivisible.model.config.DecisionPair;
import java.time.LocalDate;
import java.util.List;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Obligation;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.World;
import org.indivisible.model.industry.MunitionStocks;
import org.indivisible.model.policy.SanctionsAnnouncement;
import org.indivisible.model.influence.NarrativeState;
import org.indivisible.model.industry.MunitionStocks;
import org.indivisible.model.korea.MissileQuality;
import org.indivisible.model.posture.Flank;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.posture.Location;
import org.indivisible.model.theater.TheaterState;

/**
 * Works out each pair's {@link Feature}s from the world: the balance and the US power in the
 * theater's location from the posture part ({@link Forces}; both 0 without it or for a theater
 * with no modelled forces, Ukraine), the expected cost of announced sanctions from P3
 * ({@link SanctionsAnnouncement}), aligned treaty partners from the configuration's treaties,
 * and other theaters where a partner fights the US from the theater states. Every feature but
 * the sanctions cost is the change from the first week; the sanctions cost is 0 without an
 * announcement (the base hazard has none). Mutable per replication; pure functions of the
 * world for the rest.
 */
public final class Features {

    private final Configuration config;
    private final List<DecisionPair> pairs;
    private final int[] theater;
    private final Location[] location;
    private final int[] aggressor;
    private final boolean[][] aligned;
    private final int usa;
    private final SanctionsAnnouncement sanctions;
    private double[][] initial;
    private double[] initialUsPower;
    private double expectedCostPct = Double.NaN;
    private double willingness = 1;
    private double[] startBalance;
    private double[] startUsPower;
    /** Reference level of the balance feature (ln of aggressor over defender power), by pair id. */
    public static final String REFERENCE_BALANCE = "decision.reference.balance.";
    /** Reference US combat power at the pair's location, by pair id. */
    public static final String REFERENCE_US_POWER = "decision.reference.usPower.";
    /** Reference level of the missile strike capability (missiles in stock times reliability), by pair id. */
    public static final String REFERENCE_MISSILE_STRIKE = "decision.reference.missileStrike.";
    /**
     * The pairs whose aggressor's missile strike capability is a feature, and the munition it is
     * counted in: North Korea's ballistic missiles, a capability outside the force balance (the
     * other aggressors' missiles are not modelled as a separate capability).
     */
    public static final java.util.Map<String, String> MISSILE_PAIRS = java.util.Map.of("PRK.korea", "srbm");
    /** Reference endurance of the pair's defenders, days of fire (0: none fires in the theater), by pair id. */
    public static final String REFERENCE_ENDURANCE = "decision.reference.endurance.";
    /** The defenders' endurance in the first week (days; infinite when none fires in the theater), by pair. */
    private double[] startEndurance;
    /** ln of the reference endurance capped at the expected war's length; NaN when the feature is off. */
    private double[] referenceLogEndurance;
    /** Expected length of the war each pair's aggressor would start, days. */
    private double[] warDays;
    private NarrativeState narrative;
    private MunitionStocks munitions;
    /** The aggressor's missile holding of each pair in {@link #MISSILE_PAIRS}, -1 for the others. */
    private int[] missileHolding;
    private double[] startMissileStrike;
    /**
     * Dates on which an aligned partner count can change (treaties entering into force or
     * ending, ALIGNED memberships starting or ending): between two of them the count is the
     * same, so it is worked out once per interval, not every week.
     */
    private final java.util.NavigableSet<LocalDate> alignmentChanges = new java.util.TreeSet<>();
    private final int[] alignedCount;
    private final LocalDate[] alignedFrom;
    private final LocalDate[] alignedUntil;

    public Features(Configuration config, List<DecisionPair> pairs) {
        this.config = config;
        this.pairs = List.copyOf(pairs);
        int n = pairs.size();
        theater = new int[n];
        location = new Location[n];
        aggressor = new int[n];
        for (int i = 0; i < n; i++) {
            theater[i] = config.theaterIndex(pairs.get(i).theater());
            location[i] = Location.ofTheater(pairs.get(i).theater());
            aggressor[i] = config.actorIndex(pairs.get(i).aggressor());
        }
        Group alignedGroup = config.group("ALIGNED").orElse(null);
        aligned = new boolean[config.theaters().size()][config.actors().size()];
        for (int t = 0; t < aligned.length; t++) {
            for (String iso3 : config.theaters().get(t).participants()) {
                int a = indexOf(iso3);
                if (a >= 0) {
                    aligned[t][a] = alignedGroup != null && alignedGroup.memberships().stream()
                            .anyMatch(m -> m.iso3().equals(iso3));
                }
            }
        }
        usa = indexOf("USA");
        sanctions = config.policy(SanctionsAnnouncement.class).orElse(null);
        for (Treaty t : config.treaties()) {
            alignmentChanges.add(t.inForce());
            if (t.ended() != null) {
                alignmentChanges.add(t.ended());
            }
        }
        if (alignedGroup != null) {
            for (var m : alignedGroup.memberships()) {
                alignmentChanges.add(m.joined());
                if (m.left() != null) {
                    alignmentChanges.add(m.left());
                }
            }
        }
        alignedCount = new int[n];
        alignedFrom = new LocalDate[n];
        alignedUntil = new LocalDate[n];
    }

    private int indexOf(String iso3) {
        for (int a = 0; a < config.actors().size(); a++) {
            if (config.actors().get(a).iso3().equals(iso3)) {
                return a;
            }
        }
        return -1;
    }

    /**
     * Records the reference state (call from the process's first step, after every part started):
     * the levels of the balance and of US power the features are measured against. They are the
     * parameters {@code decision.reference.balance.<pair>} and {@code decision.reference.usPower.<pair>}
     * when the configuration has them: the baseline's start at central values, the same in every
     * treatment and scenario, so that a Europe that is stronger, from the start or later, deters
     * (docs/decisions.md section 2). A configuration without them (hand-built tests) measures
     * from its own first week.
     */
    public void start(World world) {
        narrative = world.hasPart(NarrativeState.class) ? world.part(NarrativeState.class) : null;
        munitions = world.hasPart(MunitionStocks.class) ? world.part(MunitionStocks.class) : null;
        missileHolding = new int[pairs.size()];
        startMissileStrike = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            String munition = MISSILE_PAIRS.get(pairs.get(i).id());
            missileHolding[i] = munition == null || munitions == null ? -1
                    : munitions.plan().holding(pairs.get(i).aggressor(), munition);
        }
        initial = new double[pairs.size()][];
        initialUsPower = new double[pairs.size()];
        startBalance = new double[pairs.size()];
        startUsPower = new double[pairs.size()];
        startEndurance = new double[pairs.size()];
        referenceLogEndurance = new double[pairs.size()];
        warDays = new double[pairs.size()];
        MunitionStocks stocks = world.hasPart(MunitionStocks.class) ? world.part(MunitionStocks.class) : null;
        for (int i = 0; i < pairs.size(); i++) {
            String weeks = DecisionParameters.WAR_WEEKS + pairs.get(i).id();
            warDays[i] = world.hasParameter(weeks) ? 7 * world.parameter(weeks) : Double.POSITIVE_INFINITY;
            startEndurance[i] = endurance(world, stocks, i);
            String reference = REFERENCE_ENDURANCE + pairs.get(i).id();
            double days = world.hasParameter(reference) ? world.parameter(reference)
                    : Double.isInfinite(startEndurance[i]) ? 0 : startEndurance[i];
            // No defender fires in the theater (Taiwan: its defence is interceptors, not counted here) or the
            // theater's forces are not modelled (Ukraine): no feature.
            referenceLogEndurance[i] = stocks == null || !(days > 0) ? Double.NaN : cappedLog(days, warDays[i]);
            initial[i] = raw(world, i);
            initialUsPower[i] = usPower(world, i);
            startBalance[i] = initial[i][Feature.BALANCE.ordinal()];
            startUsPower[i] = initialUsPower[i];
            String balance = REFERENCE_BALANCE + pairs.get(i).id();
            if (world.hasParameter(balance)) {
                initial[i][Feature.BALANCE.ordinal()] = world.parameter(balance);
            }
            startMissileStrike[i] = missileStrike(world, i);
            String missiles = REFERENCE_MISSILE_STRIKE + pairs.get(i).id();
            if (missileHolding[i] >= 0 && world.hasParameter(missiles)) {
                initial[i][Feature.MISSILE_STRIKE.ordinal()] = Math.log(Math.max(1, world.parameter(missiles)));
            }
            String us = REFERENCE_US_POWER + pairs.get(i).id();
            if (world.hasParameter(us)) {
                initialUsPower[i] = world.parameter(us);
            }
        }
    }

    /** The balance feature's level in the first week, before the reference is taken off (ln power ratio). */
    public double startBalance(int pair) {
        return startBalance[pair];
    }

    /** The missile strike capability in the first week (missiles times reliability); 0 for a pair without one. */
    public double startMissileStrike(int pair) {
        return startMissileStrike[pair];
    }

    /**
     * The defenders' munitions endurance in the first week, days of fire (infinite when none of
     * them fires in the theater): the reference level {@code decision.reference.endurance.<pair>}.
     */
    public double startEndurance(int pair) {
        return startEndurance[pair];
    }

    /** US combat power at the pair's location in the first week (armoured brigade equivalents). */
    public double startUsPower(int pair) {
        return startUsPower[pair];
    }

    public List<DecisionPair> pairs() {
        return pairs;
    }

    /** Writes pair {@code i}'s features this week into {@code into} (by {@link Feature#ordinal()}). */
    public void compute(World world, int i, double[] into) {
        double[] now = raw(world, i);
        for (int f = 0; f < now.length; f++) {
            into[f] = now[f] - initial[i][f];
        }
        double us = usPower(world, i);
        into[Feature.US_FORCES.ordinal()] = initialUsPower[i] > 0 ? us / initialUsPower[i] - 1 : 0;
        into[Feature.SANCTIONS_COST.ordinal()] = sanctionsCost(world, i);
        into[Feature.MUNITIONS_ENDURANCE.ordinal()] = Double.isNaN(referenceLogEndurance[i]) ? 0
                : cappedLog(endurance(world, world.part(MunitionStocks.class), i), warDays[i]) - referenceLogEndurance[i];
    }

    /**
     * The days of fire the pair's defenders hold ({@link MunitionStocks#defenderEnduranceDays}),
     * read from the industry process's last step; infinite without munitions.
     */
    private double endurance(World world, MunitionStocks stocks, int i) {
        // Like the balance, none for a theater whose forces are not modelled (Ukraine).
        return stocks == null || location[i] == null ? Double.POSITIVE_INFINITY
                : stocks.defenderEnduranceDays(theater[i], aggressor[i], Math.max(0, world.step() - 1));
    }

    /**
     * ln of the endurance capped at the expected war's length: stocks beyond what the war the
     * aggressor expects would use do not lengthen it (Mearsheimer 1983: deterrence rests on the
     * attacker's expectation of a quick, cheap war or a long, costly one), at least one day.
     */
    static double cappedLog(double days, double warDays) {
        return Math.log(Math.max(1, Math.min(days, warDays)));
    }

    private double[] raw(World world, int i) {
        double[] x = new double[Feature.values().length];
        x[Feature.BALANCE.ordinal()] = balance(world, i);
        x[Feature.ALIGNED_SUPPORT.ordinal()] = alignedPartners(world.date(), i);
        x[Feature.PARTNER_AT_WAR.ordinal()] = partnersAtWar(world, i);
        x[Feature.MISSILE_STRIKE.ordinal()] = missileHolding[i] >= 0 ? Math.log(Math.max(1, missileStrike(world, i))) : 0;
        return x;
    }

    /**
     * Missiles in the aggressor's stock times the share that fly as programmed (its quality, which
     * Russian help raises: {@link MissileQuality}); 0 for a pair without a missile capability.
     */
    private double missileStrike(World world, int i) {
        if (missileHolding[i] < 0) {
            return 0;
        }
        return munitions.stockRounds(missileHolding[i]) * MissileQuality.reliability(world, world.date());
    }

    /**
     * The posture part (a required port of the decision process, so the posture process is in the
     * model); absent only when the configuration has no order of battle at all (hand-built
     * configurations of other parts), and then the force features are 0 by construction.
     */
    private Forces forces(World world) {
        return world.hasPart(Forces.class) ? world.part(Forces.class) : null;
    }

    private double balance(World world, int i) {
        Forces forces = forces(world);
        if (forces == null || location[i] == null) {
            return 0;
        }
        Flank flank = flank(world, i);
        if (flank != null) {
            return flankLogRatio(flank.ratio(world, Flank.DECISION_DAY_INDEX));
        }
        int loc = location[i].ordinal();
        return logRatio(forces.sidePower(world, loc, true, theater[i]), forces.sidePower(world, loc, false, theater[i]));
    }

    /**
     * The time-phased flank balance for a pair whose theater is in Europe, when the configuration
     * has one (docs/forces-and-combat.md 4a); null otherwise (the location-wide balance is read).
     */
    private Flank flank(World world, int i) {
        Forces forces = forces(world);
        return forces != null && location[i] == Location.EUROPE ? forces.flank() : null;
    }

    /**
     * Log of Russia's over NATO's flank power, from NATO's over Russia's ratio: floored at -20 when
     * Russia has no power left on the flank (ratio +infinity), 0 when NATO has none either (NaN).
     */
    private static double flankLogRatio(double natoOverRussia) {
        return natoOverRussia > 0 ? Math.max(-20, -Math.log(natoOverRussia)) : 0;
    }

    private double usPower(World world, int i) {
        Forces forces = forces(world);
        if (forces == null || location[i] == null || usa < 0) {
            return 0;
        }
        return forces.power(world, location[i].ordinal(), usa);
    }

    /** ln(aggressor side / defender side), 0 when either side has no power. */
    public static double logRatio(double aggressorPower, double defenderPower) {
        return aggressorPower > 0 && defenderPower > 0 ? Math.log(aggressorPower / defenderPower) : 0;
    }

    /** Pair i's aggressor's aligned partners on a date, recounted only when the date leaves the last count's interval. */
    private int alignedPartners(LocalDate date, int i) {
        if (alignedFrom[i] == null || date.isBefore(alignedFrom[i])
                || (alignedUntil[i] != null && !date.isBefore(alignedUntil[i]))) {
            alignedCount[i] = alignedPartners(date, pairs.get(i).aggressor());
            LocalDate from = alignmentChanges.floor(date);
            alignedFrom[i] = from != null ? from : LocalDate.MIN;
            alignedUntil[i] = alignmentChanges.higher(date);
        }
        return alignedCount[i];
    }

    private int alignedPartners(LocalDate date, String iso3) {
        Group group = config.group("ALIGNED").orElse(null);
        if (group == null) {
            return 0;
        }
        int n = 0;
        for (String partner : group.membersOn(date)) {
            if (partner.equals(iso3)) {
                continue;
            }
            for (Treaty t : config.treaties()) {
                if (t.binds(iso3, partner, Obligation.DEFENCE, date) || t.binds(iso3, partner, Obligation.OFFENCE, date)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private int partnersAtWar(World world, int i) {
        if (usa < 0) {
            return 0;
        }
        int n = 0;
        for (int t = 0; t < config.theaters().size(); t++) {
            if (t == theater[i] || world.theaterState(t) != TheaterState.WAR
                    || !config.theaters().get(t).participants().contains("USA")) {
                continue;
            }
            for (int a = 0; a < aligned[t].length; a++) {
                if (aligned[t][a] && a != aggressor[i]) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private double sanctionsCost(World world, int i) {
        if (sanctions == null || !sanctions.target().equals(pairs.get(i).aggressor())
                || world.date().isBefore(sanctions.announced())) {
            return 0;
        }
        // Pulled from the influence part (last step's value); 1 in a model without it.
        double share = narrative == null ? 1 : narrative.coalitionWillingness();
        if (share != willingness) {
            willingness = share;
            expectedCostPct = Double.NaN;
        }
        if (Double.isNaN(expectedCostPct)) {
            expectedCostPct = expectedCostPct(world, sanctions) * willingness;
        }
        return expectedCostPct;
    }

    /**
     * Percent of the target's GDP the announcement puts at stake, times its credibility: trade
     * with the blocks the coalition covers (percent of GDP; the NATO group covers the EU27 block
     * and the non-EU NATO block, the EU's few non-NATO members being small traders with China),
     * times the covered sectors' share of that trade, the share cut and the GDP lost per unit
     * of trade cut. 0 for a target without trade parameters.
     */
    public static double expectedCostPct(World world, SanctionsAnnouncement p3) {
        double trade = 0;
        for (String block : DecisionParameters.TRADE_BLOCKS) {
            boolean covered = switch (block) {
                case "EU27" -> p3.coalition().contains("EU27") || p3.coalition().contains("NATO");
                case "NATO_NON_EU" -> p3.coalition().contains("NATO");
                default -> p3.coalition().contains(block);
            };
            String id = DecisionParameters.TRADE_PCT_GDP + p3.target() + "." + block;
            if (covered && world.hasParameter(id)) {
                trade += world.parameter(id);
            }
        }
        double sectorShare = 0;
        for (String sector : p3.sectors()) {
            String id = DecisionParameters.SECTOR_SHARE + sector;
            sectorShare += world.hasParameter(id) ? world.parameter(id) / 100 : 0;
        }
        sectorShare = Math.min(1, sectorShare);
        return p3.credibility() * trade * sectorShare * p3.tradeSharePct() / 100
                * world.parameter(DecisionParameters.LOSS_PER_TRADE);
    }
}
