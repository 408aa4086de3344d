package org.indivisible.model.posture;

import java.util.Locale;

/**
 * Where forces are: the European theater (NATO's eastern flank and its depth), the
 * Indo-Pacific (Japan, Korea, Guam, the Western Pacific) and the US homeland (forces not
 * forward, including Hawaii and Alaska). Theaters map onto locations: {@code nato_europe} is
 * fought with the forces in {@link #EUROPE}, {@code taiwan} and {@code korea} with those in
 * {@link #INDO_PACIFIC}; other theaters (Ukraine) have no modelled forces.
 */
public enum Location {
    EUROPE, INDO_PACIFIC, HOMELAND;

    /** The lower-case id used in parameter names ({@code indo_pacific}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Location byId(String id) {
        for (Location l : values()) {
            if (l.id().equals(id)) {
                return l;
            }
        }
        return null;
    }

    /** The location whose forces fight in a theater, or null when the theater has none. */
    public static Location ofTheater(String theaterId) {
        return switch (theaterId) {
            case "nato_europe" -> EUROPE;
            case "taiwan", "korea" -> INDO_PACIFIC;
            default -> null;
        };
    }
}
