package org.indivisible.data.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.data.snapshot.TableInfo;
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
 * A small hand-made snapshot for the scenario tests: the actors the shipped scenarios name,
 * NATO with FIN and SWE joining late, round GDP and spending numbers that are easy to check by
 * hand.
 */
final class FakeSnapshot implements Snapshot {

    static final List<String> EUROPEAN_NATO = List.of("BGR", "CZE", "DEU", "EST", "FIN", "FRA", "GBR", "HUN", "LTU",
            "LVA", "NOR", "POL", "ROU", "SVK", "SWE");
    static final List<String> OTHERS = List.of("AUS", "CHN", "JPN", "KOR", "NZL", "PRK", "ROW", "RUS", "TWN", "UKR",
            "USA");

    /** Baseline defence spending in percent of GDP, from 2025 on. */
    static final Map<String, Double> SPENDING_2025 = Map.of("POL", 4.1, "DEU", 2.1, "USA", 3.4, "EST", 3.4,
            "HUN", 1.9, "RUS", 7.1, "CHN", 1.7);

    static final FakeSnapshot INSTANCE = new FakeSnapshot();

    private final List<Actor> actors = Stream.concat(EUROPEAN_NATO.stream(), OTHERS.stream()).sorted()
            .map(iso3 -> new Actor(iso3, iso3, Double.NaN, Double.NaN)).toList();

    @Override
    public String version() {
        return "fake-1";
    }

    @Override
    public List<Actor> actors() {
        return actors;
    }

    @Override
    public List<Group> groups() {
        LocalDate founded = LocalDate.of(1949, 4, 4);
        List<Membership> europe = new ArrayList<>();
        for (String iso3 : EUROPEAN_NATO) {
            LocalDate joined = switch (iso3) {
                case "FIN" -> LocalDate.of(2023, 4, 4);
                case "SWE" -> LocalDate.of(2024, 3, 7);
                default -> founded;
            };
            europe.add(new Membership(iso3, joined, null));
        }
        List<Membership> nato = new ArrayList<>(europe);
        nato.add(new Membership("USA", founded, null));
        return List.of(
                new Group("ALIGNED", "Aligned bloc", members("CHN", "PRK", "RUS")),
                new Group("IP4", "Indo-Pacific four", members("AUS", "JPN", "KOR", "NZL")),
                new Group("NATO", "NATO", nato),
                new Group("NATO_EUROPE", "NATO Europe", europe));
    }

    private static List<Membership> members(String... codes) {
        return Stream.of(codes).map(c -> new Membership(c, LocalDate.of(2000, 1, 1), null)).toList();
    }

    @Override
    public List<Treaty> treaties() {
        List<String> parties = new ArrayList<>(EUROPEAN_NATO);
        parties.add("USA");
        return List.of(
                new Treaty("NATO-ART5", "North Atlantic Treaty, Article 5", parties, Set.of(Obligation.DEFENCE),
                        LocalDate.of(1949, 8, 24), null, "nato"),
                new Treaty("OLD-PACT", "A pact that ended before the horizon", List.of("USA", "TWN"),
                        Set.of(Obligation.DEFENCE), LocalDate.of(1955, 3, 3), LocalDate.of(1980, 1, 1), "old"));
    }

    @Override
    public List<GdpPath> gdpPaths() {
        return actors.stream().map(a -> new GdpPath(a.iso3(), new TreeMap<>(Map.of(2024, 1000.0, 2025, 1030.0))))
                .toList();
    }

    @Override
    public List<SpendingPath> spendingPaths() {
        return actors.stream().map(a -> SpendingPath.flat(a.iso3(), 2025, SPENDING_2025.getOrDefault(a.iso3(), 1.5)))
                .toList();
    }

    @Override
    public List<UncertainParameter> parameters() {
        return List.of(
                new UncertainParameter("economy.trendGrowthPct.CHN", 4.0, new Distribution.Uniform(3.0, 5.0),
                        "percent per year", "imf-weo", Status.ESTIMATE, "IMF medium-term projection"),
                UncertainParameter.fixed("economy.trendGrowthPct.USA", 2.0, "percent per year", "imf-weo",
                        Status.ESTIMATE),
                // taiwan-blockade.yaml (in the default study) switches the blockade's operations on.
                UncertainParameter.fixed("blockade.taiwan.enabled", 0, "switch", "assumption-blockade", Status.ASSUMPTION));
    }

    @Override
    public List<TableInfo> tables() {
        return List.of();
    }
}
