package org.indivisible.data.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.actor.Obligation;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The snapshot shipped inside the jar, read from the classpath only (so the toolkit works
 * without the research copies). Loaded once and cached; immutable and thread safe.
 */
public final class EmbeddedSnapshot implements Snapshot {

    /** Classpath folder of the snapshot files. */
    public static final String RESOURCE_DIR = "/org/indivisible/data/snapshot/";

    /** Half-width of each trend-growth range, percentage points (an assumption, see docs/data.md). */
    public static final double TREND_GROWTH_HALF_RANGE_PP = 2.0;
    /** The IMF projection years whose growth gives the central trend (the last two WEO years). */
    static final int TREND_FROM_YEAR = 2029;
    static final int TREND_TO_YEAR = 2030;

    private final String version;
    private final List<Actor> actors;
    private final List<Group> groups;
    private final List<Treaty> treaties;
    private final List<GdpPath> gdpPaths;
    private final List<SpendingPath> spendingPaths;
    private final List<UncertainParameter> parameters;
    private final List<TableInfo> tables;

    private static final class Holder {
        static final EmbeddedSnapshot INSTANCE = new EmbeddedSnapshot();
    }

    /** The snapshot, read on first use. */
    public static EmbeddedSnapshot load() {
        return Holder.INSTANCE;
    }

    private EmbeddedSnapshot() {
        byte[] manifest = resourceBytes("manifest.json");
        try (InputStream in = new ByteArrayInputStream(manifest)) {
            version = SnapshotBuilder.sha256(in).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        actors = readActors();
        groups = readGroups();
        treaties = readTreaties();
        gdpPaths = readGdpPaths();
        spendingPaths = readSpendingPaths();
        Set<String> codes = actors.stream().map(Actor::iso3).collect(java.util.stream.Collectors.toSet());
        List<UncertainParameter> withMunitions = new ArrayList<>(trendGrowthParameters());
        withMunitions.addAll(munitionParameters(codes));
        parameters = withEconomyDefaults(withForces(withMunitions, codes));
        tables = readTableInfos(manifest);
    }

    /** A snapshot table as read from the classpath, e.g. {@code table("population.csv")}. */
    public static CsvTable table(String name) {
        try (InputStream in = open(name)) {
            return CsvTable.read(RESOURCE_DIR.substring(1) + name,
                    name.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot table " + name, e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = EmbeddedSnapshot.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("snapshot file " + RESOURCE_DIR + name + " is not on the classpath");
        }
        return in;
    }

    private static byte[] resourceBytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot file " + name, e);
        }
    }

    private static List<Actor> readActors() {
        List<Actor> list = new ArrayList<>();
        for (CsvTable.Row r : table("actors.csv").rows()) {
            boolean noCapital = r.get("lat").isBlank();
            list.add(new Actor(r.get("iso3"), r.get("name"), noCapital ? Double.NaN : r.getDouble("lat"),
                    noCapital ? Double.NaN : r.getDouble("lon")));
        }
        list.sort(Comparator.comparing(Actor::iso3));
        return List.copyOf(list);
    }

    private List<Group> readGroups() {
        Map<String, String> names = new TreeMap<>();
        Map<String, List<Membership>> members = new TreeMap<>();
        for (CsvTable.Row r : table("groups.csv").rows()) {
            requireKnownActor(r, "iso3");
            String left = r.get("left").trim();
            names.put(r.get("group"), r.get("group_name"));
            members.computeIfAbsent(r.get("group"), k -> new ArrayList<>()).add(new Membership(r.get("iso3"),
                    LocalDate.of(r.getInt("joined"), 1, 1), left.isEmpty() ? null : LocalDate.of(r.getInt("left"), 1, 1)));
        }
        List<Group> list = new ArrayList<>();
        members.forEach((id, m) -> list.add(new Group(id, names.get(id), m)));
        return List.copyOf(list);
    }

    private List<Treaty> readTreaties() {
        List<Treaty> list = new ArrayList<>();
        for (CsvTable.Row r : table("treaties.csv").rows()) {
            List<String> parties = Arrays.asList(r.get("parties").split(";"));
            for (String party : parties) {
                if (actors.stream().noneMatch(a -> a.iso3().equals(party))) {
                    throw r.error("parties", "unknown actor " + party);
                }
            }
            Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
            for (String o : r.get("obligations").split(";")) {
                if (!o.isBlank()) {
                    try {
                        obligations.add(Obligation.valueOf(o.trim()));
                    } catch (IllegalArgumentException e) {
                        throw r.error("obligations", "unknown obligation '" + o + "', valid: "
                                + Arrays.toString(Obligation.values()));
                    }
                }
            }
            String ended = r.get("ended").trim();
            list.add(new Treaty(r.get("id"), r.get("name"), parties, obligations, date(r, "in_force"),
                    ended.isEmpty() ? null : date(r, "ended"), r.get("source_id")));
        }
        list.sort(Comparator.comparing(Treaty::id));
        return List.copyOf(list);
    }

