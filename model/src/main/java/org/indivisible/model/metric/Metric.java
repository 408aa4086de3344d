package org.indivisible.model.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every family of metric ids a replication records (docs/metrics.md, which a test checks against
 * this): its id pattern, unit and one-line meaning. A pattern is the id with each varying part a
 * placeholder: {@code p_conflict.<theater>}, {@code gdp_change_pct_<year>.<ID>}. Build ids with
 * {@link #id(String...)}; recognise one with {@link #of(String)}.
 *
 * <p>Placeholders: {@code theater} (a theater id), {@code ISO3} (an actor), {@code partner} (the
 * supplying actor), {@code ID} (an actor, a group or {@code WORLD}), {@code group}, {@code pair}
 * (a decided pair, {@code CHN.taiwan}), {@code type} (a force type), {@code capability} (a force
 * type or an enabler), {@code enabler}, {@code munition}, {@code line} (a co-production line),
 * {@code channel} (an economic channel), {@code year} (calendar year), {@code k} (year of the
 * horizon, from 1), {@code days} (days of warning), {@code domain}, {@code stock} (a stock
 * running out in a blockade), {@code outcome}.
 */
public enum Metric {

    // Conflicts (ConflictObserver).
    P_CONFLICT("p_conflict.<theater>", "0 or 1", "1 if a war started in the theater in the horizon; the mean is the probability"),
    CONFLICT_START_WEEK("conflict_start_week.<theater>", "weeks", "when the war started, from the run's start (only if one did)"),
    WAR_WEEKS("war_weeks.<theater>", "weeks", "weeks the theater spent at war over the horizon"),

    // Spending (SpendingObserver).
    DEFENCE_SPENDING_USD_CUM("defence_spending_usd_cum.<ID>", "current US$", "defence spending summed over the horizon"),
    DEFENCE_SPENDING_PCT_GDP_FINAL("defence_spending_pct_gdp_final.<ID>", "percent of GDP",
            "defence budget over GDP in the last step"),
    POLICY_COST_USD("policy_cost_usd", "current US$", "what the treatment's policies cost over the horizon"),

    // Europe's balance and gap (ForcesObserver).
    EUROPE_BALANCE_RATIO_START("europe_balance_ratio_start", "ratio", "NATO over Russian combat power in Europe when the run starts"),
    EUROPE_BALANCE_RATIO_MIN("europe_balance_ratio_min", "ratio", "lowest NATO over Russian combat power in Europe after any step"),
    EUROPE_BALANCE_RATIO_FINAL("europe_balance_ratio_final", "ratio", "NATO over Russian combat power in Europe after the last step"),
    EUROPE_BALANCE_RATIO_YEAR("europe_balance_ratio_y<k>", "ratio", "Europe's ratio after the last step of year k of the horizon"),
    EUROPE_DIP_WEEKS("europe_dip_weeks", "weeks", "weeks from the US departure from Europe until its contingent is back"),
    EUROPE_WEEKS_BELOW_START("europe_weeks_below_start", "weeks", "weeks Europe's ratio spent below its starting value"),
    EUROPE_GAP_USD("europe_gap_usd", "US$ (2024)", "what European allies must buy to restore the starting ratio at its lowest"),
    EUROPE_GAP_KEEP_USD_PER_YEAR("europe_gap_keep_usd_per_year", "US$ (2024) per year", "what keeping those forces costs a year"),
    EUROPE_GAP_YEARS("europe_gap_years", "years", "how long closing the gap takes"),
    BALANCE_RATIO_MIN_INDO_PACIFIC("balance_ratio_min.indo_pacific", "ratio",
            "lowest non-aligned over aligned combat power in the Indo-Pacific"),

    // Europe without the US (FlankObserver).
    EUROPE_BALANCE_FLANK_START("europe_balance_flank_d<days>_start", "ratio",
            "NATO over Russian power on the eastern flank within d days of warning, at the start"),
    EUROPE_BALANCE_FLANK_MIN("europe_balance_flank_d<days>_min", "ratio", "the same, lowest over the horizon"),
    EUROPE_BALANCE_FLANK_FINAL("europe_balance_flank_d<days>_final", "ratio", "the same, after the last step"),
    EUROPE_BALANCE_DOMAIN_START("europe_balance_<domain>_start", "ratio",
            "NATO over Russian power in Europe in one domain (land, air, maritime), at the start"),
    EUROPE_BALANCE_DOMAIN_MIN("europe_balance_<domain>_min", "ratio", "the same, lowest over the horizon"),
    ENABLERS_COVERAGE_MIN("enablers_coverage_min.<enabler>", "share", "lowest coverage of an enabler: NATO's in Europe over its plans'"),
    FORCES_ADDED("forces_added.<type>", "force elements", "elements the European allies' budgets bought and received by the end"),
    FORCES_ADDED_PER_YEAR("forces_added_per_year.<type>", "force elements per year", "the same per year of the horizon"),
    RUSSIA_RECONSTITUTED("russia_reconstituted.<type>", "force elements", "elements Russia rebuilt facing NATO after a ceasefire in Ukraine"),
    EUROPE_REPLACE_US_USD_10Y("europe_replace_us_usd_10y", "US$ bn (2024)", "buying and keeping the US contribution to Europe for 10 years"),
    EUROPE_REPLACE_US_USD_25Y("europe_replace_us_usd_25y", "US$ bn (2024)", "the same for 25 years"),
    EUROPE_REPLACE_US_USD_25Y_BY_CAPABILITY("europe_replace_us_usd_25y.<capability>", "US$ bn (2024)",
            "the 25-year bill by force type and enabler"),
    EUROPE_REPLACE_US_YEARS("europe_replace_us_years", "years", "how long buying it takes when industry limits it"),

    // Combat (CombatObserver; CampaignObserver records the campaign outcomes and element losses too).
    LOSSES("losses.<theater>.<ISO3>.<type>", "force elements", "elements lost in the theater's war"),
    CAMPAIGN_HOLDS("campaign_holds.<theater>", "0 or 1", "1 if the theater's defence held"),
    CAMPAIGN_FALLS("campaign_falls.<theater>", "0 or 1", "1 if the theater fell"),
    CAMPAIGN_STALEMATE("campaign_stalemate.<theater>", "0 or 1", "1 if the war ended, or the horizon came, undecided"),
    INTERCEPTORS_SPENT("interceptors_spent.<theater>.<ISO3>", "missiles", "interceptors fired in the naval salvo exchanges"),
    MISSILES_FIRED("missiles_fired.<theater>.<ISO3>", "missiles", "anti-ship missiles fired in the naval salvo exchanges"),

    // The blockade of Taiwan (BlockadeObserver).
    BLOCKADE_WEEKS("blockade_weeks.taiwan", "weeks", "weeks the blockade was in force"),
    BLOCKADE_SHIPPING_SHARE("blockade_shipping_share.taiwan", "share 0-1", "mean weekly share of normal shipping that arrived"),
    BLOCKADE_SHIPS_ARRIVED("blockade_ships_arrived.taiwan", "ships", "ships that arrived over the blockade"),
    BLOCKADE_SHIPS_TURNED_BACK("blockade_ships_turned_back.taiwan", "ships", "ships turned back over the blockade"),
    BLOCKADE_SHIPS_SUNK("blockade_ships_sunk.taiwan", "ships", "ships sunk over the blockade"),
    BLOCKADE_WEEK_ENERGY_EXHAUSTED("blockade_week_energy_exhausted.taiwan", "week of the blockade",
            "when the first energy stock ran out"),
    BLOCKADE_WEEK_STOCK_EXHAUSTED("blockade_week_<stock>_exhausted.taiwan", "week of the blockade",
            "when a stock (lng, coal, oil, food) ran out"),
    BLOCKADE_POWER_SHORTFALL_MAX("blockade_power_shortfall_max.taiwan", "share 0-1", "largest weekly share of electricity lost"),
    BLOCKADE_OUTPUT_LOSS_MAX("blockade_output_loss_max.taiwan", "share 0-1", "largest weekly share of output lost to the energy shortfall"),
    BLOCKADE_OUTCOME("blockade_outcome_<outcome>.taiwan", "0 or 1", "1 for how the blockade ended"),

    // A Korean war (KoreaObserver).
    STRIKE_MISSILES_FIRED("strike_missiles_fired.korea", "missiles", "North Korea's ballistic missiles fired"),
    STRIKE_MISSILE_HITS("strike_missile_hits.korea", "missiles", "those that flew as programmed and leaked through"),
    STRIKE_MISSILE_RELIABILITY("strike_missile_reliability.korea", "share 0-1", "share of the missiles that fly as programmed"),
    STRIKE_INTERCEPTOR_SUPPLY_MIN("strike_interceptor_supply_min.korea", "share 0-1",
            "lowest weekly share of the defenders' interceptor demand delivered"),
    STRIKE_DEFENDER_POWER_LOST("strike_defender_power_lost.korea", "share 0-1",
            "share of the defenders' combat power put out of action by missile hits"),
    KOREA_CAMPAIGN_DECIDED_WEEK("korea_campaign_decided_week.korea", "weeks of war", "weeks until the Korean campaign held or fell"),
    ARTILLERY_CASUALTIES("artillery_casualties.korea", "persons", "casualties of North Korea's artillery fire on Seoul's region"),
    ARTILLERY_SURVIVING_SHARE("artillery_surviving_share.korea", "share 0-1",
            "share of the artillery in range of Seoul surviving counter-battery fire"),

    // A campaign fought (CampaignObserver).
    CAMPAIGN_WEEKS_TO_HOLD("campaign_weeks_to_hold.<theater>", "weeks", "war week the campaign held"),
    CAMPAIGN_WEEKS_TO_FALL("campaign_weeks_to_fall.<theater>", "weeks", "war week the theater fell"),
    CAMPAIGN_WEEKS_TO_STALEMATE("campaign_weeks_to_stalemate.<theater>", "weeks", "war week the war ended undecided"),
    LOSSES_SHIPS("losses_ships.<theater>.<ISO3>", "ships", "a campaign's ships sunk, by side"),
    LOSSES_AIRCRAFT("losses_aircraft.<theater>.<ISO3>", "aircraft", "a campaign's aircraft destroyed, by side"),
    LOSSES_PERSONNEL("losses_personnel.<theater>.<ISO3>", "personnel", "a campaign's personnel killed or lost, by side"),
    LOSSES_SUBMARINES("losses_submarines.<theater>.USA", "submarines", "US attack submarines lost"),
    CAMPAIGN_LIFT_LOST_SHARE("campaign_lift_lost_share.<theater>", "share", "the attacker's amphibious lift sunk"),
    CAMPAIGN_TROOPS_LANDED("campaign_troops_landed.<theater>", "troops", "troops put ashore"),
    CAMPAIGN_LODGEMENT_PEAK_BATTALIONS("campaign_lodgement_peak_battalions.<theater>", "battalions", "the largest lodgement"),
    CAMPAIGN_US_DELAY_WEEKS("campaign_us_delay_weeks.<theater>", "weeks", "the US intervention's delay drawn"),
    CAMPAIGN_US_SCALE("campaign_us_scale.<theater>", "share", "share of US forces in theater committed"),
    CAMPAIGN_JAPAN_BASING("campaign_japan_basing.<theater>", "0 or 1", "1 if Japan granted basing"),
    MUNITIONS_FIRED("munitions_fired.<theater>.<ISO3>.<munition>", "missiles", "a campaign's precision munitions fired"),
    MUNITIONS_EXHAUSTED("munitions_exhausted.<ISO3>.<munition>", "0 or 1", "1 if a campaign magazine ran dry"),
    MUNITIONS_WEEK_EXHAUSTED("munitions_week_exhausted.<ISO3>.<munition>", "war week", "the war week it did"),

    // Munitions and industry (MunitionsObserver, CampaignObserver for a campaign's magazines).
    MUNITIONS_DAYS_OF_SUPPLY_MIN("munitions_days_of_supply_min.<ISO3>.<munition>", "days",
            "lowest stock over the rate the holder uses it"),
    MUNITIONS_STOCK_END("munitions_stock_end.<ISO3>.<munition>", "rounds", "stock at the end"),
    MUNITIONS_CAPACITY_END("munitions_capacity_end.<ISO3>.<munition>", "rounds per year", "production capacity at the end"),
    MUNITIONS_PRODUCTION_CUM("munitions_production_cum.<ISO3>.<munition>", "rounds", "made over the horizon"),
    MUNITIONS_RECEIVED_CUM("munitions_received_cum.<ISO3>.<munition>", "rounds", "received over the horizon"),
    MUNITIONS_SENT_CUM("munitions_sent_cum.<ISO3>.<munition>", "rounds", "sent over the horizon"),
    MUNITIONS_CONSUMED_CUM("munitions_consumed_cum.<ISO3>.<munition>", "rounds", "fired over the horizon"),
    MUNITIONS_STOCK_YEAR("munitions_stock_<year>.<ISO3>.<munition>", "rounds", "stock on the last step of a calendar year"),
    MUNITIONS_PRODUCTION_YEAR("munitions_production_<year>.<ISO3>.<munition>", "rounds", "made in a calendar year"),
    MUNITIONS_PARTNER_SHARE("munitions_partner_share.<ISO3>", "share 0-1", "share of the actor's supply that came from partners"),
    MUNITIONS_PARTNER_SHARE_BY_MUNITION("munitions_partner_share.<ISO3>.<munition>", "share 0-1", "the same for one munition"),
    MUNITIONS_SUPPLY_SHARE("munitions_supply_share.<ISO3>.<partner>", "share 0-1", "share of the actor's supply from one partner"),
    MUNITIONS_FIRES_SUPPLIED_MIN("munitions_fires_supplied_min.<ISO3>.<theater>", "share 0-1",
            "lowest weekly share of the fires asked for that stocks delivered"),
    MUNITIONS_PRODUCTION_USD_CUM("munitions_production_usd_cum.<ISO3>", "current US$", "production over the horizon at unit cost"),
    MUNITIONS_COPRODUCTION_OUTPUT_CUM("munitions_coproduction_output_cum.<line>", "rounds", "a co-production line's output delivered"),
    MUNITIONS_COPRODUCTION_DELIVERED_SHARE("munitions_coproduction_delivered_share.<line>", "ratio", "output delivered over output agreed"),
    COPRODUCTION_WILLINGNESS_MIN("coproduction_willingness_min", "ratio", "lowest willingness to co-produce of a running line's party"),

    // The economy (GdpChangeObserver).
    GDP_CHANGE_PCT_Y1("gdp_change_pct_y1.<ID>", "percent", "GDP change over the 52 weeks from the first shock"),
    GDP_CHANGE_USD_Y1("gdp_change_usd_y1.<ID>", "current US$", "the same in US$"),
    GDP_CHANGE_PCT_CUM("gdp_change_pct_cum.<ID>", "percent", "GDP change summed over the horizon over baseline GDP"),
    GDP_CHANGE_PCT_YEAR("gdp_change_pct_<year>.<ID>", "percent", "GDP change in a calendar year: the yearly trajectory"),
    GDP_CHANGE_PCT_Y1_CHANNEL("gdp_change_pct_y1.<ID>.<channel>", "percent", "first-year GDP change, one channel acting alone"),
    GDP_CHANGE_USD_Y1_CHANNEL("gdp_change_usd_y1.<ID>.<channel>", "current US$", "the same in US$"),
    GDP_CHANGE_PCT_CUM_CHANNEL("gdp_change_pct_cum.<ID>.<channel>", "percent", "cumulative GDP change, one channel acting alone"),

    // Decisions and euro costs (DecisionObserver).
    DECISION_WAR("decision_war.<pair>", "0 or 1", "1 if the decision rule started the pair's war"),
    P_WAR_COND("p_war_cond.<pair>", "probability", "weekly war probabilities summed to the first start: the conditional estimate"),
    P_DECISION("p_decision.<pair>", "probability 0-1", "the chance of war the weekly hazards implied along the run's path"),
    HAZARD_MULTIPLIER_MAX("hazard_multiplier_max.<pair>", "ratio", "largest multiplier of the pair's base hazard"),
    P_CONFLICT_INDO_PACIFIC("p_conflict.indo_pacific", "0 or 1", "1 if a war started in the Taiwan Strait or Korea"),
    P_CONFLICT_NATO_EUROPE_AFTER_INDO_PACIFIC("p_conflict.nato_europe_after_indo_pacific", "0 or 1",
            "1 if a war on NATO's flank started after the first Indo-Pacific war"),
    POLICY_COST_EUR("policy_cost_eur", "euros", "the policy cost in euros"),
    POLICY_COST_EUR_CONST_YEAR("policy_cost_eur_const.<year>", "constant 2025 euros", "the policy cost incurred in a calendar year"),
    POLICY_COST_EUR_CONST("policy_cost_eur_const", "constant 2025 euros", "the sum of the years"),
    POLICY_COST_EUR_PV("policy_cost_eur_pv", "euros", "present value of the yearly constant-price costs"),

    // Influence (InfluenceObserver).
    NARRATIVE_SHARE_END("narrative_share_end.<group>", "share 0-1", "mean share of the group's publics holding the adversary narrative"),
    NARRATIVE_SHARE_MAX("narrative_share_max.<group>", "share 0-1", "the highest share any of the group's publics reached"),
    COALITION_WILLINGNESS_MIN("coalition_willingness_min", "ratio", "lowest willingness of the coalition's publics to join");

    /** The pattern syntax (a holder: an enum's constructor cannot read the enum's own static fields). */
    private static final class Syntax {
        /** What a placeholder matches; any other matches one dot-free key. Inside a stem, none may match '_'. */
        static final Map<String, String> VALUES = Map.of("year", "\\d{4}", "k", "\\d+", "days", "\\d+",
                "domain", "[a-z]+", "stock", "[a-z]+", "outcome", "[a-z]+", "pair", "[A-Z0-9_]+\\.[a-z_]+",
                "ID", "[A-Z0-9_]+", "ISO3", "[A-Z0-9_]+", "partner", "[A-Z0-9_]+");
        static final String KEY = "[^.]+";
        static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z0-9]+)>");
    }

    /** Fixed ids first, then fewer placeholders: p_conflict.indo_pacific before p_conflict.<theater>. */
    private static final List<Metric> MATCH_ORDER = Arrays.stream(values())
            .sorted(Comparator.comparingInt(m -> m.placeholders.size())).toList();
    private static final int INDEX = 3;
    /** {@link #MATCH_ORDER} by an id's first {@value #INDEX} characters, so that recognising an id tries few patterns. */
    private static final Map<String, List<Metric>> BY_START = MATCH_ORDER.stream()
            .collect(Collectors.groupingBy(m -> m.literals[0].substring(0, INDEX), Collectors.toList()));

    private final String pattern;
    private final String unit;
    private final String meaning;
    /** The pattern's text around the placeholders: one more than there are placeholders. */
    private final String[] literals;
    private final List<String> placeholders;
    private final String regex;
    private final Pattern compiled;
    /** The pattern's fixed text's length: an id's length less its keys'. */
    private final int fixedLength;

    Metric(String pattern, String unit, String meaning) {
        this.pattern = pattern;
        this.unit = unit;
        this.meaning = meaning;
        List<String> text = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder re = new StringBuilder();
        Matcher m = Syntax.PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (m.find()) {
            text.add(pattern.substring(from, m.start()));
            names.add(m.group(1));
            re.append(literal(pattern.substring(from, m.start()))).append('(').append(Syntax.VALUES.getOrDefault(m.group(1), Syntax.KEY)).append(')');
            from = m.end();
        }
        text.add(pattern.substring(from));
        re.append(literal(pattern.substring(from)));
        this.literals = text.toArray(String[]::new);
        this.fixedLength = text.stream().mapToInt(String::length).sum();
        this.placeholders = List.copyOf(names);
        this.regex = re.toString();
        this.compiled = Pattern.compile(regex);
    }

    /** A pattern's fixed text as a regular expression both Java and JavaScript read: only dots need escaping. */
    private static String literal(String text) {
        if (!text.matches("[a-z0-9_.A-Z]*")) {
            throw new IllegalArgumentException("metric pattern text '" + text + "' may hold only letters, digits, '_' and '.'");
        }
        return text.replace(".", "\\.");
    }

    /** The id pattern, placeholders in angle brackets: {@code gdp_change_pct_<year>.<ID>}. */
    public String pattern() {
        return pattern;
    }

    /** The unit of the family's values, as docs/metrics.md states it. */
    public String unit() {
        return unit;
    }

    public String meaning() {
        return meaning;
    }

    /** The placeholders' names in the pattern's order. */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * A regular expression (Java and JavaScript alike) matching the family's ids whole, one
     * capturing group per placeholder; ids of a family earlier in {@link #matchOrder()} take precedence.
     */
    public String regex() {
        return regex;
    }

    /** The id with each placeholder replaced by a key, in the pattern's order: {@code P_CONFLICT.id("taiwan")}. */
    public String id(String... keys) {
        if (keys.length != placeholders.size()) {
            throw new IllegalArgumentException(name() + " (" + pattern + ") takes " + placeholders.size() + " key(s) "
                    + placeholders + ", not " + keys.length + ": " + Arrays.toString(keys));
        }
        if (keys.length == 0) {
            return pattern;
        }
        int length = fixedLength;
        for (String k : keys) {
            length += k.length();
        }
        // Sized exactly: observers build a few thousand ids per replication.
        StringBuilder id = new StringBuilder(length).append(literals[0]);
        for (int i = 0; i < keys.length; i++) {
            id.append(keys[i]).append(literals[i + 1]);
        }
        return id.toString();
    }

    /** The id of a family whose one placeholder is a number (a year, a year of the horizon). */
    public String id(int key) {
        return id(Integer.toString(key));
    }

    /** Whether the id belongs to this family (and to no family that takes precedence). */
    public boolean matches(String id) {
        return of(id).map(m -> m.family() == this).orElse(false);
    }

    /** The family and keys of a metric id, or empty when no family's pattern matches it. */
    public static Optional<MetricId> of(String id) {
        if (id.length() < INDEX) {
            return Optional.empty();
        }
        for (Metric m : BY_START.getOrDefault(id.substring(0, INDEX), List.of())) {
            if (!id.startsWith(m.literals[0])) {
                continue;
            }
            Matcher r = m.compiled.matcher(id);
            if (r.matches()) {
                List<String> keys = new ArrayList<>(r.groupCount());
                for (int g = 1; g <= r.groupCount(); g++) {
                    keys.add(r.group(g));
                }
                return Optional.of(new MetricId(m, keys));
            }
        }
        return Optional.empty();
    }

    /** The families in the order {@link #of(String)} tries them: fixed ids first, then by placeholder count. */
    public static List<Metric> matchOrder() {
        return MATCH_ORDER;
    }
}
