package org.indivisible.model.posture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Membership;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.combat.TheaterCombat;
import org.indivisible.model.economy.GdpBaseline;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.ScheduledEvent;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.Policy;
import org.indivisible.model.theater.Theater;
import org.indivisible.model.theater.TheaterState;

/**
 * A small world whose balance can be worked out by hand: the US (3 armoured brigades and 6
 * fighter squadrons in Europe, 30 squadrons at home, 20 surface combatants in the Pacific),
 * Germany (8 brigades, 4 squadrons), Russia (20 brigades), China and Taiwan; a war in the Taiwan
 * Strait from step 52 (2027-01-04) for 20 weeks. Types: armoured brigade raise cost 4,000 US$m
 * (weight 1), fighter squadron 2,000 (weight 0.5); readiness 0.5 and 0.6; transit 8 and 2 weeks.
 */
public final class ForceFixtures {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final LocalDate WAR_DAY = LocalDate.of(2027, 1, 4); // step 52

    private ForceFixtures() {
    }

    public static Configuration world(List<Policy> policies, double defenderLossPerDay, double attackerLossPerDay) {
        List<UncertainParameter> p = new ArrayList<>();
        for (String iso3 : List.of("CHN", "DEU", "RUS", "TWN", "USA")) {
            p.add(fixed(GdpBaseline.TREND_PARAMETER + iso3, 0));
        }
        p.addAll(ordersOfBattle());
        p.addAll(typesAndPosture(t -> t == ForceType.ARMOURED_BRIGADE ? 0.3 : 0.5, 0.3));
        p.addAll(combat(defenderLossPerDay, attackerLossPerDay));
        UncertainParameter duration = fixed("taiwan-war.duration", 20);
        ScheduledEvent war = new ScheduledEvent("taiwan-war", "taiwan", TheaterState.WAR, "CHN", WAR_DAY, WAR_DAY, 1.0,
                duration, TheaterState.CEASEFIRE);
        return new Configuration("forces-fixture", "P0", Horizon.ofYears(START, 7, 3),
                List.of(new Actor("CHN", "China", 39.9, 116.4), new Actor("DEU", "Germany", 52.5, 13.4),
                        new Actor("RUS", "Russia", 55.75, 37.6), new Actor("TWN", "Taiwan", 25.0, 121.5),
                        new Actor("USA", "United States", 38.9, -77.0)),
                List.of(new Group("ALIGNED", "Aligned", List.of(member("CHN"), member("RUS"))),
                        new Group("NATO_EUROPE", "NATO Europe", List.of(member("DEU")))),
                List.of(),
                List.of(new Theater("nato_europe", "NATO Europe", List.of("DEU", "RUS", "USA"), TheaterState.PEACE),
                        new Theater("taiwan", "Taiwan Strait", List.of("CHN", "TWN", "USA"), TheaterState.PEACE)),
                List.of(war), p,
                List.of(gdp("CHN", 18000), gdp("DEU", 1000), gdp("RUS", 2000), gdp("TWN", 800), gdp("USA", 28000)),
                List.of(SpendingPath.flat("CHN", 2025, 1.7), SpendingPath.flat("DEU", 2025, 2.0),
                        SpendingPath.flat("RUS", 2025, 6.0), SpendingPath.flat("TWN", 2025, 2.5),
                        SpendingPath.flat("USA", 2025, 3.4)),
                policies);
    }

    /**
     * The forces of the class comment as order-of-battle parameters (the US, Germany, Russia, China
     * and Taiwan; shared by the posture and decision fixtures).
     */
    public static List<UncertainParameter> ordersOfBattle() {
        return List.of(fixed("forces.oob.europe.USA.armoured_brigade", 3),
                fixed("forces.oob.europe.USA.fighter_squadron", 6),
                fixed("forces.oob.homeland.USA.fighter_squadron", 30),
                fixed("forces.oob.indo_pacific.USA.surface_combatant", 20),
                fixed("forces.oob.europe.DEU.armoured_brigade", 8),
                fixed("forces.oob.europe.DEU.fighter_squadron", 4),
                fixed("forces.oob.europe.RUS.armoured_brigade", 20),
                fixed("forces.oob.indo_pacific.CHN.surface_combatant", 40),
                fixed("forces.oob.indo_pacific.CHN.fighter_squadron", 30),
                fixed("forces.oob.indo_pacific.TWN.fighter_squadron", 10));
    }

    /** Theater combat's loss rates per day of war and its breakpoint, 0.5 (shared by the posture and decision fixtures). */
    public static List<UncertainParameter> combat(double defenderLossPerDay, double attackerLossPerDay) {
        return List.of(fixed(TheaterCombat.DEFENDER_LOSS, defenderLossPerDay),
                fixed(TheaterCombat.ATTACKER_LOSS, attackerLossPerDay), fixed(TheaterCombat.BREAKPOINT, 0.5));
    }

    /**
     * The force types' parameters (armoured brigade: raise cost 4,000 US$m, readiness 0.5, transit
     * 8 weeks; fighter squadron 2,000, 0.6, 2 weeks; others 3,000, 0.7, 4 weeks) and the posture's,
     * with the given shares of each US type that leave Europe and the homeland in an
     * Indo-Pacific war (shared by the posture and decision fixtures).
     */
    public static List<UncertainParameter> typesAndPosture(java.util.function.ToDoubleFunction<ForceType> shareFromEurope,
                                                           double shareFromHomeland) {
        List<UncertainParameter> p = new ArrayList<>();
        for (ForceType t : ForceType.values()) {
            String type = "forces.type." + t.id() + ".";
            boolean armour = t == ForceType.ARMOURED_BRIGADE;
            boolean fighter = t == ForceType.FIGHTER_SQUADRON;
            p.add(fixed(type + Forces.READINESS, armour ? 0.5 : fighter ? 0.6 : 0.7));
            p.add(fixed(type + Forces.RAISE_COST, armour ? 4000 : fighter ? 2000 : 3000));
            p.add(fixed(type + Forces.KEEP_COST, 100));
            p.add(fixed(type + Forces.TRANSIT, armour ? 8 : fighter ? 2 : 4));
            p.add(fixed(type + Forces.RAISE_YEARS, armour ? 3 : fighter ? 4 : 5));
            p.add(fixed(Posture.SHARE_FROM_EUROPE + t.id(), shareFromEurope.applyAsDouble(t)));
            p.add(fixed(Posture.SHARE_FROM_HOMELAND + t.id(), shareFromHomeland));
        }
        p.add(fixed(Posture.DECISION_WEEKS, 2));
        p.add(fixed(Posture.RETURN_DELAY_WEEKS, 4));
        p.add(fixed(Posture.PLANNING_TRANSIT_FACTOR, 0.5));
        p.add(fixed(Posture.PLANNING_READINESS_GAIN, 0.2));
        p.add(fixed(Posture.ALLIES_MAKE_UP_SHARE, 0.25));
        p.add(fixed(Posture.ALLIES_RESPONSE_WEEKS, 6));
        p.add(fixed(ForcesObserver.NEW_FORCES_BUDGET_SHARE, 0.1));
        return p;
    }

    public static UncertainParameter fixed(String id, double value) {
        return new UncertainParameter(id, value, new Distribution.Fixed(value), "", "test", Status.ASSUMPTION, "");
    }

    /** A member since 1955, for good. */
    public static Membership member(String iso3) {
        return new Membership(iso3, LocalDate.of(1955, 1, 1), null);
    }

    private static GdpPath gdp(String iso3, double usdBillions) {
        return new GdpPath(iso3, new TreeMap<>(Map.of(2025, usdBillions)));
    }
}
