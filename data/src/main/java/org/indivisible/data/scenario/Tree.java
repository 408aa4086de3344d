package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML document as plain data that remembers where each value came from. Merging a scenario
 * with the file it extends, and a treatment with a scenario, builds new trees whose nodes keep
 * their own file, line and column, so an error is reported where its text was written.
 * Immutable.
 */
sealed interface Tree permits Tree.Mapping, Tree.Sequence, Tree.Scalar {

    Location location();

    /** How the value reads in an error message: {@code the text "abc"}, {@code a list}... */
    String describe();

    /** A key of a mapping, where the key was written, and its value. */
    record Field(String key, Location keyLocation, Tree value) {
    }

    record Mapping(List<Field> fields, Location location) implements Tree {
        public Mapping {
            fields = List.copyOf(fields);
        }

        Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        Optional<Tree> get(String key) {
            return field(key).map(Field::value);
        }

        Mapping without(String... keys) {
            List<Field> kept = new ArrayList<>();
            for (Field f : fields) {
                if (!List.of(keys).contains(f.key())) {
                    kept.add(f);
                }
            }
            return new Mapping(kept, location);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record Sequence(List<Tree> items, Location location) implements Tree {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with the type YAML 1.2's core schema gives it (quoted text is always text). */
    record Scalar(String text, Kind kind, Location location) implements Tree {
        enum Kind { TEXT, INTEGER, FLOAT, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "the text \"" + shorten(text) + "\"";
                case NULL -> "nothing";
                default -> shorten(text);
            };
        }

        private static String shorten(String s) {
            return s.length() > 60 ? s.substring(0, 57) + "..." : s;
        }
    }
}
