package org.indivisible.data.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.indivisible.model.industry.MunitionType;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.IndustrialCooperation.CoProduction;
import org.indivisible.model.policy.IndustrialCooperation.StandardAdoption;
import org.indivisible.model.policy.IndustrialCooperation.TechnologySharing;

/**
 * Reads lever P2, {@code policies.p2} (docs/scenario-format.md): common standards, co-production
 * agreements and technology sharing, each checked against the munition catalogue and the
 * snapshot's actors, every problem reported with its path.
 */
record IndustrialCooperationReader(ValueReader read, Set<String> actors) {

    static final List<String> KEYS = List.of("standards", "coProduction", "technologySharing");
    static final List<String> STANDARD_KEYS = List.of("munition", "actors", "from");
    static final List<String> LINE_KEYS = List.of("id", "munition", "host", "capacityRoundsPerYear", "start",
            "lagYears", "shares");
    static final List<String> SHARING_KEYS = List.of("munition", "actors", "lagReductionPct", "from");
    static final Pattern LINE_ID = Pattern.compile("[a-z0-9-]+");

    /** The lever, or empty (with problems reported) when any part is wrong. */
    Optional<IndustrialCooperation> read(Tree value) {
        String path = "policies.p2";
        Optional<Tree.Mapping> map = read.mapping(value, path,
                "{standards: [{munition: shell155, actors: [KOR], from: 2027-01-01}]}");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        read.onlyKeys(map.get(), path, KEYS);
        boolean[] ok = {true};
        List<StandardAdoption> standards = items(map.get(), "standards",
                "[{munition: shell155, actors: [JPN, KOR], from: 2027-01-01}]", ok, this::standard);
        Map<String, Tree> lineIds = new HashMap<>();
        List<CoProduction> lines = items(map.get(), "coProduction", "[{id: kor-pol-155, munition: shell155, host: KOR, "
                + "capacityRoundsPerYear: 300000, start: 2027-01-01, lagYears: 2, shares: {KOR: 0.5, POL: 0.5}}]", ok,
                (m, p) -> line(m, p, lineIds));
        List<TechnologySharing> sharing = items(map.get(), "technologySharing",
                "[{munition: shell155, actors: [KOR], lagReductionPct: 30, from: 2027-01-01}]", ok, this::sharing);
        return ok[0] ? Optional.of(new IndustrialCooperation(standards, lines, sharing)) : Optional.empty();
    }

    private interface ItemReader<T> {
        Optional<T> read(Tree.Mapping item, String path);
    }