    /** A year ("1949", read as 1 January) or an ISO date ("2024-12-04"). */
    private static LocalDate date(CsvTable.Row r, String column) {
        String text = r.get(column).trim();
        try {
            return text.length() == 4 ? LocalDate.of(Integer.parseInt(text), 1, 1) : LocalDate.parse(text);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw r.error(column, "expected a year (1949) or a date (2024-12-04), got '" + text + "'");
        }
    }

    private List<GdpPath> readGdpPaths() {
        Map<String, SortedMap<Integer, Double>> byActor = new LinkedHashMap<>();
        for (CsvTable.Row r : table("gdp.csv").rows()) {
            requireKnownActor(r, "iso3");
            byActor.computeIfAbsent(r.get("iso3"), k -> new TreeMap<>()).put(r.getInt("year"), r.getDouble("gdp_usd_billions"));
        }
        List<GdpPath> list = new ArrayList<>();
        for (Actor actor : actors) {
            SortedMap<Integer, Double> path = byActor.get(actor.iso3());
            if (path == null) {
                throw new IllegalStateException("gdp.csv has no rows for actor " + actor.iso3());
            }
            list.add(new GdpPath(actor.iso3(), path));
        }
        return List.copyOf(list);
    }

    private List<SpendingPath> readSpendingPaths() {
        Map<String, SpendingPath> byActor = new TreeMap<>();
        for (CsvTable.Row r : table("spending_baseline.csv").rows()) {
            requireKnownActor(r, "iso3");
            byActor.put(r.get("iso3"), SpendingPath.flat(r.get("iso3"), r.getInt("year"), r.getDouble("pct_gdp")));
        }
        List<SpendingPath> list = new ArrayList<>();
        for (Actor actor : actors) {
            SpendingPath path = byActor.get(actor.iso3());
            if (path == null) {
                throw new IllegalStateException("spending_baseline.csv has no row for actor " + actor.iso3());
            }
            list.add(path);
        }
        return List.copyOf(list);
    }

    /**
     * {@code economy.trendGrowthPct.<ISO3>}: the IMF's projected growth of nominal US$ GDP from
     * 2029 to 2030, the rate at which the baseline extends GDP past the WEO horizon.
     */
    private List<UncertainParameter> trendGrowthParameters() {
        Map<String, String> sourceOf = new TreeMap<>();
        for (CsvTable.Row r : table("gdp.csv").rows()) {
            if (r.getInt("year") == TREND_TO_YEAR) {
                sourceOf.put(r.get("iso3"), r.get("source_id"));
            }
        }
        List<UncertainParameter> list = new ArrayList<>();
        for (GdpPath path : gdpPaths) {
            Double from = path.usdBillionsByYear().get(TREND_FROM_YEAR);
            Double to = path.usdBillionsByYear().get(TREND_TO_YEAR);
            if (from == null || to == null) {
                throw new IllegalStateException("gdp.csv lacks " + TREND_FROM_YEAR + " or " + TREND_TO_YEAR + " for "
                        + path.iso3());
            }
            double growthPct = 100 * (to / from - 1);
            String source = sourceOf.get(path.iso3());
            boolean assumed = source.startsWith("assumption");
            String note = (assumed
                    ? "Derived from an assumed flat GDP path (" + source + "), hence 0."
                    : "Derived: growth of the IMF WEO October 2025 projection of nominal US$ GDP from "
                            + TREND_FROM_YEAR + " to " + TREND_TO_YEAR
                            + (path.iso3().equals(ActorCode.ROW) ? " (ROW = IMF World minus the actors)." : "."))
                    + " The +/-" + TREND_GROWTH_HALF_RANGE_PP + " percentage-point uniform range is an assumption "
                    + "(assumption-trend-range).";
            list.add(new UncertainParameter("economy.trendGrowthPct." + path.iso3(), growthPct,
                    new Distribution.Uniform(growthPct - TREND_GROWTH_HALF_RANGE_PP, growthPct + TREND_GROWTH_HALF_RANGE_PP),
                    "percent per year", source, assumed ? Status.ASSUMPTION : Status.ESTIMATE, note));
        }
        list.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(list);
    }

