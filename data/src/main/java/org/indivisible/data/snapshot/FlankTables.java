package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The flank table ({@code flank.csv}): parameters of Europe without the US, the time-phased
 * flank balance ({@code flank.*}) and force generation ({@code forces.generation.*}), each with a
 * source, a locator in it, and a status (docs/forces-and-combat.md sections 4a-4c). Figures read
 * in the research copy's {@code forces/cited_force_figures.csv} are cited by its row (F014...);
 * where the model needs a share the source does not give, the row is an assumption and its note
 * says which sourced figure informs it. Hand-entered here, written by {@link SnapshotBuilder}.
 */
final class FlankTables {

    static final String NAME = "flank.csv";
    static final String[] HEADER = {"parameter", "value", "low", "high", "distribution", "unit", "source_id", "locator",
        "status", "note"};

    private FlankTables() {
    }

    static List<Source> sources() {
        String read = "Read in shared/data/forces/cited_force_figures.csv (quotes with locators, transcribed from "
                + "stored copies; see cited_force_sources.csv); short quotes only (publisher copyright).";
        return List.of(
            new Source("csis-2023-wartime-transatlantic", "Wartime Transatlantic Defense (companion volume to the 2023 "
                    + "CSIS Global Security Forum), chapter on NATO readiness by Mark Cancian", "CSIS",
                    "Cook, C. et al. (2023). A Companion Volume to the 2023 CSIS Global Security Forum. Washington, DC: "
                            + "CSIS, 5 September 2023.", "publisher copyright; short quotes only", "", "",
                    "forces/cited_force_figures.csv", read),
            new Source("csis-2024-forward-defense", "Strengthening U.S. Force Posture in Europe (Forward Defense)",
                    "CSIS", "Jones, S. G. et al. (2024). Strengthening U.S. Force Posture in Europe. Washington, DC: "
                            + "CSIS, 11 March 2024.", "publisher copyright; short quotes only", "", "",
                    "forces/cited_force_figures.csv", read),
            new Source("rand-2016-rr1253", "Reinforcing Deterrence on NATO's Eastern Flank: Wargaming the Defense of "
                    + "the Baltics (RR-1253)", "RAND Corporation",
                    "Shlapak, D. A. and M. W. Johnson (2016). Reinforcing Deterrence on NATO's Eastern Flank: Wargaming "
                            + "the Defense of the Baltics. Santa Monica, CA: RAND, RR-1253-A.",
                    "publisher copyright; short quotes only", "", "", "forces/cited_force_figures.csv", read),
            new Source("rand-2018-shlapak", "Shlapak (2018), RAND follow-up on the Baltic defence force, as quoted by IMI",
                    "RAND Corporation (quoted by Informationsstelle Militarisierung)",
                    "Shlapak, D. A. (2018), quoted in IMI, 7 June 2018, 'Osteuropa: NATO-Praesenz'.",
                    "publisher copyright; short quotes only", "", "", "forces/cited_force_figures.csv", read));
    }

