package org.indivisible.model.korea;

import org.indivisible.model.combat.CampaignOutcome;
import org.indivisible.model.combat.CombatRecord;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.industry.IndustryPlan;
import org.indivisible.model.industry.MunitionStocks;
import org.indivisible.model.industry.MunitionType;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.posture.Location;
import org.indivisible.model.theater.TheaterState;

/**
 * North Korea's strikes on the South, each week the korea theater is at war, before the
 * aggregate attrition of {@link org.indivisible.model.combat.TheaterCombat} (docs/forces-and-combat.md section 9):
 * <ol>
 * <li>missiles: of the ballistic missiles North Korea fired this week (the munitions part's
 *     consumption of its {@code srbm} stock, so production and Russian help set how long it can
 *     fire), the reliable share r(t) ({@link MissileQuality}) flies as programmed; each is met by
 *     n interceptors ({@code munitions.interceptorsPerMissile.pac3.KOR}, each killing with
 *     probability p) when the defenders' interceptor stocks deliver, and leaks otherwise:
 *     leak = f (1 - p)^n + (1 - f), f the share of the interceptor demand delivered. Each hit
 *     puts {@code korea.missile.defenderPowerLossPerHit} of the defenders' combat power out of
 *     action ({@link Forces#attrit}), so the missiles weigh on the campaign's outcome;</li>
 * <li>artillery on Seoul: the surviving systems in range fire {@code firingHoursPerWeek} hours,
 *     scaled by North Korea's fires supplied; casualties are RAND's rate per system-hour for the
 *     war's first hour and a sheltered fraction of it afterwards; counter-battery fire destroys
 *     a share of the survivors each week;</li>
 * <li>intensity for the economy: the week's artillery fire over the first week's, or 1 once the
 *     campaign has fallen (last step's outcome).</li>
 * </ol>
 * Deterministic given the parameters and the other parts; it draws no random numbers.
 */
public final class KoreaCampaign implements Process {

    private static final String THEATER = "korea";
    private static final String SHOTS = "munitions.interceptorsPerMissile.pac3.KOR";

    @Override
    public Ports ports() {
        return Ports.provides(KoreaStrikes.class)
                .andRequires(Forces.class, Port.Timing.THIS_STEP, "the defenders' forces that missile hits put out of action")
                .andRequires(MunitionStocks.class, Port.Timing.THIS_STEP,
                        "North Korea's missiles fired and the defenders' interceptors delivered this week")
                .andOptional(CombatRecord.class, Port.Timing.LAST_STEP,
                        "whether the campaign has fallen (full intensity); the artillery's fire alone without it");
    }

    private final ForcePlan plan;
    private KoreaStrikes state;
    private int theater = -1;
    private int prkActor = -1;
    private int prkMissiles = -1;
    private int[] interceptors = new int[0];
    private boolean[] allTypes;
    private double systems, casualtyRate, shelter, hours, counterfire, intercept, lossPerHit, shots;
    private double firstWeekFire;

    public KoreaCampaign(ForcePlan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "korea";
    }

    @Override
    public void start(World world) {
        state = new KoreaStrikes();
        world.attach(KoreaStrikes.class, state);
        theater = -1;
        for (int t = 0; t < world.config().theaters().size(); t++) {
            if (world.config().theaters().get(t).id().equals(THEATER)) {
                theater = t;
            }
        }
        if (theater < 0 || !world.hasParameter(KoreaParameters.ARTILLERY_SYSTEMS) || !plan.active()) {
            theater = -1;
            return;
        }
        state.modelled = true;
        systems = world.parameter(KoreaParameters.ARTILLERY_SYSTEMS, 0, 1e6);
        casualtyRate = world.parameter(KoreaParameters.CASUALTIES_PER_SYSTEM_HOUR, 0, 1e4);
        shelter = world.parameter(KoreaParameters.SHELTER, 0, 1);
        hours = world.parameter(KoreaParameters.FIRING_HOURS, 0, 168);
        counterfire = world.parameter(KoreaParameters.COUNTERFIRE, 0, 1);
        intercept = world.parameter(KoreaParameters.INTERCEPT, 0, 1);
        lossPerHit = world.parameter(KoreaParameters.LOSS_PER_HIT, 0, 1);
        shots = world.hasParameter(SHOTS) ? world.parameter(SHOTS, 0, 100) : 2;
        prkActor = world.config().actors().stream().anyMatch(a -> a.iso3().equals("PRK"))
                ? world.config().actorIndex("PRK") : -1;
        IndustryPlan industry = world.part(MunitionStocks.class).plan();
        prkMissiles = industry.holding("PRK", "srbm");
        java.util.List<Integer> defending = new java.util.ArrayList<>();
        var participants = world.config().theaters().get(theater).participants();
        for (int k = 0; k < industry.holdings(); k++) {
            String iso3 = industry.iso3(k);
            if (industry.munition(k).kind() == MunitionType.Kind.INTERCEPTOR && participants.contains(iso3)
                    && !iso3.equals("PRK")) {
                defending.add(k);
            }
        }
        interceptors = defending.stream().mapToInt(Integer::intValue).toArray();
        allTypes = new boolean[ForcePlan.TYPES];
        java.util.Arrays.fill(allTypes, true);
        state.lost = new double[plan.actors() * ForcePlan.TYPES];
        state.artilleryAtStart = systems;
    }

