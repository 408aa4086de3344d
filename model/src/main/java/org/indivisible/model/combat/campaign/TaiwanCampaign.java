package org.indivisible.model.combat.campaign;

import org.indivisible.model.combat.CampaignOutcome;

/**
 * A Chinese amphibious invasion of Taiwan fought in turns of 3.5 days (F299), each in four
 * phases:
 * <ol>
 *   <li><b>air and missile strikes</b>: the opening strike destroys a share of Taiwan's aircraft on
 *       the ground; then the PLA's fighters and the allies' in range (Taiwan's; US and Japanese
 *       only with basing in Japan) fight one turn of Lanchester square-law attrition. The PLA's
 *       share of the air power left is its air superiority, which costs Taiwan's coastal
 *       anti-ship launchers and helps the PLA ashore;</li>
 *   <li><b>the crossing under sea denial</b>: Taiwan's Harpoons, US LRASMs (then JASSM-ERs, at their
 *       anti-ship effectiveness) from bombers and, with basing, fighters, and Japan's anti-ship
 *       missiles fire one salvo a turn at the invasion fleet, whose escorts engage them as far as
 *       fire channels and interceptors allow ({@link MissileDefence}); hits sink lift ships and
 *       escorts in a set proportion. Each US attack submarine sinks two large amphibious ships a
 *       turn and loses a fifth of its number (F318, F319). The PLA's anti-ship missiles fire at the
 *       US surface ships in the same way;</li>
 *   <li><b>landings</b>: the surviving lift carries its share of the full fleet's 16,000 troops a
 *       turn (F311); sustaining the troops already ashore takes lift first, the rest lands new
 *       battalions;</li>
 *   <li><b>ground combat</b>: the lodgement and Taiwan's engaged battalions fight Lanchester's square
 *       law in half-day steps; Taiwan commits the rest of its active battalions and then its
 *       reserve brigades; the PLA's effectiveness falls with its supply and rises with air
 *       superiority, Taiwan's rises with prepared defences and US air support.</li>
 * </ol>
 * The island <b>falls</b> when Taiwan's ground force is down to the breakpoint share of its
 * strength at the start; it <b>holds</b> when the lodgement is destroyed (under one battalion
 * ashore after a turn's fighting); otherwise the war ends in a <b>stalemate</b>. US intervention
 * starts after a delay and commits a share of the US forces in theater, both drawn per
 * replication; Japan grants basing with a probability. Every draw is made once at the war's
 * start ({@link Draws}), so the campaign is deterministic given them and monotone comparisons
 * with common random numbers are exact. Mutable, one per replication.
 */
public final class TaiwanCampaign {

    public static final double TURN_DAYS = 3.5;
    public static final double TURN_WEEKS = TURN_DAYS / 7;
    /** Half-day steps of the ground fight in a turn. */
    private static final int GROUND_STEPS = 7;
    /** A lodgement below one battalion is destroyed. */
    private static final double LODGEMENT_MIN_BATTALIONS = 1;

    /**
     * Forces in the theater at the start of a turn, from the forces part (elements times
     * readiness, in aircraft and ships).
     */
    public record Levels(double plaFighters, double plaEscorts, double twnFighters, double usFighters, double usBombers,
                         double usSubs, double usShips, double jpnFighters) {
    }

    /** The replication's draws, uniform on [0, 1), made once at the war's start. */
    public record Draws(double delay, double scale, double basing) {
    }

    /** Who lost what, indices into the loss arrays. */
    public enum Side { CHN, TWN, USA, JPN }

    /** Kinds of loss reported. */
    public enum Loss { SHIPS, AIRCRAFT, PERSONNEL, SUBMARINES, BATTALIONS, LIFT_SHIPS }

    private final CampaignParameters p;
    private final double delayWeeks;
    private final double scale;
    private final boolean basing;
    private final double liftStart;
    private final double twnStart;

    private int turn;
    private double lift;
    private double ashore;
    private double peakAshore;
    private double landedTroops;
    private double twnEngaged;
    private double twnUncommitted;
    private double reserves;
    private double launchers;
    private double airShare = 0.5;
    /** Share of the lodgement's supply the last turn's lift delivered, 0 to 1. */
    private double supply = 1;
    private CampaignOutcome outcome;
    private double outcomeWeek = Double.NaN;

