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

    // parameter,value,low,high,distribution,unit,source_id,locator,status,note
    private static final String ROWS = """
            decision.reference.balance.CHN.taiwan,0.451443,0.451443,0.451443,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.CHN.taiwan,18.876667,18.876667,18.876667,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.balance.PRK.korea,-1.555145,-1.555145,-1.555145,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.PRK.korea,18.876667,18.876667,18.876667,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.balance.RUS.nato_europe,-0.844683,-0.844683,-0.844683,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.RUS.nato_europe,12.507833,12.507833,12.507833,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.balance.RUS.ukraine,0,0,0,fixed,ln power ratio,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the balance feature (ln of the aggressor side over the defender side): the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.usPower.RUS.ukraine,0,0,0,fixed,armoured brigade equivalents,assumption-forces,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of US combat power at the pair's location: the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md section 2)"
            decision.reference.endurance.CHN.taiwan,0,0,0,fixed,days of fire,assumption-munitions,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the defenders' munitions endurance: days their stocks and compatibility pools sustain fire in the theater (0: no defender fires there or the theater's forces are not modelled, the feature is off), the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md sections 2 and 10)"
            decision.reference.endurance.PRK.korea,258.333333,258.333333,258.333333,fixed,days of fire,assumption-munitions,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the defenders' munitions endurance: days their stocks and compatibility pools sustain fire in the theater (0: no defender fires there or the theater's forces are not modelled, the feature is off), the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md sections 2 and 10)"
            decision.reference.endurance.RUS.nato_europe,240.000000,240.000000,240.000000,fixed,days of fire,assumption-munitions,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the defenders' munitions endurance: days their stocks and compatibility pools sustain fire in the theater (0: no defender fires there or the theater's forces are not modelled, the feature is off), the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md sections 2 and 10)"
            decision.reference.endurance.RUS.ukraine,0,0,0,fixed,days of fire,assumption-munitions,"ReferenceLevelsTest: baseline.yaml, P0, central values, first week",derived,"reference level of the defenders' munitions endurance: days their stocks and compatibility pools sustain fire in the theater (0: no defender fires there or the theater's forces are not modelled, the feature is off), the baseline's start at central values, the same in every treatment and scenario (docs/decisions.md sections 2 and 10)"
            enablers.europe.isr_c2,71,60,85,triangular,aircraft,CSIS2023_AirEnablers,"comparison paragraph and capability list (cited_force_figures F070, F068)",estimate,"airborne C2 (roughly 35 European platforms) plus crewed ISR aircraft (roughly three dozen); ISR drones not counted"
            enablers.us.isr_c2,270,240,300,triangular,aircraft,CSIS2023_AirEnablers,"comparison paragraph (F071, F073)",estimate,"over 120 US airborne C2 aircraft plus 150 crewed ISR aircraft"
            enablers.europe.tanker,150,130,160,triangular,aircraft,CSIS2023_AirEnablers,"comparison paragraph (F072; F066)",estimate,"about 150 European aircraft able to refuel others (156 counting multirole A330 and A400M; only 27 dedicated)"
            enablers.us.tanker,450,400,470,triangular,aircraft,CSIS2023_AirEnablers,"comparison paragraph (F072)",estimate,"almost 450 US air-to-air refuelling aircraft"
            enablers.europe.airlift,64.5,50,80,triangular,C-17 equivalents,CSIS2023_AirEnablers,"capability list (F062, F063)",derived,"11 C-17 (8 UK, 3 NATO SAC) plus 107 A400M counted at half a C-17 each (the A400M's payload is roughly half; the factor is our assumption)"
            enablers.us.airlift,300,250,330,triangular,C-17 equivalents,assumption-forces,docs/forces-and-combat.md 4e,assumption,"US strategic airlift (C-17 and C-5 fleets) in C-17 equivalents; not read from a stored source"
            enablers.europe.sead_ew,0,0,5,triangular,aircraft,CSIS2023_AirEnablers,"section on Libya (F059)",estimate,"NATO is wholly dependent on the United States for SEAD; Europe's few electronic-attack aircraft make the high end"
            enablers.us.sead_ew,150,120,170,triangular,aircraft,assumption-forces,docs/forces-and-combat.md 4e,assumption,"US electronic-attack and SEAD aircraft (EA-18G squadrons and the like); not read from a stored source. NATO's stand-off jamming is US only (RUSI 2024, research copy F085)"
            enablers.usShareToEurope.isr_c2,0.3,0.15,0.5,triangular,share,assumption-forces,docs/forces-and-combat.md 4e,assumption,"share of US ISR and C2 aircraft NATO's plans count on for Europe in a crisis"
            enablers.usShareToEurope.tanker,0.3,0.15,0.5,triangular,share,assumption-forces,docs/forces-and-combat.md 4e,assumption,"share of US tankers NATO's plans count on for Europe"
            enablers.usShareToEurope.airlift,0.3,0.15,0.5,triangular,share,assumption-forces,docs/forces-and-combat.md 4e,assumption,"share of US strategic airlift for Europe's reinforcement"
            enablers.usShareToEurope.sead_ew,0.3,0.15,0.5,triangular,share,assumption-forces,docs/forces-and-combat.md 4e,assumption,"share of US SEAD and electronic attack for Europe"
            enablers.pacificClaim.isr_c2,0.6,0.4,0.9,triangular,share,us-nds-2022,docs/forces-and-combat.md 4e,assumption,"share of the US enablers meant for Europe that a war in the Pacific takes (China the pacing challenge; the Pacific's distances need tankers and ISR most)"
            enablers.pacificClaim.tanker,0.7,0.5,0.9,triangular,share,us-nds-2022,docs/forces-and-combat.md 4e,assumption,"as for ISR; tankers are the binding constraint across the Pacific"
            enablers.pacificClaim.airlift,0.6,0.4,0.9,triangular,share,us-nds-2022,docs/forces-and-combat.md 4e,assumption,"share of the US airlift meant for Europe that a Pacific war takes: the Pacific's distances and island bases need airlift first"
            enablers.pacificClaim.sead_ew,0.6,0.4,0.9,triangular,share,us-nds-2022,docs/forces-and-combat.md 4e,assumption,"share of the US SEAD and electronic attack meant for Europe that a Pacific war takes: China's integrated air defences are the pacing threat"
            enablers.weight.isr_c2,0.35,0.2,0.5,triangular,exponent,CSIS2023_AirEnablers,"section on Libya (F056, F058)",assumption,"elasticity of NATO's air power to its ISR and C2 coverage; in Libya 2011 the US provided 80% of ISR and 25% of airborne C2: without them the campaign could not have run as planned (the size is ours)"
            enablers.weight.tanker,0.25,0.1,0.4,triangular,exponent,CSIS2023_AirEnablers,"section on Libya (F056)",assumption,"elasticity of NATO's air power to its refuelling coverage (US: 80% of refuelling in Libya)"
            enablers.weight.sead_ew,0.25,0.1,0.4,triangular,exponent,CSIS2023_AirEnablers,"section on Libya (F059)",assumption,"elasticity of NATO's air power to SEAD coverage: against Russia's air defences, no SEAD keeps aircraft at stand-off"
            enablers.unitCostUsdMillions.isr_c2,800,600,1000,triangular,million US$ per aircraft,RUSI2025_UKAirDefence,"AEW section (F276)",derived,"E-7 Wedgetail at GBP 630 million per aircraft (UK), at about 1.27 US$ per pound (the rate is our assumption)"
            enablers.unitCostUsdMillions.tanker,72,60,159,triangular,million US$ per aircraft,Janes2021_MRTT,"article (F288); high end AFMag_KC46Lot11 (F284)",derived,"France's order of three A330 MRTT for EUR 200 million (about 72 million US$ each at 1.08 US$ per euro); the KC-46 at 159 million US$ (Lot 11) as the high end"
            enablers.unitCostUsdMillions.airlift,200,150,340,triangular,million US$ per C-17 equivalent,assumption-forces,docs/forces-and-combat.md 4e,assumption,"two A400M or one C-17 per C-17 equivalent; not read from a stored source"
            enablers.unitCostUsdMillions.sead_ew,90,70,120,triangular,million US$ per aircraft,assumption-forces,docs/forces-and-combat.md 4e,assumption,"an electronic-attack fighter with its pods; not read from a stored source"
            enablers.keepShareOfUnitCostPerYear,0.08,0.05,0.12,triangular,share per year,assumption-forces,docs/forces-and-combat.md 4e,assumption,"operation and support over a 30-year life of about two to three times the purchase price"
            enablers.maxPerYear.isr_c2,4,2,6,triangular,aircraft a year,assumption-forces,docs/forces-and-combat.md 4e,assumption,"European deliveries of E-7-class and ISR aircraft a year"
            enablers.maxPerYear.tanker,8,5,12,triangular,aircraft a year,assumption-forces,docs/forces-and-combat.md 4e,assumption,"A330 MRTT deliveries available to European buyers a year"
            enablers.maxPerYear.airlift,8,5,12,triangular,C-17 equivalents a year,assumption-forces,docs/forces-and-combat.md 4e,assumption,"A400M output of roughly 10-15 aircraft a year"
            enablers.maxPerYear.sead_ew,6,2,10,triangular,aircraft a year,assumption-forces,docs/forces-and-combat.md 4e,assumption,"no European SEAD line today: conversions of existing fighters"
            flank.allies.shareByDay.d10,0.1,0.05,0.15,triangular,share,CSIS2023_WartimeTransatlantic,"ch. NATO readiness, Force Model paragraph (cited_force_figures F014)",assumption,"NATO Force Model: over 100,000 troops in up to 10 days; as a share of European allies' power in Europe over an active strength of roughly 1.5-2 million (the denominator is our assumption, not read)"
            flank.allies.shareByDay.d30,0.25,0.15,0.35,triangular,share,CSIS2023_WartimeTransatlantic,"ch. NATO readiness, Force Model paragraph (F015)",assumption,"Force Model: a further 200,000 troops in 10 to 30 days (300,000 in all); same denominator"
            flank.allies.shareByDay.d180,0.6,0.45,0.8,triangular,share,CSIS2023_WartimeTransatlantic,"ch. NATO readiness, Force Model paragraph (F016)",assumption,"Force Model: at least 500,000 more between 30 and 180 days (800,000 in all); same denominator"
            flank.us.presentShareByDay.d10,0.4,0.25,0.6,triangular,share,CSIS2023_WartimeTransatlantic,"ch. NATO readiness (F018)",assumption,"US forces in Europe are based mostly in Germany, Italy and the UK; in 2022 the US sent about 24,000 troops east within weeks (of 32,000 NATO-wide)"
            flank.us.presentShareByDay.d30,0.7,0.5,0.9,triangular,share,CSIS2023_WartimeTransatlantic,"ch. NATO readiness (F018, F097)",assumption,"the German VJTF brigade needs about 10 days from Munster to Zagan; a month moves most of the US forces in Europe east"
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
            flank.us.closureDays.armoured_brigade,60,30,90,triangular,days,CSIS2023_WartimeTransatlantic,"ch. NATO readiness (F020)",estimate,"a 2017 US Army study: about two months from Fort Riley, Kansas, to Zagan, Poland; prepositioned stocks shorten it (low end)"
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
            forces.russia.reconstitution.targetMultiplier,1.5,1.2,2,triangular,times the starting elements,CSIS2024_ForwardDefense,"ch. 3, Russian military reforms (cited_force_figures F143)",assumption,"Russia plans to turn seven motorised infantry brigades into divisions and to build up the Leningrad district; what it rebuilds facing NATO after the war, over its depleted forces now, is our range"
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
