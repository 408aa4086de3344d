package org.indivisible.model.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a process, observer or invariant attaches to the world and what it reads from it. The
 * model's couplings are declared here, beside the code that uses them, instead of being found by
 * {@code world.hasPart} at run time, so that a missing part is a planning error, not a silent 0.
 * Immutable; built with {@link #provides}, {@link #requires} and {@link #optional}.
 */
public final class Ports {

    /** No couplings. */
    public static final Ports NONE = new Ports(List.of());

    private final List<Port> ports;

    private Ports(List<Port> ports) {
        this.ports = List.copyOf(ports);
    }

    /** Attaches {@code part} in {@code start}. */
    public static Ports provides(Class<?> part) {
        return NONE.andProvides(part);
    }

    /** Needs {@code part}, reading the value of the step {@code timing} says. */
    public static Ports requires(Class<?> part, Port.Timing timing, String why) {
        return NONE.andRequires(part, timing, why);
    }

    /** Reads {@code part} when the model has it. */
    public static Ports optional(Class<?> part, Port.Timing timing, String why) {
        return NONE.andOptional(part, timing, why);
    }

    public Ports andProvides(Class<?> part) {
        return with(new Port(part, Port.Role.PROVIDES, Port.Timing.ANY, ""));
    }

    public Ports andRequires(Class<?> part, Port.Timing timing, String why) {
        return with(new Port(part, Port.Role.REQUIRES, timing, why));
    }

    public Ports andOptional(Class<?> part, Port.Timing timing, String why) {
        return with(new Port(part, Port.Role.OPTIONAL, timing, why));
    }

    public List<Port> list() {
        return ports;
    }

    private Ports with(Port port) {
        List<Port> more = new ArrayList<>(ports);
        more.add(port);
        return new Ports(more);
    }

    @Override
    public String toString() {
        return ports.toString();
    }
}
