package org.indivisible.model.industry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of munition with its compatibility family. Immutable.
 *
 * <p>The family decides who can fire whose stocks. A munition with a {@code standardGroup}
 * belongs to its standard family for holders that are members of that group on the date (155
 * mm: NATO's Joint Ballistics Memorandum of Understanding, JBMOU) or listed in
 * {@code standardExtras}, or that adopted the standard under P2; for any other holder it is a
 * national family {@code <ISO3>_<family>}. Holders of a standard family on the same side form a
 * pool: each can draw on the others' stocks above their floors when its own runs short, and
 * those stocks count toward its days of supply. A munition without a standard group (the Soviet
 * calibres, missiles, interceptors) is physically one family, but no stockpiling agreement joins
 * its holders: they never pool, and stock moves between them only by explicit transfers.
 *
 * @param id short id used in parameter and metric names ({@code shell155})
 * @param name human-readable name
 * @param family the standard family ({@code NATO_155}, {@code SOVIET_152}, {@code PATRIOT})
 * @param kind what it is used for
 * @param standardGroup group whose members hold the standard, or empty
 * @param standardExtras non-members that hold the standard from the start (ISO3, sorted)
 */
public record MunitionType(String id, String name, String family, Kind kind, String standardGroup,
                           List<String> standardExtras) {

    /** What a munition does, which decides how war consumes it. */
    public enum Kind {
        /** Tube artillery: fired at a rate per day per front. */
        ARTILLERY,
        /** Ballistic and cruise missiles: fired at a rate per day; each draws interceptors. */
        MISSILE,
        /** Air and missile defence interceptors: spent per incoming missile. */
        INTERCEPTOR,
        /** One-way attack drones: fired at a rate per day. */
        LOITERING
    }

    public MunitionType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(kind, "kind");
        standardGroup = standardGroup == null ? "" : standardGroup;
        standardExtras = standardExtras.stream().sorted().distinct().toList();
    }

    /** Whether a holder can be inside or outside the standard (only then can P2 adoption change anything). */
    public boolean hasStandard() {
        return !standardGroup.isEmpty();
    }

    /** The national family of a holder outside the standard ({@code KOR_155}). */
    public String nationalFamily(String iso3) {
        return iso3 + "_" + family.substring(family.indexOf('_') + 1);
    }

    /**
     * The catalogue of munitions the model knows (docs/model.md, entities and state variables). Unit costs, capacities and
     * stocks are data (snapshot parameters), not part of the type.
     */
    public static final List<MunitionType> CATALOGUE = List.of(
            new MunitionType("shell155", "155 mm artillery shell", "NATO_155", Kind.ARTILLERY, "NATO",
                    List.of("AUS")),
            new MunitionType("shell152", "152 mm artillery shell (Soviet calibre)", "SOVIET_152", Kind.ARTILLERY, "",
                    List.of()),
            new MunitionType("shell122", "122 mm artillery shell and rocket (Soviet calibre)", "SOVIET_122",
                    Kind.ARTILLERY, "", List.of()),
            new MunitionType("srbm", "short-range ballistic missile", "SRBM", Kind.MISSILE, "", List.of()),
            new MunitionType("cruise", "land-attack cruise missile", "CRUISE", Kind.MISSILE, "", List.of()),
            new MunitionType("pac3", "Patriot-family interceptor (PAC-2 GEM-T, PAC-3 MSE)", "PATRIOT",
                    Kind.INTERCEPTOR, "", List.of()),
            new MunitionType("sm", "Standard Missile-family interceptor (SM-2, SM-3, SM-6)", "STANDARD",
                    Kind.INTERCEPTOR, "", List.of()),
            new MunitionType("loitering", "loitering munition / one-way attack drone", "LOITERING", Kind.LOITERING, "",
                    List.of()));

    /** The catalogue entry with this id. */
    public static Optional<MunitionType> byId(String id) {
        return CATALOGUE.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Catalogue ids, in catalogue order (for error messages). */
    public static List<String> ids() {
        return CATALOGUE.stream().map(MunitionType::id).toList();
    }
}
