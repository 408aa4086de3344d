package org.indivisible.data.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a {@link Tree}, reporting each mismatch as a problem that names the
 * path, the value found and what would be valid. Every method returns empty after a problem so
 * that the caller goes on and finds the next one.
 */
final class ValueReader {

    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private final Problems problems;

    ValueReader(Problems problems) {
        this.problems = problems;
    }

    void report(Tree at, String path, String message) {
        problems.add(at.location(), path, message);
    }

    void report(Location at, String path, String message) {
        problems.add(at, path, message);
    }

    /** Reports keys outside {@code allowed}, each at the key, with the closest allowed key. */
    void onlyKeys(Tree.Mapping map, String path, Collection<String> allowed) {
        for (Tree.Field f : map.fields()) {
            if (!allowed.contains(f.key())) {
                problems.add(f.keyLocation(), Problems.child(path, f.key()), "unknown field `" + f.key() + "`"
                        + DidYouMean.hint(f.key(), allowed) + "; valid here: " + String.join(", ", allowed));
            }
        }
    }

    Optional<Tree> required(Tree.Mapping map, String path, String key, String what) {
        Optional<Tree> value = map.get(key);
        if (value.isEmpty() || isNull(value.get())) {
            problems.add(value.map(Tree::location).orElse(map.location()), Problems.child(path, key),
                    "missing required field `" + key + "` (" + what + ")");
            return Optional.empty();
        }
        return value;
    }

    /** A field that may be left out or left empty. */
    Optional<Tree> optional(Tree.Mapping map, String key) {
        return map.get(key).filter(v -> !isNull(v));
    }

    Optional<Tree.Mapping> mapping(Tree value, String path, String example) {
        if (value instanceof Tree.Mapping m) {
            return Optional.of(m);
        }
        report(value, path, "expected a map like " + example + ", got " + value.describe());
        return Optional.empty();
    }

    /** A document's id (under {@code idKey}), name (the id when absent) and description ("" when absent). */
    record Heading(Optional<String> id, String name, String description) {
    }

    /**
     * Reads a study's or scenario's heading, having checked that {@code root} has only {@code
     * keys}: the id under {@code idKey} (required, matching {@code idPattern}), then the optional
     * {@code name} and {@code description}.
     */
    Heading heading(Tree.Mapping root, List<String> keys, String idKey, String idExample, java.util.regex.Pattern idPattern) {
        onlyKeys(root, "", keys);
        Optional<String> id = required(root, "", idKey, idExample)
                .flatMap(v -> id(v, idKey, idPattern, "lower-case letters, digits and -"));
        String name = optional(root, "name").flatMap(v -> text(v, "name")).orElse(null);
        String description = optional(root, "description").flatMap(v -> text(v, "description")).orElse("");
        return new Heading(id, name, description);
    }

    /** An item of a list of maps: its path ({@code theaters[2]}) and its map. */
    record Item(String path, Tree.Mapping map) {
    }

    /**
     * The items of the optional list {@code name} of {@code root} that are maps, each checked to
     * have only {@code keys};
     * an item that is not a map is reported (with {@code example}) and left out.
     */
    List<Item> mappings(Tree.Mapping root, String name, String listExample, String example, List<String> keys) {
        return mappings(optional(root, name).flatMap(v -> list(v, name, listExample)).orElse(List.of()), name, example,
                keys);
    }

