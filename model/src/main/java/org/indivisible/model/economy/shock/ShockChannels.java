package org.indivisible.model.economy.shock;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.indivisible.model.actor.Group;
import org.indivisible.model.blockade.Blockade;
import org.indivisible.model.korea.KoreaStrikes;
import org.indivisible.model.combat.campaign.CampaignState;
import org.indivisible.model.economy.inputoutput.Shocks;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.engine.World;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;

/**
 * Turns theater states into each channel's {@link Shocks}, once per week. A theater counts as
 * a new conflict when it is at war (or, for the trade and confidence channels, in crisis: a
 * blockade) while it started the run in another state: a war already under way when the run
 * starts (Ukraine) is part of the baseline. Regions are actors, in configuration order.
 * Mutable, one per replication; reads the world's parameters at {@link #start}.
 */
public final class ShockChannels {

    /** Economies a theater's war is fought on (an assumption, docs/economy.md). */
    static final Map<String, List<String>> HOSTS = Map.of(
            "taiwan", List.of("TWN"),
            "korea", List.of("KOR", "PRK"),
            "ukraine", List.of("UKR"),
            "nato_europe", List.of("EST", "FIN", "LTU", "LVA", "POL"));

    /** Below this a decaying shock is treated as over. */
    static final double NEGLIGIBLE = 1e-7;

    private final Configuration config;
    private final int regions;
    private final int sectors;
    private final Shocks[] byChannel;
    private final boolean[] active;
    private final boolean[][] hostOf;
    private final boolean[][] participantOf;
    private final int[] aggressorOf;
    private final int[] electronics;
    private final boolean[] seaborne;
    private final boolean[] sanctionedSector;
    private final int twn;
    private final int kor;

    private double hostLoss, participantLoss, recoveryDecay, chipRecoveryDecay;
    private double tsWar, tsBlockade, twnWarCut, twnBlockadeCut, scsWar, ksWar;
    private double[] tsImport, tsExport, scs, ks;
    private double twnChipLoss, korChipLoss;
    private double sanctionShare;
    private int sanctionStartWeeks;
    private double gprWorld, gprCombatant;
    private RiskResponse risk;
    private boolean[] coalitionGroup;

    /** This week's blockade and Korea campaign inputs (see {@link #update}). */
    private boolean blockadeOps;
    private double blockadeShipping = 1;
    private double blockadeOutputLoss;
    private double koreaIntensity = 1;

    private final double[] damage;
    private final double[] chipDamage;
    private final double[] riskTarget;
    /** This week's new wars and blockades, by theater (worked out once a week for every channel). */
    private final boolean[] newWar;
    private final boolean[] blockade;
    /** The trade channel's state when it last set its factors: bits taiwan war, taiwan blockade, korea war; -1 none yet. */
    private int tradeKey = -1;
    /** The sanctioned aggressor of each theater (-1 none) when the sanctions channel last set its factors. */
    private int[] sanctionKey;
    private final int[] sanctionTarget;
    private final int taiwanTheater;
    private final int koreaTheater;
    /** The campaigns' severities (combat.campaign), or null: then theater states alone decide. */
    private CampaignState campaigns;
    private double tradeLanes = -1, tradeOwn = -1;
    private static final int DAMAGE = 0, CHIPS = 1, LANES = 2, OWN_TRADE = 3;

