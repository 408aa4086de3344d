package org.indivisible.model.posture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indivisible.model.combat.CombatRecord;
import org.indivisible.model.combat.TheaterCombat;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Outcome;
import org.indivisible.model.engine.World;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * The weekly naval salvo exchange in the Taiwan war of {@link ForceFixtures}, first week by hand
 * (Hughes salvo, HughesSalvo's formulas; attrition rates 0 so only the salvo kills):
 * <pre>
 *   ready ships: China 40 x 0.7 = 28, US 20 x 0.7 = 14; a tenth engages: A = 2.8, B = 1.4
 *   missiles 8, interceptors 8 per ship, hit probability 0.5, defensive effectiveness 0.5, staying power 2
 *   China fires 22.4, 11.2 well aimed; the US fires 11.2 interceptors destroying 5.6: 5.6 hits, 2.8 ships
 *     out of action, capped at the 1.4 engaged
 *   the US fires 11.2, 5.6 well aimed; China fires 22.4 interceptors destroying 11.2: no hits
 * </pre>
 */
class NavalSalvoTest {

    static Configuration withSalvo() {
        Configuration base = ForceFixtures.world(List.of(), 0, 0);
        List<UncertainParameter> p = new ArrayList<>(base.parameters());
        p.add(ForceFixtures.fixed(TheaterCombat.SALVO_ENGAGED, 0.1));
        p.add(ForceFixtures.fixed(TheaterCombat.SALVO_MISSILES, 8));
        p.add(ForceFixtures.fixed(TheaterCombat.SALVO_INTERCEPTORS, 8));
        p.add(ForceFixtures.fixed(TheaterCombat.SALVO_HIT, 0.5));
        p.add(ForceFixtures.fixed(TheaterCombat.SALVO_DEFENCE, 0.5));
        p.add(ForceFixtures.fixed(TheaterCombat.SALVO_STAYING, 2));
        return new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(), base.groups(),
                base.treaties(), base.theaters(), base.events(), p, base.gdp(), base.spending(), base.policies());
    }

    @Test
    void theFirstWeekMatchesTheHandComputation() {
        double[] firstWeek = new double[4];
        RedeploymentTest.Trace trace = new RedeploymentTest.Trace() {
            @Override
            public void afterStep(World world) {
                if (world.step() == 52) {
                    CombatRecord r = world.part(CombatRecord.class);
                    int taiwan = world.config().theaterIndex("taiwan");
                    int usa = world.config().actorIndex("USA");
                    int chn = world.config().actorIndex("CHN");
                    int ships = ForceType.SURFACE_COMBATANT.ordinal();
                    firstWeek[0] = r.lost(taiwan, usa, ships);
                    firstWeek[1] = r.lost(taiwan, chn, ships);
                    firstWeek[2] = r.interceptorsSpent(taiwan, usa);
                    firstWeek[3] = r.interceptorsSpent(taiwan, chn);
                }
            }
        };
        Outcome outcome = RedeploymentTest.run(withSalvo(), trace);
        assertEquals(1.4, firstWeek[0], 1e-12);
        assertEquals(0, firstWeek[1], 1e-12);
        assertEquals(11.2, firstWeek[2], 1e-12);
        assertEquals(22.4, firstWeek[3], 1e-12);
        Map<String, Double> m = outcome.metrics();
        assertTrue(m.get("losses.taiwan.USA.surface_combatant") > 1.4, "later weeks sink more");
        assertTrue(m.get("interceptors_spent.taiwan.USA") > 11.2);
        assertTrue(m.get("missiles_fired.taiwan.CHN") > 22.4);
    }

    @Test
    void aMunitionsPartThatHasNoInterceptorsLeftLetsEveryWellAimedMissileHit() {
        // The US has no interceptors: China's 11.2 well-aimed missiles all hit, 5.6 ships out of action,
        // capped at the 1.4 engaged; China's defence is unchanged (the US fired 11.2, 5.6 well aimed,
        // China destroys 11.2): still no hits on China.
        Configuration config = withSalvo();
        int usa = config.actorIndex("USA");
        double[] firstWeek = new double[2];
        RedeploymentTest.Trace trace = new RedeploymentTest.Trace() {
            @Override
            public void afterStep(World world) {
                if (world.step() == 52) {
                    CombatRecord r = world.part(CombatRecord.class);
                    firstWeek[0] = r.interceptorsSpent(world.config().theaterIndex("taiwan"), usa);
                    firstWeek[1] = r.lost(world.config().theaterIndex("taiwan"), usa, ForceType.SURFACE_COMBATANT.ordinal());
                }
            }
        };
        MunitionsSufficiency noUsInterceptors = new MunitionsSufficiency() {
            @Override
            public double fireShare(int actor) {
                return 1;
            }

            @Override
            public double interceptorStockRounds(int actor) {
                return actor == usa ? 0 : Double.POSITIVE_INFINITY;
            }
        };
        var engine = StandIn.engine(config, noUsInterceptors, trace);
        engine.run(config, new org.indivisible.model.engine.RunSettings(7L, false, true), 0);
        assertEquals(0, firstWeek[0], 0);
        assertEquals(1.4, firstWeek[1], 1e-12);
    }
}
