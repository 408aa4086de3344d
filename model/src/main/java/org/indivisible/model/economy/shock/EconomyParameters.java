package org.indivisible.model.economy.shock;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The economy's uncertain parameters with their default values, ranges, sources and status.
 * The snapshot adds them to its defaults so that scenarios can override any of them under
 * {@code parameters:}. Source ids: {@code cited-anchors} (the snapshot's cited_anchors.csv,
 * anchor named in the note), {@code hallegatte-2008} (ARIO, Risk Analysis 28(3)),
 * {@code caldara-iacoviello-2022} (geopolitical risk and investment), {@code federle-2024} (output at
 * war sites), {@code csis-taiwan-strait-2024} and {@code chinapower-scs-2017} (sea-lane shares),
 * {@code wiod-route-rule} (sea-lane shares derived from WIOD 2011 trade flows), {@code assumption-economy} (our choice; the note says why). Immutable.
 */
public final class EconomyParameters {

    public static final String PREFIX = "economy.";
    /** The 11 sector groups of wiod_sectors.csv (agg11). */
    public static final List<String> SECTOR_GROUPS = List.of("S01_AGR", "S02_MIN", "S03_LIGHT", "S04_FUEL", "S05_CHEM",
            "S06_METAL", "S07_MACH", "S08_ELEC", "S09_TREQ", "S10_UTIL_CONS", "S11_SERV");
    /** Sector groups whose trade moves by sea (goods); utilities, construction and services do not. */
    public static final List<String> SEABORNE_GROUPS = SECTOR_GROUPS.subList(0, 9);
    /** The electronics group (WIOD c14, electrical and optical equipment): the chip proxy. */
    public static final String ELECTRONICS = "S08_ELEC";
    /** Groups whose members form the default sanctions coalition (members on the day sanctions start). */
    public static final List<String> COALITION_GROUPS = List.of("NATO", "EU27", "IP4");

    private static final String A = "assumption-economy";
    private static final String CI = "caldara-iacoviello-2022";
    private static final String FEDERLE = "federle-2024";
    private static final String CSIS_TS = "csis-taiwan-strait-2024";
    private static final String CHINAPOWER_SCS = "chinapower-scs-2017";
    private static final String ROUTE_RULE = "wiod-route-rule";

    private EconomyParameters() {
    }