    /**
     * @param sectorGroups the agg11 group of each sector of the table
     * @param seaborne whether each sector's trade moves by sea
     */
    public ShockChannels(Configuration config, List<String> sectorGroups, boolean[] seaborne) {
        this.config = config;
        this.regions = config.actors().size();
        this.sectors = sectorGroups.size();
        this.seaborne = seaborne.clone();
        byChannel = new Shocks[Channel.values().length];
        for (int c = 0; c < byChannel.length; c++) {
            byChannel[c] = new Shocks(regions, sectors);
        }
        active = new boolean[byChannel.length];
        List<Theater> theaters = config.theaters();
        hostOf = new boolean[theaters.size()][regions];
        participantOf = new boolean[theaters.size()][regions];
        aggressorOf = new int[theaters.size()];
        Arrays.fill(aggressorOf, -1);
        for (int t = 0; t < theaters.size(); t++) {
            Theater th = theaters.get(t);
            for (String iso3 : HOSTS.getOrDefault(th.id(), List.of())) {
                index(iso3, hostOf[t]);
            }
            for (String iso3 : th.participants()) {
                index(iso3, participantOf[t]);
            }
            for (ScheduledEvent e : config.events()) {
                if (e.theater().equals(th.id()) && e.aggressor() != null && aggressorOf[t] < 0) {
                    aggressorOf[t] = indexOf(e.aggressor());
                }
            }
            // A war the decision rule starts has no event: its aggressor is the theater's decision pair's.
            org.indivisible.model.config.DecisionPair pair = org.indivisible.model.config.DecisionPair.ofTheater(th.id());
            if (aggressorOf[t] < 0 && pair != null && !config.decisions().off()) {
                aggressorOf[t] = indexOf(pair.aggressor());
            }
        }
        electronics = new int[] {sectorGroups.indexOf(EconomyParameters.ELECTRONICS)};
        sanctionedSector = new boolean[sectors];
        twn = indexOf("TWN");
        kor = indexOf("KOR");
        damage = new double[regions];
        chipDamage = new double[regions];
        riskTarget = new double[regions];
        groups = sectorGroups;
        newWar = new boolean[theaters.size()];
        blockade = new boolean[theaters.size()];
        sanctionTarget = new int[theaters.size()];
        taiwanTheater = theaterOrNone("taiwan");
        koreaTheater = theaterOrNone("korea");
    }

    private final List<String> groups;

    private int theaterOrNone(String id) {
        for (int t = 0; t < config.theaters().size(); t++) {
            if (config.theaters().get(t).id().equals(id)) {
                return t;
            }
        }
        return -1;
    }

    private void index(String iso3, boolean[] into) {
        int i = indexOf(iso3);
        if (i >= 0) {
            into[i] = true;
        }
    }

    private int indexOf(String iso3) {
        for (int a = 0; a < regions; a++) {
            if (config.actors().get(a).iso3().equals(iso3)) {
                return a;
            }
        }
        return -1;
    }

    private static double p(World w, String id) {
        return w.parameter(EconomyParameters.PREFIX + id);
    }

    /** Reads this replication's parameters and clears all shocks. */
    public void start(World w) {
        hostLoss = p(w, "direct.hostCapacityLossPct") / 100;
        participantLoss = p(w, "direct.participantCapacityLossPct") / 100;
        recoveryDecay = Math.exp(-1 / p(w, "recoveryWeeks"));
        chipRecoveryDecay = Math.exp(-1 / p(w, "chips.recoveryWeeks"));
        tsWar = p(w, "lanes.taiwanStrait.warClosurePct") / 100;
        tsBlockade = p(w, "lanes.taiwanStrait.blockadeClosurePct") / 100;
        twnWarCut = p(w, "lanes.taiwanTrade.warCutPct") / 100;
        twnBlockadeCut = p(w, "lanes.taiwanTrade.blockadeCutPct") / 100;
        scsWar = p(w, "lanes.southChinaSea.warClosurePct") / 100;
        ksWar = p(w, "lanes.koreaStrait.warClosurePct") / 100;
        tsImport = new double[regions];
        tsExport = new double[regions];
        scs = new double[regions];
        ks = new double[regions];
        for (int a = 0; a < regions; a++) {
            String iso3 = config.actors().get(a).iso3();
            tsImport[a] = optional(w, "lanes.taiwanStrait.importSharePct." + iso3) / 100;
            tsExport[a] = optional(w, "lanes.taiwanStrait.exportSharePct." + iso3) / 100;
            scs[a] = optional(w, "lanes.southChinaSea.tradeSharePct." + iso3) / 100;
            ks[a] = optional(w, "lanes.koreaStrait.tradeSharePct." + iso3) / 100;
        }
        twnChipLoss = p(w, "chips.twnWarLossPct") / 100;
        korChipLoss = p(w, "chips.korSeoulSharePct") / 100 * p(w, "chips.korDisruptedPct") / 100;
        sanctionShare = p(w, "sanctions.tradeSharePct") / 100;
        sanctionStartWeeks = (int) Math.round(p(w, "sanctions.startWeeks") * 7.0 / config.horizon().stepDays());
        for (int s = 0; s < sectors; s++) {
            sanctionedSector[s] = optional(w, "sanctions.covers." + groups.get(s)) >= 0.5;
        }
        coalitionGroup = new boolean[EconomyParameters.COALITION_GROUPS.size()];
        for (int g = 0; g < coalitionGroup.length; g++) {
            coalitionGroup[g] = optional(w, "sanctions.coalition." + EconomyParameters.COALITION_GROUPS.get(g)) >= 0.5;
        }
        double weeksPerStep = config.horizon().stepDays() / 7.0;
        gprWorld = p(w, "confidence.gprShocks.world");
        gprCombatant = p(w, "confidence.gprShocks.combatant");
        risk = new RiskResponse(regions, p(w, "confidence.investmentTroughPct") / 100, p(w, "confidence.responseWeeks"),
                p(w, "confidence.halfLifeWeeks"), weeksPerStep);
        recoveryDecay = Math.pow(recoveryDecay, weeksPerStep);
        chipRecoveryDecay = Math.pow(chipRecoveryDecay, weeksPerStep);
        for (Shocks s : byChannel) {
            s.reset();
        }
        Arrays.fill(active, false);
        Arrays.fill(damage, 0);
        Arrays.fill(chipDamage, 0);
        tradeKey = -1;
        sanctionKey = null;
        campaigns = w.hasPart(CampaignState.class) ? w.part(CampaignState.class) : null;
    }

