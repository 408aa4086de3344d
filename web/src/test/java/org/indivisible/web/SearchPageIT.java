package org.indivisible.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indivisible.web.search.SearchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/** search.html in headless Chromium: the three charts draw and the Pareto table lists what it should. */
class SearchPageIT {

    @TempDir
    Path tmp;

    /** A small search document of the shape `indivisible search` writes (two levers, risk and cost). */
    static ObjectNode doc() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"study": "default-study", "scenario": "baseline", "template": "ALL", "seed": 1, "replications": 20,
                 "evaluations": 4, "population": 4, "statistic": "mean", "paretoSize": 2,
                 "variables": [{"id": "p1", "min": 0, "max": 1, "onOff": true, "integer": false},
                               {"id": "p3Credibility", "min": 0.1, "max": 1, "onOff": false, "integer": false}],
                 "objectives": [{"metric": "p_war_cond.RUS.nato_europe", "minimise": true},
                                {"metric": "policy_cost_usd", "minimise": true}],
                 "treatments": [{"id": "P0", "levers": [], "objectives": [0.21, 0], "feasible": true},
                                {"id": "ALL", "levers": [], "objectives": [0.19, 4.7e12], "feasible": true}],
                 "candidates": [
                   {"id": "S0", "pareto": true, "generation": 1, "levers": [1, 0.6], "objectives": [0.18, 2.8e12], "feasible": true},
                   {"id": "S1", "pareto": false, "generation": 1, "levers": [1, 0.2], "objectives": [0.2, 3.0e12], "feasible": true},
                   {"id": "S2", "pareto": true, "generation": 1, "levers": [0, 0.9], "objectives": [0.205, 5.6e8], "feasible": true},
                   {"id": "S3", "pareto": false, "generation": 1, "levers": [0, 0.1], "objectives": [0.21, 5.6e8], "feasible": true}],
                 "hypervolumeByGeneration": [{"generation": 1, "evaluations": 4, "hypervolume": 0.4}]}
                """);
    }

    @Test
    void drawsTheTradeOffOffline() throws Exception {
        Path page = SearchPage.write(Files.createDirectories(tmp.resolve("search")), doc());
        assertTrue(Files.readString(page).contains("connect-src 'none'"), "the page forbids every connection, like report.html");
        WebDriver d = BrowserIT.openOffline(page, tmp.resolve("profile"), "searchDrawn");
        try {
            for (String chart : new String[] {"parallel", "scatter", "hv"}) {
                assertTrue(d.findElements(By.cssSelector("#" + chart + " svg")).size() > 0, chart + " drew an SVG");
            }
            // P0 and ALL, then the two Pareto candidates.
            assertEquals(4, d.findElements(By.cssSelector("#pareto tbody tr")).size());
            assertTrue(d.findElement(By.id("lead")).getText().contains("2 are on the Pareto set"));
            BrowserIT.screenshot(d, "search-1400", true);
            d.manage().window().setSize(new Dimension(390, 900));
            BrowserIT.screenshot(d, "search-390", true);
        } finally {
            d.quit();
        }
    }
}
