package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.indivisible.data.snapshot.Snapshot;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.engine.Horizon;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.TheaterState;

/**
 * Binds a merged scenario tree to a {@link Scenario}, checking every field against the format
 * and the data snapshot (actors, groups, parameter ids) and reporting every problem found.
 */
final class ScenarioReader {

    static final List<String> KEYS = List.of("id", "name", "description", "extends", "start", "years", "stepDays",
            "theaters", "events", "spending", "parameters", "policies");
    static final List<String> THEATER_KEYS = List.of("id", "name", "participants", "state");
    static final List<String> EVENT_KEYS = List.of("id", "kind", "theater", "state", "aggressor", "at", "window",
            "probability", "durationWeeks", "stateAfter");
    static final List<String> WINDOW_KEYS = List.of("from", "to");
    static final List<String> SPENDING_KEYS = List.of("who", "pctGdp");
    static final List<String> POLICY_KEYS = List.of("p1");
    static final List<String> P1_KEYS = List.of("group", "floorPctGdp");
    static final Pattern SCENARIO_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern THEATER_ID = Pattern.compile("[a-z_]+");
    static final Pattern EVENT_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern KIND = Pattern.compile("[a-z0-9_-]+");
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
        read.onlyKeys(root, "", KEYS);
        Optional<String> id = read.required(root, "", "id", "the scenario's id, e.g. taiwan-invasion")
                .flatMap(v -> read.id(v, "id", SCENARIO_ID, "lower-case letters, digits and -"));
        String name = read.optional(root, "name").flatMap(v -> read.text(v, "name")).orElse(null);
        String description = read.optional(root, "description").flatMap(v -> read.text(v, "description"))
                .orElse("");
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
        List<Event> events = events(root, read, theaters, horizon);
        List<Spending> spending = spending(root, read);
        List<UncertainParameter> parameters = parameters(root, read);
        Policies policies = policies(root, read);