    /**
     * The weight of theater t's war in a channel this week: the campaign's severity where one is
     * fought (CampaignState: how long it lasts, whether the island holds, whether shipping
     * resumes), else 1 during a new war and 0 otherwise.
     */
    private double war(int t, int channel) {
        if (campaigns != null && campaigns.governs(t)) {
            double s = switch (channel) {
                case DAMAGE -> campaigns.damageSeverity(t);
                case CHIPS -> campaigns.chipSeverity(t);
                case LANES -> campaigns.laneSeverity(t);
                default -> campaigns.ownTradeSeverity(t);
            };
            if (!Double.isNaN(s)) {
                return s;
            }
        }
        return newWar[t] ? 1 : 0;
    }

    private static double optional(World w, String id) {
        String full = EconomyParameters.PREFIX + id;
        return w.hasParameter(full) ? w.parameter(full) : 0;
    }

    private boolean newWar(World w, int t) {
        return w.theaterState(t) == TheaterState.WAR && config.theaters().get(t).initialState() != TheaterState.WAR;
    }

    private boolean blockade(World w, int t) {
        TheaterState initial = config.theaters().get(t).initialState();
        return w.theaterState(t) == TheaterState.CRISIS && initial != TheaterState.CRISIS && initial != TheaterState.WAR;
    }

    /** Sets every channel's shocks for the world's current step. */
    public void update(World w) {
        // The campaigns' state when the model has them (InputOutputEconomy declares the ports):
        // shipping under a blockade fought as operations, the strikes on South Korea.
        Blockade b = w.hasPart(Blockade.class) ? w.part(Blockade.class) : null;
        blockadeOps = b != null && b.operational();
        blockadeShipping = blockadeOps ? Math.round(b.shippingShare() * 1000) / 1000.0 : 1;
        blockadeOutputLoss = blockadeOps ? b.outputLoss() : 0;
        koreaIntensity = w.hasPart(KoreaStrikes.class) ? w.part(KoreaStrikes.class).intensity() : 1;
        int theaters = config.theaters().size();
        for (int t = 0; t < theaters; t++) {
            newWar[t] = newWar(w, t);
            blockade[t] = blockade(w, t);
        }
        direct(w, theaters);
        chips(w, theaters);
        confidence(w, theaters);
        trade(w, theaters);
        sanctions(w, theaters);
    }

