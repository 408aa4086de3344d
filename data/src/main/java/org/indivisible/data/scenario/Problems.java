package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects every problem found while loading, so that all are reported at once. Not thread safe. */
final class Problems {

    private final LinkedHashSet<Problem> found = new LinkedHashSet<>();

    void add(Location at, String path, String message) {
        found.add(Problem.at(at, path, message));
    }

    void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    /** The problems by file, then line, then column, as compilers list them. */
    List<Problem> list() {
        List<Problem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