    @Override
    public void step(World world) {
        if (theater < 0) {
            return;
        }
        // Last step's combat judged the campaign: held or fell in the war's week counted so far.
        CampaignOutcome decided = world.hasPart(CombatRecord.class) ? world.part(CombatRecord.class).outcome(theater) : null;
        if (state.startStep >= 0 && state.decidedWeek < 0 && decided != null && decided != CampaignOutcome.STALEMATE) {
            state.decidedWeek = state.weeks;
        }
        if (world.theaterState(theater) != TheaterState.WAR) {
            state.intensity = 0;
            return;
        }
        double weeks = world.config().horizon().stepDays() / 7.0;
        boolean first = state.startStep < 0;
        if (first) {
            state.startStep = world.step();
            state.artillerySurviving = systems;
            state.reliabilityAtStart = MissileQuality.reliability(world, world.date());
        }
        state.weeks++;
        MunitionStocks stocks = world.part(MunitionStocks.class);
        missiles(world, stocks, weeks);
        double supplied = prkActor >= 0 ? stocks.firesSupplied(prkActor, theater) : 1;
        double fireHours = hours * weeks;
        double fire = state.artillerySurviving * supplied * fireHours;
        double casualties = state.artillerySurviving * supplied * casualtyRate * shelter * fireHours;
        if (first && fireHours >= 1) {
            // The first hour falls on a population still in the open: RAND's full rate.
            casualties += state.artillerySurviving * supplied * casualtyRate * (1 - shelter);
            firstWeekFire = fire;
        }
        state.casualties += casualties;
        state.artillerySurviving *= Math.pow(1 - counterfire, weeks);
        state.intensity = firstWeekFire > 0 ? Math.min(1, fire / firstWeekFire) : 0;
        if (decided == CampaignOutcome.FALLS) {
            state.intensity = 1;
        }
    }

    private void missiles(World world, MunitionStocks stocks, double weeks) {
        double fired = prkMissiles >= 0 ? stocks.consumedRounds(prkMissiles) : 0;
        double demand = 0;
        double delivered = 0;
        for (int k : interceptors) {
            demand += stocks.demandRounds(k);
            delivered += stocks.consumedRounds(k);
        }
        double f = demand > 0 ? Math.min(1, delivered / demand) : (fired > 0 ? 0 : 1);
        state.interceptorSupplyMin = Math.min(state.interceptorSupplyMin, f);
        double reliable = fired * MissileQuality.reliability(world, world.date());
        double leak = f * Math.pow(1 - intercept, shots) + (1 - f);
        double hits = reliable * leak;
        state.missilesFired += fired;
        state.missilesReliable += reliable;
        state.hits += hits;
        if (hits > 0 && lossPerHit > 0) {
            double share = -Math.expm1(hits * Math.log1p(-Math.min(lossPerHit, 1 - 1e-12)));
            state.defenderPowerKept *= 1 - share;
            world.part(Forces.class).attrit(Location.INDO_PACIFIC.ordinal(), false, theater, share, allTypes, state.lost);
        }
    }
}
