package org.indivisible.data.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * Reads an uncertain parameter written either as a plain number (a fixed value) or as a map
 * {@code {value, low, high, distribution, unit, source, status, note}}, on top of the
 * snapshot's default when there is one: fields left out keep the default's. A value set in a
 * scenario is the scenario's {@code assumption} unless it states another status.
 */
final class ParameterReader {

    static final List<String> KEYS = List.of("value", "low", "high", "distribution", "unit", "source", "status",
            "note");
    static final Map<String, String> DISTRIBUTIONS = choices("fixed", "uniform", "triangular");
    static final Map<String, Status> STATUSES = statuses();

    private final ValueReader read;

    ParameterReader(ValueReader read) {
        this.read = read;
    }

    /**
     * @param base the snapshot's default, or null for a new parameter
     * @param min lowest value allowed for value, low and high
     * @param max highest
     * @param unit the unit assumed when neither the file nor the base gives one
     * @param extraKeys further keys the caller reads itself (e.g. {@code new})
     */
    Optional<UncertainParameter> read(String id, Tree value, String path, UncertainParameter base, double min,
                                      double max, String unit, List<String> extraKeys) {
        String what = "a value in " + (unit.isEmpty() ? "the parameter's unit" : unit);
        if (value instanceof Tree.Scalar) {
            return read.number(value, path, min, max, what).map(x -> new UncertainParameter(id, x,
                    new Distribution.Fixed(x), base != null ? base.unit() : unit, base != null ? base.sourceId() : "",
                    Status.ASSUMPTION, base != null ? base.note() : ""));
        }
        Optional<Tree.Mapping> found = read.mapping(value, path, "{value: 52, low: 26, high: 104}");
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Tree.Mapping map = found.get();
        List<String> allowed = new java.util.ArrayList<>(KEYS);
        allowed.addAll(extraKeys);
        read.onlyKeys(map, path, allowed);
        boolean ok = true;
        Optional<Double> central = base == null
                ? read.required(map, path, "value", "the central value").flatMap(
                        v -> read.number(v, Problems.child(path, "value"), min, max, what))
                : read.optional(map, "value").flatMap(v -> read.number(v, Problems.child(path, "value"), min, max,
                        what)).or(() -> Optional.of(base.value()));
        Optional<Double> low = read.optional(map, "low").flatMap(v -> read.number(v, Problems.child(path, "low"),
                min, max, what));
        Optional<Double> high = read.optional(map, "high").flatMap(v -> read.number(v, Problems.child(path, "high"),
                min, max, what));
        ok &= central.isPresent() && map.get("low").map(ValueReader::isNull).orElse(true) == low.isEmpty()
                && map.get("high").map(ValueReader::isNull).orElse(true) == high.isEmpty();
        Optional<String> shape = read.optional(map, "distribution").flatMap(v -> read.choice(v,
                Problems.child(path, "distribution"), DISTRIBUTIONS));
        ok &= read.optional(map, "distribution").isEmpty() || shape.isPresent();
        Optional<Status> status = read.optional(map, "status").flatMap(v -> read.choice(v,
                Problems.child(path, "status"), STATUSES));
        ok &= read.optional(map, "status").isEmpty() || status.isPresent();
        Optional<String> unitText = read.optional(map, "unit").flatMap(v -> read.text(v, Problems.child(path, "unit")));
        Optional<String> source = read.optional(map, "source").flatMap(v -> read.text(v,
                Problems.child(path, "source")));
        Optional<String> note = read.optional(map, "note").flatMap(v -> read.text(v, Problems.child(path, "note")));
        if (!ok) {
            return Optional.empty();
        }
        double v = central.get();
        boolean ranged = low.isPresent() || high.isPresent();
        String kind = shape.orElse(ranged ? "triangular" : base != null ? kindOf(base.distribution()) : "fixed");
        double lo = low.orElse(base != null ? base.distribution().low() : v);
        double hi = high.orElse(base != null ? base.distribution().high() : v);
        if (kind.equals("fixed")) {
            if (ranged && (lo != v || hi != v)) {
                read.report(map, path, "a fixed parameter has no range: drop low and high, or set distribution to "
                        + "uniform or triangular");
                return Optional.empty();
            }
            lo = v;
            hi = v;
        }
        if (!(lo <= v && v <= hi)) {
            read.report(map, path, "need low <= value <= high, got low " + ValueReader.format(lo) + ", value "
                    + ValueReader.format(v) + ", high " + ValueReader.format(hi));
            return Optional.empty();
        }
        Distribution distribution = switch (kind) {
            case "uniform" -> new Distribution.Uniform(lo, hi);
            case "triangular" -> new Distribution.Triangular(lo, v, hi);
            default -> new Distribution.Fixed(v);
        };
        return Optional.of(new UncertainParameter(id, v, distribution,
                unitText.orElse(base != null ? base.unit() : unit),
                source.orElse(base != null ? base.sourceId() : ""),
                status.orElse(Status.ASSUMPTION),
                note.orElse(base != null ? base.note() : "")));
    }

    private static String kindOf(Distribution d) {
        if (d instanceof Distribution.Uniform) {
            return "uniform";
        }
        return d instanceof Distribution.Triangular ? "triangular" : "fixed";
    }

    private static Map<String, String> choices(String... words) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String w : words) {
            map.put(w, w);
        }
        return map;
    }

    private static Map<String, Status> statuses() {
        Map<String, Status> map = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            map.put(s.id(), s);
        }
        return map;
    }
}