    // parameter,value,low,high,distribution,unit,source_id,locator,status,note
    private static final String ROWS = """
            decision.reference.balance.CHN.taiwan,0.451443,0.451443,0.451443,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.CHN.taiwan,18.876667,18.876667,18.876667,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.balance.PRK.korea,-1.555145,-1.555145,-1.555145,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.PRK.korea,18.876667,18.876667,18.876667,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.balance.RUS.nato_europe,-1.040456,-1.040456,-1.040456,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.RUS.nato_europe,12.507833,12.507833,12.507833,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.balance.RUS.ukraine,0,0,0,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.RUS.ukraine,0,0,0,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            flank.allies.shareByDay.d10,0.1,0.05,0.15,triangular,share,csis-2023-wartime-transatlantic,"ch. NATO readiness, Force Model paragraph (cited_force_figures F014)",assumption,"NATO Force Model: over 100,000 troops in up to 10 days; as a share of European allies' power in Europe over an active strength of roughly 1.5-2 million (the denominator is our assumption, not read)"
            flank.allies.shareByDay.d30,0.25,0.15,0.35,triangular,share,csis-2023-wartime-transatlantic,"ch. NATO readiness, Force Model paragraph (F015)",assumption,"Force Model: a further 200,000 troops in 10 to 30 days (300,000 in all); same denominator"
            flank.allies.shareByDay.d180,0.6,0.45,0.8,triangular,share,csis-2023-wartime-transatlantic,"ch. NATO readiness, Force Model paragraph (F016)",assumption,"Force Model: at least 500,000 more between 30 and 180 days (800,000 in all); same denominator"
            flank.us.presentShareByDay.d10,0.4,0.25,0.6,triangular,share,csis-2023-wartime-transatlantic,"ch. NATO readiness (F018)",assumption,"US forces in Europe are based mostly in Germany, Italy and the UK; in 2022 the US sent about 24,000 troops east within weeks (of 32,000 NATO-wide)"
            flank.us.presentShareByDay.d30,0.7,0.5,0.9,triangular,share,csis-2023-wartime-transatlantic,"ch. NATO readiness (F018, F097)",assumption,"the German VJTF brigade needs about 10 days from Munster to Zagan; a month moves most of the US forces in Europe east"
            flank.us.presentShareByDay.d180,0.9,0.8,1,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"nearly all US forces in Europe can be on the flank within six months; some stay to protect bases and lines of communication"
            flank.russia.massShareByDay.d10,0.3,0.2,0.45,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"share of Russia's power facing NATO (Leningrad and Moscow districts, Kaliningrad, fleets) massed against the Baltic flank with little warning"
            flank.russia.massShareByDay.d30,0.5,0.35,0.7,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"a month of mobilisation and rail movement"
            flank.russia.massShareByDay.d180,0.8,0.6,0.95,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"six months: most of the force facing NATO, the rest held against other fronts"
            flank.us.reinforceShare.armoured_brigade,0.4,0.2,0.6,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"share of ready US homeland brigades NATO's plans count on for Europe; the US share of Force Model commitments is classified and being reduced (Reuters 2026, F045)"
            flank.us.reinforceShare.fighter_squadron,0.4,0.2,0.6,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"as for brigades; air power reinforces first"
            flank.us.reinforceShare.bomber_squadron,0.3,0.1,0.5,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"bomber task force rotations through Europe"
            flank.us.reinforceShare.surface_combatant,0.2,0.1,0.4,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"Atlantic and Second Fleet ships"
            flank.us.reinforceShare.submarine,0.2,0.1,0.4,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"Atlantic attack submarines"
            flank.us.reinforceShare.carrier_group,0.15,0,0.3,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"one of the ready East Coast carriers"
            flank.us.reinforceShare.amd_battery,0.3,0.1,0.5,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"Patriot battalions are in demand everywhere"
            flank.us.reinforceShare.long_range_fires,0.4,0.2,0.6,triangular,share,assumption-forces,docs/forces-and-combat.md 4a,assumption,"HIMARS battalions of the reinforcing corps"
            flank.us.closureDays.armoured_brigade,60,30,90,triangular,days,csis-2023-wartime-transatlantic,"ch. NATO readiness (F020)",estimate,"a 2017 US Army study: about two months from Fort Riley, Kansas, to Zagan, Poland; prepositioned stocks shorten it (low end)"
            flank.us.closureDays.fighter_squadron,7,3,14,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"self-deploying with tanker support"
            flank.us.closureDays.bomber_squadron,3,1,7,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"bombers fly missions from the US or deploy within days"
            flank.us.closureDays.surface_combatant,14,10,21,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"about 3,500 nautical miles at 16-18 knots (8-9 days) plus sailing preparation"
            flank.us.closureDays.submarine,14,10,21,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"as surface combatants, at a lower speed of advance"
            flank.us.closureDays.carrier_group,14,10,21,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"as surface combatants"
            flank.us.closureDays.amd_battery,45,30,75,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"by sea with the reinforcing corps; airlift of a battery takes dozens of sorties"
            flank.us.closureDays.long_range_fires,30,15,60,triangular,days,assumption-forces,docs/forces-and-combat.md 4a,assumption,"launchers airlifted, munitions and support by sea"
            posture.withdrawal.share,0,0,0,fixed,share,assumption-forces,docs/forces-and-combat.md 4e,assumption,"a US policy, not NATO's: the share of US elements in Europe that go home; 0 (none) unless a scenario sets it (us-withdrawal.yaml)"
            posture.withdrawal.startYear,2027,2027,2027,fixed,calendar year,assumption-forces,docs/forces-and-combat.md 4e,assumption,"the year the withdrawal starts (1 January), when a scenario sets one"
            posture.withdrawal.years,2,2,2,fixed,years,assumption-forces,docs/forces-and-combat.md 4e,assumption,"how long the withdrawal takes"
            posture.withdrawal.reinforceKept,1,1,1,fixed,share,assumption-forces,docs/forces-and-combat.md 4e,assumption,"share of the reinforcements earmarked for Europe the US still plans to send once it has withdrawn"
            forces.russia.reconstitution.targetMultiplier,1.5,1.2,2,triangular,times the starting elements,csis-2024-forward-defense,"ch. 3, Russian military reforms (cited_force_figures F143)",assumption,"Russia plans to turn seven motorised infantry brigades into divisions and to build up the Leningrad district; what it rebuilds facing NATO after the war, over its depleted forces now, is our range"
            forces.russia.reconstitution.yearsToTarget,5,3,10,triangular,years,assumption-forces,docs/forces-and-combat.md 4c,assumption,"years from a ceasefire in Ukraine to that strength at today's partner supply; public assessments range from a few years to a decade (none read from a stored copy)"
            forces.generation.procurementShare,0.4,0.25,0.5,triangular,share,nato-defexp-2024,"table of equipment expenditure as a share of defence expenditure",assumption,"share of an ally's money above its starting real budget that orders new elements; European allies spend about 30% of budgets on equipment, extra money leans more to equipment"
            forces.generation.costGrowthPctPerYear,3,2,5,triangular,percent a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"growth of defence costs in current US$ (inflation plus defence cost escalation) that deflates budgets before they buy"
            forces.generation.maxPerYear.armoured_brigade,3,2,5,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"European deliveries of tanks and infantry fighting vehicles (Leopard 2, K2 for Poland, CV90) equipping two to five brigades a year"
            forces.generation.maxPerYear.fighter_squadron,4,3,6,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"F-35, Typhoon, Rafale and Gripen deliveries to European allies, 18-24 aircraft a squadron"
            forces.generation.maxPerYear.bomber_squadron,0.2,0,0.5,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"Europe builds no bombers; long-range strike aircraft substitute slowly"
            forces.generation.maxPerYear.surface_combatant,6,4,8,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"European yards commission about four to eight frigates and destroyers a year"
            forces.generation.maxPerYear.submarine,2,1,3,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"European submarine yards (TKMS, Naval Group, Saab Kockums, BAE)"
            forces.generation.maxPerYear.carrier_group,0.1,0,0.2,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"at most one carrier a decade"
            forces.generation.maxPerYear.amd_battery,6,4,10,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"Patriot, SAMP/T and IRIS-T SLM fire units for European allies"
            forces.generation.maxPerYear.long_range_fires,4,2,6,triangular,elements a year,assumption-forces,docs/forces-and-combat.md 4b,assumption,"HIMARS, Chunmoo and PULS battalions for European allies"
            """;

    /** Every row of flank.csv, sorted by parameter id. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(ROWS.strip())).getRecords()) {
                rows.add(r.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.sort(Comparator.comparing(r -> r.get(0)));
        return rows;
    }

    static void write(OutputTable table) {
        for (List<String> row : rows()) {
            table.add(row, row.get(6), row.get(8), 3);
        }
    }
}
