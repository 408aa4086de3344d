package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.data.snapshot.StructuralIds;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.TheaterState;

/**
 * Binds a merged scenario tree to a {@link Scenario}, checking every field against the format
 * and the data snapshot (actors, groups, parameter ids) and reporting every problem found.
 */
final class ScenarioReader {

    static final List<String> KEYS = List.of("id", "name", "description", "extends", "start", "years", "stepDays",
            "theaters", "events", "spending", "parameters", "policies", "decisions");
    static final List<String> THEATER_KEYS = List.of("id", "name", "participants", "state");
    static final List<String> SPENDING_KEYS = List.of("who", "pctGdp");
    static final List<String> POLICY_KEYS = List.of("p1", "p2", "p3", "p4");
    static final List<String> P1_KEYS = List.of("group", "floorPctGdp", "industrySharePct", "operationalPlanning",
            "floorFromOwnShareIn");
    static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern THEATER_ID = Pattern.compile("[a-z_]+");
    static final Pattern PARAMETER_ID = Pattern.compile("[A-Za-z0-9_.-]+");
    static final String DEFAULT_P1_GROUP = "NATO_EUROPE";
    static final Map<String, TheaterState> STATES = states();

    private final TreeSet<String> actors = new TreeSet<>();
    private final TreeSet<String> groups = new TreeSet<>();
    private final Map<String, UncertainParameter> defaults = new HashMap<>();

    ScenarioReader(Snapshot snapshot) {
        snapshot.actors().stream().map(Actor::iso3).forEach(actors::add);
        snapshot.groups().stream().map(Group::id).forEach(groups::add);
        snapshot.parameters().forEach(p -> defaults.put(p.id(), p));
    }

    /** The scenario, or empty with the reasons added to {@code problems}. */
    Optional<Scenario> read(Tree.Mapping root, Path file, SortedMap<String, String> hashes, Problems problems) {
        Problems mine = new Problems();
        ValueReader read = new ValueReader(mine);
        ValueReader.Heading heading = read.heading(root, KEYS, "id", "the scenario's id, e.g. taiwan-invasion", SCENARIO_ID);
        Optional<String> id = heading.id();
        String name = heading.name();
        String description = heading.description();
        read.optional(root, "extends").ifPresent(v -> read.text(v, "extends"));
        Optional<LocalDate> start = read.optional(root, "start").map(v -> read.date(v, "start"))
                .orElse(Optional.of(Scenario.DEFAULT_START));
        Optional<Long> years = read.optional(root, "years").map(v -> read.wholeNumber(v, "years", 1, 50))
                .orElse(Optional.of((long) Scenario.DEFAULT_YEARS));
        Optional<Long> stepDays = read.optional(root, "stepDays").map(v -> read.wholeNumber(v, "stepDays", 1, 366))
                .orElse(Optional.of((long) Scenario.DEFAULT_STEP_DAYS));
        Optional<Horizon> horizon = start.isPresent() && years.isPresent() && stepDays.isPresent()
                ? Optional.of(Horizon.ofYears(start.get(), stepDays.get().intValue(), years.get().intValue()))
                : Optional.empty();

        List<Theater> theaters = theaters(root, read);
        List<Event> events = new EventReader(read, actors).events(root, theaters, horizon);
        List<Spending> spending = spending(root, read);
        List<UncertainParameter> parameters = parameters(root, read);
        Policies policies = policies(root, read);
        DecisionsReader decisionsReader = new DecisionsReader(read, actors);
        org.indivisible.model.config.DecisionSettings decisions = decisionsReader.decisions(root, events);

        problems.addAll(mine.list());
        if (!mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(id.get(), name, description, file, start.get(), years.get().intValue(),
                stepDays.get().intValue(), theaters, events, spending, parameters, policies, hashes, decisions));
    }

