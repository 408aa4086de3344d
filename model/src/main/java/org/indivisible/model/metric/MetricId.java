package org.indivisible.model.metric;

import java.util.List;

/**
 * A metric id recognised by the catalogue: its family and the values of the family's
 * placeholders, in the pattern's order ({@code losses.taiwan.CHN.submarine} is {@link Metric#LOSSES}
 * with {@code [taiwan, CHN, submarine]}).
 */
public record MetricId(Metric family, List<String> keys) {

    public MetricId {
        keys = List.copyOf(keys);
    }

    /** The placeholders' values joined by dots: the key after the family's stem ({@code CHN.taiwan}). */
    public String key() {
        return String.join(".", keys);
    }

    /** The value of one placeholder ({@code "year"}, {@code "ISO3"}...), as named in the pattern. */
    public String key(String placeholder) {
        int i = family.placeholders().indexOf(placeholder);
        if (i < 0) {
            throw new IllegalArgumentException(family + " (" + family.pattern() + ") has no placeholder <" + placeholder
                    + ">; it has " + family.placeholders());
        }
        return keys.get(i);
    }
}
