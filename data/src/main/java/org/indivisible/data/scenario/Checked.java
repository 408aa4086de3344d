package org.indivisible.data.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of loading a file: the value, or every problem found. Never both, never neither.
 * Immutable.
 */
public record Checked<T>(Optional<T> value, List<Problem> problems) {

    public Checked {
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has either a value or problems");
        }
    }

    static <T> Checked<T> of(T value) {
        return new Checked<>(Optional.of(value), List.of());
    }

    static <T> Checked<T> failed(List<Problem> problems) {
        return new Checked<>(Optional.empty(), problems);
    }

    public boolean ok() {
        return value.isPresent();
    }

    /** The value, or an exception whose message lists every problem one per line. */
    public T orElseThrow() {
        return value.orElseThrow(() -> new ScenarioException(problems));
    }

    /** The problems, one per line, in the form editors link to. */
    public String report() {
        return problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