    private List<Theater> theaters(Tree.Mapping root, ValueReader read) {
        List<Theater> theaters = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (ValueReader.Item item : read.mappings(root, "theaters", "[{id: taiwan, participants: [CHN, TWN], state: peace}]",
                "{id: taiwan, participants: [CHN, TWN]}", THEATER_KEYS)) {
            String path = item.path();
            Tree.Mapping m = item.map();
            Optional<String> id = read.required(m, path, "id", "a theater id like taiwan").flatMap(v -> read.id(v,
                    Problems.child(path, "id"), THEATER_ID, "lower-case letters and _"));
            id.ifPresent(t -> duplicate(read, seen, t, m.get("id").get(), Problems.child(path, "id"), "theater"));
            String name = read.optional(m, "name").flatMap(v -> read.text(v, Problems.child(path, "name")))
                    .orElse(null);
            List<String> participants = read.required(m, path, "participants", "ISO3 codes of the actors involved")
                    .flatMap(v -> actorList(read, v, Problems.child(path, "participants"))).orElse(List.of());
            Optional<TheaterState> state = read.optional(m, "state").map(v -> read.choice(v,
                    Problems.child(path, "state"), STATES)).orElse(Optional.of(TheaterState.PEACE));
            if (id.isPresent() && state.isPresent()) {
                theaters.add(new Theater(id.get(), name, participants, state.get()));
            }
        }
        return theaters;
    }

    private Optional<List<String>> actorList(ValueReader read, Tree value, String path) {
        Optional<List<Tree>> items = read.list(value, path, "[CHN, TWN, USA]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            read.report(value, path, "needs at least one actor, e.g. [CHN, TWN]");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            actor(read, items.get().get(i), Problems.item(path, i)).ifPresent(codes::add);
        }
        return Optional.of(codes);
    }

    private Optional<String> actor(ValueReader read, Tree value, String path) {
        return actor(read, value, path, actors);
    }

    /** An actor's ISO3 code the snapshot knows. */
    static Optional<String> actor(ValueReader read, Tree value, String path, Set<String> actors) {
        return read.text(value, path).filter(code -> {
            if (actors.contains(code)) {
                return true;
            }
            read.report(value, path, "unknown actor `" + code + "`" + DidYouMean.hint(code, actors)
                    + "; use an ISO3 code the data snapshot has (`indivisible data actors` lists them)");
            return false;
        });
    }

    private List<Spending> spending(Tree.Mapping root, ValueReader read) {
        List<Spending> paths = new ArrayList<>();
        TreeSet<String> whos = new TreeSet<>(actors);
        whos.addAll(groups);
        for (ValueReader.Item item : read.mappings(root, "spending", "[{who: NATO_EUROPE, pctGdp: {2026: 2.2, 2030: 3.0}}]",
                "{who: POL, pctGdp: {2026: 4.0}}", SPENDING_KEYS)) {
            String path = item.path();
            Tree.Mapping m = item.map();
            Optional<String> who = read.required(m, path, "who", "an actor ISO3 code or a group id").flatMap(v ->
                    read.text(v, Problems.child(path, "who")).filter(w -> {
                        if (whos.contains(w)) {
                            return true;
                        }
                        read.report(v, Problems.child(path, "who"), "unknown actor or group `" + w + "`"
                                + DidYouMean.hint(w, whos) + "; groups: " + String.join(", ", groups));
                        return false;
                    }));
            Optional<SortedMap<Integer, Double>> pct = read.required(m, path, "pctGdp",
                    "percent of GDP by year, e.g. {2026: 2.2, 2030: 3.0}").flatMap(v -> percentByYear(read, v,
                    Problems.child(path, "pctGdp")));
            if (who.isPresent() && pct.isPresent()) {
                paths.add(new Spending(who.get(), pct.get()));
            }
        }
        return paths;
    }

