package org.indivisible.model.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The decisions' uncertain parameters with their default values, ranges, sources and status;
 * the snapshot adds them to its defaults so that a scenario can override any of them under
 * {@code parameters:}. docs/decisions.md gives the reasoning of each range. None is tuned to
 * published war-cost estimates or wargame results. Immutable.
 */
public final class DecisionParameters {

    public static final String PREFIX = "decision.";
    /** Annual probability (percent) that the aggressor starts a war at today's features. */
    public static final String BASE_HAZARD = PREFIX + "h0AnnualPct.";
    /** Coefficient of each feature ({@link Feature#id()}). */
    public static final String COEFFICIENT = PREFIX + "coef.";
    /** Annual chance (percent) that a war under way at the start ends in a ceasefire. */
    public static final String CEASEFIRE = PREFIX + "ceasefireAnnualPct.";
    /** How long a war the rule starts lasts, weeks. */
    public static final String WAR_WEEKS = PREFIX + "warWeeks.";
    /** Trade of a target with a block, percent of the target's GDP. */
    public static final String TRADE_PCT_GDP = PREFIX + "sanctions.tradePctGdp.";
    /** Share of the target's goods trade in a sector group, percent. */
    public static final String SECTOR_SHARE = PREFIX + "sanctions.sectorSharePct.";
    /** GDP lost per unit of trade cut (value-added content of the trade lost). */
    public static final String LOSS_PER_TRADE = PREFIX + "sanctions.gdpLossPerTradeCut";
    /** US dollars per euro, to price levers set in euros. */
    public static final String USD_PER_EUR = "policy.usdPerEur";
    /** Yearly rise of the price level that turns current-price costs into constant prices, percent. */
    public static final String DEFLATOR = "policy.deflatorPctPerYear";
    /** Real discount rate of policy costs, percent a year. */
    public static final String DISCOUNT_RATE = "policy.discountRatePct";
    /** The year whose prices costs are given in. */
    public static final int PRICE_BASE_YEAR = 2025;

    /** Blocks of China's trade partners that a coalition of groups covers (see {@link Features}). */
    public static final List<String> TRADE_BLOCKS = List.of("EU27", "IP4", "NATO_NON_EU");

    private DecisionParameters() {
    }