    /**
     * Capacity lost where wars are fought: the host's share, except South Korea's, which follows
     * the strikes on it ({@link KoreaStrikes#intensity()}: how much of the first week's fire still
     * falls, 1 once the campaign has fallen); and Taiwan's output lost when a blockade runs out
     * its energy.
     */
    private void direct(World w, int theaters) {
        Shocks s = byChannel[Channel.DIRECT.ordinal()];
        boolean anyWar = blockadeOutputLoss > 0;
        for (int t = 0; t < theaters; t++) {
            anyWar |= war(t, DAMAGE) > 0;
        }
        boolean any = false;
        for (int a = 0; a < regions; a++) {
            double kept = a == twn ? 1 - blockadeOutputLoss : 1;
            for (int t = 0; anyWar && t < theaters; t++) {
                double weight = war(t, DAMAGE);
                if (weight > 0) {
                    // South Korea's own damage follows the strikes on it (model.korea); elsewhere the campaign's weight.
                    double host = t == koreaTheater && a == kor ? hostLoss * koreaIntensity : hostLoss * weight;
                    kept *= hostOf[t][a] ? 1 - host : participantOf[t][a] ? 1 - participantLoss * weight : 1;
                }
            }
            double before = damage[a];
            damage[a] = decayTowards(before * recoveryDecay, 1 - kept);
            any |= damage[a] > 0;
            if (damage[a] != before) {
                Arrays.fill(s.capacity, a * sectors, (a + 1) * sectors, 1 - damage[a]);
            }
        }
        active[Channel.DIRECT.ordinal()] = any;
    }

    private static double decayTowards(double decayed, double target) {
        double v = Math.max(decayed, target);
        return v < NEGLIGIBLE ? 0 : v;
    }

    private void chips(World w, int theaters) {
        Shocks s = byChannel[Channel.CHIPS.ordinal()];
        double twnTarget = 0;
        double korTarget = 0;
        for (int t = 0; t < theaters; t++) {
            if (twn >= 0 && hostOf[t][twn]) {
                twnTarget = Math.max(twnTarget, twnChipLoss * war(t, CHIPS));
            }
            if (newWar[t] && kor >= 0 && hostOf[t][kor]) {
                korTarget = korChipLoss;
            }
        }
        boolean any = false;
        int e = electronics[0];
        for (int[] pair : new int[][] {{twn, 0}, {kor, 1}}) {
            int a = pair[0];
            if (a < 0 || e < 0) {
                continue;
            }
            chipDamage[a] = decayTowards(chipDamage[a] * chipRecoveryDecay, pair[1] == 0 ? twnTarget : korTarget);
            s.capacity[a * sectors + e] = 1 - chipDamage[a];
            any |= chipDamage[a] > 0;
        }
        active[Channel.CHIPS.ordinal()] = any;
    }

    /**
     * Geopolitical risk held by every new war or blockade: gprShocks.world shocks everywhere, plus
     * gprShocks.combatant in each of the theater's participants; investment responds through
     * {@link RiskResponse} (Caldara and Iacoviello 2022).
     */
    private void confidence(World w, int theaters) {
        Shocks s = byChannel[Channel.CONFIDENCE.ordinal()];
        boolean anyConflict = false;
        for (int t = 0; t < theaters; t++) {
            anyConflict |= newWar[t] || blockade[t];
        }
        for (int a = 0; a < regions; a++) {
            double target = 0;
            if (anyConflict) {
                target = gprWorld;
                for (int t = 0; t < theaters; t++) {
                    if ((newWar[t] || blockade[t]) && participantOf[t][a]) {
                        target += gprCombatant;
                    }
                }
            }
            riskTarget[a] = target;
        }
        risk.advance(riskTarget);
        for (int a = 0; a < regions; a++) {
            s.investment[a] = risk.investmentFactor(a);
        }
        active[Channel.CONFIDENCE.ordinal()] = risk.active();
    }

