package org.indivisible.data.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.theater.TheaterState;

/**
 * Reads a scenario's {@code events}: each names a theater of the scenario, a state, an
 * optional aggressor taking part in that theater, a fixed date or a window inside the horizon,
 * a probability and an uncertain duration.
 */
record EventReader(ValueReader read, Set<String> actors) {

    static final List<String> EVENT_KEYS = List.of("id", "kind", "theater", "state", "aggressor", "at", "window",
            "probability", "durationWeeks", "stateAfter");
    static final List<String> WINDOW_KEYS = List.of("from", "to");
    static final Pattern EVENT_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern KIND = Pattern.compile("[a-z0-9_-]+");

    List<Event> events(Tree.Mapping root, List<Theater> theaters, Optional<Horizon> horizon) {
        List<String> theaterIds = theaters.stream().map(Theater::id).toList();
        List<Event> events = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        for (ValueReader.Item item : read.mappings(root, "events", "[{id: taiwan-invasion, theater: taiwan, state: war, at: 2027-08-02}]",
                "{id: taiwan-invasion, theater: taiwan, state: war, at: 2027-08-02}", EVENT_KEYS)) {
            String path = item.path();
            Tree.Mapping m = item.map();
            Optional<String> id = read.required(m, path, "id", "an event id like taiwan-invasion").flatMap(v ->
                    read.id(v, Problems.child(path, "id"), EVENT_ID, "lower-case letters, digits and -"));
            id.ifPresent(e -> ScenarioReader.duplicate(read, seen, e, m.get("id").get(), Problems.child(path, "id"), "event"));
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
                    .flatMap(v -> read.choice(v, Problems.child(path, "state"), ScenarioReader.STATES));
            Optional<String> aggressor = read.optional(m, "aggressor").map(v -> ScenarioReader.actor(read, v,
                    Problems.child(path, "aggressor"), actors)).orElse(Optional.of(""));
            if (aggressor.isPresent() && !aggressor.get().isEmpty() && theater.isPresent()) {
                Theater where = theaters.get(theaterIds.indexOf(theater.get()));
                if (!where.participants().contains(aggressor.get())) {
                    read.report(m.get("aggressor").get(), Problems.child(path, "aggressor"), "`" + aggressor.get()
                            + "` does not take part in theater " + where.id() + " (participants: "
                            + String.join(", ", where.participants()) + "); add it to the theater's participants");
                    aggressor = Optional.empty();
                }
            }
            Optional<LocalDate[]> dates = dates(m, path, horizon);
            Optional<Double> probability = read.optional(m, "probability").map(v -> probability(v,
                    Problems.child(path, "probability"))).orElse(Optional.of(1.0));
            Optional<UncertainParameter> duration = Optional.empty();
            boolean durationOk = true;
            if (read.optional(m, "durationWeeks").isPresent() && id.isPresent()) {
                duration = new ParameterReader(read).read("event." + id.get() + ".durationWeeks",
                        m.get("durationWeeks").get(), Problems.child(path, "durationWeeks"), null, 0, 520, "weeks",
                        List.of());
                durationOk = duration.isPresent();
            }
            Optional<TheaterState> after = read.optional(m, "stateAfter").map(v -> read.choice(v,
                    Problems.child(path, "stateAfter"), ScenarioReader.STATES)).orElse(Optional.of(TheaterState.CEASEFIRE));
            if (id.isPresent() && theater.isPresent() && state.isPresent() && aggressor.isPresent()
                    && dates.isPresent() && probability.isPresent() && durationOk && after.isPresent()) {
                events.add(new Event(kind, new ScheduledEvent(id.get(), theater.get(), state.get(),
                        aggressor.get().isEmpty() ? null : aggressor.get(), dates.get()[0], dates.get()[1],
                        probability.get(), duration.orElse(null), after.get())));
            }
        }
        return events;
    }

    /** {@code at} or {@code window}, inside the horizon; [earliest, latest]. */
    private Optional<LocalDate[]> dates(Tree.Mapping m, String path, Optional<Horizon> horizon) {
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
            return read.date(at.get(), p).filter(d -> inside(at.get(), p, d, horizon))
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
                .filter(d -> inside(fromNode.get(), Problems.child(p, "from"), d, horizon));
        Optional<LocalDate> to = toNode.flatMap(v -> read.date(v, Problems.child(p, "to")))
                .filter(d -> inside(toNode.get(), Problems.child(p, "to"), d, horizon));
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

    private boolean inside(Tree node, String path, LocalDate date, Optional<Horizon> horizon) {
        if (horizon.isEmpty() || horizon.get().contains(date)) {
            return true;
        }
        read.report(node, path, date + " is outside the horizon " + horizon.get().start() + " to "
                + horizon.get().end() + "; move the date or change `start`/`years`");
        return false;
    }

    /** A chance from 0 to 1; a value from 5 to 100 is most likely a percent. */
    private Optional<Double> probability(Tree value, String path) {
        Optional<Double> any = read.number(value, path, -Double.MAX_VALUE, Double.MAX_VALUE, "a probability");
        if (any.isEmpty()) {
            return any;
        }
        double p = any.get();
        if (p >= 0 && p <= 1) {
            return any;
        }
        String hint = p >= 5 && p <= 100 ? "; a probability, not a percent? write " + ValueReader.format(p / 100)
                + " for " + ValueReader.format(p) + "%" : "";
        read.report(value, path, "a probability must be between 0 and 1, got " + ValueReader.format(p) + hint);
        return Optional.empty();
    }
}
