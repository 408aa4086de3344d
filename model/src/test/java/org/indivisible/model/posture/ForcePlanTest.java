package org.indivisible.model.posture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

class ForcePlanTest {

    private static Configuration with(UncertainParameter extra) {
        Configuration base = ForceFixtures.world(List.of(), 0, 0);
        List<UncertainParameter> p = new ArrayList<>(base.parameters());
        p.add(extra);
        return new Configuration(base.scenarioId(), base.treatmentId(), base.horizon(), base.actors(), base.groups(),
                base.treaties(), base.theaters(), base.events(), p, base.gdp(), base.spending(), base.policies());
    }

    @Test
    void aMalformedOrderOfBattleIdIsNamedWithWhatIsValid() {
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("forces.oob.europe.DEU.tank_brigade", "unknown force type `tank_brigade`; valid: [armoured_brigade");
        expected.put("forces.oob.pacific.DEU.armoured_brigade", "unknown location `pacific`; valid: [europe, indo_pacific");
        expected.put("forces.oob.europe.XXX.armoured_brigade", "unknown actor XXX");
        expected.put("forces.oob.europe.DEU", "expected forces.oob.<location>.<ISO3>.<type>");
        expected.forEach((id, what) -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ForcePlan.of(with(ForceFixtures.fixed(id, 1))));
            assertTrue(e.getMessage().startsWith("parameter " + id + ": ") && e.getMessage().contains(what),
                    e.getMessage());
        });
    }

    @Test
    void sidesAndArmedActorsComeFromTheConfiguration() {
        ForcePlan plan = ForcePlan.of(ForceFixtures.world(List.of(), 0, 0));
        Configuration c = ForceFixtures.world(List.of(), 0, 0);
        assertTrue(plan.active());
        assertTrue(plan.aligned(c.actorIndex("RUS")) && plan.aligned(c.actorIndex("CHN")));
        assertFalse(plan.aligned(c.actorIndex("USA")));
        assertTrue(plan.europeanAlly(c.actorIndex("DEU")) && !plan.europeanAlly(c.actorIndex("USA")));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, plan.armed);
    }
}
