package org.indivisible.model.decision;

import org.indivisible.model.config.DecisionSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.posture.ForceFixtures;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;

/**
 * A small world with forces in Europe and the Indo-Pacific, the three Indo-Pacific and European
 * theaters and the decision parameters at their default ranges (drawn when the run samples):
 * the US (3 armoured brigades and 6 fighter squadrons in Europe, 30 squadrons at home, 20
 * surface combatants in the Pacific), Germany, Russia, China, Taiwan, North and South Korea.
 * A war in Korea (the scheduled one, PRK) may be given; the other pairs are decided.
 */
final class DecisionFixtures {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private DecisionFixtures() {
    }

    /**
     * @param shareFromEurope share of each US type that leaves Europe when an Indo-Pacific war starts
     * @param shareFromHomeland share of each US type that leaves the homeland for the Pacific
     * @param koreaWar the day a scheduled Korean war starts, or null for none
     */
    static Configuration world(List<Policy> policies, double shareFromEurope, double shareFromHomeland,
                               LocalDate koreaWar) {
        List<UncertainParameter> p = new ArrayList<>(DecisionParameters.defaults());
        List<String> codes = List.of("CHN", "DEU", "KOR", "PRK", "RUS", "TWN", "USA");
        for (String iso3 : codes) {
            p.add(fixed(GdpBaseline.TREND_PARAMETER + iso3, 0));
        }
        // The posture fixture's forces (Configuration sorts parameters by id), and the US brigades at home and both Koreas'.
        p.addAll(ForceFixtures.ordersOfBattle());
        p.add(fixed("forces.oob.homeland.USA.armoured_brigade", 10));
        p.add(fixed("forces.oob.indo_pacific.PRK.armoured_brigade", 10));
        p.add(fixed("forces.oob.indo_pacific.KOR.armoured_brigade", 10));
        p.addAll(ForceFixtures.typesAndPosture(t -> shareFromEurope, shareFromHomeland));
        p.addAll(ForceFixtures.combat(0, 0));
        List<ScheduledEvent> events = new ArrayList<>();
        if (koreaWar != null) {
            events.add(new ScheduledEvent("korea-war", "korea", TheaterState.WAR, "PRK", koreaWar, koreaWar, 1.0,
                    fixed("korea-war.duration", 26), TheaterState.CEASEFIRE));
        }
        List<Actor> actors = new ArrayList<>();
        List<GdpPath> gdp = new ArrayList<>();
        List<SpendingPath> spending = new ArrayList<>();
        double[] usd = {18000, 4000, 1800, 27.5, 2000, 800, 28000};
        for (int i = 0; i < codes.size(); i++) {
            actors.add(new Actor(codes.get(i), codes.get(i), 0, 0));
            gdp.add(new GdpPath(codes.get(i), new TreeMap<>(Map.of(2025, usd[i]))));
            spending.add(SpendingPath.flat(codes.get(i), 2025, 2.0));
        }
        return new Configuration("decision-fixture", "P0", Horizon.ofYears(START, 7, 4), actors,
                List.of(new Group("ALIGNED", "Aligned", List.of(ForceFixtures.member("CHN"), ForceFixtures.member("PRK"), ForceFixtures.member("RUS"))),
                        new Group("NATO_EUROPE", "NATO Europe", List.of(ForceFixtures.member("DEU")))),
                List.of(),
                List.of(new Theater("korea", "Korea", List.of("KOR", "PRK", "USA"), TheaterState.PEACE),
                        new Theater("nato_europe", "NATO Europe", List.of("DEU", "RUS", "USA"), TheaterState.PEACE),
                        new Theater("taiwan", "Taiwan Strait", List.of("CHN", "TWN", "USA"), TheaterState.PEACE)),
                events, p, gdp, spending, policies, DecisionSettings.DEFAULT);
    }

    static UncertainParameter fixed(String id, double value) {
        return ForceFixtures.fixed(id, value);
    }

}