    final Magazine harpoon;
    final Magazine lrasm;
    final Magazine jassmEr;
    final Magazine japanAscm;
    final Magazine plaAscm;
    /** Interceptors of the invasion fleet's escorts and of the US surface ships: set by {@link #arm}. */
    Magazine escortSam;
    Magazine usSm;

    /** Losses so far, [side][kind]. */
    private final double[][] losses = new double[Side.values().length][Loss.values().length];
    /** Losses of the last {@link #turn}: the process moves them into the forces part. */
    private final double[][] turnLosses = new double[Side.values().length][Loss.values().length];

    public TaiwanCampaign(CampaignParameters p, Draws draws) {
        this.p = p;
        // Exponential delay with the parameter as its mean: political hesitation has a long tail.
        this.delayWeeks = -p.interventionDelayWeeks * Math.log(1 - draws.delay());
        this.scale = p.interventionScaleMin + (1 - p.interventionScaleMin) * draws.scale();
        this.basing = draws.basing() < p.japanBasingProbability;
        this.liftStart = p.liftShips;
        this.lift = p.liftShips;
        double active = p.battalions * (1 - p.understrength);
        this.twnStart = active;
        this.twnEngaged = active * p.engagedShare;
        this.twnUncommitted = active - twnEngaged;
        this.reserves = p.reserveBrigades * p.battalionsPerReserveBrigade * p.reserveQuality;
        this.launchers = p.harpoonLaunchers;
        harpoon = new Magazine("harpoon", p.harpoons, 0);
        lrasm = new Magazine("lrasm", p.lrasm, p.lrasmPerYear);
        jassmEr = new Magazine("jassm_er", p.jassmEr, p.jassmErPerYear);
        japanAscm = new Magazine("ascm", basing ? p.japanAscm : 0, 0);
        plaAscm = new Magazine("ascm", p.ascmStock, p.ascmPerYear);
        harpoon.referenceUse(p.harpoonLaunchers * p.harpoonsPerLauncherPerTurn / TURN_DAYS);
        plaAscm.referenceUse(p.ascmPerTurn / TURN_DAYS);
        if (basing) {
            // Without basing Japan fires nothing: no yardstick, no days of supply to report.
            japanAscm.referenceUse(p.japanAscmPerTurn / TURN_DAYS);
        }
    }

    /** Sets the magazines that depend on the forces at the war's start (escort and US ship interceptors). */
    public void arm(Levels start) {
        double escorts = start.plaEscorts() * p.escortShare;
        escortSam = new Magazine("sam_naval", escorts * p.escortInterceptors, 0);
        usSm = new Magazine("sm_naval", start.usShips() * p.usShipInterceptors, 0);
        escortSam.referenceUse(escorts * p.escortChannels * MissileDefence.INTERCEPTORS_PER_MISSILE / TURN_DAYS);
        usSm.referenceUse(start.usShips() * p.usShipChannels * MissileDefence.INTERCEPTORS_PER_MISSILE / TURN_DAYS);
        double usLaunch = (start.usBombers() * p.missilesPerBomberPerTurn
                + (basing ? start.usFighters() * p.missilesPerFighterPerTurn : 0)) / TURN_DAYS;
        lrasm.referenceUse(usLaunch);
        jassmEr.referenceUse(usLaunch);
    }

    /** Fights one turn ({@link #arm} first); returns the outcome once decided (null while undecided). */
    public CampaignOutcome turn(Levels lv) {
        if (usSm == null) {
            throw new IllegalStateException("arm the campaign with the forces at the war's start before the first turn");
        }
        for (double[] row : turnLosses) {
            java.util.Arrays.fill(row, 0);
        }
        double week = turn * TURN_WEEKS;
        boolean us = week >= delayWeeks;
        double usScale = us ? scale : 0;
        for (Magazine m : magazines()) {
            m.produce(TURN_WEEKS);
        }
        double twnAir = lv.twnFighters();
        if (turn == 0) {
            double onGround = twnAir * p.twnAirDestroyedOnGround;
            lose(Side.TWN, Loss.AIRCRAFT, onGround);
            twnAir -= onGround;
        }
        air(lv, twnAir, usScale);
        crossing(lv, week, usScale);
        land();
        ground(us && basing ? usScale : 0);
        for (Magazine m : magazines()) {
            m.observe();
        }
        turn++;
        if (outcome == null) {
            double twnNow = twnEngaged + twnUncommitted;
            if (twnNow <= p.breakpoint * twnStart) {
                decide(CampaignOutcome.FALLS);
            } else if (ashore < LODGEMENT_MIN_BATTALIONS) {
                decide(CampaignOutcome.HOLDS);
            }
        }
        return outcome;
    }

