package org.indivisible.model.combat.campaign;

import java.util.random.RandomGenerator;
import org.indivisible.model.combat.CampaignOutcome;
import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;
import org.indivisible.model.posture.ForcePlan;
import org.indivisible.model.posture.ForceType;
import org.indivisible.model.posture.Forces;
import org.indivisible.model.theater.TheaterState;

/**
 * Runs the Taiwan invasion as a campaign ({@link TaiwanCampaign}) when the configuration has
 * {@code campaign.taiwan.enabled} at 1, a theater {@code taiwan} and forces there: from the week
 * the theater goes to war, two turns of 3.5 days a week (a step of another length runs
 * stepDays / 3.5 turns, rounded) until the campaign is decided or the war ends. Each turn reads
 * the forces part's ready elements and removes the turn's losses of ships, submarines and
 * aircraft from it (and Taiwan's ground losses from its brigades), each actor's own. Three draws on the stream {@code campaign.taiwan} at the war's start: the US
 * intervention's delay and scale and Japan's basing decision. Attaches {@link CampaignState}
 * (which the economy and the combat part read) in every configuration.
 */
public final class CampaignProcess implements Process {

    public static final String THEATER = "taiwan";
    public static final String STREAM = "campaign.taiwan";
    public static final String BOMBERS_PER_SQUADRON = CampaignParameters.PREFIX + "bomberAircraftPerSquadron";

    private static final int FIGHTER = ForceType.FIGHTER_SQUADRON.ordinal();
    private static final int BOMBER = ForceType.BOMBER_SQUADRON.ordinal();
    private static final int SHIP = ForceType.SURFACE_COMBATANT.ordinal();
    private static final int CARRIER = ForceType.CARRIER_GROUP.ordinal();
    private static final int SUB = ForceType.SUBMARINE.ordinal();
    private static final int BRIGADE = ForceType.ARMOURED_BRIGADE.ordinal();

    private final ForcePlan plan;
    private CampaignState state;
    private Forces forces;
    private int theater = -1;
    private int location;
    private int chn, twn, usa, jpn;
    private CampaignParameters parameters;
    private TaiwanCampaign campaign;
    private boolean finished;
    private int turnsPerStep;
    private double aircraftPerSquadron, bombersPerSquadron;
    /** Elements lost to the campaign by (actor, type), as the combat part records them. */
    private double[] lost;

    public CampaignProcess(ForcePlan plan) {
        this.plan = plan;
    }

    @Override
    public String name() {
        return "combat.campaign";
    }

    @Override
    public Ports ports() {
        return Ports.provides(CampaignState.class)
                .andRequires(Forces.class, Port.Timing.THIS_STEP, "the forces each turn of the campaign reads and attrits");
    }

    @Override
    public void start(World world) {
        int theaters = world.config().theaters().size();
        state = new CampaignState(theaters);
        world.attach(CampaignState.class, state);
        campaign = null;
        finished = false;
        theater = -1;
        if (!world.hasPart(Forces.class) || !world.hasParameter(CampaignParameters.ENABLED)
                || world.parameter(CampaignParameters.ENABLED) < 0.5) {
            return;
        }
        for (int t = 0; t < theaters; t++) {
            if (world.config().theaters().get(t).id().equals(THEATER) && plan.theaterLocation(t) >= 0) {
                theater = t;
            }
        }
        if (theater < 0) {
            return;
        }
        forces = world.part(Forces.class);
        location = plan.theaterLocation(theater);
        chn = world.config().actorIndex("CHN");
        twn = world.config().actorIndex("TWN");
        usa = world.config().actorIndex("USA");
        jpn = world.config().actorIndex("JPN");
        if (chn < 0 || twn < 0) {
            theater = -1;
            return;
        }
        state.governs[theater] = true;
        turnsPerStep = Math.max(1, (int) Math.round(world.config().horizon().stepDays() / TaiwanCampaign.TURN_DAYS));
        lost = new double[plan.actors() * ForcePlan.TYPES];
        state.elementsLost[theater] = lost;
    }

    @Override
    public void step(World world) {
        if (theater < 0) {
            return;
        }
        boolean war = world.theaterState(theater) == TheaterState.WAR;
        if (finished) {
            if (war) {
                // One campaign a run: a later war over Taiwan reaches the economy through the theater
                // state again (its combat is not modelled; docs/forces-and-combat.md 7).
                state.damage[theater] = state.lanes[theater] = state.chips[theater] = state.ownTrade[theater] = Double.NaN;
            }
            return;
        }
        if (campaign == null) {
            if (!war) {
                return;
            }
            begin(world);
        }
        if (campaign.outcome() == null) {
            if (war) {
                for (int k = 0; k < turnsPerStep && campaign.outcome() == null; k++) {
                    campaign.turn(levels());
                    attrit();
                }
            } else {
                campaign.end();
            }
        }
        severity(war);
    }

