package org.indivisible.data.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hand-entered rows of {@code munitions.csv}: the munitions parameters of the baseline (from
 * 2026), each with a value, a range, a unit, the statements it rests on ({@code basis}: ids in
 * {@code munitions_statements.csv} as {@code S5}, in {@code cited_anchors.csv} as {@code A15}),
 * a source id and a status. Stocks are never published: they are assumptions whose note gives
 * the reasoning. Shares that split a statement's total (152 mm against 122 mm, one European
 * country against the rest) are assumptions; the value they split keeps its statement as basis.
 * docs/industry.md explains every row. Immutable.
 */
final class MunitionData {

    /** One parameter row. */
    record Row(String parameter, String value, String low, String high, String unit, String basis, String sourceId,
               String status, String note) {
    }

    static final String ASSUMED = "assumption-munitions";
    static final String STATEMENTS = "munitions-statements";
    static final String ANCHORS = "cited-anchors";

    /** Share of Soviet-calibre tube and rocket artillery fire that is 152 mm (the rest 122 mm); assumption. */
    static final double SHARE_152 = 0.75;
    /** Share of Russia's long-range missiles that are ballistic (Iskander) rather than cruise; assumption. */
    static final double SHARE_SRBM = 0.4;
    /** Share of Ukraine's artillery fire that is 155 mm (NATO), the rest Soviet 152 mm; assumption. */
    static final double SHARE_UKR_155 = 0.6;
    /** Split of Europe's 155 mm output and stocks among the European holders; assumption. */
    static final Map<String, Double> EUROPE_155 = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "DEU", 0.45, "FRA", 0.2, "GBR", 0.15, "POL", 0.2)));

    private MunitionData() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // ------------------------------------------------------------ per munition
        munition(rows, "shell155", 5_000, 3_000, 8_000, 2, 1, 3);
        munition(rows, "shell152", 1_500, 1_000, 3_000, 2, 1, 3);
        munition(rows, "shell122", 1_000, 500, 2_000, 2, 1, 3);
        munition(rows, "srbm", 3_000_000, 1_000_000, 5_000_000, 3, 2, 5);
        munition(rows, "cruise", 2_000_000, 1_000_000, 4_000_000, 3, 2, 5);
        munition(rows, "sm", 4_000_000, 2_000_000, 6_000_000, 3, 2, 5);
        munition(rows, "loitering", 50_000, 20_000, 100_000, 1, 0.5, 2);
        rows.add(new Row("munitions.unitCostUsd.pac3", "4000000", "3700000", "4300000", "US$ per round", "S21",
                STATEMENTS, "estimate", "Lockheed Martin: 'about USD 4 million per missile' (S21 note); +/-7.5% "
                + "for 'about'."));
        rows.add(new Row("munitions.capacityCostUsdPerRoundPerYear.pac3", "8000000", "4000000", "16000000",
                "US$ per round per year", "", ASSUMED, "assumption", CAPACITY_COST_NOTE));
        rows.add(new Row("munitions.rampLagYears.pac3", "3", "2", "5", "years", "S21;S22", ASSUMED, "assumption",
                "PAC-3 output rose from ~270 a year average to 620 in 2025 (S21) and a framework aims at 2,000 a "
                        + "year over seven years from 2026 (S22): new capacity takes years."));

        // ------------------------------------------------------------ Russia
        // Production of Soviet-calibre shells: 3.0 M a year (S5, 250,000 a month, 2024-03) to 4.5 M a year new
        // and refurbished (A15, 2024); central = midpoint.
        split(rows, "capacityRoundsPerYear", "RUS", 3_750_000, 3_000_000, 4_500_000, "rounds per year", "S5;A15",
                "estimate", "Intelligence estimates of Russia's 2024 output (S5: 250,000 a month; A15: 4.5 M a year "
                        + "new and refurbished); central = midpoint.");
        // Firing in Ukraine: 10,000 a day (S7, 2024-03) to 44,500 (A12, Aug 2024); central = median of
        // S7, A9 (20,000), A11 (30,000) and A12 = 25,000.
        split(rows, "firingRoundsPerDay", "RUS", 25_000, 10_000, 44_500, "rounds per day", "S7;A9;A11;A12",
                "estimate", "Reported Russian fire in Ukraine, 2023-2024; central = median of the four reports.",
                "ukraine");
        split(rows, "firingRoundsPerDay", "RUS", 25_000, 10_000, 44_500, "rounds per day", "S7;A9;A11;A12",
                "assumption", "A war with NATO assumed as intense as the war in Ukraine (same range).", "nato_europe");
        split(rows, "stockRounds", "RUS", 5_000_000, 2_000_000, 10_000_000, "rounds", "", "assumption",
                "Not published. Soviet-era depots drawn down since 2022 while Russia fired more than it made "
                        + "(S7, A9-A12 against S5, A15); the range spans roughly three to fifteen months of 2024's "
                        + "firing less production.");
        split(rows, "investPctBudget", "RUS", 1.0, 0.5, 2.0, "percent of defence budget", "", "assumption",
                "Share of Russia's defence budget going into new shell capacity: ours, chosen so that capacity "
                        + "grows by a few percent a year, as from 2022 to 2024 (A16, A15) it grew far faster from "
                        + "refurbishment and shift work that the model does not add.");
        for (String m : List.of("shell152", "shell122")) {
            rows.add(new Row("munitions.importShare." + m + ".RUS", "0.3", "0.1", "0.5", "share", "", ASSUMED,
                    "assumption", "Share of inputs to Russian shell making that are imported (machine tools, "
                    + "nitrocellulose and explosives precursors, electronics for fuzes): ours."));
        }
        double missiles = 1_470; // 115-130 a month (S12): 1,380-1,560 a year, midpoint 1,470.
        missile(rows, "srbm", SHARE_SRBM, missiles);
        missile(rows, "cruise", 1 - SHARE_SRBM, missiles);
        rows.add(new Row("munitions.firingRoundsPerDay.srbm.RUS.ukraine", "1.5", "1", "2.5", "rounds per day", "S12",
                ASSUMED, "assumption", "About Russia's ballistic missile output (S12 x 0.4 = 1.5-1.7 a day): stocks "
                + "roughly flat."));
        rows.add(new Row("munitions.firingRoundsPerDay.cruise.RUS.ukraine", "2.5", "1.5", "4", "rounds per day", "S12",
                ASSUMED, "assumption", "About Russia's cruise missile output (S12 x 0.6 = 2.3-2.6 a day)."));
        rows.add(new Row("munitions.stockRounds.srbm.RUS", "500", "200", "1000", "rounds", "", ASSUMED, "assumption",
                "Not published; a few months of output."));
        rows.add(new Row("munitions.stockRounds.cruise.RUS", "1000", "500", "2000", "rounds", "", ASSUMED,
                "assumption", "Not published; a few months of output."));
        rows.add(new Row("munitions.capacityRoundsPerYear.loitering.RUS", "3900", "3600", "4200", "rounds per year",
                "S13", STATEMENTS, "estimate", "300-350 Iranian-design attack drones a month (S13, 2024-03)."));
        rows.add(new Row("munitions.stockRounds.loitering.RUS", "2000", "500", "5000", "rounds", "", ASSUMED,
                "assumption", "Not published; weeks to a year of output."));
        rows.add(new Row("munitions.firingRoundsPerDay.loitering.RUS.ukraine", "10", "5", "30", "rounds per day", "S13",
                ASSUMED, "assumption", "About Russia's output (S13: 10-12 a day)."));
        rows.add(new Row("munitions.exportControlCut.RUS", "0.5", "0.3", "0.8", "share", "", ASSUMED, "assumption",
                "Share of Russia's imported inputs that Western sanctions and export controls deny: ours."));
        rows.add(new Row("munitions.partnerInputRestore.RUS.CHN", "0.7", "0.4", "0.9", "share", "", ASSUMED, "assumption",
                "Share of the denied inputs that China's dual-use exports replace: ours; the essay's mechanism, no "
                        + "figure in the research copies."));

        // ------------------------------------------------------------ North Korea and Iran to Russia
        // A17: more than 1 M shells Aug-Oct 2023 (a 4 M a year pace); A18: 6,700 containers, over 3 M 152 mm
        // rounds, Sep 2023-Feb 2024 (6 M a year); A20: 13,000 containers since mid-2022, possibly 6 M rounds
        // (about 3 M a year since the flow began in Aug 2023 over two years). Range 2-6 M a year, central 3 M.
        rows.add(new Row("munitions.transferRoundsPerYear.shell152.PRK.RUS", "3000000", "2000000", "6000000",
                "rounds per year", "A17;A18;A20", ANCHORS, "estimate", "North Korean 152 mm deliveries: 4 M a year "
                + "pace in Aug-Oct 2023 (A17), 6 M in Sep 2023-Feb 2024 (A18), ~6 M in two years to Aug 2024 (A20)."));
        rows.add(new Row("munitions.transferRoundsPerYear.srbm.PRK.RUS", "100", "50", "200", "rounds per year", "A21",
                ANCHORS, "estimate", "About 50 North Korean ballistic missiles used by Russia by March 2024 (A21), "
                + "within some three months."));
        rows.add(new Row("munitions.stockRounds.shell152.PRK", "10000000", "5000000", "20000000", "rounds", "A20",
                ASSUMED, "assumption", "Not published. Large enough to ship 6 M rounds by Aug 2024 (A20) and "
                + "continue; North Korea's artillery-heavy army keeps more."));
        rows.add(new Row("munitions.capacityRoundsPerYear.shell152.PRK", "1500000", "500000", "3000000",
                "rounds per year", "", ASSUMED, "assumption", "Not published; ours."));
        rows.add(new Row("munitions.reserveFloorShare.PRK", "0.5", "0.3", "0.7", "share", "", ASSUMED, "assumption",
                "North Korea keeps half its stock for its own front with the South: ours."));
        rows.add(new Row("munitions.stockRounds.srbm.PRK", "500", "200", "1000", "rounds", "", ASSUMED, "assumption",
                "Not published; ours."));
        rows.add(new Row("munitions.capacityRoundsPerYear.srbm.PRK", "100", "50", "200", "rounds per year", "",
                ASSUMED, "assumption", "Not published; ours."));
        rows.add(new Row("munitions.capacityGrowthPctPerYear.srbm.PRK", "10", "0", "20", "percent per year", "",
                ASSUMED, "assumption", "Russian technical help to North Korea's missile industry (the essay's "
                + "mechanism): growth of capacity, ours."));
        rows.add(new Row("munitions.firingRoundsPerDay.shell152.PRK.korea", "20000", "10000", "40000",
                "rounds per day", "A9;A12", ASSUMED, "assumption", "By analogy with Russia's fire in Ukraine (A9-A12)."));
        rows.add(new Row("munitions.firingRoundsPerDay.srbm.PRK.korea", "20", "5", "50", "rounds per day", "",
                ASSUMED, "assumption", "Ours."));
        rows.add(new Row("munitions.transferRoundsPerYear.shell152.IRN.RUS", "150000", "0", "300000", "rounds per year",
                "S10", ASSUMED, "assumption", "At least 300,000 Iranian shells in 2023 (S10); from 2026 between none "
                + "and that rate."));
        rows.add(new Row("munitions.stockRounds.shell152.IRN", "1000000", "500000", "2000000", "rounds", "", ASSUMED,
                "assumption", "Not published; ours."));
        rows.add(new Row("munitions.reserveFloorShare.IRN", "0.5", "0.3", "0.7", "share", "", ASSUMED, "assumption",
                "Ours."));

        // ------------------------------------------------------------ Ukraine and Western aid
        ukraine(rows);
        // ------------------------------------------------------------ the United States and Europe
        rows.add(new Row("munitions.capacityRoundsPerYear.shell155.USA", "600000", "480000", "1200000",
                "rounds per year", "A23;S3", ANCHORS, "estimate", "40,000 a month actual in mid-2025 (A23) up to the "
                + "100,000 a month target (S3, not output); central 50,000 a month."));
        rows.add(new Row("munitions.stockRounds.shell155.USA", "1000000", "500000", "3000000", "rounds", "", ASSUMED,
                "assumption", "Not published; drawn down by deliveries to Ukraine since 2022."));
        rows.add(new Row("munitions.investPctBudget.shell155.USA", "0.1", "0.05", "0.2", "percent of defence budget",
                "", ASSUMED, "assumption", "Ours: about US$ 1 bn a year into new 155 mm capacity."));
        rows.add(new Row("munitions.firingRoundsPerDay.shell155.USA.korea", "2000", "1000", "5000", "rounds per day",
                "", ASSUMED, "assumption", "Ours."));
        rows.add(new Row("munitions.firingRoundsPerDay.shell155.USA.nato_europe", "5000", "2000", "10000",
                "rounds per day", "", ASSUMED, "assumption", "Ours."));
        for (String iso3 : List.of("DEU", "FRA", "GBR", "KOR", "POL", "UKR", "USA")) {
            rows.add(new Row("munitions.reserveFloorShare." + iso3, "0.5", "0.3", "0.7", "share", "", ASSUMED,
                    "assumption", "A state gives away at most half of its own stocks: ours."));
        }
        for (var e : EUROPE_155.entrySet()) {
            String iso3 = e.getKey();
            double share = e.getValue();
            rows.add(new Row("munitions.capacityRoundsPerYear.shell155." + iso3, scaled(1_500_000, share),
                    scaled(1_000_000, share), scaled(2_000_000, share), "rounds per year", "S15;S18;S20", STATEMENTS,
                    "estimate", "Europe's 155 mm capacity at the start of 2026: 1.0 M (S15, 2024-01) to 2.0 M a year "
                    + "(S18, end 2025), central 1.5 M, times this country's share " + share
                    + " (assumption; Rheinmetall's 700,000 target, S19, is ~0.45 of the whole)."));
            rows.add(new Row("munitions.stockRounds.shell155." + iso3, scaled(200_000, share), scaled(100_000, share),
                    scaled(500_000, share), "rounds", "", ASSUMED, "assumption", "Not published; Europe's 155 mm "
                    + "stocks, 100,000-500,000 rounds in all after three years of aid to Ukraine, times the share."));
            rows.add(new Row("munitions.investPctBudget.shell155." + iso3, "0.3", "0.1", "0.6",
                    "percent of defence budget", "", ASSUMED, "assumption", "Ours."));
            rows.add(new Row("munitions.firingRoundsPerDay.shell155." + iso3 + ".nato_europe", scaled(10_000, share),
                    scaled(5_000, share), scaled(20_000, share), "rounds per day", "S8;A13", ASSUMED, "assumption",
                    "A European war fought at roughly Ukraine's 2024 rates (S8, A13: 2,000-14,600 a day), "
                    + "5,000-20,000 for Europe, times the share."));
            rows.add(new Row("munitions.transferRoundsPerYear.shell155." + iso3 + ".UKR", scaled(600_000, share),
                    scaled(300_000, share), scaled(900_000, share), "rounds per year", "S6", STATEMENTS, "estimate",
                    "US and European output available for Ukraine, 1.2 M a year (S6, 2024-03): half from Europe "
                    + "(assumption), +/-50%, times the share."));
        }
        // ------------------------------------------------------------ Korea, Japan, Taiwan, China
        rows.add(new Row("munitions.stockRounds.shell155.KOR", "2000000", "1000000", "3500000", "rounds", "", ASSUMED,
                "assumption", "Not published; South Korea keeps large stocks against the North."));
        rows.add(new Row("munitions.capacityRoundsPerYear.shell155.KOR", "300000", "150000", "600000",
                "rounds per year", "", ASSUMED, "assumption", "Not published; ours."));
        rows.add(new Row("munitions.firingRoundsPerDay.shell155.KOR.korea", "10000", "5000", "20000", "rounds per day",
                "A10;A13", ASSUMED, "assumption", "By analogy with Ukraine's fire (A10, A13: 13,000-14,600 a day)."));
        interceptors(rows);
        return List.copyOf(rows);
    }

    private static final String CAPACITY_COST_NOTE = "Investment that adds one round a year of capacity: ours, one to "
            + "four times the unit cost (a plant pays for itself in one to four years of output).";

    private static void munition(List<Row> rows, String m, double cost, double low, double high, double lag,
                                 double lagLow, double lagHigh) {
        rows.add(new Row("munitions.unitCostUsd." + m, num(cost), num(low), num(high), "US$ per round", "", ASSUMED,
                "assumption", "Unit cost: ours, the order of magnitude of reported contract prices (not in the "
                + "research copies)."));
        rows.add(new Row("munitions.capacityCostUsdPerRoundPerYear." + m, num(2 * cost), num(low), num(4 * high),
                "US$ per round per year", "", ASSUMED, "assumption", CAPACITY_COST_NOTE));
        rows.add(new Row("munitions.rampLagYears." + m, num(lag), num(lagLow), num(lagHigh), "years", "S3;S18;A23",
                ASSUMED, "assumption", "Years from investment to output: ours; the gap between targets and output "
                + "in the statements (US 100,000 a month aimed for 2025, S3, against 40,000 in mid-2025, A23) shows "
                + "ramps take years."));
    }

    /** A Russian artillery quantity split into 152 mm and 122 mm. */
    private static void split(List<Row> rows, String quantity, String iso3, double value, double low, double high,
                              String unit, String basis, String status, String note, String... theater) {
        for (String m : List.of("shell152", "shell122")) {
            double share = m.equals("shell152") ? SHARE_152 : 1 - SHARE_152;
            String suffix = theater.length > 0 ? "." + theater[0] : "";
            boolean assumed = status.equals("assumption");
            rows.add(new Row("munitions." + quantity + "." + m + "." + iso3 + suffix, scaled(value, share),
                    scaled(low, share), scaled(high, share), unit, basis, assumed ? ASSUMED
                    : basis.startsWith("A") ? ANCHORS : STATEMENTS, status,
                    note + " Share " + share + " of Soviet-calibre artillery is " + m.substring(5)
                            + " mm (assumption)."));
        }
    }

    private static void missile(List<Row> rows, String m, double share, double perYear) {
        rows.add(new Row("munitions.capacityRoundsPerYear." + m + ".RUS", scaled(perYear, share),
                scaled(1_380, share), scaled(1_560, share), "rounds per year", "S12", STATEMENTS, "estimate",
                "Russia's long-range missiles, 115-130 a month (S12, 2024-03), times the share " + share
                        + " that is " + (m.equals("srbm") ? "ballistic" : "cruise") + " (assumption)."));
        rows.add(new Row("munitions.importShare." + m + ".RUS", "0.5", "0.3", "0.7", "share", "", ASSUMED,
                "assumption", "Imported electronics and machine tools in Russian missiles: ours."));
    }

    private static void ukraine(List<Row> rows) {
        // Ukraine's fire: 2,000 a day (S8, 2024-03) to 14,600 (A13, Aug 2024); central = median of S8, A10
        // (13,000) and A13 = 13,000. Split 0.6 155 mm / 0.4 152 mm (assumption).
        for (String m : List.of("shell155", "shell152")) {
            double share = m.equals("shell155") ? SHARE_UKR_155 : 1 - SHARE_UKR_155;
            rows.add(new Row("munitions.firingRoundsPerDay." + m + ".UKR.ukraine", scaled(13_000, share),
                    scaled(2_000, share), scaled(14_600, share), "rounds per day", "S8;A10;A13", STATEMENTS, "estimate",
                    "Reported Ukrainian fire 2023-2024 (S8, A10, A13); central = median; times the share " + share
                            + " that is " + m.substring(5) + " mm (assumption)."));
        }
        rows.add(new Row("munitions.stockRounds.shell155.UKR", "300000", "100000", "600000", "rounds", "", ASSUMED,
                "assumption", "Not published; weeks of fire."));
        rows.add(new Row("munitions.stockRounds.shell152.UKR", "200000", "50000", "500000", "rounds", "", ASSUMED,
                "assumption", "Not published; Soviet-calibre stocks largely spent since 2022."));
        rows.add(new Row("munitions.capacityRoundsPerYear.shell155.UKR", "100000", "0", "300000", "rounds per year", "",
                ASSUMED, "assumption", "Not published; Ukraine's own young production."));
        rows.add(new Row("munitions.transferRoundsPerYear.shell155.USA.UKR", "300000", "0", "600000",
                "rounds per year", "S6", STATEMENTS, "estimate", "Half of the 1.2 M a year available for Ukraine "
                + "(S6, 2024-03) from the US (assumption); from none to that rate, as US aid from 2025 is uncertain."));
    }

    private static void interceptors(List<Row> rows) {
        rows.add(new Row("munitions.capacityRoundsPerYear.pac3.USA", "620", "600", "750", "rounds per year", "S21;S22",
                STATEMENTS, "estimate", "620 PAC-3 MSE delivered in 2025 (S21); the 2,000 a year framework (S22) is "
                + "a target reached through investment, not the start."));
        rows.add(new Row("munitions.investPctBudget.pac3.USA", "0.1", "0.05", "0.2", "percent of defence budget",
                "S23", ASSUMED, "assumption", "The US$ 9.8 bn FY2024-26 contract (S23) over three years is ~0.4% of "
                + "the US budget for missiles bought, not capacity; a quarter of it for capacity (ours)."));
        rows.add(new Row("munitions.capacityRoundsPerYear.sm.USA", "125", "100", "200", "rounds per year", "A22",
                ANCHORS, "estimate", "625 SM-6 over five years, 2019-2024 (A22)."));
        rows.add(new Row("munitions.stockRounds.sm.USA", "800", "500", "1500", "rounds", "", ASSUMED, "assumption",
                "Not published; ours."));
        Object[][] holders = {
            {"USA", "2000", "1500", "3000"}, {"UKR", "100", "30", "300"}, {"KOR", "300", "150", "500"},
            {"JPN", "500", "300", "800"}, {"TWN", "400", "200", "600"}, {"DEU", "300", "150", "500"},
            {"POL", "150", "50", "300"}};
        for (Object[] h : holders) {
            rows.add(new Row("munitions.stockRounds.pac3." + h[0], (String) h[1], (String) h[2], (String) h[3], "rounds",
                    "", ASSUMED, "assumption", "Not published; ours."));
            rows.add(new Row("munitions.interceptorsPerMissile.pac3." + h[0], "2", "1", "3",
                    "interceptors per incoming missile", "", ASSUMED, "assumption",
                    "Two shots per threat (shoot-shoot), one to three: ours."));
        }
        rows.add(new Row("munitions.interceptorsPerMissile.sm.USA", "2", "1", "3", "interceptors per incoming missile",
                "", ASSUMED, "assumption", "Two shots per threat: ours."));
        rows.add(new Row("munitions.transferRoundsPerYear.pac3.USA.UKR", "100", "0", "300", "rounds per year", "S21",
                ASSUMED, "assumption", "A share of the US output (S21: 620 a year): ours."));
        rows.add(new Row("munitions.stockRounds.srbm.CHN", "2000", "1000", "3000", "rounds", "", ASSUMED, "assumption",
                "Not published; ours."));
        rows.add(new Row("munitions.capacityRoundsPerYear.srbm.CHN", "300", "150", "600", "rounds per year", "",
                ASSUMED, "assumption", "Not published; ours."));
        rows.add(new Row("munitions.firingRoundsPerDay.srbm.CHN.taiwan", "100", "50", "300", "rounds per day", "",
                ASSUMED, "assumption", "Ours: opening salvos over weeks."));
    }

    static String scaled(double value, double share) {
        return num(value * share);
    }

    static String num(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