        problems.addAll(mine.list());
        if (!mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(id.get(), name, description, file, start.get(), years.get().intValue(),
                stepDays.get().intValue(), theaters, events, spending, parameters, policies, hashes));
    }

    private List<Theater> theaters(Tree.Mapping root, ValueReader read) {
        List<Theater> theaters = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        List<Tree> items = read.optional(root, "theaters").flatMap(v -> read.list(v, "theaters",
                "[{id: taiwan, participants: [CHN, TWN], state: peace}]")).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.item("theaters", i);
            Optional<Tree.Mapping> map = read.mapping(items.get(i), path, "{id: taiwan, participants: [CHN, TWN]}");
            if (map.isEmpty()) {
                continue;
            }
            Tree.Mapping m = map.get();
            read.onlyKeys(m, path, THEATER_KEYS);
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
        return read.text(value, path).filter(code -> {
            if (actors.contains(code)) {
                return true;
            }
            read.report(value, path, "unknown actor `" + code + "`" + DidYouMean.hint(code, actors)
                    + "; use an ISO3 code the data snapshot has (`indivisible data actors` lists them)");
            return false;
        });
    }

    private List<Event> events(Tree.Mapping root, ValueReader read, List<Theater> theaters,
                               Optional<Horizon> horizon) {
        List<String> theaterIds = theaters.stream().map(Theater::id).toList();
        List<Event> events = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        List<Tree> items = read.optional(root, "events").flatMap(v -> read.list(v, "events",
                "[{id: taiwan-invasion, theater: taiwan, state: war, at: 2027-08-02}]")).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.item("events", i);
            Optional<Tree.Mapping> map = read.mapping(items.get(i), path,
                    "{id: taiwan-invasion, theater: taiwan, state: war, at: 2027-08-02}");
            if (map.isEmpty()) {
                continue;
            }
            Tree.Mapping m = map.get();
            read.onlyKeys(m, path, EVENT_KEYS);
            Optional<String> id = read.required(m, path, "id", "an event id like taiwan-invasion").flatMap(v ->
                    read.id(v, Problems.child(path, "id"), EVENT_ID, "lower-case letters, digits and -"));
            id.ifPresent(e -> duplicate(read, seen, e, m.get("id").get(), Problems.child(path, "id"), "event"));
            String kind = read.optional(m, "kind").flatMap(v -> read.id(v, Problems.child(path, "kind"), KIND,
                    "a lower-case word such as invasion, blockade, attack, escalation, ceasefire")).orElse(null);
            Optional<String> theater = read.required(m, path, "theater", "one of the scenario's theater ids")
                    .flatMap(v -> read.text(v, Problems.child(path, "theater")).filter(t -> {
                        if (theaterIds.contains(t)) {
                            return true;
                        }
                        read.report(v, Problems.child(path, "theater"), "unknown theater `" + t + "`"
                                + DidYouMean.hint(t, theaterIds) + "; this scenario's theaters are "
                                + (theaterIds.isEmpty() ? "none" : String.join(", ", theaterIds)));
                        return false;
                    }));
            Optional<TheaterState> state = read.required(m, path, "state", "peace, crisis, war or ceasefire")
                    .flatMap(v -> read.choice(v, Problems.child(path, "state"), STATES));
            Optional<String> aggressor = read.optional(m, "aggressor").map(v -> actor(read, v,
                    Problems.child(path, "aggressor"))).orElse(Optional.of(""));
            if (aggressor.isPresent() && !aggressor.get().isEmpty() && theater.isPresent()) {
                Theater where = theaters.get(theaterIds.indexOf(theater.get()));
                if (!where.participants().contains(aggressor.get())) {
                    read.report(m.get("aggressor").get(), Problems.child(path, "aggressor"), "`" + aggressor.get()
                            + "` does not take part in theater " + where.id() + " (participants: "
                            + String.join(", ", where.participants()) + "); add it to the theater's participants");
                    aggressor = Optional.empty();
                }
            }
            Optional<LocalDate[]> dates = dates(read, m, path, horizon);
            Optional<Double> probability = read.optional(m, "probability").map(v -> read.number(v,
                    Problems.child(path, "probability"), 0, 1, "a probability")).orElse(Optional.of(1.0));
            Optional<UncertainParameter> duration = Optional.empty();
            boolean durationOk = true;
            if (read.optional(m, "durationWeeks").isPresent() && id.isPresent()) {
                duration = new ParameterReader(read).read("event." + id.get() + ".durationWeeks",
                        m.get("durationWeeks").get(), Problems.child(path, "durationWeeks"), null, 0, 520, "weeks",
                        List.of());
                durationOk = duration.isPresent();
            }
            Optional<TheaterState> after = read.optional(m, "stateAfter").map(v -> read.choice(v,
                    Problems.child(path, "stateAfter"), STATES)).orElse(Optional.of(TheaterState.CEASEFIRE));
            if (id.isPresent() && theater.isPresent() && state.isPresent() && aggressor.isPresent()
                    && dates.isPresent() && probability.isPresent() && durationOk && after.isPresent()) {
                events.add(new Event(id.get(), kind, theater.get(), state.get(),
                        aggressor.get().isEmpty() ? null : aggressor.get(), dates.get()[0], dates.get()[1],
                        probability.get(), duration.orElse(null), after.get()));
            }
        }
        return events;
    }

    /** {@code at} or {@code window}, inside the horizon; [earliest, latest]. */
    private Optional<LocalDate[]> dates(ValueReader read, Tree.Mapping m, String path, Optional<Horizon> horizon) {
        Optional<Tree> at = read.optional(m, "at");
        Optional<Tree> window = read.optional(m, "window");
        if (at.isPresent() && window.isPresent()) {
            read.report(window.get(), Problems.child(path, "window"),
                    "give either `at` (a fixed date) or `window` (a range), not both");
            return Optional.empty();
        }
        if (at.isEmpty() && window.isEmpty()) {
            read.report(m, path, "missing its date: give `at: 2027-08-02` or `window: {from: 2027-01-01, "
                    + "to: 2030-12-31}`");
            return Optional.empty();
        }
        if (at.isPresent()) {
            String p = Problems.child(path, "at");
            return read.date(at.get(), p).filter(d -> inside(read, at.get(), p, d, horizon))
                    .map(d -> new LocalDate[] {d, d});
        }
        String p = Problems.child(path, "window");
        Optional<Tree.Mapping> w = read.mapping(window.get(), p, "{from: 2027-01-01, to: 2030-12-31}");
        if (w.isEmpty()) {
            return Optional.empty();
        }
        read.onlyKeys(w.get(), p, WINDOW_KEYS);
        Optional<Tree> fromNode = read.required(w.get(), p, "from", "the first possible day");
        Optional<Tree> toNode = read.required(w.get(), p, "to", "the last possible day");
        Optional<LocalDate> from = fromNode.flatMap(v -> read.date(v, Problems.child(p, "from")))
                .filter(d -> inside(read, fromNode.get(), Problems.child(p, "from"), d, horizon));
        Optional<LocalDate> to = toNode.flatMap(v -> read.date(v, Problems.child(p, "to")))
                .filter(d -> inside(read, toNode.get(), Problems.child(p, "to"), d, horizon));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().isAfter(to.get())) {
            read.report(fromNode.get(), Problems.child(p, "from"), "the window starts on " + from.get()
                    + ", after it ends on " + to.get() + "; `from` must not be later than `to`");
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {from.get(), to.get()});
    }

    private static boolean inside(ValueReader read, Tree node, String path, LocalDate date,
                                  Optional<Horizon> horizon) {
        if (horizon.isEmpty() || horizon.get().contains(date)) {
            return true;
        }
        read.report(node, path, date + " is outside the horizon " + horizon.get().start() + " to "
                + horizon.get().end() + "; move the date or change `start`/`years`");
        return false;
    }

    private List<Spending> spending(Tree.Mapping root, ValueReader read) {
        List<Spending> paths = new ArrayList<>();
        List<Tree> items = read.optional(root, "spending").flatMap(v -> read.list(v, "spending",
                "[{who: NATO_EUROPE, pctGdp: {2026: 2.2, 2030: 3.0}}]")).orElse(List.of());
        TreeSet<String> whos = new TreeSet<>(actors);
        whos.addAll(groups);
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.item("spending", i);
            Optional<Tree.Mapping> map = read.mapping(items.get(i), path, "{who: POL, pctGdp: {2026: 4.0}}");
            if (map.isEmpty()) {
                continue;
            }
            Tree.Mapping m = map.get();
            read.onlyKeys(m, path, SPENDING_KEYS);
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
        for (Tree.Field f : map.get().fields()) {
            if (f.key().matches("p[2-4]")) {
                read.report(f.keyLocation(), Problems.child("policies", f.key()), "lever " + f.key().toUpperCase()
                        + " is not available yet; only p1 (prepare for a reduced US presence) can be set");
            }
        }
        read.onlyKeys(map.get().without("p2", "p3", "p4"), "policies", POLICY_KEYS);
        Optional<Tree> p1Node = read.optional(map.get(), "p1");
        if (p1Node.isEmpty()) {
            return Policies.NONE;
        }
        Optional<Tree.Mapping> p1 = read.mapping(p1Node.get(), "policies.p1",
                "{group: NATO_EUROPE, floorPctGdp: {2026: 2.0, 2030: 3.5}}");
        if (p1.isEmpty()) {
            return Policies.NONE;
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
        if (group.isEmpty() || floor.isEmpty()) {
            return Policies.NONE;
        }
        return new Policies(new PrepareForReducedUsPresence(group.get(), floor.get()));
    }

    private static void duplicate(ValueReader read, Map<String, Location> seen, String id, Tree node, String path,
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
