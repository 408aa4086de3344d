package org.indivisible.model.actor;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state taking part in the model. Immutable.
 *
 * @param iso3 ISO 3166-1 alpha-3 code (or {@code ROW} for the rest of the world)
 * @param name short English name
 * @param capitalLatitude capital's latitude in degrees north (NaN for the rest of the world)
 * @param capitalLongitude capital's longitude in degrees east (NaN for the rest of the world)
 */
public record Actor(String iso3, String name, double capitalLatitude, double capitalLongitude) {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** The rest of the world, kept so that world totals add up. */
    public static final String REST_OF_WORLD = "ROW";

    public Actor {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        if (!ISO3.matcher(iso3).matches()) {
            throw new IllegalArgumentException("actor code must be three capital letters (ISO 3166 alpha-3): " + iso3);
        }
    }

    public boolean isRestOfWorld() {
        return REST_OF_WORLD.equals(iso3);
    }
}
