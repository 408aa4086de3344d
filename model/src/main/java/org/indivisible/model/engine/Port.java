package org.indivisible.model.engine;

import java.util.Objects;

/**
 * One coupling between parts of the model: a part of the world's state (a type attached with
 * {@link World#attach}) that a process, observer or invariant provides or reads. Declared by
 * {@link Ports}, checked once per configuration by {@link Wiring}.
 *
 * @param part the attached state's type
 * @param role what the holder does with it
 * @param timing for a read by a process, which step's value it reads (its place in the order)
 * @param why what the reader uses it for, quoted in the planning error when it is missing
 */
public record Port(Class<?> part, Role role, Timing timing, String why) {

    /** What a holder does with a part. */
    public enum Role {
        /** Attaches the part in {@code start} and keeps it up to date. */
        PROVIDES,
        /** Cannot work without it: planning fails when no process provides it. */
        REQUIRES,
        /** Reads it when present and states what it does without it (a neutral value). */
        OPTIONAL
    }

    /** Which step's value a process reads: this fixes its place relative to the provider. */
    public enum Timing {
        /** This step's value: the provider runs earlier in the order. */
        THIS_STEP,
        /** Last step's value: the provider runs later in the order (a one-step lag by design). */
        LAST_STEP,
        /** Any: the part changes only at start, or the reader does not depend on the order. */
        ANY
    }

    public Port {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(timing, "timing");
        why = why == null ? "" : why;
    }

    public boolean reads() {
        return role != Role.PROVIDES;
    }
}
