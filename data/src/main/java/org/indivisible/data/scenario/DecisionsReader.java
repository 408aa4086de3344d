package org.indivisible.data.scenario;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.indivisible.model.config.DecisionMode;
import org.indivisible.model.config.DecisionPair;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.decision.HazardDecisionRule;
import org.indivisible.model.policy.SanctionsAnnouncement;

/**
 * Reads the scenario's {@code decisions:} section (the rule and the mode of each
 * aggressor-theater pair) and lever P3 under {@code policies.p3}, reporting every problem with
 * its path.
 */
record DecisionsReader(ValueReader read, java.util.Set<String> actors) {

    static final List<String> KEYS = List.of("rule", "pairs");
    static final List<String> P3_KEYS = List.of("target", "coalition", "sectors", "tradeSharePct", "credibility",
            "announced", "costEurMillionsPerYear");
    static final List<String> SECTORS = List.of("S01_AGR", "S02_MIN", "S03_LIGHT", "S04_FUEL", "S05_CHEM", "S06_METAL",
            "S07_MACH", "S08_ELEC", "S09_TREQ", "S10_UTIL_CONS", "S11_SERV");
    static final List<String> DEFAULT_P3_SECTORS = List.of("S05_CHEM", "S07_MACH", "S08_ELEC", "S09_TREQ");

    DecisionSettings decisions(Tree.Mapping root, List<Event> events) {
        Optional<Tree.Mapping> map = read.optional(root, "decisions").flatMap(v -> read.mapping(v, "decisions",
                "{rule: hazard, pairs: {CHN.taiwan: decide, RUS.nato_europe: forbid}}"));
        if (map.isEmpty()) {
            return DecisionSettings.DEFAULT;
        }
        read.onlyKeys(map.get(), "decisions", KEYS);
        String rule = read.optional(map.get(), "rule").flatMap(v -> read.text(v, "decisions.rule"))
                .orElse(HazardDecisionRule.ID);
        Map<String, DecisionMode> choices = new LinkedHashMap<>();
        for (DecisionMode m : DecisionMode.values()) {
            choices.put(m.id(), m);
        }
        TreeMap<String, DecisionMode> modes = new TreeMap<>();
        Optional<Tree.Mapping> pairs = read.optional(map.get(), "pairs").flatMap(v -> read.mapping(v, "decisions.pairs",
                "{CHN.taiwan: decide}"));
        List<String> known = DecisionPair.STANDARD.stream().map(DecisionPair::id).toList();
        for (Tree.Field f : pairs.map(Tree.Mapping::fields).orElse(List.of())) {
            String path = Problems.child("decisions.pairs", f.key());
            if (!known.contains(f.key())) {
                read.report(f.keyLocation(), path, "unknown pair `" + f.key() + "`" + DidYouMean.hint(f.key(), known)
                        + "; pairs: " + String.join(", ", known));
                continue;
            }
            read.choice(f.value(), path, choices).ifPresent(mode -> {
                DecisionPair pair = DecisionPair.STANDARD.get(known.indexOf(f.key()));
                boolean scheduled = events.stream().map(Event::schedule).anyMatch(e -> e.theater().equals(pair.theater())
                        && pair.aggressor().equals(e.aggressor()));
                if (mode == DecisionMode.FORBID && scheduled) {
                    read.report(f.value(), path, "forbid, but an event schedules " + pair.aggressor() + " in "
                            + pair.theater() + ": drop the event or the forbid");
                } else if (mode == DecisionMode.SCHEDULE && !scheduled) {
                    read.report(f.value(), path, "schedule, but no event of " + pair.aggressor() + " in "
                            + pair.theater() + " is scheduled: add one under events, or use decide or forbid");
                } else {
                    modes.put(f.key(), mode);
                }
            });
        }
        return new DecisionSettings(rule, modes);
    }

