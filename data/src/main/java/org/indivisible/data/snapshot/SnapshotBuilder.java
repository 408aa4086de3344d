package org.indivisible.data.snapshot;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.indivisible.model.actor.Obligation;

/**
 * Builds the embedded snapshot from the research copies in {@code shared/data}: compact CSVs
 * whose every row cites a source and a status, {@code sources.csv} and {@code manifest.json}.
 * The output is byte-identical on every rebuild (fixed row order, numbers written as the source
 * wrote them), so a changed snapshot version always means changed data.
 *
 * <p>Run: {@code java -cp <classpath> org.indivisible.data.snapshot.SnapshotBuilder
 * ../shared/data data/src/main/resources/org/indivisible/data/snapshot}.
 */
public final class SnapshotBuilder {

    /**
     * The snapshot's release number, bumped by hand when the set or layout of the tables changes;
     * the data version proper is the manifest's hash ({@link Snapshot#version()}).
     */
    public static final String SNAPSHOT_VERSION = "1";

    /** First year the snapshot's GDP and population tables cover. */
    static final int FIRST_YEAR = 2014;
    /** Last year of the IMF WEO October 2025 projections. */
    static final int LAST_GDP_YEAR = 2030;
    /**
     * First year we label an IMF projection. The October 2025 WEO has 2024 as its last year of
     * (mostly) actual data; from 2025 on the values are the IMF's projections.
     */
    static final int IMF_PROJECTION_FROM = 2025;
    static final int LAST_POPULATION_YEAR = 2024;
    /** ATOP v5.1 ends in 2018. */
    static final int ATOP_LAST_YEAR = 2018;
    /** The assumed nominal GDP of North Korea, US$ billions (see {@code assumption-prk-gdp}). */
    static final String PRK_GDP_USD_BILLIONS = "27.5";
    static final String PRK_MILEX_PCT_GDP = "20";
    static final String ROW_MILEX_PCT_GDP = "2.5";

    static final String OBSERVED = "observed";
    static final String DERIVED = "derived";
    static final String ESTIMATE = "estimate";
    static final String ASSUMPTION = "assumption";

    private final Path shared;
    private final List<OutputTable> tables = new ArrayList<>();

    private SnapshotBuilder(Path shared) {
        this.shared = shared;
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path out = Path.of(args.length > 1 ? args[1] : "data/src/main/resources/org/indivisible/data/snapshot");
        build(shared, out);
        System.out.println("snapshot written to " + out.toAbsolutePath().normalize());
    }

