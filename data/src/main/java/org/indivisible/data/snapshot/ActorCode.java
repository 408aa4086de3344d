package org.indivisible.data.snapshot;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one snapshot actor is named in each source: the explicit crosswalk the builder uses
 * instead of guessing from names. Immutable.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, the key everywhere in indivisible
 * @param cowCode Correlates of War state code (COW capitals, ATOP), 0 for the rest of the world
 * @param imfName the country's label in the IMF WEO October 2025 DataMapper export, exactly
 *     (trailing spaces included), or empty when the IMF does not cover it
 */
public record ActorCode(String iso3, int cowCode, String imfName) {

    /** The rest of the world: everything outside the listed actors. */
    public static final String ROW = "ROW";

    /**
     * The 45 actors: NATO 32, IP4, TWN, UKR, CHN, RUS, PRK, IRN, BLR, IND and ROW, sorted by ISO3.
     * COW codes from {@code cow_states2016}; IMF labels from the WEO export's first column.
     */
    public static final List<ActorCode> ALL = List.of(
            new ActorCode("ALB", 339, "Albania"),
            new ActorCode("AUS", 900, "Australia"),
            new ActorCode("BEL", 211, "Belgium"),
            new ActorCode("BGR", 355, "Bulgaria"),
            new ActorCode("BLR", 370, "Belarus"),
            new ActorCode("CAN", 20, "Canada"),
            new ActorCode("CHN", 710, "China, People's Republic of"),
            new ActorCode("CZE", 316, "Czech Republic"),
            new ActorCode("DEU", 255, "Germany"),
            new ActorCode("DNK", 390, "Denmark"),
            new ActorCode("ESP", 230, "Spain"),
            new ActorCode("EST", 366, "Estonia"),
            new ActorCode("FIN", 375, "Finland"),
            new ActorCode("FRA", 220, "France"),
            new ActorCode("GBR", 200, "United Kingdom"),
            new ActorCode("GRC", 350, "Greece"),
            new ActorCode("HRV", 344, "Croatia"),
            new ActorCode("HUN", 310, "Hungary"),
            new ActorCode("IND", 750, "India"),
            new ActorCode("IRN", 630, "Iran"),
            new ActorCode("ISL", 395, "Iceland"),
            new ActorCode("ITA", 325, "Italy"),
            new ActorCode("JPN", 740, "Japan"),
            new ActorCode("KOR", 732, "Korea, Republic of"),
            new ActorCode("LTU", 368, "Lithuania"),
            new ActorCode("LUX", 212, "Luxembourg"),
            new ActorCode("LVA", 367, "Latvia"),
            new ActorCode("MKD", 343, "North Macedonia "),
            new ActorCode("MNE", 341, "Montenegro"),
            new ActorCode("NLD", 210, "Netherlands"),
            new ActorCode("NOR", 385, "Norway"),
            new ActorCode("NZL", 920, "New Zealand"),
            new ActorCode("POL", 290, "Poland"),
            new ActorCode("PRK", 731, ""),
            new ActorCode("PRT", 235, "Portugal"),
            new ActorCode("ROU", 360, "Romania"),
            new ActorCode(ROW, 0, ""),
            new ActorCode("RUS", 365, "Russian Federation"),
            new ActorCode("SVK", 317, "Slovak Republic"),
            new ActorCode("SVN", 349, "Slovenia"),
            new ActorCode("SWE", 380, "Sweden"),
            new ActorCode("TUR", 640, "Türkiye, Republic of"),
            new ActorCode("TWN", 713, "Taiwan Province of China"),
            new ActorCode("UKR", 369, "Ukraine"),
            new ActorCode("USA", 2, "United States"));

    /**
     * COW codes of predecessor states that ATOP uses for an actor in earlier years: the German
     * Federal Republic (260) until 1990 for DEU, as NATO's own list counts Germany from 1955.
     */
    public static final Map<Integer, String> PREDECESSOR_COW_CODES = Map.of(260, "DEU");

    static {
        if (!ALL.stream().sorted(Comparator.comparing(ActorCode::iso3)).toList().equals(ALL)) {
            throw new IllegalStateException("ActorCode.ALL must be sorted by ISO3");
        }
    }

    public boolean isRestOfWorld() {
        return ROW.equals(iso3);
    }

    public static Optional<ActorCode> byIso3(String iso3) {
        return ALL.stream().filter(a -> a.iso3.equals(iso3)).findFirst();
    }

    /** COW code to ISO3 for the actors, predecessor codes included. */
    public static Map<Integer, String> isoByCowCode() {
        Map<Integer, String> map = ALL.stream().filter(a -> !a.isRestOfWorld())
                .collect(Collectors.toMap(ActorCode::cowCode, ActorCode::iso3));
        map.putAll(PREDECESSOR_COW_CODES);
        return map;
    }
}
