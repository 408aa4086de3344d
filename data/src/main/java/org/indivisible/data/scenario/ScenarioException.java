package org.indivisible.data.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link Checked#orElseThrow()} for callers that prefer exceptions; carries every problem. */
public final class ScenarioException extends RuntimeException {

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
