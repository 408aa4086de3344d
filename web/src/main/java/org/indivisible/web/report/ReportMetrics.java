package org.indivisible.web.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.indivisible.model.metric.Metric;
import org.indivisible.model.metric.MetricSelection;

/**
 * Which metrics the report keeps, compares and charts, named by the catalogue ({@link Metric}),
 * and the catalogue as the document's {@code metrics} array, so that the page recognises ids the
 * way the model writes them instead of with regular expressions of its own.
 */
final class ReportMetrics {

    /** Every war-risk 0/1 outcome: each theater's, and the Indo-Pacific and NATO-after-Indo-Pacific ones. */
    static final MetricSelection CONFLICT = MetricSelection.of(Metric.P_CONFLICT, Metric.P_CONFLICT_INDO_PACIFIC,
            Metric.P_CONFLICT_NATO_EUROPE_AFTER_INDO_PACIFIC);

    /** Europe's balance, gap and the bill for replacing the US. */
    static final MetricSelection EUROPE = MetricSelection.of(Metric.EUROPE_BALANCE_RATIO_START, Metric.EUROPE_BALANCE_RATIO_MIN,
            Metric.EUROPE_BALANCE_RATIO_FINAL, Metric.EUROPE_BALANCE_RATIO_YEAR, Metric.EUROPE_DIP_WEEKS,
            Metric.EUROPE_WEEKS_BELOW_START, Metric.EUROPE_GAP_USD, Metric.EUROPE_GAP_KEEP_USD_PER_YEAR, Metric.EUROPE_GAP_YEARS,
            Metric.EUROPE_BALANCE_FLANK_START, Metric.EUROPE_BALANCE_FLANK_MIN, Metric.EUROPE_BALANCE_FLANK_FINAL,
            Metric.EUROPE_BALANCE_DOMAIN_START, Metric.EUROPE_BALANCE_DOMAIN_MIN, Metric.EUROPE_REPLACE_US_USD_10Y,
            Metric.EUROPE_REPLACE_US_USD_25Y, Metric.EUROPE_REPLACE_US_USD_25Y_BY_CAPABILITY, Metric.EUROPE_REPLACE_US_YEARS);

    /** The policy's cost over the horizon, nominal and in constant euros (not by year). */
    static final MetricSelection POLICY_COST = MetricSelection.of(Metric.POLICY_COST_USD, Metric.POLICY_COST_EUR,
            Metric.POLICY_COST_EUR_CONST, Metric.POLICY_COST_EUR_PV);

    /** The economies whose first-year GDP change the comparison shows. */
    static final String[] GDP_SHOWN = {"WORLD", "EU27", "NATO_EUROPE", "USA", "CHN"};

    /**
     * The metrics the report draws or tables (every metric stays in summary.json and the store):
     * conflicts and campaigns, GDP change by actor (not by channel), Europe's balance and gap,
     * policy cost, munitions stocks by year, days of supply and suppliers' shares, spending shares.
     */
    static final MetricSelection REPORTED = CONFLICT.and(EUROPE).and(POLICY_COST).and(Metric.P_WAR_COND, Metric.P_DECISION,
            Metric.DECISION_WAR, Metric.CONFLICT_START_WEEK, Metric.WAR_WEEKS, Metric.CAMPAIGN_HOLDS, Metric.CAMPAIGN_FALLS,
            Metric.CAMPAIGN_STALEMATE, Metric.GDP_CHANGE_PCT_Y1, Metric.GDP_CHANGE_PCT_CUM, Metric.GDP_CHANGE_PCT_YEAR,
            Metric.BALANCE_RATIO_MIN_INDO_PACIFIC, Metric.MUNITIONS_STOCK_YEAR, Metric.MUNITIONS_DAYS_OF_SUPPLY_MIN,
            Metric.MUNITIONS_SUPPLY_SHARE, Metric.DEFENCE_SPENDING_PCT_GDP_FINAL);

    /** The metrics compared between treatments: those reported, less the yearly trajectories. */
    static final MetricSelection COMPARED = REPORTED.without(Metric.GDP_CHANGE_PCT_YEAR, Metric.MUNITIONS_STOCK_YEAR);

    /** The yearly trajectories the fan charts draw: GDP change, Europe's balance, munitions stocks. */
    static final MetricSelection TRAJECTORY = MetricSelection.of(Metric.GDP_CHANGE_PCT_YEAR, Metric.EUROPE_BALANCE_RATIO_START,
            Metric.EUROPE_BALANCE_RATIO_YEAR, Metric.MUNITIONS_STOCK_YEAR);

    /**
     * The differences the document carries (the comparison table, chart and scorecard show these;
     * every difference is in the store and {@code indivisible compare --all}): war risk, headline
     * GDP, Europe's balance and gap, cost, the balance by location and munitions' days of supply.
     */
    static final MetricSelection SHOWN_DIFFERENCES = CONFLICT.and(EUROPE).and(POLICY_COST)
            .and(Metric.P_WAR_COND, Metric.BALANCE_RATIO_MIN_INDO_PACIFIC, Metric.MUNITIONS_DAYS_OF_SUPPLY_MIN)
            .and(Metric.GDP_CHANGE_PCT_Y1, GDP_SHOWN);

    /** The differences the comparison chart draws as a share of the baseline. */
    static final MetricSelection CHARTED = CONFLICT.and(Metric.P_WAR_COND, Metric.EUROPE_BALANCE_RATIO_MIN, Metric.EUROPE_GAP_USD,
            Metric.EUROPE_GAP_YEARS, Metric.EUROPE_DIP_WEEKS, Metric.BALANCE_RATIO_MIN_INDO_PACIFIC)
            .and(Metric.GDP_CHANGE_PCT_Y1, GDP_SHOWN);

    /** The uses the document states per family, in the order the fields appear. */
    private static final Map<String, MetricSelection> USES = new LinkedHashMap<>();

    static {
        USES.put("reported", REPORTED);
        USES.put("compared", SHOWN_DIFFERENCES);
        USES.put("charted", CHARTED);
        USES.put("trajectory", TRAJECTORY);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportMetrics() {
    }

    /**
     * The catalogue in the order ids are matched (the first family whose {@code regex} matches an
     * id whole is its family): {@code [{name, pattern, regex, placeholders, unit, meaning, reported,
     * compared, charted, trajectory}]}, a use being true (every id of the family), false, or the
     * keys it is limited to ({@code ["WORLD", "EU27"]}).
     */
    static ArrayNode catalogue() {
        ArrayNode out = JSON.createArrayNode();
        for (Metric m : Metric.matchOrder()) {
            ObjectNode o = out.addObject();
            o.put("name", m.name());
            o.put("pattern", m.pattern());
            o.put("regex", m.regex());
            ArrayNode p = o.putArray("placeholders");
            m.placeholders().forEach(p::add);
            o.put("unit", m.unit());
            o.put("meaning", m.meaning());
            USES.forEach((use, selection) -> {
                if (!selection.families().contains(m)) {
                    o.put(use, false);
                } else {
                    selection.keys(m).ifPresentOrElse(keys -> keys.forEach(o.putArray(use)::add), () -> o.put(use, true));
                }
            });
        }
        return out;
    }
}
