package org.indivisible.model.economy.shock;

import java.util.List;
import org.indivisible.model.parameter.ParameterTable;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The economy's uncertain parameters with their default values, ranges, sources and status.
 * The snapshot adds them to its defaults so that scenarios can override any of them under
 * {@code parameters:}. Source ids: {@code cited-anchors} (the snapshot's cited_anchors.csv,
 * anchor named in the note), {@code hallegatte-2008} (ARIO, Risk Analysis 28(3)),
 * {@code caldara-iacoviello-2022} (geopolitical risk and investment), {@code federle-2024} (output at
 * war sites), {@code csis-taiwan-strait-2024} and {@code chinapower-scs-2017} (sea-lane shares),
 * {@code wiod-route-rule} (sea-lane shares derived from WIOD 2011 trade flows), {@code assumption-economy} (our choice; the note says why). Immutable.
 */
public final class EconomyParameters {

    public static final String PREFIX = "economy.";
    /** The 11 sector groups of wiod_sectors.csv (agg11). */
    public static final List<String> SECTOR_GROUPS = List.of("S01_AGR", "S02_MIN", "S03_LIGHT", "S04_FUEL", "S05_CHEM",
            "S06_METAL", "S07_MACH", "S08_ELEC", "S09_TREQ", "S10_UTIL_CONS", "S11_SERV");
    /** Sector groups whose trade moves by sea (goods); utilities, construction and services do not. */
    public static final List<String> SEABORNE_GROUPS = SECTOR_GROUPS.subList(0, 9);
    /** The electronics group (WIOD c14, electrical and optical equipment): the chip proxy. */
    public static final String ELECTRONICS = "S08_ELEC";
    /** Groups whose members form the default sanctions coalition (members on the day sanctions start). */
    public static final List<String> COALITION_GROUPS = List.of("NATO", "EU27", "IP4");

    private EconomyParameters() {
    }

    /** Every default, sorted by id: the table economy-parameters.tsv beside this class (its resource folder). */
    public static List<UncertainParameter> defaults() {
        return ParameterTable.read(EconomyParameters.class, "economy-parameters.tsv");
    }
}