    /** Adds the forces, posture and combat parameters of forces.csv ({@link ForceTables}) and flank.csv ({@link FlankTables}). */
    private static List<UncertainParameter> withForces(List<UncertainParameter> others, Set<String> actors) {
        List<UncertainParameter> list = new ArrayList<>(others);
        list.addAll(ForceTables.parameters(table(ForceTables.NAME), actors));
        list.addAll(ForceTables.parameters(table(FlankTables.NAME), actors));
        list.addAll(ForceTables.parameters(table(CampaignTables.NAME), actors));
        list.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(list);
    }

    /** {@code munitions.*}: munitions.csv's rows, each uniform on [low, high] around its value. */
    private static List<UncertainParameter> munitionParameters(Set<String> actors) {
        List<UncertainParameter> list = new ArrayList<>();
        for (CsvTable.Row r : table("munitions.csv").rows()) {
            StructuralIds.check(r, "parameter", actors);
            list.add(new UncertainParameter(r.get("parameter"), r.getDouble("value"),
                    new Distribution.Uniform(r.getDouble("low"), r.getDouble("high")), r.get("unit"), r.get("source_id"),
                    Status.parse(r.get("status")), r.get("note") + (r.get("basis").isBlank() ? ""
                            : " Basis: " + r.get("basis") + ".")));
        }
        return list;
    }

    /** Adds the input-output economy's parameters (docs/economy.md). */
    private static List<UncertainParameter> withEconomyDefaults(List<UncertainParameter> trend) {
        List<UncertainParameter> all = new ArrayList<>(trend);
        all.addAll(org.indivisible.data.economy.EconomyDefaults.parameters());
        // The decisions' base hazards and coefficients (docs/decisions.md).
        all.addAll(org.indivisible.model.decision.DecisionParameters.defaults());
        all.addAll(org.indivisible.model.influence.InfluenceParameters.defaults());
        // The blockade and the Korea campaign (docs/forces-and-combat.md sections 8 and 9).
        all.addAll(org.indivisible.model.blockade.BlockadeParameters.defaults());
        all.addAll(org.indivisible.model.korea.KoreaParameters.defaults());
        all.sort(Comparator.comparing(UncertainParameter::id));
        return List.copyOf(all);
    }

    private static List<TableInfo> readTableInfos(byte[] manifest) {
        try {
            JsonNode root = new ObjectMapper().readTree(manifest);
            List<TableInfo> list = new ArrayList<>();
            for (JsonNode t : root.path("tables")) {
                verifyTable(t.path("name").asText(), resourceBytes(t.path("name").asText()), t.path("sha256").asText());
                List<String> sources = new ArrayList<>();
                t.path("source_ids").forEach(s -> sources.add(s.asText()));
                SortedMap<String, Integer> byStatus = new TreeMap<>();
                t.path("values_by_status").properties().forEach(e -> byStatus.put(e.getKey(), e.getValue().asInt()));
                list.add(new TableInfo(t.path("name").asText(), t.path("description").asText(), t.path("rows").asInt(),
                        t.path("values").asInt(), List.copyOf(sources), byStatus));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("manifest.json is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Fails unless a table's bytes have the SHA-256 the manifest recorded for them. */
    static void verifyTable(String name, byte[] bytes, String expectedSha256) throws IOException {
        String actual = SnapshotBuilder.sha256(new ByteArrayInputStream(bytes));
        if (!actual.equals(expectedSha256)) {
            throw new IllegalStateException("snapshot file " + name + " does not match manifest.json (SHA-256 "
                    + actual + ", manifest says " + expectedSha256
                    + "): rebuild the snapshot with SnapshotBuilder instead of editing it");
        }
    }

    private void requireKnownActor(CsvTable.Row r, String column) {
        String iso3 = r.get(column);
        if (actors != null && actors.stream().noneMatch(a -> a.iso3().equals(iso3))) {
            throw r.error(column, "unknown actor '" + iso3 + "' (not in actors.csv)");
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Actor> actors() {
        return actors;
    }

    @Override
    public List<Group> groups() {
        return groups;
    }

    @Override
    public List<Treaty> treaties() {
        return treaties;
    }

    @Override
    public List<GdpPath> gdpPaths() {
        return gdpPaths;
    }

    @Override
    public List<SpendingPath> spendingPaths() {
        return spendingPaths;
    }

    @Override
    public List<UncertainParameter> parameters() {
        return parameters;
    }

    @Override
    public List<TableInfo> tables() {
        return tables;
    }
}
