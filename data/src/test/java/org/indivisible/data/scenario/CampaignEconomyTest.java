package org.indivisible.data.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.indivisible.data.EmbeddedData;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.combat.campaign.CampaignParameters;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.DecisionSettings;
import org.indivisible.model.engine.Engine;
import org.indivisible.model.engine.RunSettings;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 part 5 for Taiwan: the economy follows the campaign, not the theater state. Over the
 * same replications of taiwan-invasion with the campaign and without it (the theater state
 * alone): where the invasion fails, Taiwan's first-year GDP loss is smaller (after the lodgement
 * is destroyed only a residual of the war-time shock lasts); where the island falls, its loss in
 * the horizon's last year is larger (its chip capacity and own trade stay cut after the war,
 * while the theater state lets them recover).
 */
class CampaignEconomyTest {

    private static final EmbeddedSnapshot SNAPSHOT = EmbeddedSnapshot.load();

    private static Configuration shipped(boolean campaign) {
        Scenario s = ScenarioFiles.loadScenario(Path.of("..", "scenarios", "taiwan-invasion.yaml").toAbsolutePath()
                .normalize(), SNAPSHOT).orElseThrow();
        Configuration c = ScenarioCompiler.compile(s, "P0", SNAPSHOT).withDecisions(DecisionSettings.OFF);
        List<UncertainParameter> ps = new ArrayList<>();
        for (UncertainParameter p : c.parameters()) {
            if (p.id().equals(CampaignParameters.ENABLED)) {
                double v = campaign ? 1 : 0;
                p = new UncertainParameter(p.id(), v, new Distribution.Fixed(v), p.unit(), p.sourceId(), p.status(), p.note());
            }
            ps.add(p);
        }
        return c.withParameters(ps);
    }

    @Test
    void taiwansLossesFollowHowTheCampaignEnds() {
        Engine engine = EmbeddedData.engine();
        RunSettings settings = new RunSettings(20261202L, true, false);
        Configuration with = shipped(true);
        Configuration without = shipped(false);
        int holds = 0;
        int falls = 0;
        String last = null;
        for (int r = 0; r < 120 && (holds < 3 || falls < 1); r++) {
            SortedMap<String, Double> a = engine.run(with, settings, r).metrics();
            SortedMap<String, Double> b = engine.run(without, settings, r).metrics();
            if (last == null) {
                last = a.keySet().stream().filter(k -> k.startsWith("gdp_change_pct_2") && k.endsWith(".TWN"))
                        .max(String::compareTo).orElseThrow();
            }
            if (a.get("campaign_holds.taiwan") > 0.5 && holds < 3) {
                holds++;
                assertTrue(a.get("gdp_change_pct_y1.TWN") > b.get("gdp_change_pct_y1.TWN"), "replication " + r
                        + ": the invasion failed, yet Taiwan's first-year change is " + a.get("gdp_change_pct_y1.TWN")
                        + "% with the campaign against " + b.get("gdp_change_pct_y1.TWN") + "% without");
            } else if (a.get("campaign_falls.taiwan") > 0.5) {
                falls++;
                assertTrue(a.get(last) < b.get(last), "replication " + r + ": the island fell, yet Taiwan's "
                        + last + " is " + a.get(last) + "% with the campaign against " + b.get(last) + "% without");
            }
        }
        assertTrue(holds == 3 && falls >= 1, "found " + holds + " failed and " + falls + " successful invasions");
    }
}