    /** Ends an undecided campaign as a stalemate (the war ended or the horizon came). */
    public void end() {
        if (outcome == null) {
            decide(CampaignOutcome.STALEMATE);
        }
    }

    private void decide(CampaignOutcome o) {
        outcome = o;
        outcomeWeek = turn * TURN_WEEKS;
    }

    private void air(Levels lv, double twnAir, double usScale) {
        double us = basing ? lv.usFighters() * usScale : 0;
        double jpn = basing && usScale > 0 ? lv.jpnFighters() : 0;
        double allies = twnAir + us + jpn;
        double pla = lv.plaFighters();
        double rate = p.airLossPerDay * TURN_DAYS;
        double plaLost = Math.min(pla, rate * allies);
        double alliesLost = Math.min(allies, rate * pla);
        lose(Side.CHN, Loss.AIRCRAFT, plaLost);
        if (allies > 0) {
            lose(Side.TWN, Loss.AIRCRAFT, alliesLost * twnAir / allies);
            lose(Side.USA, Loss.AIRCRAFT, alliesLost * us / allies);
            lose(Side.JPN, Loss.AIRCRAFT, alliesLost * jpn / allies);
        }
        // Missile strikes on the crowded bases in Japan destroy US aircraft on the ground.
        lose(Side.USA, Loss.AIRCRAFT, (us - alliesLost * (allies > 0 ? us / allies : 0)) * p.baseStrikeLossPerTurn);
        double left = pla - plaLost + allies - alliesLost;
        airShare = left > 0 ? (pla - plaLost) / left : 0.5;
    }

    private void crossing(Levels lv, double week, double usScale) {
        launchers *= 1 - p.launcherLossPerTurn * airShare;
        double missiles = harpoon.fire(launchers * p.harpoonsPerLauncherPerTurn, week);
        double usLaunch = usScale * (lv.usBombers() * p.missilesPerBomberPerTurn
                + (basing ? lv.usFighters() * p.missilesPerFighterPerTurn : 0));
        double lr = lrasm.fire(usLaunch, week);
        double jassm = p.jassmErAntiShip > 0 ? jassmEr.fire(usLaunch - lr, week) : 0;
        missiles += lr + jassm * p.jassmErAntiShip;
        if (usScale > 0) {
            missiles += japanAscm.fire(p.japanAscmPerTurn, week);
        }
        double escorts = lv.plaEscorts() * p.escortShare;
        MissileDefence.Result r = p.defence.salvo(missiles, escorts * p.escortChannels, escortSam.stock());
        escortSam.fire(r.interceptorsFired(), week);
        double liftSunk = Math.min(lift, r.hits() * p.liftShareOfSinkings / p.hitsToSinkLift);
        double escortsSunk = r.hits() * (1 - p.liftShareOfSinkings) / p.hitsToSinkEscort;
        double subs = usScale * lv.usSubs();
        double bySubs = Math.min(lift - liftSunk, subs * p.ssnKillsPerTurn);
        liftSunk += bySubs;
        if (p.liftShareOfSinkings > 0) {
            // Each large amphibious ship a submarine sinks comes with escorts and decoys in proportion (F318).
            escortsSunk += bySubs * (1 - p.liftShareOfSinkings) / p.liftShareOfSinkings;
        }
        escortsSunk = Math.min(escorts, escortsSunk);
        lose(Side.USA, Loss.SUBMARINES, subs * p.ssnLossPerTurn);
        lose(Side.USA, Loss.PERSONNEL, subs * p.ssnLossPerTurn * p.usCrewPerSubmarine);
        double loadPerShip = liftStart > 0 ? p.troopsPerTurn * p.offloadFactor / liftStart : 0;
        lose(Side.CHN, Loss.LIFT_SHIPS, liftSunk);
        lose(Side.CHN, Loss.SHIPS, liftSunk + escortsSunk);
        lose(Side.CHN, Loss.PERSONNEL, liftSunk * (loadPerShip + p.crewPerLiftShip) + escortsSunk * p.crewPerEscort);
        lift -= liftSunk;
        if (usScale > 0) {
            double ships = usScale * lv.usShips();
            if (ships > 0) {
                double fired = plaAscm.fire(p.ascmPerTurn, week);
                MissileDefence.Result hit = p.defence.salvo(fired, ships * p.usShipChannels, usSm.stock());
                usSm.fire(hit.interceptorsFired(), week);
                double sunk = Math.min(ships, hit.hits() / p.hitsToSinkEscort);
                lose(Side.USA, Loss.SHIPS, sunk);
                lose(Side.USA, Loss.PERSONNEL, sunk * p.usCrewPerShip);
            }
        }
    }

