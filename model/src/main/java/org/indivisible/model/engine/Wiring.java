package org.indivisible.model.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a model's declared couplings ({@link Ports}) once per configuration, before any
 * replication runs: every required part has a provider, no part has two, and each process that
 * reads a part's value of this step (or of the last) sits after (or before) its provider.
 * Optional parts need no provider. Errors name the reader, the part, what it is for, and the
 * fix.
 */
public final class Wiring {

    private Wiring() {
    }

    /** @throws IllegalStateException naming every broken coupling */
    public static void check(Model model) {
        Map<Class<?>, Integer> providerAt = new HashMap<>();
        Map<Class<?>, String> providerName = new HashMap<>();
        List<String> problems = new ArrayList<>();
        List<Process> processes = model.processes();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            for (Port port : p.ports().list()) {
                if (port.role() == Port.Role.PROVIDES) {
                    String earlier = providerName.putIfAbsent(port.part(), p.name());
                    if (earlier != null) {
                        problems.add(name(port) + " is provided by both '" + earlier + "' and '" + p.name() + "'");
                    } else {
                        providerAt.put(port.part(), i);
                    }
                }
            }
        }
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            for (Port port : p.ports().list()) {
                check("process '" + p.name() + "'", port, i, providerAt, providerName, problems);
            }
        }
        for (Observer o : model.observers()) {
            for (Port port : o.ports().list()) {
                check("observer " + o.getClass().getSimpleName(), port, -1, providerAt, providerName, problems);
            }
        }
        for (Invariant v : model.invariants()) {
            for (Port port : v.ports().list()) {
                check("invariant " + v.getClass().getSimpleName(), port, -1, providerAt, providerName, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the model is not wired: " + String.join("; ", problems));
        }
    }

    private static void check(String reader, Port port, int at, Map<Class<?>, Integer> providerAt,
                              Map<Class<?>, String> providerName, List<String> problems) {
        if (!port.reads()) {
            return;
        }
        Integer from = providerAt.get(port.part());
        if (from == null) {
            if (port.role() == Port.Role.REQUIRES) {
                problems.add(reader + " requires " + name(port) + " (" + port.why()
                        + "), but no process in the model provides it: add the process that attaches "
                        + name(port) + ", or leave out " + reader);
            }
            return;
        }
        if (at < 0) {
            return;
        }
        if (port.timing() == Port.Timing.THIS_STEP && from > at) {
            problems.add(reader + " reads this step's " + name(port) + " (" + port.why() + "), so it must run after '"
                    + providerName.get(port.part()) + "', which provides it; it runs before");
        } else if (port.timing() == Port.Timing.LAST_STEP && from < at) {
            problems.add(reader + " reads last step's " + name(port) + " (" + port.why() + "), so it must run before '"
                    + providerName.get(port.part()) + "', which provides it; it runs after");
        }
    }

    private static String name(Port port) {
        return port.part().getSimpleName();
    }
}
