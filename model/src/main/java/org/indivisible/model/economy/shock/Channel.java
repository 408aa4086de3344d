package org.indivisible.model.economy.shock;

import java.util.Locale;

/** A shock channel; {@link #id()} is the suffix of the per-channel metrics. */
public enum Channel {
    /** War damage to the territory fought over and mobilisation in the other participants. */
    DIRECT,
    /** Closure of the Taiwan Strait, the South China Sea and the Korea Strait; a blockade of Taiwan. */
    TRADE,
    /** Loss of Taiwan's and South Korea's electronics output (WIOD c14 as the proxy). */
    CHIPS,
    /** Sanctions and export controls between a coalition and the aggressor. */
    SANCTIONS,
    /** A confidence and financial shock to final demand. */
    CONFIDENCE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