    private <T> List<T> items(Tree.Mapping map, String key, String example, boolean[] ok, ItemReader<T> reader) {
        String path = Problems.child("policies.p2", key);
        List<Tree> items = read.optional(map, key).flatMap(v -> read.list(v, path, example)).orElse(List.of());
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String p = Problems.item(path, i);
            Optional<T> item = read.mapping(items.get(i), p, example).flatMap(m -> reader.read(m, p));
            item.ifPresentOrElse(out::add, () -> ok[0] = false);
        }
        return out;
    }

    private Optional<StandardAdoption> standard(Tree.Mapping m, String path) {
        read.onlyKeys(m, path, STANDARD_KEYS);
        Optional<String> munition = munition(m, path, true);
        Optional<List<String>> list = actorList(m, path);
        Optional<LocalDate> from = read.required(m, path, "from", "the first day the standard applies, e.g. 2027-01-01")
                .flatMap(v -> read.date(v, Problems.child(path, "from")));
        if (munition.isEmpty() || list.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StandardAdoption(munition.get(), list.get(), from.get()));
    }

    private Optional<CoProduction> line(Tree.Mapping m, String path, Map<String, Tree> seen) {
        read.onlyKeys(m, path, LINE_KEYS);
        Optional<String> id = read.required(m, path, "id", "the agreement's id, e.g. kor-pol-155").flatMap(v -> read.id(v,
                Problems.child(path, "id"), LINE_ID, "lower-case letters, digits and -"));
        id.ifPresent(i -> {
            if (seen.putIfAbsent(i, m.get("id").get()) != null) {
                read.report(m.get("id").get(), Problems.child(path, "id"), "duplicate co-production id `" + i
                        + "`; each agreement needs its own id");
            }
        });
        Optional<String> munition = munition(m, path, false);
        Optional<String> host = read.required(m, path, "host", "the ISO3 code of the country where the line is built")
                .flatMap(v -> ScenarioReader.actor(read, v, Problems.child(path, "host"), actors));
        Optional<Double> capacity = read.required(m, path, "capacityRoundsPerYear", "the line's capacity, rounds a year")
                .flatMap(v -> read.number(v, Problems.child(path, "capacityRoundsPerYear"), 0, 1e9, "rounds per year"));
        Optional<LocalDate> start = read.required(m, path, "start", "the day the agreement is signed, e.g. 2027-01-01")
                .flatMap(v -> read.date(v, Problems.child(path, "start")));
        Optional<Double> lag = read.required(m, path, "lagYears", "years from signature to first output, e.g. 2")
                .flatMap(v -> read.number(v, Problems.child(path, "lagYears"), 0, 30, "years"));
        Optional<SortedMap<String, Double>> shares = read.required(m, path, "shares",
                "each party's share of the output, e.g. {KOR: 0.5, POL: 0.5}").flatMap(v -> shares(v,
                Problems.child(path, "shares")));
        if (id.isEmpty() || munition.isEmpty() || host.isEmpty() || capacity.isEmpty() || start.isEmpty()
                || lag.isEmpty() || shares.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CoProduction(id.get(), munition.get(), host.get(), capacity.get(), start.get(),
                lag.get(), shares.get()));
    }

    private Optional<SortedMap<String, Double>> shares(Tree value, String path) {
        Optional<Tree.Mapping> map = read.mapping(value, path, "{KOR: 0.5, POL: 0.5}");
        if (map.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<String, Double> shares = new TreeMap<>();
        boolean ok = true;
        double total = 0;
        for (Tree.Field f : map.get().fields()) {
            String p = Problems.child(path, f.key());
            if (!actors.contains(f.key())) {
                read.report(f.keyLocation(), p, "unknown actor `" + f.key() + "`" + DidYouMean.hint(f.key(), actors)
                        + "; use an ISO3 code the data snapshot has");
                ok = false;
                continue;
            }
            Optional<Double> share = read.number(f.value(), p, 0, 100, "a share of the output");
            if (share.isPresent() && share.get() > 1) {
                read.report(f.value(), p, "a share is between 0 and 1, got " + ValueReader.format(share.get())
                        + ": percent, not a share? write " + ValueReader.format(share.get() / 100) + " for "
                        + ValueReader.format(share.get()) + "%");
                share = Optional.empty();
            }
            if (share.isEmpty()) {
                ok = false;
                continue;
            }
            shares.put(f.key(), share.get());
            total += share.get();
        }
        if (ok && (shares.isEmpty() || Math.abs(total - 1) > 1e-9)) {
            read.report(value, path, "shares must sum to 1, they sum to " + ValueReader.format(total));
            ok = false;
        }
        return ok ? Optional.of(shares) : Optional.empty();
    }

    private Optional<TechnologySharing> sharing(Tree.Mapping m, String path) {
        read.onlyKeys(m, path, SHARING_KEYS);
        Optional<String> munition = munition(m, path, false);
        Optional<List<String>> list = actorList(m, path);
        Optional<Double> reduction = read.required(m, path, "lagReductionPct", "percent by which lags shorten, e.g. 30")
                .flatMap(v -> read.number(v, Problems.child(path, "lagReductionPct"), 0, 100, "a percent"));
        Optional<LocalDate> from = read.optional(m, "from").map(v -> read.date(v, Problems.child(path, "from")))
                .orElse(Optional.of(LocalDate.MIN));
        if (munition.isEmpty() || list.isEmpty() || reduction.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TechnologySharing(munition.get(), list.get(), reduction.get(), from.get()));
    }

    private Optional<String> munition(Tree.Mapping m, String path, boolean needsStandard) {
        List<String> valid = MunitionType.CATALOGUE.stream().filter(t -> !needsStandard || t.hasStandard())
                .map(MunitionType::id).toList();
        return read.required(m, path, "munition", "a munition id: " + String.join(", ", valid))
                .flatMap(v -> read.text(v, Problems.child(path, "munition")).filter(id -> {
                    if (valid.contains(id)) {
                        return true;
                    }
                    read.report(v, Problems.child(path, "munition"), "unknown munition `" + id + "`"
                            + DidYouMean.hint(id, valid) + "; valid" + (needsStandard ? " (munitions with a common "
                            + "standard)" : "") + ": " + String.join(", ", valid));
                    return false;
                }));
    }

    private Optional<List<String>> actorList(Tree.Mapping m, String path) {
        String p = Problems.child(path, "actors");
        Optional<List<Tree>> items = read.required(m, path, "actors", "ISO3 codes, e.g. [JPN, KOR]")
                .flatMap(v -> read.list(v, p, "[JPN, KOR]"));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        boolean ok = !items.get().isEmpty();
        if (!ok) {
            read.report(m.get("actors").get(), p, "needs at least one actor, e.g. [JPN, KOR]");
        }
        for (int i = 0; i < items.get().size(); i++) {
            Optional<String> code = ScenarioReader.actor(read, items.get().get(i), Problems.item(p, i), actors);
            code.ifPresentOrElse(codes::add, () -> { });
            ok &= code.isPresent();
        }
        return ok ? Optional.of(codes) : Optional.empty();
    }
}
