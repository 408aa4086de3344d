package org.indivisible.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.web.server.ServerSettings;
import org.indivisible.web.server.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and the report in headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): start a small study from the dashboard, watch it finish, check that the
 * charts and the map drew what they should, open a past run, and open report.html with the
 * network cut off. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");
    static final List<String> CHARTS = List.of("world-map", "fan-gdp", "fan-balance", "fan-munitions", "comparison-chart", "distribution",
            "gdp-actors", "provenance-chart");

    @TempDir
    static Path tmp;
    static WebServer server;
    static String url;
    static String runId;

    @BeforeAll
    static void startServer() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        Files.createDirectories(SHOTS);
        server = new WebServer(ServerSettings.defaults(WebFixtures.SCENARIOS, Files.createDirectories(tmp.resolve("out"))).withPort(0),
                EmbeddedSnapshot.load());
        server.start();
        url = server.url();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Chromium as the env notes say: headless, no background networking, a fresh profile. */
    static WebDriver browser(Path profile, String... extra) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1300,1000");
        options.addArguments(extra);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /**
     * Opens a self-contained page from disk in a new browser at 1400 px and waits until its script
     * sets {@code window.<drawnFlag>}; the caller quits the browser. Skips the test without Chromium.
     */
    static WebDriver openOffline(Path page, Path profile, String drawnFlag) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        Files.createDirectories(SHOTS);
        WebDriver d = browser(profile);
        d.manage().window().setSize(new Dimension(1400, 1000));
        d.get(page.toUri().toString());
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> Boolean.TRUE.equals(js(x, "return window." + drawnFlag + " === true")));
        return d;
    }

    static void screenshot(WebDriver d, String name, boolean fullPage) throws Exception {
        Dimension before = d.manage().window().getSize();
        if (fullPage) {
            long height = ((Number) js(d, "return document.body.scrollHeight")).longValue();
            d.manage().window().setSize(new Dimension(1300, (int) Math.min(12_000, height + 100)));
        }
        File shot = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        d.manage().window().setSize(before);
    }

    static void elementShot(WebDriver d, String id, String name) throws Exception {
        d.manage().window().setSize(new Dimension(1300, 1400));
        WebElement e = d.findElement(By.id(id));
        js(d, "arguments[0].scrollIntoView(true);", e);
        File shot = e.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Every chart drew an SVG with shapes in it, and carries what issue 21 asks of a chart: reachable
     * by Tab, a one-sentence summary as its description, PNG and SVG downloads, a CSV link of its
     * data named after the run, and the data as a table that only screen readers see.
     */
    @SuppressWarnings("unchecked")
    static void assertChartsDrawn(WebDriver d) {
        for (String id : CHARTS) {
            long shapes = ((Number) js(d, "var e = document.getElementById(arguments[0]);"
                    + "return e ? e.querySelectorAll('svg path, svg rect, svg polyline').length : -1;", id)).longValue();
            assertTrue(shapes > 10, id + " drew " + shapes + " shapes");
            Map<String, Object> f = (Map<String, Object>) js(d, """
                    var box = document.getElementById(arguments[0]);
                    var fig = document.getElementById(arguments[0] + '-figure');
                    var summary = document.getElementById(box.getAttribute('aria-describedby'));
                    var csv = fig.querySelector('a.download-csv');
                    var table = fig.querySelector('.chart-data table');
                    var hidden = fig.querySelector('.chart-data');
                    return {tab: box.tabIndex, summary: summary ? summary.textContent : '', png: !!fig.querySelector('button.download-png'),
                      svg: !!fig.querySelector('button.download-svg'), csv: csv.getAttribute('href').substring(0, 30),
                      csvName: csv.getAttribute('download'), rows: table ? table.querySelectorAll('tbody tr').length : 0,
                      hiddenWidth: hidden.getBoundingClientRect().width};
                    """, id);
            assertEquals(0L, f.get("tab"), id + " is not reachable by Tab");
            String summary = String.valueOf(f.get("summary"));
            assertTrue(summary.length() > 20 && summary.length() < 700 && summary.endsWith("."), id + " summary: " + summary);
            assertTrue((Boolean) f.get("png") && (Boolean) f.get("svg"), id + " downloads");
            assertTrue(String.valueOf(f.get("csv")).startsWith("data:text/csv"), id + " csv " + f.get("csv"));
            assertTrue(String.valueOf(f.get("csvName")).endsWith(".csv"), id + " csv name " + f.get("csvName"));
            assertTrue(((Number) f.get("rows")).longValue() > 0, id + " hidden data table has no rows");
            assertTrue(((Number) f.get("hiddenWidth")).doubleValue() <= 1, id + " data table is visible");
        }
    }

    @SuppressWarnings("unchecked")
    static void assertMapAndSeries(WebDriver d) {
        Map<String, Object> map = (Map<String, Object>) js(d, """
                var c = echarts.getInstanceByDom(document.getElementById('world-map')).getOption();
                var data = c.series[0].data.map(function (x) { return x.name; });
                var flows = c.series[1].data.map(function (x) { return x.name; });
                return {series: c.series.map(function (s) { return s.name; }), countries: data, flows: flows,
                  paths: document.querySelectorAll('#world-map svg path').length};
                """);
        assertEquals(List.of("GDP change y1 %", "flows"), map.get("series"));
        List<String> countries = (List<String>) map.get("countries");
        for (String iso : List.of("USA", "CHN", "RUS", "DEU", "JPN", "TWN", "PRK", "KOR", "POL")) {
            assertTrue(countries.contains(iso), iso + " missing from the map data " + countries);
        }
        assertEquals(List.of("PRK → RUS munitions", "CHN → RUS munitions and inputs", "US forces Europe → Pacific"), map.get("flows"));
        // Each modelled country is painted by the colour scale, not left in the grey of countries not modelled.
        @SuppressWarnings("unchecked")
        Map<String, String> fills = (Map<String, String>) js(d, """
                var c = echarts.getInstanceByDom(document.getElementById('world-map'));
                var data = c.getModel().getSeriesByIndex(0).getData();
                var out = {};
                ['RUS', 'UKR', 'CHN', 'USA'].forEach(function (n) {
                  var i = data.indexOfName(n); out[n] = i < 0 ? 'missing' : String(data.getItemVisual(i, 'style').fill);
                });
                return out;
                """);
        // Russia's mainland is drawn (a point in Siberia lies on a country shape).
        assertEquals(Boolean.TRUE, js(d, """
                document.getElementById('world-map').scrollIntoView();
                var c = echarts.getInstanceByDom(document.getElementById('world-map'));
                var p = c.convertToPixel({geoIndex: 0}, [90, 62]);
                var r = document.querySelector('#world-map svg').getBoundingClientRect();
                return document.elementsFromPoint(r.left + p[0], r.top + p[1]).some(function (e) { return e.tagName === 'path'; });
                """), "no shape at 90E 62N (Siberia)");
        fills.forEach((iso, fill) -> assertTrue((fill.startsWith("#") || fill.startsWith("rgb")) && !fill.contains("189,189,189")
                && !fill.equalsIgnoreCase("#bdbdbd"), iso + " painted " + fill));
        // Natural Earth 1:110m has 177 countries (175 drawn, without Antarctica and Fiji): each a path.
        assertTrue(((Number) map.get("paths")).longValue() >= 175, "map paths: " + map.get("paths"));
        List<String> fan = (List<String>) js(d, "return echarts.getInstanceByDom(document.getElementById('fan-balance'))"
                + ".getOption().series.map(function (s) { return s.name; });");
        assertTrue(fan.containsAll(List.of("P0", "P1", "P0 5–95%", "P1 5–95%", "P0 25–75%")), fan.toString());
        // The GDP fan chart: WORLD by calendar year, 2026 .. 2036, per treatment (in the baseline only
        // wars the decision rules start move it).
        Map<String, Object> gdp = (Map<String, Object>) js(d, """
                var o = echarts.getInstanceByDom(document.getElementById('fan-gdp')).getOption();
                return {title: o.title[0].text, years: o.xAxis[0].data, series: o.series.map(function (s) { return s.name; }),
                  median: o.series.filter(function (s) { return s.name === 'P0'; })[0].data};
                """);
        assertTrue(String.valueOf(gdp.get("title")).startsWith("GDP change WORLD"), gdp.toString());
        assertEquals(11, ((List<?>) gdp.get("years")).size(), gdp.toString());
        assertEquals("2026", ((List<?>) gdp.get("years")).get(0));
        assertTrue(((List<String>) gdp.get("series")).containsAll(List.of("P0", "P1", "P0 5–95%", "P0 25–75%")), gdp.toString());
        assertEquals(11, ((List<?>) gdp.get("median")).size(), gdp.toString());
        // The bands stack on their lower edge whatever its sign (GDP losses are negative): the top of
        // each treatment's stack is its 95th percentile.
        assertEquals(Boolean.TRUE, js(d, """
                var c = echarts.getInstanceByDom(document.getElementById('fan-gdp'));
                var o = c.getOption();
                var ok = true;
                o.series.forEach(function (s, k) {
                  if (!s.stack) { return; }
                  ok = ok && s.stackStrategy === 'all';
                });
                return ok;
                """), "GDP fan bands must stack with stackStrategy 'all'");
        ((List<?>) gdp.get("median")).forEach(v -> assertTrue(v instanceof Number && Double.isFinite(((Number) v).doubleValue()), gdp.toString()));
    }

    /**
     * What a first-time reader sees: the study's name, the key findings and the scorecard on the
     * first screen at 1400 px, no table wider than the page, the same as cards at 390 px, and a
     * printed A4 page. Screenshots and the PDF go to target/screenshots/.
     */
    static void readerView(WebDriver d) throws Exception {
        d.manage().window().setSize(new Dimension(1400, 900));
        js(d, "window.scrollTo(0, 0)");
        assertFalse(d.findElement(By.id("study-name")).getText().isBlank());
        assertTrue(d.findElements(By.cssSelector("#findings li")).size() >= 1, "key findings");
        assertTrue(d.findElements(By.cssSelector("#scorecard-table tbody tr")).size() >= 1, "scorecard rows");
        assertTrue(d.findElement(By.id("headline-table")).getText().contains("NATO's eastern flank"), "the NATO-flank column");
        // No column off-screen at 1400 px: the headline table fits its section.
        assertEquals(Boolean.TRUE, js(d, "var t = document.getElementById('headline-table');"
                + "return t.scrollWidth <= t.parentElement.clientWidth + 1;"), "the headline table is wider than the page at 1400 px");
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("report-first-screen-1400.png"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String[] e : new String[][] {{"scorecard", "report-scorecard-1400"}, {"headline", "report-headline-1400"},
            {"fans", "report-fan-1400"}, {"map", "report-map-1400"}}) {
            WebElement el = d.findElement(By.id(e[0]));
            js(d, "arguments[0].scrollIntoView(true);", el);
            Files.copy(el.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(e[1] + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        d.manage().window().setSize(new Dimension(390, 844));
        js(d, "window.scrollTo(0, 0)");
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("report-first-screen-390.png"),
                StandardCopyOption.REPLACE_EXISTING);
        // Phones: the headline table is one card per row, each value under its column's name.
        assertEquals("none", js(d, "return getComputedStyle(document.querySelector('#headline-table thead')).display"));
        js(d, "arguments[0].scrollIntoView(true);", d.findElement(By.id("headline")));
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("report-headline-390.png"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String[] e : new String[][] {{"scorecard", "report-scorecard-390"}, {"fans", "report-fan-390"}, {"map", "report-map-390"}}) {
            js(d, "arguments[0].scrollIntoView(true);", d.findElement(By.id(e[0])));
            Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(e[1] + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        printedScreen(d, 1400, "report-printed-1400");
        printedScreen(d, 390, "report-printed-390");
        d.manage().window().setSize(new Dimension(1400, 900));
        // A4 portrait (21.0 x 29.7 cm) and US Letter (21.59 x 27.94 cm): no chart or table wider than the page.
        for (String[] page : new String[][] {{"a4", "21.0", "29.7"}, {"letter", "21.59", "27.94"}}) {
            org.openqa.selenium.print.PrintOptions print = new org.openqa.selenium.print.PrintOptions();
            print.setPageSize(new org.openqa.selenium.print.PageSize(Double.parseDouble(page[2]), Double.parseDouble(page[1])));
            print.setBackground(true);
            org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) d).print(print);
            Files.write(SHOTS.resolve("report-print-" + page[0] + ".pdf"), java.util.Base64.getDecoder().decode(pdf.getContent()));
        }
        ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        d.manage().window().setSize(new Dimension(794, 1123)); // A4 at 96 dpi
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) js(d, """
                var page = document.documentElement.clientWidth;
                return Array.prototype.slice.call(document.querySelectorAll('table.numbers, .chart svg, pre.manifest'))
                  .filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.right > page + 2; })
                  .map(function (e) { return (e.id || e.parentElement.id || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().right) + '>' + page; });
                """);
        ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        d.manage().window().setSize(new Dimension(1400, 900));
        assertEquals(List.of(), wide, "printed on A4, these run off the page");
    }

    /**
     * The map's switch to the chance of war per theater: painted on the contested ground, in the
     * URL (a link reopens it), the figures rounded to what the replications support.
     */
    @SuppressWarnings("unchecked")
    static void warMap(WebDriver d) throws Exception {
        String gdpText = (String) js(d, "var o = echarts.getInstanceByDom(document.getElementById('world-map')).getOption();"
                + "return o.series[0].data.filter(function (x) { return x.name === 'USA'; })[0].text;");
        // "-0.53% (±0.04)": as many decimals as one significant digit of the half-width.
        assertTrue(gdpText.matches("[−-]?\\d+(\\.\\d+)?% \\(±\\d+(\\.\\d+)?\\)"), gdpText);
        new Select(d.findElement(By.xpath("//label[starts-with(text(),'Colour the map by')]/following-sibling::select"))).selectByValue("war");
        Map<String, Object> war = (Map<String, Object>) js(d, """
                var o = echarts.getInstanceByDom(document.getElementById('world-map')).getOption();
                return {series: o.series[0].name, names: o.series[0].data.map(function (x) { return x.name; }),
                  pieces: o.visualMap[0].pieces.length, hash: location.hash,
                  summary: document.getElementById('world-map-summary').textContent};
                """);
        assertEquals("P(war) %", war.get("series"));
        assertTrue(((List<String>) war.get("names")).containsAll(List.of("TWN", "KOR", "PRK", "POL", "EST")), war.toString());
        assertEquals(7L, war.get("pieces"));
        assertTrue(String.valueOf(war.get("hash")).contains("map=war"), war.toString());
        assertTrue(String.valueOf(war.get("summary")).contains("NATO's eastern flank"), war.toString());
        WebElement map = d.findElement(By.id("map"));
        js(d, "arguments[0].scrollIntoView(true);", map);
        Files.copy(map.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("report-map-war-1400.png"), StandardCopyOption.REPLACE_EXISTING);
        // The permalink reopens the war map.
        String link = d.getCurrentUrl();
        d.get("about:blank");
        d.get(link);
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-rendered")));
        assertEquals("P(war) %", js(d, "return echarts.getInstanceByDom(document.getElementById('world-map')).getOption().series[0].name"));
        new Select(d.findElement(By.xpath("//label[starts-with(text(),'Colour the map by')]/following-sibling::select"))).selectByValue("gdp");
    }

    /** The page as printed (print media emulated) at a width, its first screen as a picture. */
    static void printedScreen(WebDriver d, int width, String name) throws Exception {
        d.manage().window().setSize(new Dimension(width, 1100));
        ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        js(d, "window.scrollTo(0, 0)");
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        WebElement map = d.findElement(By.id("map"));
        js(d, "arguments[0].scrollIntoView(true);", map);
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + "-map.png"), StandardCopyOption.REPLACE_EXISTING);
        ((ChromeDriver) d).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    /**
     * axe-core (web/node_modules, a development dependency) over the page: the violations by rule,
     * written to target/screenshots/axe-NAME.json and asserted to be none.
     */
    @SuppressWarnings("unchecked")
    static void accessibility(WebDriver d, String name) throws Exception {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        assumeTrue(Files.isRegularFile(axe), "needs axe-core in web/node_modules (npm ci)");
        js(d, Files.readString(axe));
        Object result = ((JavascriptExecutor) d).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(function (r) {
                  done(r.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, nodes: v.nodes.length,
                      targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })};
                  }));
                }).catch(function (e) { done([{id: 'axe failed: ' + e}]); });
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        Files.writeString(SHOTS.resolve("axe-" + name + ".json"), violations.toString());
        System.out.println("axe-core on the " + name + ": " + violations.size() + " violations " + violations);
        assertEquals(List.of(), violations, "axe-core violations on the " + name);
    }


    @Test
    @Order(1)
    void startASmallStudyAndSeeItsCharts() throws Exception {
        WebDriver d = browser(tmp.resolve("profile-1"));
        try {
            d.get(url);
            WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
            wait.until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-ready")));
            // The default study opens with its reference and the combination ticked, and its own replications.
            assertEquals("default-study.yaml", new Select(d.findElement(By.id("file"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(List.of("P0", "ALL"), d.findElements(By.cssSelector("input[name=treatment]:checked")).stream()
                    .map(b -> b.getAttribute("value")).toList());
            assertEquals("100", d.findElement(By.id("replications")).getAttribute("value"));
            // At least one tick per list: with none, Run is disabled and says why.
            for (WebElement box : d.findElements(By.cssSelector("input[name=treatment]:checked"))) {
                box.click();
            }
            assertFalse(d.findElement(By.id("run-button")).isEnabled(), "Run with no treatment ticked");
            assertTrue(d.findElement(By.id("choice-status")).getText().contains("a treatment"));
            for (WebElement box : d.findElements(By.cssSelector("input[name=treatment]"))) {
                if (List.of("P0", "P1", "ALL").contains(box.getAttribute("value"))) {
                    box.click();
                }
            }
            assertTrue(d.findElement(By.id("run-button")).isEnabled());
            for (WebElement box : d.findElements(By.cssSelector("input[name=scenario]"))) {
                if (!box.getAttribute("value").equals("baseline") && box.isSelected()) {
                    box.click();
                }
            }
            WebElement reps = d.findElement(By.id("replications"));
            reps.clear();
            reps.sendKeys("3");
            WebElement seed = d.findElement(By.id("seed"));
            seed.clear();
            seed.sendKeys("7");
            screenshot(d, "dashboard-start", true);
            d.findElement(By.id("run-button")).click();
            new WebDriverWait(d, Duration.ofSeconds(240)).until(x -> x.findElement(By.id("run-view")).getAttribute("data-run") != null);
            runId = d.findElement(By.id("run-view")).getAttribute("data-run");
            assertTrue(d.findElement(By.id("run-status")).getText().contains("Finished"), d.findElement(By.id("run-status")).getText());
            assertChartsDrawn(d);
            assertMapAndSeries(d);
            screenshot(d, "dashboard-run", true);
            elementShot(d, "map", "dashboard-map");
            elementShot(d, "fans", "dashboard-fans");
            // The run is listed with its downloads.
            WebElement row = d.findElement(By.xpath("//table[@id='runs-table']//th[text()='" + runId + "']/.."));
            assertTrue(row.getText().contains("CSV") && row.getText().contains("Parquet"), row.getText());
        } finally {
            d.quit();
        }
    }

    @Test
    @Order(2)
    void openAPastRun() throws Exception {
        assumeTrue(runId != null, "needs the run of the first test");
        WebDriver d = browser(tmp.resolve("profile-2"));
        try {
            d.get(url);
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-ready")));
            d.findElement(By.cssSelector("button.open-run[data-run='" + runId + "']")).click();
            new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> runId.equals(x.findElement(By.id("run-view")).getAttribute("data-run")));
            assertChartsDrawn(d);
            System.out.println("dashboard: run opened and drawn in " + d.findElement(By.id("run-view")).getAttribute("data-open-ms") + " ms");
            // Keyboard: the scenario and treatment controls are labelled selects reachable by Tab.
            List<WebElement> labels = d.findElements(By.cssSelector("#run-view label"));
            assertTrue(labels.stream().anyMatch(l -> l.getText().startsWith("Scenario")), "no Scenario label");
            new Select(d.findElement(By.xpath("//label[starts-with(text(),'Treatment')]/following-sibling::select"))).selectByValue("P0");
            assertTrue(((String) js(d, "return echarts.getInstanceByDom(document.getElementById('world-map')).getOption().title[0].text"))
                    .contains("P0"));
            elementShot(d, "map", "dashboard-past-run-map");
            elementShot(d, "comparison", "dashboard-past-run-comparison");
            accessibility(d, "dashboard");
        } finally {
            d.quit();
        }
    }

    @Test
    @Order(3)
    void theReportRendersWithTheNetworkCutOff() throws Exception {
        assumeTrue(runId != null, "needs the run of the first test");
        Path report = tmp.resolve("out").resolve(runId).resolve("report.html");
        assertTrue(Files.isRegularFile(report), "the dashboard's run wrote report.html");
        Path copy = Files.copy(report, tmp.resolve("mailed-report.html"));
        // Every host name fails to resolve and every connection would go to a proxy that is not there.
        WebDriver d = browser(tmp.resolve("profile-3"), "--host-resolver-rules=MAP * ~NOTFOUND",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>");
        try {
            d.get(copy.toUri().toString());
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-rendered")));
            assertChartsDrawn(d);
            assertMapAndSeries(d);
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) js(d,
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
            assertEquals(List.of(), requested, "the report asked the network for something");
            screenshot(d, "report-offline", true);
            System.out.println("report.html: " + Files.size(copy) + " bytes, all charts drawn "
                    + d.findElement(By.tagName("body")).getAttribute("data-render-ms") + " ms after navigation");
            readerView(d);
            accessibility(d, "report");
            // The view lives in the URL: a link with the scenario and treatment reopens that view.
            d.get(copy.toUri() + "#scenario=baseline&treatment=P0");
            d.navigate().refresh();
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-rendered")));
            assertTrue(((String) js(d, "return echarts.getInstanceByDom(document.getElementById('world-map')).getOption().title[0].text"))
                    .contains("P0"), "the treatment named in the link");
            // The wide CSV of the headline numbers is named after the run.
            assertEquals(runId + "-headline.csv", d.findElement(By.id("download-headline")).getAttribute("download"));
            // Each chart's downloads carry the run id; the PNG is the drawn chart at twice its size.
            assertTrue(d.findElement(By.cssSelector("#fan-gdp-figure a.download-csv")).getAttribute("download")
                    .startsWith(runId + "-gdp-change"), "the fan chart's download name");
            for (String id : List.of("fan-gdp", "world-map")) {
                String png = (String) ((JavascriptExecutor) d).executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                        + "Indivisible.pngDataUrl(document.getElementById(arguments[0]), 2).then(done, function (e) { done('failed: ' + e); });", id);
                assertTrue(png.startsWith("data:image/png;base64,"), id + ": " + png.substring(0, Math.min(60, png.length())));
                byte[] bytes = java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
                assertTrue(bytes.length > 5_000, id + " PNG of " + bytes.length + " bytes");
                Files.write(SHOTS.resolve("download-" + id + ".png"), bytes);
            }
            String csv = java.net.URLDecoder.decode(d.findElement(By.cssSelector("#world-map-figure a.download-csv")).getAttribute("href")
                    .substring("data:text/csv;charset=utf-8,".length()), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("country,GDP change y1 %,95% half-width,name\n"), csv.substring(0, Math.min(80, csv.length())));
            assertTrue(csv.contains("\nUSA,") && csv.contains("\nTWN,"), "the map's CSV");
            warMap(d);
        } finally {
            d.quit();
        }
    }

    /**
     * The dashboard manages runs: a running run shows its ETA and can be cancelled (nothing is
     * kept), a run can be named, and deleting asks first ("Keep it" keeps it).
     */
    @Test
    @Order(4)
    void cancelNameAndDeleteFromTheDashboard() throws Exception {
        assumeTrue(runId != null, "needs the run of the first test");
        WebDriver d = browser(tmp.resolve("profile-4"));
        try {
            d.get(url);
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-ready")));
            // A long run (baseline under P0, 5,000 replications): its ETA, then Cancel.
            for (WebElement box : d.findElements(By.cssSelector("input[name=scenario]"))) {
                if (!box.getAttribute("value").equals("baseline") && box.isSelected()) {
                    box.click();
                }
            }
            for (WebElement box : d.findElements(By.cssSelector("input[name=treatment]"))) {
                if (box.getAttribute("value").equals("ALL") && box.isSelected()) {
                    box.click();
                }
            }
            WebElement reps = d.findElement(By.id("replications"));
            reps.clear();
            reps.sendKeys("5000");
            d.findElement(By.id("run-button")).click();
            new WebDriverWait(d, Duration.ofSeconds(120)).until(x -> x.findElement(By.id("run-status")).getText().contains("left"));
            String status = d.findElement(By.id("run-status")).getText();
            System.out.println("dashboard while running: " + status);
            assertTrue(d.findElement(By.id("cancel-button")).isDisplayed());
            screenshot(d, "dashboard-running", false);
            d.findElement(By.id("cancel-button")).click();
            new WebDriverWait(d, Duration.ofSeconds(120)).until(x -> x.findElement(By.id("run-status")).getText().startsWith("Cancelled"));
            assertFalse(d.findElement(By.id("cancel-button")).isDisplayed());
            try (var files = Files.list(tmp.resolve("out"))) {
                assertEquals(List.of(runId), files.map(p -> p.getFileName().toString()).toList(), "the cancelled run left a folder");
            }
            // Name the run.
            d.findElement(By.cssSelector("button.rename-run[aria-label='Name run " + runId + "']")).click();
            WebElement name = d.findElement(By.cssSelector("input.name-input"));
            name.clear();
            name.sendKeys("Browser test, P0 P1 ALL");
            d.findElement(By.cssSelector("button.save-name")).click();
            // The list is drawn anew after the save: read it by script, not through a stale element.
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> String.valueOf(js(x,
                    "var e = document.querySelector(\"th[data-run='" + runId + "']\"); return e ? e.textContent : '';"))
                    .contains("Browser test, P0 P1 ALL"));
            // Delete asks first; "Keep it" keeps it.
            d.findElement(By.cssSelector("button.delete-run[aria-label='Delete run " + runId + "']")).click();
            assertTrue(d.findElement(By.cssSelector(".confirm-text")).getText().contains("Browser test, P0 P1 ALL"));
            screenshot(d, "dashboard-delete-confirm", false);
            d.findElement(By.cssSelector("button.keep-run")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> Boolean.TRUE.equals(js(x,
                    "return document.querySelectorAll('button.delete-run').length > 0;")));
            assertTrue(Files.isDirectory(tmp.resolve("out").resolve(runId)));
            accessibility(d, "dashboard-manage");
            d.findElement(By.cssSelector("button.delete-run[aria-label='Delete run " + runId + "']")).click();
            d.findElement(By.cssSelector("button.confirm-delete")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> Boolean.TRUE.equals(js(x,
                    "return document.querySelector(\"th[data-run='" + runId + "']\") === null;")));
            assertFalse(Files.exists(tmp.resolve("out").resolve(runId)));
        } finally {
            d.quit();
        }
    }

    /**
     * Measures reports named by -Dreport.measure=PATH[,PATH...] (the default study's before and
     * after a change, docs/web.md): each one's size and, over five rounds of loads interleaved
     * between them, the time from navigation to every chart drawn. Reported, not asserted.
     */
    /**
     * Comparing two runs that differ only in their seed: A and B are named, the summary says how
     * many differences Benjamini-Hochberg marks, and a dot-and-whisker chart draws the headline
     * differences (as a share of A) above the table.
     */
    @Test
    @Order(6)
    void compareTwoRunsWithADotAndWhiskerChart() throws Exception {
        String a = WebFixtures.baselineRun(tmp.resolve("out"), 6, 11).manifest().runId();
        String b = WebFixtures.baselineRun(tmp.resolve("out"), 6, 12).manifest().runId();
        WebDriver d = browser(tmp.resolve("profile-6"));
        try {
            d.get(url);
            new WebDriverWait(d, Duration.ofSeconds(30))
                    .until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-ready")));
            for (String id : List.of(a, b)) {
                d.findElement(By.cssSelector("input.compare-pick[value='" + id + "']")).click();
            }
            d.findElement(By.id("compare-button")).click();
            new WebDriverWait(d, Duration.ofSeconds(60)).until(x -> !x.findElements(By.cssSelector("#compare-chart svg")).isEmpty());
            String summary = d.findElement(By.id("compare-summary")).getText();
            System.out.println("compare, seeds 11 and 12: " + summary);
            assertTrue(summary.contains("Benjamini-Hochberg"), summary);
            assertTrue(d.findElements(By.cssSelector("#compare-table tbody tr")).size() > 0);
            elementShot(d, "compare-result", "dashboard-compare");
        } finally {
            d.quit();
        }
    }

    @Test
    @Order(5)
    void measureAReport() throws Exception {
        String paths = System.getProperty("report.measure");
        assumeTrue(paths != null && !paths.isBlank(), "-Dreport.measure=<report.html>[,<report.html>] measures those reports");
        List<Path> reports = java.util.Arrays.stream(paths.split(",")).map(p -> Path.of(p.trim()).toAbsolutePath()).toList();
        WebDriver d = browser(tmp.resolve("profile-5"));
        try {
            Map<Path, List<Long>> times = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 5; i++) {
                for (Path report : reports) {
                    d.get("about:blank");
                    d.get(report.toUri().toString());
                    new WebDriverWait(d, Duration.ofSeconds(120))
                            .until(x -> "true".equals(x.findElement(By.tagName("body")).getAttribute("data-rendered")));
                    times.computeIfAbsent(report, k -> new java.util.ArrayList<>())
                            .add(Long.parseLong(d.findElement(By.tagName("body")).getAttribute("data-render-ms")));
                }
            }
            for (Path report : reports) {
                List<Long> t = times.get(report);
                System.out.println("measured " + report + ": " + Files.size(report) + " bytes; all charts drawn after "
                        + t + " ms (median " + t.stream().sorted().toList().get(t.size() / 2) + ")");
            }
            d.manage().window().setSize(new Dimension(1400, 900));
            js(d, "window.scrollTo(0, 0)");
            Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("measured-first-screen-1400.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            for (String[] e : new String[][] {{"scorecard", "measured-scorecard-1400"}, {"headline", "measured-headline-1400"},
                {"map", "measured-map-1400"}, {"fans", "measured-fan-1400"}}) {
                WebElement el = d.findElement(By.id(e[0]));
                js(d, "arguments[0].scrollIntoView(true);", el);
                Files.copy(el.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(e[1] + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            d.quit();
        }
    }
}