    /** A map year -> percent of GDP; values below 1 are taken for fractions typed by mistake. */
    static Optional<SortedMap<Integer, Double>> percentByYear(ValueReader read, Tree value, String path) {
        Optional<Tree.Mapping> map = read.mapping(value, path, "{2026: 2.2, 2030: 3.0}");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        if (map.get().fields().isEmpty()) {
            read.report(value, path, "needs at least one year, e.g. {2026: 2.2, 2030: 3.0}");
            return Optional.empty();
        }
        SortedMap<Integer, Double> byYear = new TreeMap<>();
        boolean ok = true;
        for (Tree.Field f : map.get().fields()) {
            String p = Problems.child(path, f.key());
            Integer year = null;
            try {
                year = Integer.valueOf(f.key());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (year == null || year < 1990 || year > 2100) {
                read.report(f.keyLocation(), p, "`" + f.key() + "` is not a year: use a year from 1990 to 2100 "
                        + "as the key, e.g. 2030: 3.0");
                ok = false;
                continue;
            }
            Optional<Double> pct = read.number(f.value(), p, 0, 100, "a percent of GDP");
            if (pct.isPresent() && pct.get() > 0 && pct.get() < 1) {
                read.report(f.value(), p, ValueReader.format(pct.get()) + " percent of GDP is below 1: percent, not"
                        + " a fraction? write " + ValueReader.format(pct.get() * 100) + " for "
                        + ValueReader.format(pct.get() * 100) + "% (paths set in scenarios are 0 or at least 1)");
                ok = false;
            } else if (pct.isPresent()) {
                byYear.put(year, pct.get());
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(byYear) : Optional.empty();
    }

    private List<UncertainParameter> parameters(Tree.Mapping root, ValueReader read) {
        List<UncertainParameter> parameters = new ArrayList<>();
        Optional<Tree.Mapping> map = read.optional(root, "parameters").flatMap(v -> read.mapping(v, "parameters",
                "{economy.trendGrowthPct.CHN: {value: 3.5, low: 2.0, high: 5.0}}"));
        if (map.isEmpty()) {
            return parameters;
        }
        ParameterReader parameterReader = new ParameterReader(read);
        for (Tree.Field f : map.get().fields()) {
            String path = Problems.child("parameters", f.key());
            if (!PARAMETER_ID.matcher(f.key()).matches()) {
                read.report(f.keyLocation(), path, "`" + f.key() + "` is not a valid parameter id: use letters, "
                        + "digits, dots, _ and -");
                continue;
            }
            boolean isNew = f.value() instanceof Tree.Mapping m && m.get("new").isPresent()
                    && read.bool(m.get("new").get(), Problems.child(path, "new")).orElse(false);
            UncertainParameter base = defaults.get(f.key());
            if (base == null && !isNew) {
                read.report(f.keyLocation(), path, "unknown parameter `" + f.key() + "`"
                        + DidYouMean.hint(f.key(), defaults.keySet()) + "; to add one the data snapshot does not "
                        + "have, give it `new: true` and a value");
                continue;
            }
            if (base != null && isNew) {
                read.report(f.keyLocation(), path, "`new: true`, but the data snapshot already has `" + f.key()
                        + "`: drop `new` to override it");
                continue;
            }
            if (isNew) {
                // A new order of battle or munitions entry: its names are checked here, with the line.
                Optional<String> problem = StructuralIds.problem(f.key(), actors);
                if (problem.isPresent()) {
                    read.report(f.keyLocation(), path, problem.get());
                    continue;
                }
            }
            parameterReader.read(f.key(), f.value(), path, base, -1e15, 1e15, "", List.of("new"))
                    .ifPresent(parameters::add);
        }
        return parameters;
    }

    private Policies policies(Tree.Mapping root, ValueReader read) {
        Optional<Tree.Mapping> map = read.optional(root, "policies").flatMap(v -> read.mapping(v, "policies",
                "{p1: {floorPctGdp: {2026: 2.0, 2030: 3.5}}}"));
        if (map.isEmpty()) {
            return Policies.NONE;
        }
        read.onlyKeys(map.get(), "policies", POLICY_KEYS);
        IndustrialCooperation p2 = read.optional(map.get(), "p2")
                .flatMap(v -> new IndustrialCooperationReader(read, actors).read(v)).orElse(null);
        org.indivisible.model.policy.SanctionsAnnouncement p3 = read.optional(map.get(), "p3")
                .map(v -> new DecisionsReader(read, actors).p3(v)).orElse(null);
        org.indivisible.model.policy.CounterMessaging p4 = read.optional(map.get(), "p4")
                .map(v -> new DecisionsReader(read, actors).p4(v)).orElse(null);
        return new Policies(p1(map.get(), read), p2, p3, p4);
    }

    private PrepareForReducedUsPresence p1(Tree.Mapping map, ValueReader read) {
        Optional<Tree> p1Node = read.optional(map, "p1");
        if (p1Node.isEmpty()) {
            return null;
        }
        Optional<Tree.Mapping> p1 = read.mapping(p1Node.get(), "policies.p1",
                "{group: NATO_EUROPE, floorPctGdp: {2026: 2.0, 2030: 3.5}}");
        if (p1.isEmpty()) {
            return null;
        }
        read.onlyKeys(p1.get(), "policies.p1", P1_KEYS);
        Optional<String> group = read.optional(p1.get(), "group").map(v -> read.text(v, "policies.p1.group")
                .filter(g -> {
                    if (groups.contains(g)) {
                        return true;
                    }
                    read.report(v, "policies.p1.group", "unknown group `" + g + "`" + DidYouMean.hint(g, groups)
                            + "; groups: " + String.join(", ", groups));
                    return false;
                })).orElse(Optional.of(DEFAULT_P1_GROUP));
        Optional<SortedMap<Integer, Double>> floor = read.required(p1.get(), "policies.p1", "floorPctGdp",
                "the spending floor in percent of GDP by year, e.g. {2026: 2.0, 2030: 3.5}").flatMap(v ->
                percentByYear(read, v, "policies.p1.floorPctGdp"));
        Optional<Double> industry = read.optional(p1.get(), "industrySharePct").map(v -> read.number(v,
                "policies.p1.industrySharePct", 0, 100, "percent of the defence budget")).orElse(Optional.of(0.0));
        boolean planning = read.optional(p1.get(), "operationalPlanning")
                .flatMap(v -> read.bool(v, "policies.p1.operationalPlanning")).orElse(false);
        Optional<Tree> ownNode = read.optional(p1.get(), "floorFromOwnShareIn");
        Optional<Double> own = ownNode.map(v -> read.number(v, "policies.p1.floorFromOwnShareIn", 1900, 2200,
                "the year whose own share each member's floor starts from")).orElse(Optional.of(0.0));
        if (own.isPresent() && own.get() != Math.rint(own.get())) {
            read.report(ownNode.get(), "policies.p1.floorFromOwnShareIn", "must be a whole year, got " + own.get());
            own = Optional.empty();
        }
        if (own.isPresent() && own.get() != 0 && floor.isPresent() && own.get() >= floor.get().firstKey()) {
            read.report(ownNode.get(), "policies.p1.floorFromOwnShareIn", "must come before the floor's first year "
                    + floor.get().firstKey() + ", got " + ValueReader.format(own.get()));
            own = Optional.empty();
        }
        if (group.isEmpty() || floor.isEmpty() || industry.isEmpty() || own.isEmpty()) {
            return null;
        }
        return new PrepareForReducedUsPresence(group.get(), floor.get(), industry.get(), planning,
                own.get().intValue());
    }

    static void duplicate(ValueReader read, Map<String, Location> seen, String id, Tree node, String path,
                                  String what) {
        Location first = seen.putIfAbsent(id, node.location());
        if (first != null) {
            String where = first.file().equals(node.location().file()) ? "line " + first.line()
                    : first.file() + ":" + first.line();
            read.report(node, path, "duplicate " + what + " id `" + id + "` (first at " + where + "); each " + what
                    + " needs its own id");
        }
    }

    private static Map<String, TheaterState> states() {
        Map<String, TheaterState> map = new LinkedHashMap<>();
        for (TheaterState s : TheaterState.values()) {
            map.put(s.id(), s);
        }
        return map;
    }
}
