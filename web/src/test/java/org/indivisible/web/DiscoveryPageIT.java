package org.indivisible.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indivisible.web.search.DiscoveryPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/** discovery.html in headless Chromium: each box draws its peeling trajectory, its limits and its rates. */
class DiscoveryPageIT {

    @TempDir
    Path tmp;

    /** A document of the shape `indivisible discover` writes: two boxes, one with an open upper edge. */
    static ObjectNode doc() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"outcome": "decision_war.RUS.nato_europe", "threshold": 1, "below": false, "scenario": "baseline",
                 "treatment": "P0", "cases": 42, "replications": 200, "minCoverage": 0.5,
                 "boxes": [
                   {"coverage": 0.62, "density": 0.48, "mass": 0.27, "chosenStep": 3,
                    "restricted": [
                      {"id": "flank.russia.massShareByDay.d30", "unit": "share", "rangeLow": 0.3, "rangeHigh": 0.7,
                       "lower": 0.52, "upper": null, "quasiP": 0.001},
                      {"id": "decision.opportunism.RUS", "unit": "", "rangeLow": 0, "rangeHigh": 2,
                       "lower": null, "upper": 1.4, "quasiP": 0.21}],
                    "trajectory": [{"coverage": 1, "density": 0.21, "mass": 1}, {"coverage": 0.9, "density": 0.3, "mass": 0.63},
                                   {"coverage": 0.75, "density": 0.4, "mass": 0.4}, {"coverage": 0.6, "density": 0.47, "mass": 0.27},
                                   {"coverage": 0.3, "density": 0.6, "mass": 0.1}],
                    "rates": {"P0": {"inside": 0.48, "overall": 0.21}, "P1": {"inside": 0.41, "overall": 0.19}}},
                   {"coverage": 0.5, "density": 0.3, "mass": 0.2, "chosenStep": 1, "restricted": [],
                    "trajectory": [{"coverage": 1, "density": 0.25, "mass": 1}, {"coverage": 0.5, "density": 0.3, "mass": 0.2}],
                    "rates": {"P0": {"inside": 0.3, "overall": 0.21}}}]}
                """);
    }

    @Test
    void drawsEachBoxOffline() throws Exception {
        WebDriver d = BrowserIT.openOffline(DiscoveryPage.write(Files.createDirectories(tmp.resolve("discovery")), doc()), tmp.resolve("profile"), "discoveryDrawn");
        try {
            for (String chart : new String[] {"box1-trajectory", "box1-limits", "box1-rates", "box2-trajectory"}) {
                assertTrue(d.findElements(By.cssSelector("#" + chart + " svg")).size() > 0, chart + " drew an SVG");
            }
            assertEquals(2, d.findElements(By.cssSelector("#boxes section table tbody tr")).size(),
                    "box 1's two restricted parameters; box 2 restricts none");
            assertTrue(d.findElement(By.id("box1-limits")).getText().contains("0.520 .. open")
                    || d.getPageSource().contains("0.520 .. open"), "an open edge reads 'open'");
            BrowserIT.screenshot(d, "discovery-1400", true);
            d.manage().window().setSize(new Dimension(390, 900));
            BrowserIT.screenshot(d, "discovery-390", true);
        } finally {
            d.quit();
        }
    }
}