    private void begin(World world) {
        parameters = new CampaignParameters(world::parameter);
        aircraftPerSquadron = parameters.aircraftPerSquadron;
        bombersPerSquadron = world.parameter(BOMBERS_PER_SQUADRON, 1, 100);
        RandomGenerator r = world.random(STREAM);
        campaign = new TaiwanCampaign(parameters, new TaiwanCampaign.Draws(r.nextDouble(), r.nextDouble(), r.nextDouble()));
        campaign.arm(levels());
        state.campaign[theater] = campaign;
    }

    /** Severity of the war for the economy this week (CampaignState's rule). */
    private void severity(boolean war) {
        int t = theater;
        CampaignOutcome o = campaign.outcome();
        if (o == CampaignOutcome.FALLS) {
            state.damage[t] = 0;
            state.lanes[t] = 0;
            state.chips[t] = parameters.fallChipShare;
            state.ownTrade[t] = parameters.fallTradeShare;
            finished = !war;
        } else if (!war) {
            state.damage[t] = state.lanes[t] = state.chips[t] = state.ownTrade[t] = 0;
            finished = true;
        } else {
            double s = o == null ? 1 : parameters.heldResidual;
            state.damage[t] = state.lanes[t] = state.chips[t] = state.ownTrade[t] = s;
        }
    }

    private double ready(int actor, int type) {
        return actor < 0 ? 0 : forces.elements(location, actor, type) * forces.readiness(actor, type);
    }

    private TaiwanCampaign.Levels levels() {
        return new TaiwanCampaign.Levels(ready(chn, FIGHTER) * aircraftPerSquadron, ready(chn, SHIP),
                ready(twn, FIGHTER) * aircraftPerSquadron, ready(usa, FIGHTER) * aircraftPerSquadron,
                ready(usa, BOMBER) * bombersPerSquadron, ready(usa, SUB), ready(usa, SHIP) + ready(usa, CARRIER),
                ready(jpn, FIGHTER) * aircraftPerSquadron);
    }

    /** Moves the last turn's losses into the forces part, each actor's own. */
    private void attrit() {
        TaiwanCampaign c = campaign;
        double plaShips = c.turnLoss(TaiwanCampaign.Side.CHN, TaiwanCampaign.Loss.SHIPS)
                - c.turnLoss(TaiwanCampaign.Side.CHN, TaiwanCampaign.Loss.LIFT_SHIPS);
        remove(chn, SHIP, plaShips);
        remove(chn, FIGHTER, c.turnLoss(TaiwanCampaign.Side.CHN, TaiwanCampaign.Loss.AIRCRAFT) / aircraftPerSquadron);
        remove(twn, FIGHTER, c.turnLoss(TaiwanCampaign.Side.TWN, TaiwanCampaign.Loss.AIRCRAFT) / aircraftPerSquadron);
        remove(usa, FIGHTER, c.turnLoss(TaiwanCampaign.Side.USA, TaiwanCampaign.Loss.AIRCRAFT) / aircraftPerSquadron);
        remove(jpn, FIGHTER, c.turnLoss(TaiwanCampaign.Side.JPN, TaiwanCampaign.Loss.AIRCRAFT) / aircraftPerSquadron);
        remove(usa, SUB, c.turnLoss(TaiwanCampaign.Side.USA, TaiwanCampaign.Loss.SUBMARINES));
        double usShips = c.turnLoss(TaiwanCampaign.Side.USA, TaiwanCampaign.Loss.SHIPS);
        remove(usa, CARRIER, usShips - remove(usa, SHIP, usShips));
        if (parameters.battalions > 0) {
            remove(twn, BRIGADE, c.turnLoss(TaiwanCampaign.Side.TWN, TaiwanCampaign.Loss.BATTALIONS)
                    / parameters.battalions * forces.initialElements(location, twn, BRIGADE));
        }
    }

    private double remove(int actor, int type, double elementsLost) {
        return actor < 0 || !(elementsLost > 0) ? 0 : forces.removeElements(location, actor, type, elementsLost, lost);
    }
}