    /** As {@link #mappings(Tree.Mapping, String, String, String, List)}, for items already read. */
    List<Item> mappings(List<Tree> items, String name, String example, List<String> keys) {
        List<Item> maps = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = Problems.item(name, i);
            Optional<Tree.Mapping> map = mapping(items.get(i), path, example);
            if (map.isPresent()) {
                onlyKeys(map.get(), path, keys);
                maps.add(new Item(path, map.get()));
            }
        }
        return maps;
    }

    Optional<List<Tree>> list(Tree value, String path, String example) {
        if (value instanceof Tree.Sequence s) {
            return Optional.of(s.items());
        }
        report(value, path, "expected a list like " + example + ", got " + value.describe());
        return Optional.empty();
    }

    /** Any scalar read as text (names and descriptions may be numbers). */
    Optional<String> text(Tree value, String path) {
        if (value instanceof Tree.Scalar s && s.kind() != Tree.Scalar.Kind.NULL) {
            return Optional.of(s.text());
        }
        report(value, path, "expected text, got " + value.describe());
        return Optional.empty();
    }

    Optional<String> id(Tree value, String path, Pattern pattern, String rule) {
        return text(value, path).filter(t -> {
            if (pattern.matcher(t).matches()) {
                return true;
            }
            report(value, path, "`" + t + "` is not a valid id: use " + rule);
            return false;
        });
    }

    Optional<Long> wholeNumber(Tree value, String path, long min, long max) {
        String range = "a whole number from " + min + " to " + max;
        if (!(value instanceof Tree.Scalar s) || s.kind() != Tree.Scalar.Kind.INTEGER) {
            report(value, path, "expected " + range + ", got " + value.describe());
            return Optional.empty();
        }
        long n;
        try {
            n = Long.decode(integerText(s.text()));
        } catch (NumberFormatException e) {
            report(value, path, "expected " + range + ", got " + s.text());
            return Optional.empty();
        }
        if (n < min || n > max) {
            report(value, path, "must be " + range + ", got " + n);
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** A finite number within [min, max]; {@code what} names the quantity in messages. */
    Optional<Double> number(Tree value, String path, double min, double max, String what) {
        if (value instanceof Tree.Scalar s && NON_FINITE.matcher(s.text()).matches()) {
            report(value, path, "expected " + what + " (a finite number), got " + s.text()
                    + "; .nan and .inf are not allowed");
            return Optional.empty();
        }
        if (!(value instanceof Tree.Scalar s)
                || (s.kind() != Tree.Scalar.Kind.INTEGER && s.kind() != Tree.Scalar.Kind.FLOAT)) {
            report(value, path, "expected " + what + " (a number), got " + value.describe());
            return Optional.empty();
        }
        double x;
        try {
            x = s.kind() == Tree.Scalar.Kind.INTEGER ? (double) Long.decode(integerText(s.text()))
                    : Double.parseDouble(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            report(value, path, "expected " + what + " (a number), got " + s.text());
            return Optional.empty();
        }
        if (!Double.isFinite(x)) {
            report(value, path, "expected " + what + " (a finite number), got " + s.text()
                    + "; .nan and .inf are not allowed");
            return Optional.empty();
        }
        if (x < min || x > max) {
            report(value, path, what + " must be between " + format(min) + " and " + format(max) + ", got "
                    + s.text());
            return Optional.empty();
        }
        return Optional.of(x);
    }

    Optional<LocalDate> date(Tree value, String path) {
        if (value instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.TEXT) {
            try {
                LocalDate date = LocalDate.parse(s.text());
                if (date.getYear() >= 1000 && date.getYear() <= 9999) { // +999999999-01-01 parses, then overflows
                    return Optional.of(date);
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        report(value, path, "expected a date written year-month-day like 2027-08-02, got " + value.describe());
        return Optional.empty();
    }

    Optional<Boolean> bool(Tree value, String path) {
        if (value instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        }
        report(value, path, "expected true or false, got " + value.describe());
        return Optional.empty();
    }

    /** One of a few words, e.g. a theater state. */
    <E> Optional<E> choice(Tree value, String path, Map<String, E> choices) {
        Optional<String> word = text(value, path);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        E chosen = choices.get(word.get());
        if (chosen == null) {
            report(value, path, "`" + word.get() + "` is not one of " + String.join(", ", choices.keySet())
                    + DidYouMean.hint(word.get(), choices.keySet()));
        }
        return Optional.ofNullable(chosen);
    }

    /** YAML 1.2 integers (decimal, 0x hex, 0o octal) in the form {@link Long#decode} reads. */
    private static String integerText(String text) {
        String t = text.replace("_", "");
        String sign = t.startsWith("-") || t.startsWith("+") ? t.substring(0, 1) : "";
        String digits = t.substring(sign.length());
        if (digits.startsWith("0o")) {
            return sign + "0" + digits.substring(2);
        }
        if (digits.length() > 1 && digits.startsWith("0") && !digits.startsWith("0x")) {
            return sign + digits.replaceFirst("^0+(?=.)", ""); // 010 is ten in YAML 1.2, not octal
        }
        return sign + digits;
    }

    static boolean isNull(Tree value) {
        return value instanceof Tree.Scalar s && s.kind() == Tree.Scalar.Kind.NULL;
    }

    static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
