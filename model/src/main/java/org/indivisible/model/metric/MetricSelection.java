package org.indivisible.model.metric;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Some metric ids named by family: every id of a family, or only the ids with some keys
 * ({@code gdp_change_pct_y1.WORLD} and {@code .EU27}). What a report compares or a brief heads
 * with, in place of a regular expression over ids. Immutable.
 */
public final class MetricSelection {

    /** Per family, the keys kept ({@link MetricId#key()}), or an empty set for every id of the family. */
    private final Map<Metric, Set<String>> families;

    private MetricSelection(Map<Metric, Set<String>> families) {
        this.families = Collections.unmodifiableMap(families);
    }

    /** Every id of these families. */
    public static MetricSelection of(Metric... families) {
        Map<Metric, Set<String>> m = new EnumMap<>(Metric.class);
        for (Metric f : families) {
            m.put(f, Set.of());
        }
        return new MetricSelection(m);
    }

    /** This selection and every id of these families. */
    public MetricSelection and(Metric... more) {
        Map<Metric, Set<String>> m = new EnumMap<>(Metric.class);
        m.putAll(families);
        for (Metric f : more) {
            m.put(f, Set.of());
        }
        return new MetricSelection(m);
    }

    /** This selection and the family's ids with these keys only ({@code and(GDP_CHANGE_PCT_Y1, "WORLD", "EU27")}). */
    public MetricSelection and(Metric family, String... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException(family + ": no keys given; use and(Metric...) for every id of a family");
        }
        Map<Metric, Set<String>> m = new EnumMap<>(Metric.class);
        m.putAll(families);
        m.put(family, Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(keys))));
        return new MetricSelection(m);
    }

    /** This selection and another's families (the other's keys win for a family in both). */
    public MetricSelection and(MetricSelection other) {
        Map<Metric, Set<String>> m = new EnumMap<>(Metric.class);
        m.putAll(families);
        m.putAll(other.families);
        return new MetricSelection(m);
    }

    /** This selection less these families. */
    public MetricSelection without(Metric... less) {
        Map<Metric, Set<String>> m = new EnumMap<>(Metric.class);
        m.putAll(families);
        for (Metric f : less) {
            m.remove(f);
        }
        return new MetricSelection(m);
    }

    public boolean contains(String id) {
        return Metric.of(id).map(this::contains).orElse(false);
    }

    public boolean contains(MetricId id) {
        Set<String> keys = families.get(id.family());
        return keys != null && (keys.isEmpty() || keys.contains(id.key()));
    }

    public Set<Metric> families() {
        return families.keySet();
    }

    /** The keys kept of a family in the selection; empty when every id of it is. */
    public Optional<Set<String>> keys(Metric family) {
        Set<String> keys = families.get(family);
        return keys == null || keys.isEmpty() ? Optional.empty() : Optional.of(keys);
    }

    /**
     * A regular expression (Java, JavaScript, DuckDB's RE2) matching at least the selection's ids
     * whole, for filtering before {@link #contains(String)}: a family that takes precedence over a
     * selected one (see {@link Metric#matchOrder()}) can match it too.
     */
    public String regex() {
        StringJoiner any = new StringJoiner("|");
        families.forEach((f, keys) -> {
            if (keys.isEmpty()) {
                any.add(f.regex());
            } else {
                for (String key : keys) {
                    String id = f.placeholders().size() == 1 ? f.id(key) : f.id(key.split("\\.", -1));
                    any.add(id.replace(".", "\\."));
                }
            }
        });
        return any.toString();
    }

    @Override
    public String toString() {
        return families.toString();
    }
}
