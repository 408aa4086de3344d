package org.indivisible.model.engine;

import java.util.List;

/**
 * The ordered processes, observers and invariants one replication runs with. Built fresh for
 * every replication (processes and observers may hold per-replication scratch arrays).
 */
public record Model(List<Process> processes, List<Observer> observers, List<Invariant> invariants) {

    public Model {
        processes = List.copyOf(processes);
        observers = List.copyOf(observers);
        invariants = List.copyOf(invariants);
    }
}