    /** Every default, sorted by id. */
    public static List<UncertainParameter> defaults() {
        List<UncertainParameter> p = new ArrayList<>();
        // Base hazards: no war has been started by the aggressor in the theater in n years.
        // Central value 0.5/n (half an event in n years), high value 3/n (the 95% "rule of three"
        // upper bound for zero events in n trials, Eypasch et al. 1995), low value an assumption.
        p.add(baseHazard("CHN.taiwan", 68, "no Chinese attack across the Taiwan Strait since the 1958 crisis (1958-2025)"));
        p.add(baseHazard("PRK.korea", 72, "no war in Korea since the 1953 armistice (1953-2025)"));
        p.add(baseHazard("RUS.nato_europe", 76, "no Soviet or Russian attack on a NATO member since 1949 (1949-2025)"));
        p.add(tri(BASE_HAZARD + "RUS.ukraine", 10, 3, 30, "percent per year", "fortna-2004", Status.ASSUMPTION,
                "Hazard that Russia resumes the war in Ukraine in a year of ceasefire (asked only while the theater is "
                        + "not at war). Fortna (2004, Peace Time) finds that a large minority of interstate ceasefires "
                        + "since 1946 broke down, most within a few years; 10% a year (3-30%) is our reading of that "
                        + "order of magnitude, not a fit."));
        p.add(tri(CEASEFIRE + "RUS.ukraine", 25, 10, 50, "percent per year", "assumption-decisions", Status.ASSUMPTION,
                "Annual chance that the war in Ukraine, under way when the run starts, ends in a ceasefire (then Russia "
                        + "may resume it by the RUS.ukraine hazard). No stored source gives it: 25% a year puts the median "
                        + "end near 2028; the range runs from a war of a decade to one that ends within about a year."));
        p.add(tri(COEFFICIENT + Feature.BALANCE.id(), 0.7, 0.2, 1.5, "per unit of log power ratio", "huth-1988",
                Status.ASSUMPTION,
                "Effect on the log hazard of the local balance (log of the aggressor side's over the defender side's "
                        + "combat power in the theater). Positive: a favourable local balance invites attack; Huth (1988) "
                        + "finds the local balance the strongest predictor of extended-deterrence failure. The range brackets "
                        + "the order of logit coefficients on log capability ratios in dyadic initiation studies; not fit here."));
        p.add(tri(COEFFICIENT + Feature.US_FORCES.id(), -0.5, -1.5, 0, "per unit of relative change in US power present",
                "fuhrmann-sechser-2014", Status.ASSUMPTION,
                "Effect of US combat power present in the theater's location relative to the start (0 today, -1 when all "
                        + "has left), on top of its weight in the balance: the tripwire and signal of commitment. Never "
                        + "positive (more US forces never invite attack); the range reaches 0 because Fuhrmann and Sechser "
                        + "(2014) find alliances, not troop deployments, carry most of the deterrent effect."));
        p.add(tri(COEFFICIENT + Feature.SANCTIONS_COST.id(), -0.15, -0.5, 0, "per percent of GDP expected to be lost",
                "oneal-russett-1997", Status.ASSUMPTION,
                "Effect of the expected cost of announced sanctions (percent of the aggressor's GDP, times credibility). "
                        + "Never positive. Oneal and Russett (1997) find that dyads with more trade relative to GDP fight "
                        + "less; threatened rather than imposed sanctions carry most of the coercive effect (Drezner 2003). "
                        + "At the central value, 3% of GDP credibly at stake lowers the hazard by about a third."));
        p.add(tri(COEFFICIENT + Feature.ALIGNED_SUPPORT.id(), 0.3, 0, 0.7, "per aligned treaty partner", "leeds-2003",
                Status.ASSUMPTION,
                "Effect of each aligned partner bound to the aggressor by a defence or offence treaty in force (change "
                        + "from the start). Leeds (2003) finds that offensive or defensive commitments to a potential "
                        + "challenger raise its probability of initiating a dispute; the range keeps the effect modest."));
        p.add(tri(COEFFICIENT + Feature.PARTNER_AT_WAR.id(), 0.5, 0, 1.5, "per other theater where a partner fights the US",
                "siverson-starr-1991", Status.ASSUMPTION,
                "Opportunism: effect of each other theater at war in which an aligned partner and the US both take part "
                        + "(change from the start). Wars spread through alliances and opportunity (Siverson and Starr 1991); "
                        + "a US busy elsewhere is the essay's mechanism. 0 (no opportunism) is in the range."));
        p.add(tri(COEFFICIENT + Feature.MISSILE_STRIKE.id(), 0.3, 0, 0.7, "per unit of log missile strike capability",
                "assumption-decisions", Status.ASSUMPTION,
                "Effect of North Korea's missile strike capability (ballistic missiles in stock times the share that fly "
                        + "as programmed) relative to the baseline's start: more and better missiles raise its confidence that "
                        + "it can punish the South and hold off its allies. Never negative; smaller than the balance's "
                        + "coefficient because the missiles are a means of punishment, not of taking ground. Ours; doubling "
                        + "the capability raises the hazard by about a fifth at the central value."));
        p.add(tri(COEFFICIENT + Feature.MUNITIONS_ENDURANCE.id(), -0.3, -0.8, 0,
                "per unit of log days of fire (capped at the expected war's length)", "mearsheimer-1983",
                Status.ASSUMPTION,
                "Effect of the defenders' munitions endurance as the aggressor sees it: ln of the days their stocks and "
                        + "compatibility pools could sustain fire in the theater, capped at the expected length of the "
                        + "war, against the reference state. Never positive. Mearsheimer (1983) finds conventional "
                        + "deterrence fails when the attacker expects a quick, cheap war and holds when it expects a long "
                        + "war of attrition; stocks that last a whole war lengthen it in the attacker's eyes. No study "
                        + "measures the coefficient: at -0.3, defenders able to fire through the whole war rather than "
                        + "half of it lower the hazard by 19%; 0 (no effect) is in the range."));
        p.add(tri(WAR_WEEKS + "CHN.taiwan", 52, 26, 104, "weeks", "assumption-decisions", Status.ASSUMPTION,
                "Length of a war China starts by the rule; as in taiwan-invasion.yaml."));
        p.add(tri(WAR_WEEKS + "PRK.korea", 26, 8, 52, "weeks", "assumption-decisions", Status.ASSUMPTION,
                "Length of a war North Korea starts by the rule; as in korea-war.yaml."));
        p.add(tri(WAR_WEEKS + "RUS.nato_europe", 26, 4, 104, "weeks", "assumption-decisions", Status.ASSUMPTION,
                "Length of a war Russia starts against NATO's eastern flank: from a limited incursion of weeks to two years."));
        p.add(tri(WAR_WEEKS + "RUS.ukraine", 52, 12, 156, "weeks", "assumption-decisions", Status.ASSUMPTION,
                "Length of a resumed war in Ukraine after a ceasefire broke down."));
        // China's goods trade (exports plus imports) with each block in 2023, percent of China's 2023 GDP
        // (about US$17.8 trillion, IMF WEO): blocks are disjoint.
        p.add(tri(TRADE_PCT_GDP + "CHN.NATO_NON_EU", 5.1, 4.1, 6.1, "percent of the target's GDP", "gacc-2023",
                Status.ESTIMATE, "US (about 664 bn US$), UK (98), Canada (89), Turkey (43), Norway (10): about 904 bn "
                        + "US$ of goods trade in 2023, rounded; range +-20% for rounding and re-export."));
        p.add(tri(TRADE_PCT_GDP + "CHN.EU27", 4.4, 3.5, 5.3, "percent of the target's GDP", "gacc-2023",
                Status.ESTIMATE, "EU27: about 783 bn US$ of goods trade in 2023, rounded; range +-20%."));
        p.add(tri(TRADE_PCT_GDP + "CHN.IP4", 5.0, 4.0, 6.0, "percent of the target's GDP", "gacc-2023",
                Status.ESTIMATE, "Japan (about 318 bn US$), South Korea (311), Australia (229), New Zealand (25): about "
                        + "883 bn US$ of goods trade in 2023, rounded; range +-20%."));
        double[] shares = {4, 10, 14, 3, 9, 8, 12, 32, 6, 2};
        List<String> groups = List.of("S01_AGR", "S02_MIN", "S03_LIGHT", "S04_FUEL", "S05_CHEM", "S06_METAL", "S07_MACH",
                "S08_ELEC", "S09_TREQ", "S11_SERV");
        for (int i = 0; i < groups.size(); i++) {
            double v = shares[i];
            p.add(tri(SECTOR_SHARE + groups.get(i), v, v * 0.7, v * 1.3, "percent of goods trade", "assumption-decisions",
                    Status.ASSUMPTION, "Rough composition of China's goods trade by agg11 sector group (electrical and "
                            + "optical equipment the largest; ores and crude the main imports), used only to weigh the "
                            + "sectors an announcement covers; +-30%."));
        }
        p.add(tri(LOSS_PER_TRADE, 0.3, 0.1, 0.6, "US$ of GDP per US$ of trade cut", "assumption-decisions",
                Status.ASSUMPTION, "Share of the value of trade cut that the target expects to lose as GDP (its "
                        + "value-added content net of what it can redirect); the input-output economy gives the realised "
                        + "loss, this is the decision maker's expectation."));
        p.add(tri(USD_PER_EUR, 1.08, 0.95, 1.25, "US$ per euro", "ecb-eurusd-2024", Status.ESTIMATE,
                "Levers priced in euros (P3, P4) are converted at this rate; 1.08 is the 2024 average ECB reference "
                        + "rate, the range covers 2015-2024."));
        p.add(tri(DEFLATOR, 2.0, 1.5, 3.0, "percent a year", "assumption-costs", Status.ASSUMPTION,
                "Rise of the price level that turns the run's current-price costs (GDP in current US$, IMF WEO) into "
                        + "constant " + PRICE_BASE_YEAR + " prices: the Federal Reserve's and the ECB's 2% inflation "
                        + "targets; 1.5-3% for the years they are missed."));
        p.add(tri(DISCOUNT_RATE, 2.0, 1.0, 3.5, "percent a year, real", "assumption-costs", Status.ASSUMPTION,
                "Real rate at which a cost in a later year counts less today, for present values. 2% is the default "
                        + "real rate of the US OMB's 2023 Circular A-4 revision (not read in a stored source); 3.5% the UK "
                        + "Treasury Green Book's; 1% a low-rate reading."));
        p.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(p);
    }

    private static UncertainParameter baseHazard(String pair, int years, String record) {
        double central = Math.round(0.5 / years * 100 * 100) / 100.0;
        double high = Math.round(3.0 / years * 100 * 100) / 100.0;
        return tri(BASE_HAZARD + pair, central, 0.1, high, "percent per year", "eypasch-1995", Status.ASSUMPTION,
                "Annual probability of a war at today's features. Record: " + record + ", " + years + " years without "
                        + "an event. Central: half an event in that time (" + central + "%); high: the rule-of-three 95% "
                        + "bound for zero events (3/" + years + " = " + high + "%, Eypasch et al. 1995); low 0.1%: the "
                        + "record cannot rule out a much smaller hazard. Not tuned to forecasts or wargames.");
    }

    private static UncertainParameter tri(String id, double value, double low, double high, String unit, String source,
                                          Status status, String note) {
        return UncertainParameter.triangular(id, value, low, high, unit, source, status, note);
    }
}
