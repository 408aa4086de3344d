package org.indivisible.model.combat.campaign;

import java.util.Arrays;

/**
 * What the campaigns say to the rest of the model, per theater: whether a campaign fights the
 * theater's war (then the aggregate combat law leaves it alone), and how severe the war is for
 * the economy this week, per shock channel, as a share of the war-time shock the economy's
 * parameters describe: 1 while the campaign is fought, a residual after the invasion failed
 * while the war goes on, 0 after the war ends; after the island fell, its chip capacity and its
 * own trade stay cut by set shares for the rest of the run and shipping through the strait
 * resumes. NaN where no campaign has started: the economy then reads the theater's state as
 * before. Attached by {@link CampaignProcess}; one per replication.
 */
public final class CampaignState {

    final boolean[] governs;
    final double[] damage;
    final double[] chips;
    final double[] lanes;
    final double[] ownTrade;
    final TaiwanCampaign[] campaign;
    /** Force elements lost to the campaign: [theater][actor * ForcePlan.TYPES + type]; null before it starts. */
    final double[][] elementsLost;

    CampaignState(int theaters) {
        governs = new boolean[theaters];
        damage = new double[theaters];
        chips = new double[theaters];
        lanes = new double[theaters];
        ownTrade = new double[theaters];
        campaign = new TaiwanCampaign[theaters];
        elementsLost = new double[theaters][];
        Arrays.fill(damage, Double.NaN);
        Arrays.fill(chips, Double.NaN);
        Arrays.fill(lanes, Double.NaN);
        Arrays.fill(ownTrade, Double.NaN);
    }

    /** Whether a campaign, not the aggregate combat law, fights this theater's wars. */
    public boolean governs(int theater) {
        return governs[theater];
    }

    /** Share of the war-time direct damage to host and participant economies, or NaN (theater state decides). */
    public double damageSeverity(int theater) {
        return damage[theater];
    }

    /** Share of the war-time loss of the host's chip capacity, or NaN. */
    public double chipSeverity(int theater) {
        return chips[theater];
    }

    /** Share of the war-time closure of the sea lanes through and around the theater, or NaN. */
    public double laneSeverity(int theater) {
        return lanes[theater];
    }

    /** Share of the war-time cut of the host's own seaborne trade, or NaN. */
    public double ownTradeSeverity(int theater) {
        return ownTrade[theater];
    }

    /** Force elements of the type the actor lost to the theater's campaign (0 before it starts). */
    public double elementsLost(int theater, int actor, int type) {
        double[] l = elementsLost[theater];
        return l == null ? 0 : l[actor * org.indivisible.model.posture.ForcePlan.TYPES + type];
    }

    /** The theater's campaign once started, else null. */
    public TaiwanCampaign campaign(int theater) {
        return campaign[theater];
    }
}