    /** Reads the research copies under {@code sharedData} and writes the snapshot into {@code outputDir}. */
    public static void build(Path sharedData, Path outputDir) throws IOException {
        if (!Files.isRegularFile(sharedData.resolve("SOURCES.md"))) {
            throw new IllegalArgumentException(sharedData.toAbsolutePath() + " is not the shared data folder "
                    + "(no SOURCES.md); pass its path as the first argument");
        }
        SnapshotBuilder builder = new SnapshotBuilder(sharedData);
        builder.actors();
        builder.groups();
        builder.gdp();
        builder.population();
        builder.milex();
        builder.spendingBaseline();
        builder.treaties();
        builder.wiod();
        builder.munitionsStatements();
        builder.citedAnchors();
        builder.forces();
        builder.flank();
        builder.campaign();
        builder.munitions();
        builder.sources();
        // Write into a scratch folder beside the output and move the files into place only when all
        // are written, so a failed build never leaves a half-written snapshot.
        Files.createDirectories(outputDir);
        Path scratch = Files.createTempDirectory(outputDir, ".build-");
        try {
            for (OutputTable table : builder.tables) {
                table.write(scratch);
            }
            builder.writeManifest(scratch);
            try (var files = Files.list(scratch)) {
                for (Path file : files.sorted().toList()) {
                    Files.move(file, outputDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            try (var leftovers = Files.list(scratch)) {
                for (Path file : leftovers.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scratch);
        }
    }

    private CsvTable read(String relativePath) {
        return CsvTable.read(shared.resolve(relativePath));
    }

    private OutputTable table(String name, String description, String transform, String... header) {
        OutputTable table = new OutputTable(name, description, transform, Arrays.asList(header));
        tables.add(table);
        return table;
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    // ---------------------------------------------------------------- actors

    private void actors() {
        OutputTable table = table("actors.csv", "The actors with their capitals",
                "One row per actor (NATO 32, IP4, TWN, UKR, CHN, RUS, PRK, IRN, BLR, IND, ROW), sorted by ISO3. Name = "
                        + "country-codes' CLDR display name. Capital and coordinates = the COW capital whose dates "
                        + "reach furthest (the capital in force at the end), coordinates as written in the source. "
                        + "COW codes are checked against COW state membership v2016.",
                "iso3", "name", "capital", "lat", "lon", "cow_code", "source_id", "status");
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row r : read("countries/country-codes.csv").rows()) {
            names.put(r.get("ISO3166-1-Alpha-3"), r.get("CLDR display name"));
        }
        Set<Integer> cowStates = read("cow/cow_states2016_via_peacesciencer.csv").rows().stream()
                .map(r -> r.getInt("ccode")).collect(Collectors.toSet());
        Map<Integer, CsvTable.Row> capitals = new HashMap<>();
        for (CsvTable.Row r : read("countries/cow_capitals_via_peacesciencer.csv").rows()) {
            capitals.merge(r.getInt("ccode"), r,
                    (a, b) -> (b.get("enddate") + b.get("stdate")).compareTo(a.get("enddate") + a.get("stdate")) > 0 ? b : a);
        }
        for (ActorCode actor : ActorCode.ALL) {
            if (actor.isRestOfWorld()) {
                table.add(row(actor.iso3(), "Rest of world", "", "", "", "", "residual-row", DERIVED),
                        "residual-row", DERIVED, 0);
                continue;
            }
            if (!cowStates.contains(actor.cowCode())) {
                throw new IllegalStateException("COW code " + actor.cowCode() + " of " + actor.iso3()
                        + " is not in cow_states2016");
            }
            CsvTable.Row capital = capitals.get(actor.cowCode());
            String name = names.get(actor.iso3());
            if (capital == null || name == null) {
                throw new IllegalStateException("no capital or name for " + actor.iso3());
            }
            table.add(row(actor.iso3(), name, capital.get("capital"), capital.get("lat"), capital.get("lng"),
                    Integer.toString(actor.cowCode()), "cow-capitals", OBSERVED), "cow-capitals", OBSERVED, 2);
        }
    }

    // ---------------------------------------------------------------- groups

    /** EU (EEC) entry years of the actors, from the founding and accession treaties (hand-entered). */
    static final Map<String, Integer> EU_ENTRY_YEAR = new TreeMap<>(Map.ofEntries(
            Map.entry("BEL", 1958), Map.entry("DEU", 1958), Map.entry("FRA", 1958), Map.entry("ITA", 1958),
            Map.entry("LUX", 1958), Map.entry("NLD", 1958), Map.entry("DNK", 1973), Map.entry("GBR", 1973),
            Map.entry("GRC", 1981), Map.entry("ESP", 1986), Map.entry("PRT", 1986), Map.entry("FIN", 1995),
            Map.entry("SWE", 1995), Map.entry("CZE", 2004), Map.entry("EST", 2004), Map.entry("HUN", 2004),
            Map.entry("LTU", 2004), Map.entry("LVA", 2004), Map.entry("POL", 2004), Map.entry("SVK", 2004),
            Map.entry("SVN", 2004), Map.entry("BGR", 2007), Map.entry("ROU", 2007), Map.entry("HRV", 2013)));

    private void groups() {
        OutputTable table = table("groups.csv", "Groups of actors with the years members joined and left",
                "NATO: nato_members_accession_year.csv as is. NATO_EUROPE: the same rows without USA and CAN. EU27: "
                        + "entry years hand-entered from the EU founding and accession treaties for the actors only "
                        + "(AUT, CYP, IRL and MLT are EU members inside ROW); GBR 1973-2020. IP4: AUS, JPN, NZL, KOR "
                        + "from 2022 (first NATO summit attended). ALIGNED: CHN, RUS, PRK, IRN from 2022 (assumption).",
                "group", "group_name", "iso3", "joined", "left", "source_id", "status", "note");
        List<CsvTable.Row> nato = read("countries/nato_members_accession_year.csv").rows().stream()
                .sorted((a, b) -> a.get("iso3").compareTo(b.get("iso3"))).toList();
        for (CsvTable.Row r : nato) {
            requireActor(r.get("iso3"));
            table.add(row("NATO", "North Atlantic Treaty Organization", r.get("iso3"), r.get("nato_accession_year"),
                    "", "nato-accession", OBSERVED, ""), "nato-accession", OBSERVED, 1);
        }
        for (CsvTable.Row r : nato) {
            if (r.get("iso3").equals("USA") || r.get("iso3").equals("CAN")) {
                continue;
            }
            table.add(row("NATO_EUROPE", "NATO members in Europe (NATO without the United States and Canada)",
                    r.get("iso3"), r.get("nato_accession_year"), "", "nato-accession", DERIVED,
                    "NATO row without USA and CAN"), "nato-accession", DERIVED, 1);
        }
        for (var e : EU_ENTRY_YEAR.entrySet()) {
            boolean gbr = e.getKey().equals("GBR");
            table.add(row("EU27", "European Union (27 members since 2020)", e.getKey(), e.getValue().toString(),
                    gbr ? "2020" : "", "eu-accession-treaties", OBSERVED,
                    "hand-transcribed from the treaties" + (gbr ? "; left on 1 February 2020 (withdrawal agreement), "
                            + "so not a member of the EU27" : "")), "eu-accession-treaties", OBSERVED, gbr ? 2 : 1);
        }
        for (String iso3 : List.of("AUS", "JPN", "KOR", "NZL")) {
            table.add(row("IP4", "Indo-Pacific partners of NATO (Australia, Japan, New Zealand, Republic of Korea)",
                    iso3, "2022", "", "nato-madrid-2022", OBSERVED,
                    "first NATO summit attended: Madrid 2022 (hand-transcribed)"), "nato-madrid-2022", OBSERVED, 1);
        }
        for (String iso3 : List.of("CHN", "IRN", "PRK", "RUS")) {
            table.add(row("ALIGNED", "Aligned bloc (China, Russia, North Korea, Iran): an analytic grouping", iso3,
                    "2022", "", "assumption-aligned", ASSUMPTION,
                    "analytic grouping, not an alliance; 2022 is our choice (see sources.csv)"),
                    "assumption-aligned", ASSUMPTION, 1);
        }
    }

    private static void requireActor(String iso3) {
        if (ActorCode.byIso3(iso3).isEmpty()) {
            throw new IllegalStateException(iso3 + " is not a snapshot actor");
        }
    }

    // ---------------------------------------------------------------- GDP

    private void gdp() {
        OutputTable table = table("gdp.csv", "Nominal GDP, billions of current US$, 2014-2030",
                "IMF WEO Oct 2025 NGDPD cells copied as written for 2014-2030, rows matched by the explicit IMF-name "
                        + "table in ActorCode; 2014-2024 observed, 2025-2030 IMF projections (estimate). Where the IMF "
                        + "has no value, World Bank GDP / 1e9 (observed); none needed in this build. PRK: 27.5 flat "
                        + "(assumption). ROW = IMF 'World' minus the sum of the other actors' IMF/World Bank values "
                        + "(PRK is not subtracted: the IMF World aggregate does not include it), exact decimal "
                        + "arithmetic (derived).",
                "iso3", "year", "gdp_usd_billions", "source_id", "status", "note");
        CsvTable imf = read("imf_weo/imf_weo_oct2025_NGDPD_gdp_current_usd_billions.csv");
        String labelColumn = imf.header().get(0);
        Map<String, CsvTable.Row> imfRows = new HashMap<>();
        for (CsvTable.Row r : imf.rows()) {
            imfRows.putIfAbsent(r.get(labelColumn), r);
        }
        Map<String, String> worldBank = new HashMap<>();
        for (CsvTable.Row r : read("worldbank/datahub_gdp/gdp.csv").rows()) {
            worldBank.put(r.get("Country Code") + "/" + r.get("Year"), r.get("Value"));
        }
        CsvTable.Row world = requireImfRow(imfRows, "World", imf);
        record GdpRow(List<String> cells, String source, String status) {
        }
        List<GdpRow> rows = new ArrayList<>();
        Map<Integer, BigDecimal> sumOfActors = new TreeMap<>();
        for (ActorCode actor : ActorCode.ALL) {
            if (actor.isRestOfWorld()) {
                continue;
            }
            for (int year = FIRST_YEAR; year <= LAST_GDP_YEAR; year++) {
                String y = Integer.toString(year);
                if (actor.iso3().equals("PRK")) {
                    rows.add(new GdpRow(row("PRK", y, PRK_GDP_USD_BILLIONS, "assumption-prk-gdp", ASSUMPTION,
                            "no IMF or World Bank figure; midpoint of the Bank of Korea's roughly US$25-30 bn estimate "
                                    + "of North Korea's nominal GNI, held flat"), "assumption-prk-gdp", ASSUMPTION));
                    continue;
                }
                String cell = actor.imfName().isEmpty() ? "no data" : requireImfRow(imfRows, actor.imfName(), imf).get(y);
                String value;
                String source;
                String status;
                if (isNumber(cell)) {
                    value = cell.trim();
                    source = "imf-weo-2025-10";
                    status = year >= IMF_PROJECTION_FROM ? ESTIMATE : OBSERVED;
                } else {
                    String wb = worldBank.get(actor.iso3() + "/" + y);
                    if (wb == null || !isNumber(wb)) {
                        throw new IllegalStateException("no GDP for " + actor.iso3() + " in " + year
                                + " in the IMF WEO or the World Bank table");
                    }
                    value = new BigDecimal(wb).movePointLeft(9).stripTrailingZeros().toPlainString();
                    source = "wb-gdp";
                    status = OBSERVED;
                }
                sumOfActors.merge(year, new BigDecimal(value), BigDecimal::add);
                rows.add(new GdpRow(row(actor.iso3(), y, value, source, status,
                        status.equals(ESTIMATE) ? "IMF projection" : ""), source, status));
            }
        }
        for (int year = FIRST_YEAR; year <= LAST_GDP_YEAR; year++) {
            String y = Integer.toString(year);
            BigDecimal rest = new BigDecimal(world.get(y).trim()).subtract(sumOfActors.get(year));
            if (rest.signum() <= 0) {
                throw new IllegalStateException("rest-of-world GDP is not positive in " + year + ": " + rest);
            }
            rows.add(new GdpRow(row("ROW", y, rest.stripTrailingZeros().toPlainString(), "imf-weo-2025-10", DERIVED,
                    "IMF World minus the other actors" + (year >= IMF_PROJECTION_FROM ? " (from IMF projections)" : "")),
                    "imf-weo-2025-10", DERIVED));
        }
        // ROW is computed last but sorts between ROU and RUS: order all rows by ISO3, then year.
        rows.sort((a, b) -> (a.cells.get(0) + a.cells.get(1)).compareTo(b.cells.get(0) + b.cells.get(1)));
        rows.forEach(r -> table.add(r.cells, r.source, r.status, 1));
    }

    private static CsvTable.Row requireImfRow(Map<String, CsvTable.Row> rows, String label, CsvTable imf) {
        CsvTable.Row r = rows.get(label);
        if (r == null) {
            throw new IllegalStateException(imf.file() + ": no row labelled '" + label + "'");
        }
        return r;
    }

    static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- population

    private void population() {
        OutputTable table = table("population.csv", "Population, persons, 2014-2024",
                "World Bank SP.POP.TOTL cells as written (observed). TWN (absent from the World Bank): OWID historical "
                        + "estimates to 2021 (observed), 2022-2024 held at the 2021 value (estimate). ROW = World Bank "
                        + "'World' (WLD) minus the World Bank values of the other actors (TWN not subtracted: the "
                        + "World Bank has no row for it) (derived).",
                "iso3", "year", "population_persons", "source_id", "status", "note");
        Map<String, String> wb = new HashMap<>();
        for (CsvTable.Row r : read("worldbank/datahub_population/population.csv").rows()) {
            wb.put(r.get("Country Code") + "/" + r.get("Year"), r.get("Value"));
        }
        Map<String, String> owidTaiwan = new TreeMap<>();
        for (CsvTable.Row r : read("population/owid_population_historical_1950plus.csv").rows()) {
            if (r.get("Code").equals("TWN")) {
                owidTaiwan.put(r.get("Year"), r.get("Population (historical estimates)"));
            }
        }
        for (ActorCode actor : ActorCode.ALL) {
            for (int year = FIRST_YEAR; year <= LAST_POPULATION_YEAR; year++) {
                String y = Integer.toString(year);
                if (actor.isRestOfWorld()) {
                    BigDecimal rest = new BigDecimal(requireValue(wb, "WLD/" + y, "World Bank population"));
                    for (ActorCode other : ActorCode.ALL) {
                        if (!other.isRestOfWorld() && !other.iso3().equals("TWN")) {
                            rest = rest.subtract(new BigDecimal(requireValue(wb, other.iso3() + "/" + y, "World Bank population")));
                        }
                    }
                    table.add(row("ROW", y, rest.toPlainString(), "wb-population", DERIVED,
                            "World Bank World minus the other actors"), "wb-population", DERIVED, 1);
                } else if (actor.iso3().equals("TWN")) {
                    String value = owidTaiwan.get(y);
                    if (value != null) {
                        table.add(row("TWN", y, value, "owid-population", OBSERVED, ""), "owid-population", OBSERVED, 1);
                    } else {
                        String last = owidTaiwan.get(owidTaiwan.keySet().stream().filter(k -> k.compareTo(y) < 0)
                                .reduce((a, b) -> b).orElseThrow());
                        table.add(row("TWN", y, last, "owid-population", ESTIMATE,
                                "held at the last OWID value (" + owidTaiwan.keySet().stream()
                                        .filter(k -> k.compareTo(y) < 0).reduce((a, b) -> b).orElseThrow() + ")"),
                                "owid-population", ESTIMATE, 1);
                    }
                } else {
                    table.add(row(actor.iso3(), y, requireValue(wb, actor.iso3() + "/" + y, "World Bank population"),
                            "wb-population", OBSERVED, ""), "wb-population", OBSERVED, 1);
                }
            }
        }
    }

    private static String requireValue(Map<String, String> map, String key, String what) {
        String value = map.get(key);
        if (value == null || !isNumber(value)) {
            throw new IllegalStateException("no " + what + " for " + key);
        }
        return value;
    }

    // ---------------------------------------------------------------- SIPRI

    private void milex() {
        OutputTable table = table("milex.csv", "SIPRI military expenditure extract (constant 2024 US$ and % of GDP)",
                "The two SIPRI extracts' rows for the actors, values as written, in iso3/year/measure order. "
                        + "SIPRI Military Expenditure Database, https://www.sipri.org/databases/milex. Under SIPRI's "
                        + "limit of 3,500 values.",
                "iso3", "year", "measure", "value", "unit", "source_id", "status");
        record Entry(String iso3, String year, String measure, String value, String unit, String source) {
        }
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row r : read("sipri/sipri_milex_constant2024usd_extract_2014-2025.csv").rows()) {
            requireActor(r.get("iso3"));
            entries.add(new Entry(r.get("iso3"), r.get("year"), "milex_constant_2024_usd", r.get("Military expenditure"),
                    "US$ (constant 2024 prices)", "sipri-milex-constant"));
        }
        for (CsvTable.Row r : read("sipri/sipri_milex_share_of_gdp_pct_extract_2014-2024.csv").rows()) {
            requireActor(r.get("iso3"));
            entries.add(new Entry(r.get("iso3"), r.get("year"), "milex_share_of_gdp_pct",
                    r.get("Military expenditure (% of GDP)"), "percent of GDP", "sipri-milex-share"));
        }
        entries.sort((a, b) -> (a.iso3 + a.year + a.measure).compareTo(b.iso3 + b.year + b.measure));
        for (Entry e : entries) {
            table.add(row(e.iso3, e.year, e.measure, e.value, e.unit, e.source, OBSERVED), e.source, OBSERVED, 1);
        }
        if (table.values >= 3500) {
            throw new IllegalStateException("SIPRI extract has " + table.values + " values; SIPRI allows at most 3,500");
        }
    }

    private void spendingBaseline() {
        OutputTable table = table("spending_baseline.csv", "Each actor's latest defence burden, percent of GDP",
                "The latest year of the SIPRI share-of-GDP extract per actor (observed). ISL: SIPRI lists 0 US$ "
                        + "(Iceland has no armed forces), so 0% (derived). PRK 20% and ROW 2.5% are assumptions "
                        + "(see sources.csv).",
                "iso3", "year", "pct_gdp", "source_id", "status", "note");
        Map<String, CsvTable.Row> latestShare = new TreeMap<>();
        for (CsvTable.Row r : read("sipri/sipri_milex_share_of_gdp_pct_extract_2014-2024.csv").rows()) {
            latestShare.merge(r.get("iso3"), r, (a, b) -> b.getInt("year") > a.getInt("year") ? b : a);
        }
        Map<String, CsvTable.Row> latestConstant = new TreeMap<>();
        for (CsvTable.Row r : read("sipri/sipri_milex_constant2024usd_extract_2014-2025.csv").rows()) {
            latestConstant.merge(r.get("iso3"), r, (a, b) -> b.getInt("year") > a.getInt("year") ? b : a);
        }
        for (ActorCode actor : ActorCode.ALL) {
            String iso3 = actor.iso3();
            CsvTable.Row share = latestShare.get(iso3);
            if (share != null) {
                table.add(row(iso3, share.get("year"), share.get("Military expenditure (% of GDP)"), "sipri-milex-share",
                        OBSERVED, ""), "sipri-milex-share", OBSERVED, 1);
            } else if (iso3.equals("PRK")) {
                table.add(row(iso3, "2024", PRK_MILEX_PCT_GDP, "assumption-prk-milex", ASSUMPTION,
                        "no SIPRI figure; outside estimates put it near a fifth to a quarter of GDP"),
                        "assumption-prk-milex", ASSUMPTION, 1);
            } else if (actor.isRestOfWorld()) {
                table.add(row(iso3, "2024", ROW_MILEX_PCT_GDP, "assumption-row-milex", ASSUMPTION,
                        "SIPRI's world military burden for 2024"), "assumption-row-milex", ASSUMPTION, 1);
            } else {
                CsvTable.Row constant = latestConstant.get(iso3);
                if (constant == null || new BigDecimal(constant.get("Military expenditure")).signum() != 0) {
                    throw new IllegalStateException("no SIPRI share of GDP for " + iso3);
                }
                table.add(row(iso3, constant.get("year"), "0", "sipri-milex-constant", DERIVED,
                        "SIPRI lists zero military expenditure (no armed forces)"), "sipri-milex-constant", DERIVED, 1);
            }
        }
    }

    // ---------------------------------------------------------------- treaties

    static final String[] ATOP_COLUMNS = {"atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul"};
    static final Obligation[] ATOP_OBLIGATIONS = {Obligation.DEFENCE, Obligation.OFFENCE, Obligation.NEUTRALITY,
            Obligation.NON_AGGRESSION, Obligation.CONSULTATION};

    /** An ATOP pair's obligations in one year, by direction. */
    private static final class PairYear {
        final EnumSet<Obligation> firstToSecond = EnumSet.noneOf(Obligation.class);
        final EnumSet<Obligation> secondToFirst = EnumSet.noneOf(Obligation.class);

        EnumSet<Obligation> union() {
            EnumSet<Obligation> u = EnumSet.copyOf(firstToSecond);
            u.addAll(secondToFirst);
            return u;
        }
    }

    private void treaties() {
        OutputTable table = table("treaties.csv", "Treaties between actors with their obligations",
                "ATOP v5.1 directed dyad-years between actors (COW 260 counted as DEU) collapsed to undirected pairs: "
                        + "obligations = the union of both directions in 2018; in_force = first year of the pair's "
                        + "unbroken run of years with any obligation up to 2018. The pairs among the 29 NATO members of "
                        + "2018, all of which carry defence, become one multilateral NATO-ART5 row (in force from the "
                        + "founders' accession year, 1949) with the obligations every such pair shares; pairs with more than that stay as dyads. Then the "
                        + "post-2018 changes, hand-entered with citations: MKD 2020, FIN 2023, SWE 2024 joining NATO, "
                        + "the Russia-DPRK treaty of 2024 and the US Taiwan Relations Act.",
                "id", "name", "parties", "obligations", "in_force", "ended", "source_id", "status", "note");
        Map<Integer, String> isoByCow = ActorCode.isoByCowCode();
        Map<String, TreeMap<Integer, PairYear>> pairs = new TreeMap<>();
        for (String file : Source.ALL.stream().filter(s -> s.id().equals("atop-5.1")).findFirst().orElseThrow()
                .sharedPaths().split(";")) {
            for (CsvTable.Row r : read(file).rows()) {
                String a = isoByCow.get(r.getInt("ccode1"));
                String b = isoByCow.get(r.getInt("ccode2"));
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                boolean forward = a.compareTo(b) < 0;
                PairYear py = pairs.computeIfAbsent(forward ? a + ";" + b : b + ";" + a, k -> new TreeMap<>())
                        .computeIfAbsent(r.getInt("year"), k -> new PairYear());
                for (int i = 0; i < ATOP_COLUMNS.length; i++) {
                    String flag = r.get(ATOP_COLUMNS[i]).trim();
                    if (flag.equals("1")) {
                        (forward ? py.firstToSecond : py.secondToFirst).add(ATOP_OBLIGATIONS[i]);
                    } else if (!flag.equals("0")) {
                        throw r.error(ATOP_COLUMNS[i], "expected 0 or 1, got '" + flag + "'");
                    }
                }
            }
        }
        List<CsvTable.Row> natoRows = read("countries/nato_members_accession_year.csv").rows();
        List<String> nato2018 = natoRows.stream().filter(r -> r.getInt("nato_accession_year") <= ATOP_LAST_YEAR)
                .map(r -> r.get("iso3")).sorted().toList();
        int natoFounded = natoRows.stream().mapToInt(r -> r.getInt("nato_accession_year")).min().orElseThrow();
        EnumSet<Obligation> natoObligations = null;
        for (int i = 0; i < nato2018.size(); i++) {
            for (int j = i + 1; j < nato2018.size(); j++) {
                TreeMap<Integer, PairYear> years = pairs.get(nato2018.get(i) + ";" + nato2018.get(j));
                PairYear last = years == null ? null : years.get(ATOP_LAST_YEAR);
                if (last == null || !last.union().contains(Obligation.DEFENCE)) {
                    throw new IllegalStateException("cannot recognise NATO in ATOP: " + nato2018.get(i) + "-"
                            + nato2018.get(j) + " has no defence obligation in " + ATOP_LAST_YEAR);
                }
                if (natoObligations == null) {
                    natoObligations = last.union();
                } else {
                    natoObligations.retainAll(last.union());
                }
            }
        }
        String natoObligationText = obligationText(natoObligations);
        table.add(row("NATO-ART5", "North Atlantic Treaty (Article 5), members as of 2018", String.join(";", nato2018),
                natoObligationText, Integer.toString(natoFounded), "", "atop-5.1", DERIVED,
                "recognised in ATOP as the defence pacts among all 29 members of 2018; in_force = the founders' "
                        + "accession year in nato_members_accession_year.csv (ATOP pairs' runs start earlier because "
                        + "of older treaties); each member's own accession year is in groups.csv (NATO)"),
                "atop-5.1", DERIVED, 1);
        for (var e : pairs.entrySet()) {
            PairYear last = e.getValue().get(ATOP_LAST_YEAR);
            if (last == null || last.union().isEmpty()) {
                continue;
            }
            String[] ab = e.getKey().split(";");
            EnumSet<Obligation> union = last.union();
            if (nato2018.contains(ab[0]) && nato2018.contains(ab[1]) && union.equals(natoObligations)) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (!last.firstToSecond.equals(last.secondToFirst)) {
                notes.add("one-sided in ATOP: " + ab[0] + " owes " + obligationText(last.firstToSecond) + ", " + ab[1]
                        + " owes " + obligationText(last.secondToFirst));
            }
            if (nato2018.contains(ab[0]) && nato2018.contains(ab[1])) {
                notes.add("obligations beyond NATO-ART5");
            }
            table.add(row("ATOP-" + ab[0] + "-" + ab[1], "ATOP obligations between " + ab[0] + " and " + ab[1],
                    e.getKey(), obligationText(union), Integer.toString(unbrokenRunStart(e.getValue())), "", "atop-5.1",
                    DERIVED, String.join("; ", notes)), "atop-5.1", DERIVED, 1);
        }
        List<String> members = new ArrayList<>(nato2018);
        for (String[] accession : new String[][] {{"MKD", "2020-03-27", "nato-mkd-2020", "North Macedonia"},
                {"FIN", "2023-04-04", "nato-fin-2023", "Finland"}, {"SWE", "2024-03-07", "nato-swe-2024", "Sweden"}}) {
            members.add(accession[0]);
            table.add(row("NATO-ART5-" + accession[0], "North Atlantic Treaty (Article 5): " + accession[3]
                            + " joins", String.join(";", members.stream().sorted().toList()), natoObligationText,
                    accession[1], "", accession[2], OBSERVED,
                    "accession after ATOP's last year; obligations as NATO-ART5; hand-transcribed"),
                    accession[2], OBSERVED, 1);
        }
        table.add(row("RUS-PRK-2024", "Russia-DPRK Treaty on Comprehensive Strategic Partnership", "PRK;RUS", "DEFENCE",
                "2024-12-04", "", "rus-prk-2024", OBSERVED,
                "signed 2024-06-19; Article 4 mutual military assistance; hand-transcribed"), "rus-prk-2024", OBSERVED, 1);
        table.add(row("USA-TWN-TRA", "Taiwan Relations Act (US statute)", "TWN;USA", "NO_COMMITMENT", "1979-01-01", "",
                "us-tra-1979", OBSERVED, "a US law, not a treaty: arms for Taiwan's defence, no commitment to defend; "
                        + "enacted 1979-04-10 with effect from 1979-01-01; hand-transcribed"), "us-tra-1979", OBSERVED, 1);
    }

    /** First year of the run of consecutive years ending in ATOP's last year in which the pair has any obligation. */
    private static int unbrokenRunStart(TreeMap<Integer, PairYear> years) {
        int year = ATOP_LAST_YEAR;
        while (years.containsKey(year - 1) && !years.get(year - 1).union().isEmpty()) {
            year--;
        }
        return year;
    }

    static String obligationText(Set<Obligation> obligations) {
        return obligations.isEmpty() ? "" : new TreeSet<>(obligations).stream().map(Enum::name)
                .collect(Collectors.joining(";"));
    }

    // ---------------------------------------------------------------- WIOD

    private void wiod() {
        CsvTable mapping = read("wiod/wiod2013_sector_codes_and_agg11_mapping.csv");
        OutputTable sectors = table("wiod_sectors.csv", "WIOD 2013 industries c1-c35 with names and 11-group mapping",
                "wiod2013_sector_codes_and_agg11_mapping.csv as is, with source and status columns.",
                "code", "name", "agg11", "source_id", "status");
        for (CsvTable.Row r : mapping.rows()) {
            sectors.add(row(r.get("wiod_code"), r.get("wiod_name"), r.get("agg11"), "wiod-2013", OBSERVED), "wiod-2013",
                    OBSERVED, 0);
        }
        CsvTable wiot = read("wiod/wiod2013_wiot2011_full_1435.csv.gz");
        List<String> header = new ArrayList<>(wiot.header());
        header.set(0, "row");
        header.add("source_id");
        header.add("status");
        OutputTable table = table("wiod2011.csv.gz", "World Input-Output Table 2011 (WIOD 2013 release), millions of "
                        + "current US$: 1,435 country-industry rows x (1,435 intermediate + 205 final demand + gross output)",
                "wiod2013_wiot2011_full_1435.csv.gz as is (wide: row label ISO3_cN; columns ISO3_cN intermediate use, "
                        + "ISO3_CONS_h/_CONS_np/_CONS_g/_GFCF/_INVEN final demand, GO gross output), values unchanged, "
                        + "with source and status columns; gzip.",
                header.toArray(String[]::new));
        int width = wiot.header().size();
        for (CsvTable.Row r : wiot.rows()) {
            if (r.cells().size() != width) {
                throw r.error("#" + r.cells().size(), "expected " + width + " cells");
            }
            List<String> cells = new ArrayList<>(r.cells());
            cells.add("wiod-2013");
            cells.add(OBSERVED);
            table.add(cells, "wiod-2013", OBSERVED, width - 1);
        }
    }

    // ---------------------------------------------------------------- statements

    private void munitionsStatements() {
        CsvTable source = read("munitions/public_statements_munitions_production.csv");
        List<String> header = new ArrayList<>(source.header());
        header.addAll(List.of("value_low", "value_high", "source_id", "status", "status_note"));
        OutputTable table = table("munitions_statements.csv", "Hand-transcribed public statements on munitions "
                        + "production, consumption and transfers",
                "The research file as is, plus value_low/value_high (the ends of a range such as '115-130', or the "
                        + "value twice). Status: officials' and companies' reports of their own output, capacity, "
                        + "deliveries or contracts = observed (as stated); intelligence estimates, press reports and "
                        + "anonymous sources = estimate; targets = estimate, with a note that a target is not output.",
                header.toArray(String[]::new));
        for (CsvTable.Row r : source.rows()) {
            String type = r.get("statement_type");
            String status;
            String note;
            if (type.contains("target")) {
                status = ESTIMATE;
                note = "a target, not output";
            } else if (Set.of("reported production", "official statement", "company statement", "contract").contains(type)) {
                status = OBSERVED;
                note = "as stated by the official or company";
            } else {
                status = ESTIMATE;
                note = type;
            }
            String[] range = valueRange(r, "value");
            List<String> cells = new ArrayList<>(r.cells());
            cells.addAll(List.of(range[0], range[1], "munitions-statements", status, note));
            table.add(cells, "munitions-statements", status, 1);
        }
    }

    private void citedAnchors() {
        CsvTable source = read("parameters/cited_anchors.csv");
        List<String> header = new ArrayList<>(source.header());
        header.addAll(List.of("source_id", "status", "status_note"));
        OutputTable table = table("cited_anchors.csv", "Hand-transcribed cited facts that anchor uncertain parameters",
                "The research file as is. Status estimate for every row: each is a press report of a statement or "
                        + "of a study's estimate, not a data set, and the figures conflict across sources.",
                header.toArray(String[]::new));
        for (CsvTable.Row r : source.rows()) {
            if (!isNumber(r.get("value"))) {
                throw r.error("value", "expected a number");
            }
            List<String> cells = new ArrayList<>(r.cells());
            cells.addAll(List.of("cited-anchors", ESTIMATE, "press report of a statement or study (" + r.get("reading") + ")"));
            table.add(cells, "cited-anchors", ESTIMATE, 1);
        }
    }

    /**
     * forces.csv: hand-entered force, posture and combat parameters ({@link ForceTables}). Every
     * fig_id a locator names must be in shared/data forces/cited_force_figures.csv, and a row citing
     * one registry source must name a figure of that source; every COW personnel figure a locator
     * quotes ({@code ccode N, year Y, column milper=M}) must equal the NMC cell.
     */
    private void forces() {
        Map<String, String> figureSource = new HashMap<>();
        read("forces/cited_force_figures.csv").rows().forEach(r -> figureSource.put(r.get("fig_id"), r.get("source_id")));
        Set<String> registry = new HashSet<>();
        read("forces/cited_force_sources.csv").rows().forEach(r -> registry.add(r.get("source_id")));
        Map<String, String> milper = new HashMap<>();
        read("cow/NMC-7.0-abridged_via_peacesciencer.csv").rows()
                .forEach(r -> milper.put(r.get("ccode") + "/" + r.get("year"), r.get("milper")));
        java.util.regex.Pattern cow = java.util.regex.Pattern.compile("ccode (\\d+), year (\\d{4}), column milper=(\\d+)");
        for (List<String> row : ForceTables.rows()) {
            String parameter = row.get(0);
            String source = row.get(6);
            String locator = row.get(7);
            List<String> figures = ForceTables.citedFigures(locator);
            for (String f : figures) {
                if (!figureSource.containsKey(f)) {
                    throw new IllegalStateException(parameter + ": locator names " + f + ", not in cited_force_figures.csv");
                }
            }
            if (registry.contains(source) && !figures.isEmpty()
                    && figures.stream().noneMatch(f -> figureSource.get(f).equals(source))) {
                throw new IllegalStateException(parameter + ": none of " + figures + " is a figure of " + source);
            }
            java.util.regex.Matcher m = cow.matcher(locator);
            if (source.equals("cow-nmc-7.0")) {
                if (!m.find()) {
                    throw new IllegalStateException(parameter + ": a COW row needs 'ccode N, year Y, column milper=M'");
                }
                String cell = milper.get(m.group(1) + "/" + m.group(2));
                if (cell == null || !cell.equals(m.group(3))) {
                    throw new IllegalStateException(parameter + ": COW milper " + m.group(3) + " but the file has " + cell);
                }
            }
        }
        ForceTables.write(table(ForceTables.NAME, "Forces, posture and combat parameters: orders of battle by "
                        + "location, force-type attributes, redeployment shares, combat rates",
                "Hand-entered in ForceTables: each row one uncertain parameter with its range (value = central "
                        + "value), unit, source, locator, status and note. Orders of battle are estimates where a cited "
                        + "figure for the actor exists (converted to elements by the rule the note names; "
                        + "docs/forces-and-combat.md section 2) and assumptions with a reason where not. The builder "
                        + "checks cited fig_ids against forces/cited_force_figures.csv and COW personnel against the NMC "
                        + "file. No commercial ranking is used.",
                ForceTables.HEADER));
    }

    /**
     * campaign.csv: the Taiwan campaign ({@link CampaignTables}). Every fig_id a locator names must
     * be a row of shared/data forces/cited_force_figures.csv of the row's source.
     */
    private void campaign() {
        Map<String, String> figureSource = new HashMap<>();
        read("forces/cited_force_figures.csv").rows().forEach(r -> figureSource.put(r.get("fig_id"), r.get("source_id")));
        for (List<String> row : CampaignTables.rows()) {
            for (String f : ForceTables.citedFigures(row.get(7))) {
                if (!row.get(6).equals(figureSource.get(f))) {
                    throw new IllegalStateException(row.get(0) + ": locator names " + f + ", which is not a figure of "
                            + row.get(6) + " in cited_force_figures.csv");
                }
            }
        }
        CampaignTables.write(table(CampaignTables.NAME, "Taiwan campaign parameters: PLA amphibious lift, sea denial "
                        + "(anti-ship missiles, interceptors, submarines), ground forces ashore, US and Japanese intervention, "
                        + "precision munition magazines, and the campaign's severity for the economy",
                "Hand-entered in CampaignTables: each row one uncertain parameter with its range, unit, source, a locator "
                        + "and a status; figures read in shared/data/forces/cited_force_figures.csv are cited by fig_id (the "
                        + "builder checks each against its source). Inputs and rules of the CSIS 2023 wargame, never its outcomes.",
                CampaignTables.HEADER));
    }

    /** flank.csv: Europe without the US, the flank balance and force generation ({@link FlankTables}). */
    private void flank() {
        FlankTables.write(table(FlankTables.NAME, "Flank balance and force generation parameters: what NATO and "
                        + "Russia have on the eastern flank within 10, 30 and 180 days, US reinforcements, budgets buying forces",
                "Hand-entered in FlankTables: each row one uncertain parameter with its range, unit, source, a locator "
                        + "in the source and a status; figures read in shared/data/forces/cited_force_figures.csv are "
                        + "cited by row.",
                FlankTables.HEADER));
    }

    private void munitions() {
        OutputTable table = table("munitions.csv", "Munitions parameters of the baseline: stocks, capacities, "
                        + "firing rates, transfers, costs (uncertain, each with a range)",
                "Hand-entered in MunitionData (data module): values anchored on munitions_statements.csv (basis Sn) "
                        + "and cited_anchors.csv (basis An) with the arithmetic in each note; stocks and splits are "
                        + "assumptions. docs/industry.md explains each.",
                "parameter", "value", "low", "high", "unit", "basis", "source_id", "status", "note");
        Set<String> statements = new TreeSet<>();
        read("munitions/public_statements_munitions_production.csv").rows().forEach(r -> statements.add("S" + r.get("id")));
        read("parameters/cited_anchors.csv").rows().forEach(r -> statements.add(r.get("id")));
        for (MunitionData.Row r : MunitionData.rows()) {
            for (String b : r.basis().split(";")) {
                if (!b.isBlank() && !statements.contains(b)) {
                    throw new IllegalStateException(r.parameter() + ": basis " + b + " is not a statement id");
                }
            }
            BigDecimal v = new BigDecimal(r.value());
            if (v.compareTo(new BigDecimal(r.low())) < 0 || v.compareTo(new BigDecimal(r.high())) > 0) {
                throw new IllegalStateException(r.parameter() + ": value outside [low, high]");
            }
            table.add(row(r.parameter(), r.value(), r.low(), r.high(), r.unit(), r.basis(), r.sourceId(), r.status(),
                    r.note()), r.sourceId(), r.status(), 3);
        }
    }

    /** Splits "115-130" into its ends; a single number gives itself twice. */
    static String[] valueRange(CsvTable.Row r, String column) {
        String text = r.get(column).trim();
        if (isNumber(text)) {
            return new String[] {text, text};
        }
        int dash = text.indexOf('-', 1);
        if (dash > 0 && isNumber(text.substring(0, dash)) && isNumber(text.substring(dash + 1))) {
            return new String[] {text.substring(0, dash).trim(), text.substring(dash + 1).trim()};
        }
        throw r.error(column, "expected a number or a range like 115-130, got '" + text + "'");
    }

    // ---------------------------------------------------------------- sources and manifest

    private void sources() {
        OutputTable table = table("sources.csv", "Every source the snapshot cites",
                "Written from the builder's source list (Source.ALL).",
                "source_id", "title", "publisher", "citation", "licence", "origin_repository", "commit", "shared_path",
                "note");
        Set<String> cited = new TreeSet<>();
        tables.forEach(t -> cited.addAll(t.sourceIds));
        Set<String> known = Source.ALL.stream().map(Source::id).collect(Collectors.toCollection(TreeSet::new));
        if (!known.containsAll(cited)) {
            cited.removeAll(known);
            throw new IllegalStateException("sources cited but not listed in Source.ALL: " + cited);
        }
        for (Source s : Source.ALL) {
            table.add(row(s.id(), s.title(), s.publisher(), s.citation(), s.licence(), s.repository(), s.commit(),
                    s.sharedPaths(), s.note()), s.id(), OBSERVED, 0);
        }
        table.sourceIds.clear();
    }

    private void writeManifest(Path outputDir) throws IOException {
        Map<String, Source> sourceById = Source.ALL.stream().collect(Collectors.toMap(Source::id, s -> s));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("snapshot_version", SNAPSHOT_VERSION);
        manifest.put("builder", SnapshotBuilder.class.getName());
        manifest.put("status_values", List.of(OBSERVED, DERIVED, ESTIMATE, ASSUMPTION));
        List<Map<String, Object>> tableEntries = new ArrayList<>();
        for (OutputTable t : tables) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", t.name);
            entry.put("sha256", sha256(outputDir.resolve(t.name)));
            entry.put("description", t.description);
            entry.put("rows", t.rows.size());
            entry.put("values", t.values);
            entry.put("values_by_status", new TreeMap<>(t.valuesByStatus));
            entry.put("source_ids", new ArrayList<>(t.sourceIds));
            List<Map<String, Object>> files = new ArrayList<>();
            SortedMap<String, Source> paths = new TreeMap<>();
            for (String id : t.sourceIds) {
                Source s = sourceById.get(id);
                for (String p : s.sharedPaths().split(";")) {
                    if (!p.isBlank()) {
                        paths.putIfAbsent(p, s);
                    }
                }
            }
            if (t.name.equals("actors.csv")) {
                paths.put("countries/country-codes.csv", sourceById.get("country-codes"));
                paths.put("cow/cow_states2016_via_peacesciencer.csv", sourceById.get("cow-states-2016"));
            }
            if (t.name.equals("treaties.csv") || t.name.equals("groups.csv")) {
                paths.put("countries/nato_members_accession_year.csv", sourceById.get("nato-accession"));
            }
            if (t.name.equals("spending_baseline.csv")) {
                paths.put("sipri/sipri_milex_constant2024usd_extract_2014-2025.csv", sourceById.get("sipri-milex-constant"));
            }
            if (t.name.equals("gdp.csv")) {
                paths.put("worldbank/datahub_gdp/gdp.csv", sourceById.get("wb-gdp"));
            }
            for (var p : paths.entrySet()) {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("path", p.getKey());
                file.put("sha256", sha256(shared.resolve(p.getKey())));
                file.put("origin_repository", p.getValue().repository());
                file.put("commit", p.getValue().commit());
                files.add(file);
            }
            entry.put("source_files", files);
            entry.put("transform", t.transform);
            tableEntries.add(entry);
        }
        manifest.put("tables", tableEntries);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String json = new ObjectMapper().writer(printer).writeValueAsString(manifest) + "\n";
        Files.writeString(outputDir.resolve("manifest.json"), json, StandardCharsets.UTF_8);
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + file, e);
        }
    }

    static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