    private void trade(World w, int theaters) {
        boolean taiwanWar = taiwanTheater >= 0 && newWar[taiwanTheater];
        boolean taiwanBlockade = taiwanTheater >= 0 && blockade[taiwanTheater];
        boolean koreaWar = koreaTheater >= 0 && newWar[koreaTheater];
        // A blockade fought as operations: Taiwan's trade is cut by the shipping that does not
        // arrive, and the strait's closure to others scales with it; otherwise the fixed cuts.
        // A war over Taiwan fought as a campaign weighs the lanes and Taiwan's own trade by its severity.
        double lanes = taiwanTheater >= 0 ? war(taiwanTheater, LANES) : 0;
        double own = taiwanTheater >= 0 ? war(taiwanTheater, OWN_TRADE) : 0;
        int missingPerMille = blockadeOps && taiwanBlockade ? (int) Math.round((1 - blockadeShipping) * 1000) : 0;
        int key = (taiwanWar ? 1 : 0) | (taiwanBlockade ? 2 : 0) | (koreaWar ? 4 : 0) | (missingPerMille << 3);
        if (key == tradeKey && lanes == tradeLanes && own == tradeOwn) {
            return;
        }
        tradeKey = key;
        tradeLanes = lanes;
        tradeOwn = own;
        Shocks s = byChannel[Channel.TRADE.ordinal()];
        s.resetTrade();
        double missing = missingPerMille / 1000.0;
        boolean blockadeOnly = taiwanBlockade && lanes == 0 && own == 0;
        double ts = blockadeOnly ? (blockadeOps ? tsBlockade * missing : tsBlockade) : tsWar * lanes;
        double twnCut = blockadeOnly ? (blockadeOps ? missing : twnBlockadeCut) : twnWarCut * own;
        double scsClosure = scsWar * lanes;
        double ksClosure = koreaWar ? ksWar : 0;
        boolean any = ts > 0 || twnCut > 0 || scsClosure > 0 || ksClosure > 0;
        if (any) {
            for (int from = 0; from < regions; from++) {
                for (int to = 0; to < regions; to++) {
                    if (from == to) {
                        continue;
                    }
                    double open = (1 - ts * Math.max(tsExport[from], tsImport[to]))
                            * (1 - scsClosure * Math.max(scs[from], scs[to]))
                            * (1 - ksClosure * Math.max(ks[from], ks[to]))
                            * (from == twn || to == twn ? 1 - twnCut : 1);
                    for (int sec = 0; sec < sectors; sec++) {
                        if (seaborne[sec]) {
                            s.tradeOpen()[s.tradeIndex(sec, from, to)] = open;
                        }
                    }
                }
            }
        }
        s.tradeChanged();
        active[Channel.TRADE.ordinal()] = any;
    }

    private void sanctions(World w, int theaters) {
        for (int t = 0; t < theaters; t++) {
            int started = w.warStartStep(t);
            boolean on = aggressorOf[t] >= 0 && started >= 0 && config.theaters().get(t).initialState() != TheaterState.WAR
                    && w.theaterState(t) != TheaterState.PEACE && w.step() >= started + sanctionStartWeeks;
            sanctionTarget[t] = on ? aggressorOf[t] : -1;
        }
        if (java.util.Arrays.equals(sanctionTarget, sanctionKey)) {
            return;
        }
        sanctionKey = sanctionTarget.clone();
        Shocks s = byChannel[Channel.SANCTIONS.ordinal()];
        s.resetTrade();
        boolean[] coalition = coalition(w);
        boolean any = false;
        for (int t = 0; t < theaters; t++) {
            int target = sanctionTarget[t];
            if (target < 0 || sanctionShare <= 0) {
                continue;
            }
            for (int other = 0; other < regions; other++) {
                if (!coalition[other] || other == target) {
                    continue;
                }
                for (int sec = 0; sec < sectors; sec++) {
                    if (sanctionedSector[sec]) {
                        s.tradeOpen()[s.tradeIndex(sec, other, target)] *= 1 - sanctionShare;
                        s.tradeOpen()[s.tradeIndex(sec, target, other)] *= 1 - sanctionShare;
                        any = true;
                    }
                }
            }
        }
        s.tradeChanged();
        active[Channel.SANCTIONS.ordinal()] = any;
    }

    private boolean[] coalition(World w) {
        boolean[] in = new boolean[regions];
        for (int g = 0; g < coalitionGroup.length; g++) {
            if (!coalitionGroup[g]) {
                continue;
            }
            Group group = config.group(EconomyParameters.COALITION_GROUPS.get(g)).orElse(null);
            if (group == null) {
                continue;
            }
            for (String iso3 : group.membersOn(w.date())) {
                index(iso3, in);
            }
        }
        return in;
    }

    /** The shocks of one channel this week. */
    public Shocks shocks(Channel channel) {
        return byChannel[channel.ordinal()];
    }

    /** All channels' shocks, in {@link Channel} order (for combining). */
    public Shocks[] all() {
        return byChannel;
    }

    /** Whether the channel imposes anything this week. */
    public boolean active(Channel channel) {
        return active[channel.ordinal()];
    }

    public boolean anyActive() {
        for (boolean a : active) {
            if (a) {
                return true;
            }
        }
        return false;
    }
}