    SanctionsAnnouncement p3(Tree value) {
        String path = "policies.p3";
        Optional<Tree.Mapping> map = read.mapping(value, path,
                "{target: CHN, coalition: [NATO, EU27, IP4], credibility: 0.6, announced: 2026-06-01}");
        if (map.isEmpty()) {
            return null;
        }
        Tree.Mapping m = map.get();
        read.onlyKeys(m, path, P3_KEYS);
        Optional<String> target = read.optional(m, "target")
                .map(v -> ScenarioReader.actor(read, v, path + ".target", actors)).orElse(Optional.of("CHN"));
        Optional<List<String>> coalition = read.optional(m, "coalition")
                .map(v -> words(v, path + ".coalition", SanctionsAnnouncement.COALITION_GROUPS))
                .orElse(Optional.of(SanctionsAnnouncement.COALITION_GROUPS));
        Optional<List<String>> sectors = read.optional(m, "sectors").map(v -> words(v, path + ".sectors", SECTORS))
                .orElse(Optional.of(DEFAULT_P3_SECTORS));
        Optional<Double> share = read.optional(m, "tradeSharePct").map(v -> read.number(v, path + ".tradeSharePct", 0,
                100, "percent of the covered trade cut")).orElse(Optional.of(50.0));
        Optional<Double> credibility = read.required(m, path, "credibility",
                "the target's belief (0 to 1) that the sanctions will be carried out").flatMap(v -> read.number(v,
                path + ".credibility", 0, 1, "a probability from 0 to 1"));
        Optional<LocalDate> announced = read.required(m, path, "announced", "the day of the announcement")
                .flatMap(v -> read.date(v, path + ".announced"));
        Optional<Double> cost = read.optional(m, "costEurMillionsPerYear").map(v -> read.number(v,
                path + ".costEurMillionsPerYear", 0, 1e6, "millions of euros a year")).orElse(Optional.of(0.0));
        if (target.isEmpty() || coalition.isEmpty() || sectors.isEmpty() || share.isEmpty() || credibility.isEmpty()
                || announced.isEmpty() || cost.isEmpty()) {
            return null;
        }
        if (coalition.get().isEmpty()) {
            read.report(m.get("coalition").get(), path + ".coalition", "needs at least one of "
                    + String.join(", ", SanctionsAnnouncement.COALITION_GROUPS));
            return null;
        }
        return new SanctionsAnnouncement(target.get(), coalition.get(), sectors.get(), share.get(), credibility.get(),
                announced.get(), cost.get());
    }

    static final List<String> P4_KEYS = List.of("intensity", "engagementsPerYear", "start", "costEurMillionsPerYear");

    org.indivisible.model.policy.CounterMessaging p4(Tree value) {
        String path = "policies.p4";
        Optional<Tree.Mapping> map = read.mapping(value, path, "{intensity: 0.5, engagementsPerYear: 6, start: 2026-07-01}");
        if (map.isEmpty()) {
            return null;
        }
        Tree.Mapping m = map.get();
        read.onlyKeys(m, path, P4_KEYS);
        Optional<Double> intensity = read.required(m, path, "intensity", "messaging effort from 0 to 1")
                .flatMap(v -> read.number(v, path + ".intensity", 0, 1, "an effort from 0 to 1"));
        Optional<Double> engagements = read.optional(m, "engagementsPerYear").map(v -> read.number(v,
                path + ".engagementsPerYear", 0, 365, "high-level engagements a year")).orElse(Optional.of(0.0));
        Optional<LocalDate> start = read.required(m, path, "start", "the first day of the campaign")
                .flatMap(v -> read.date(v, path + ".start"));
        Optional<Double> cost = read.optional(m, "costEurMillionsPerYear").map(v -> read.number(v,
                path + ".costEurMillionsPerYear", 0, 1e6, "millions of euros a year")).orElse(Optional.of(0.0));
        if (intensity.isEmpty() || engagements.isEmpty() || start.isEmpty() || cost.isEmpty()) {
            return null;
        }
        return new org.indivisible.model.policy.CounterMessaging(intensity.get(), engagements.get(), start.get(), cost.get());
    }

    private Optional<List<String>> words(Tree value, String path, List<String> valid) {
        Optional<List<Tree>> items = read.list(value, path, valid.toString());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new java.util.ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.get().size(); i++) {
            Tree item = items.get().get(i);
            String p = Problems.item(path, i);
            Optional<String> w = read.text(item, p);
            if (w.isEmpty()) {
                ok = false;
            } else if (!valid.contains(w.get())) {
                read.report(item, p, "unknown `" + w.get() + "`" + DidYouMean.hint(w.get(), valid) + "; valid: "
                        + String.join(", ", valid));
                ok = false;
            } else {
                out.add(w.get());
            }
        }
        return ok ? Optional.of(out) : Optional.empty();
    }
}