    private void land() {
        double capacity = liftStart > 0 ? p.troopsPerTurn * p.offloadFactor * lift / liftStart : 0;
        double need = ashore * p.troopsPerBattalion / p.sustainedPerLiftTroop;
        supply = need > 0 ? Math.min(1, capacity / need) : 1;
        double fresh = Math.max(0, capacity - need);
        ashore += fresh / p.troopsPerBattalion;
        landedTroops += fresh;
        peakAshore = Math.max(peakAshore, ashore);
    }

    private void ground(double usAirSupport) {
        if (turn == 1 || turn == 2) {
            double join = turn == 1 ? twnUncommitted / 2 : twnUncommitted;
            twnEngaged += join;
            twnUncommitted -= join;
        }
        if (turn >= p.reserveTurns && reserves > 0) {
            double join = Math.min(reserves, p.reserveBrigades * p.battalionsPerReserveBrigade * p.reserveQuality / 2);
            twnEngaged += join;
            reserves -= join;
        }
        double defender = p.defenceMultiplier * (1 + p.usAirSupportGain * usAirSupport);
        double attacker = supply * (1 + p.airGroundGain * Math.max(0, 2 * airShare - 1));
        double dt = TURN_DAYS / GROUND_STEPS;
        for (int s = 0; s < GROUND_STEPS && ashore > 0; s++) {
            double plaLoss = Math.min(ashore, p.groundLossPerDay * dt * twnEngaged * defender);
            double twnLoss = Math.min(twnEngaged, p.groundLossPerDay * dt * ashore * attacker);
            ashore -= plaLoss;
            twnEngaged -= twnLoss;
            lose(Side.CHN, Loss.BATTALIONS, plaLoss);
            lose(Side.CHN, Loss.PERSONNEL, plaLoss * p.troopsPerBattalion);
            lose(Side.TWN, Loss.BATTALIONS, twnLoss);
            lose(Side.TWN, Loss.PERSONNEL, twnLoss * p.twnTroopsPerBattalion);
        }
    }

    private void lose(Side side, Loss kind, double amount) {
        if (amount > 0) {
            losses[side.ordinal()][kind.ordinal()] += amount;
            turnLosses[side.ordinal()][kind.ordinal()] += amount;
        }
    }

    /** The magazines, each with the side that holds it (after {@link #arm}). */
    public Magazine[] magazines() {
        return new Magazine[] {harpoon, lrasm, jassmEr, japanAscm, plaAscm, escortSam, usSm};
    }

    /** The side holding each of {@link #magazines()}. */
    public static final Side[] MAGAZINE_HOLDERS = {Side.TWN, Side.USA, Side.USA, Side.JPN, Side.CHN, Side.CHN, Side.USA};

    public CampaignOutcome outcome() {
        return outcome;
    }

    /** War week (from 0) at which the outcome was decided, NaN while undecided. */
    public double outcomeWeek() {
        return outcomeWeek;
    }

    public int turns() {
        return turn;
    }

    public double loss(Side side, Loss kind) {
        return losses[side.ordinal()][kind.ordinal()];
    }

    public double turnLoss(Side side, Loss kind) {
        return turnLosses[side.ordinal()][kind.ordinal()];
    }

    public double liftLeftShare() {
        return liftStart > 0 ? lift / liftStart : 0;
    }

    public double troopsLanded() {
        return landedTroops;
    }

    public double peakAshoreBattalions() {
        return peakAshore;
    }

    public double ashoreBattalions() {
        return ashore;
    }

    public double twnBattalions() {
        return twnEngaged + twnUncommitted;
    }

    public double delayWeeks() {
        return delayWeeks;
    }

    public double scale() {
        return scale;
    }

    public boolean basing() {
        return basing;
    }

    /** The PLA's share of the air power left after the last turn's air fight. */
    public double airShare() {
        return airShare;
    }
}