    /** Every default, sorted by id. */
    public static List<UncertainParameter> defaults() {
        List<UncertainParameter> p = new ArrayList<>();
        p.add(tri("inventoryWeeks", 9, 4, 13, "weeks of base input use", "hallegatte-2008", Status.ASSUMPTION,
                "Target input inventories. ARIO uses 90 days (about 13 weeks) for most inputs (Hallegatte 2008); "
                        + "lower values allowed because just-in-time supply chains hold less."));
        p.add(tri("refillWeeks", 4, 2, 8, "weeks", "hallegatte-2008", Status.ASSUMPTION,
                "Inventory gaps are ordered back over this time (ARIO's characteristic time of inventory restoration)."));
        p.add(tri("substitution", 0.3, 0, 0.6, "share", A, Status.ASSUMPTION,
                "Share of purchases blocked by a closed lane or sanctions that buyers redirect to other supplying "
                        + "regions of the same product within the week; 0 = none (pure Leontief), 1 = all."));
        p.add(tri("recoveryWeeks", 52, 26, 156, "weeks (e-folding)", "hallegatte-2008", Status.ASSUMPTION,
                "Capacity lost to war comes back exponentially after the fighting stops (reconstruction)."));
        p.add(tri("direct.hostCapacityLossPct", 30, 20, 45, "percent of capacity", FEDERLE, Status.ESTIMATE,
                "Capacity lost by the economy a war is fought on (TWN; KOR and PRK; UKR; the Baltic states, POL and FIN) "
                        + "while it lasts. Federle, Meier, Mueller, Mutschler and Schularick (2024), 'The price of war', "
                        + "150 years of interstate wars: output at the war site falls by 30% (CEPR DP18834, abstract), "
                        + "20% on average in the published version (abstract), more than 30% relative to trend in "
                        + "major wars (The Gravity of War, abstract); Kiel Policy Brief 171 and the IfW press release "
                        + "of 2024-02-14 place the 30% five years after the war's start. Mapping that output loss onto "
                        + "the capacity lost while the war lasts is our assumption; central 30, range 20-45 (the upper "
                        + "end an assumption for a war on an advanced economy). Not calibrated to Taiwan or Korea "
                        + "war-cost estimates."));
        p.add(tri("direct.participantCapacityLossPct", 1, 0, 3, "percent of capacity", A, Status.ASSUMPTION,
                "Capacity withdrawn by mobilisation in the theater's other participants."));
        p.add(tri("lanes.taiwanStrait.warClosurePct", 90, 60, 100, "percent of traffic", A, Status.ASSUMPTION,
                "Share of commercial traffic through the Taiwan Strait stopped during a war there."));
        p.add(tri("lanes.taiwanStrait.blockadeClosurePct", 50, 20, 90, "percent of traffic", A, Status.ASSUMPTION,
                "Share of traffic through the strait stopped by a blockade (ships rerouted east of Taiwan count as lost "
                        + "only in part)."));
        p.add(tri("lanes.taiwanTrade.warCutPct", 90, 70, 100, "percent of Taiwan's seaborne trade", A, Status.ASSUMPTION,
                "Share of Taiwan's own trade in goods stopped during a war."));
        p.add(tri("lanes.taiwanTrade.blockadeCutPct", 70, 40, 95, "percent of Taiwan's seaborne trade", A,
                Status.ASSUMPTION, "Share of Taiwan's own trade in goods stopped by a blockade."));
        p.add(tri("lanes.southChinaSea.warClosurePct", 30, 0, 70, "percent of traffic", A, Status.ASSUMPTION,
                "Share of traffic through the South China Sea stopped during a war over Taiwan."));
        p.add(tri("lanes.koreaStrait.warClosurePct", 50, 20, 90, "percent of traffic", A, Status.ASSUMPTION,
                "Share of traffic through the Korea Strait and to Korean ports stopped during a war in Korea."));
        p.add(anchor("lanes.taiwanStrait.importSharePct.JPN", 32, "A2", "share of Japan's imports passing the Taiwan Strait"));
        p.add(anchor("lanes.taiwanStrait.exportSharePct.JPN", 25, "A3", "share of Japan's exports passing the Taiwan Strait"));
        p.add(anchor("lanes.taiwanStrait.importSharePct.KOR", 30, "A4", "share of South Korea's imports passing the Taiwan Strait"));
        p.add(anchor("lanes.taiwanStrait.exportSharePct.KOR", 23, "A5", "share of South Korea's exports passing the Taiwan Strait"));
        p.add(tri("lanes.taiwanStrait.importSharePct.CHN", 32, 24, 40, "percent", CSIS_TS, Status.ESTIMATE,
                "Share of China's imports that transit the Taiwan Strait: 'nearly one-third' in 2022 (CSIS, Crossroads "
                        + "of Commerce, 2024-10-10; csis.org analysis 'Disruptions to trade in the Taiwan Strait would "
                        + "severely impact China's economy', point 2). The +/-25% relative range is an assumption."));
        p.add(tri("lanes.taiwanStrait.exportSharePct.CHN", 15, 11, 19, "percent", CSIS_TS, Status.ESTIMATE,
                "Share of China's exports that transit the Taiwan Strait: 15% (over US$551 billion) in 2022 (CSIS, "
                        + "Crossroads of Commerce data, as charted by Visual Capitalist, 2024-10; read in two stored "
                        + "reprints). The +/-25% relative range is an assumption."));
        p.add(tri("lanes.southChinaSea.tradeSharePct.CHN", 38, 29, 49, "percent", CHINAPOWER_SCS, Status.ESTIMATE,
                "Share of China's goods trade through the South China Sea: 64% of its maritime trade transited it in "
                        + "2016 and over 60% of its trade by value travels by sea (ChinaPower, 'How much trade transits "
                        + "the South China Sea?', CSIS, 2017), so 64% x 60% = 38% of all its trade. Range: 29 (-25%) "
                        + "to 49 (the route rule on WIOD 2011 goods flows, docs/economy.md 4.3)."));
        p.add(tri("lanes.southChinaSea.tradeSharePct.JPN", 42, 31.5, 52.5, "percent", CHINAPOWER_SCS, Status.ESTIMATE,
                "Share of Japan's trade through the South China Sea: nearly 42% of its maritime trade in 2016 "
                        + "(ChinaPower, CSIS, figures for 2016, as reported by The Manila Times and CGTN); the route rule on WIOD "
                        + "2011 goods flows gives 41% (docs/economy.md 4.3). The +/-25% relative range is an assumption."));
        p.add(tri("lanes.southChinaSea.tradeSharePct.KOR", 41, 31, 52, "percent", ROUTE_RULE, Status.DERIVED,
                "Share of South Korea's goods trade (exports plus imports) whose route crosses the South China Sea: "
                        + "41.4% by the route rule on WIOD 2011 goods flows (data/scripts/sea_lane_shares.py, "
                        + "docs/economy.md 4.3); no sourced figure. The +/-25% relative range is an assumption."));
        p.add(tri("lanes.southChinaSea.tradeSharePct.TWN", 34, 25, 42, "percent", ROUTE_RULE, Status.DERIVED,
                "Share of Taiwan's goods trade whose route crosses the South China Sea: 33.5% by the route rule on "
                        + "WIOD 2011 goods flows (data/scripts/sea_lane_shares.py, docs/economy.md 4.3); no sourced "
                        + "figure. The +/-25% relative range is an assumption."));
        p.add(tri("lanes.koreaStrait.tradeSharePct.KOR", 60, 30, 80, "percent", A, Status.ASSUMPTION,
                "Share of South Korea's goods trade through its southern ports and the Korea Strait. No sourced figure "
                        + "was found (stored pages give Busan's container traffic, not its share of Korea's trade by "
                        + "value), and a route rule does not apply: every sea route to a Korean port near the strait "
                        + "counts. An assumption."));
        p.add(tri("lanes.koreaStrait.tradeSharePct.JPN", 10, 5, 20, "percent", A, Status.ASSUMPTION,
                "Share of Japan's goods trade through the Korea Strait (Sea of Japan ports); no sourced figure found, "
                        + "an assumption."));
        p.add(tri("chips.twnWarLossPct", 80, 50, 100, "percent of capacity", A, Status.ASSUMPTION,
                "Taiwan's electrical and optical equipment output (WIOD c14, the chip proxy) lost during a war."));
        p.add(new UncertainParameter(PREFIX + "chips.korSeoulSharePct", 81, new Distribution.Triangular(70, 81, 90),
                "percent", "cited-anchors", Status.ESTIMATE,
                "A6: share of South Korea's chip production in the Seoul region (press reports of 2024); the +/-11 "
                        + "point range is an assumption."));
        p.add(tri("chips.korDisruptedPct", 30, 10, 60, "percent", A, Status.ASSUMPTION,
                "Share of the Seoul region's electronics output lost during a war in Korea (artillery range, power, "
                        + "staff)."));
        p.add(tri("chips.recoveryWeeks", 104, 52, 260, "weeks (e-folding)", A, Status.ASSUMPTION,
                "Fabs take long to restore: slower than the general recovery."));
        p.add(tri("sanctions.tradeSharePct", 50, 20, 80, "percent of covered trade", A, Status.ASSUMPTION,
                "Share of trade in the covered sectors between the coalition and the aggressor that the sanctions "
                        + "and export controls stop (both directions). A P3 lever in the making (issue 6)."));
        p.add(tri("sanctions.startWeeks", 4, 0, 12, "weeks after the war starts", A, Status.ASSUMPTION,
                "Delay before sanctions take effect."));
        for (String g : SECTOR_GROUPS) {
            boolean covered = List.of("S04_FUEL", "S05_CHEM", "S06_METAL", "S07_MACH", "S08_ELEC", "S09_TREQ").contains(g);
            p.add(new UncertainParameter(PREFIX + "sanctions.covers." + g, covered ? 1 : 0,
                    new Distribution.Fixed(covered ? 1 : 0), "0 or 1", A, Status.ASSUMPTION,
                    "Whether sanctions and export controls cover this sector group (default: fuels, chemicals, "
                            + "metals, machinery, electronics, transport equipment, as in the 2022 measures on Russia)."));
        }
        for (String g : COALITION_GROUPS) {
            p.add(new UncertainParameter(PREFIX + "sanctions.coalition." + g, 1, new Distribution.Fixed(1), "0 or 1", A,
                    Status.ASSUMPTION, "Whether the group's members join the sanctions coalition."));
        }
        p.add(tri("confidence.investmentTroughPct", 1.7, 1.0, 2.5, "percent of investment", CI, Status.ESTIMATE,
                "Fall of investment at the trough of its response to one geopolitical-risk shock: about 1.7% within a "
                        + "year (Caldara and Iacoviello 2022, AER 112(4), Figure 8, US VAR; read in a stored secondary "
                        + "summary of that figure, not in the figure itself). The 1.0-2.5 range is an assumption."));
        p.add(tri("confidence.responseWeeks", 52, 39, 65, "weeks (time constant)", CI, Status.ESTIMATE,
                "Time constant of investment's adjustment to risk. With the risk's own half-life near 52 ln 2 weeks, "
                        + "a single shock's response is deepest after about 52 weeks, as the trough within a year and "
                        + "effects up to 8 quarters of Caldara and Iacoviello (2022, Figure 8, via the secondary "
                        + "summary); the range is an assumption."));
        p.add(tri("confidence.halfLifeWeeks", 36, 18, 72, "weeks", A, Status.ASSUMPTION,
                "Half-life of geopolitical risk once no conflict holds it (and of the measured shock). The GPR index's "
                        + "own response to its shock was not read; 36 weeks (= 52 ln 2) puts the trough of the "
                        + "response at 4 quarters with responseWeeks 52."));
        p.add(tri("confidence.gprShocks.world", 2, 1, 4, "shocks of Caldara and Iacoviello (2022)", A, Status.ASSUMPTION,
                "Geopolitical risk a new war or blockade between major powers holds everywhere while it lasts, in "
                        + "units of the shock whose response was measured. A war between the US and China would be "
                        + "the largest rise of the GPR index since 1945; how many shocks that is was not read, hence "
                        + "an assumption; not calibrated to war-cost estimates."));
        p.add(tri("confidence.gprShocks.combatant", 2, 0, 4, "shocks of Caldara and Iacoviello (2022)", A,
                Status.ASSUMPTION, "Further risk held in the theater's participants (their country-level GPR rises "
                        + "more than the world's); an assumption."));
        p.add(new UncertainParameter(PREFIX + "channelSplit", 0, new Distribution.Fixed(0), "0 or 1", A, Status.ASSUMPTION,
                "1: besides the run with every channel, run the economy once per channel alone (the .<channel> "
                        + "metrics: an attribution that costs about 5x more economy time); 0 (default): the total only."));
        p.sort(java.util.Comparator.comparing(UncertainParameter::id));
        return List.copyOf(p);
    }

    private static UncertainParameter tri(String id, double mode, double low, double high, String unit, String source,
                                          Status status, String note) {
        return UncertainParameter.triangular(PREFIX + id, mode, low, high, unit, source, status, note);
    }

    private static UncertainParameter anchor(String id, double value, String anchor, String quantity) {
        return new UncertainParameter(PREFIX + id, value,
                new Distribution.Triangular(value * 0.75, value, Math.min(100, value * 1.25)), "percent",
                "cited-anchors", Status.ESTIMATE, anchor + ": " + quantity
                + " (CSIS, Crossroads of Commerce, 2024, via Taipei Times); the +/-25% relative range is an assumption.");
    }
}
