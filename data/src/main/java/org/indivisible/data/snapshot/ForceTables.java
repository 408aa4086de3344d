package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The forces table ({@code forces.csv}): the uncertain parameters of the forces, posture and
 * combat parts, one per row with its range, unit, source, locator (page, table, section or
 * paragraph), status and note. Orders of battle ({@code forces.oob.<location>.<ISO3>.<type>},
 * elements) describe today's forces: a row is {@code estimate} when its count rests on a figure
 * for that actor in the cited source (shared/data forces/cited_force_figures.csv, COW NMC
 * personnel, or a stored public page), converted to elements by a rule its note names and
 * docs/forces-and-combat.md states with its status; otherwise it is an {@code assumption} whose
 * note gives the reason. No commercial ranking is used. The force-type attributes, redeployment
 * shares and combat rates are assumptions or estimates with their reasoning in the note. The
 * rows are hand-entered here and written by {@link SnapshotBuilder}, which checks every cited
 * fig_id and personnel figure against shared/data; {@link EmbeddedSnapshot} turns them into
 * parameters.
 */
final class ForceTables {

    private ForceTables() {
    }

    static final String NAME = "forces.csv";
    static final String[] HEADER = {"parameter", "value", "low", "high", "distribution", "unit", "source_id", "locator",
        "status", "note"};

    // parameter,value,low,high,distribution,unit,source_id,status,note  (notes that repeat are filled in by kind)
    private static final String ROWS = """
            forces.type.armoured_brigade.raiseCostUsdMillions,3000,2000,4500,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,ABCT equipment at FY2025 unit costs: about 87 tanks and 150 infantry fighting vehicles plus artillery and support
            forces.type.fighter_squadron.raiseCostUsdMillions,2400,1800,3200,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,24 fifth-generation fighters with initial spares at FY2025 unit costs
            forces.type.bomber_squadron.raiseCostUsdMillions,9000,6000,12000,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,12 new long-range bombers at the stated average procurement unit cost (about US$0.7 bn in 2022 dollars)
            forces.type.surface_combatant.raiseCostUsdMillions,2000,1000,2700,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,one large destroyer at FY2025 cost (about US$2.2-2.7 bn); European frigates cost about 1 bn
            forces.type.submarine.raiseCostUsdMillions,3000,800,4500,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,one attack submarine: nuclear about 3.5-4.5 bn at FY2025 cost; conventional about 0.8-1 bn
            forces.type.carrier_group.raiseCostUsdMillions,17000,13000,20000,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,a large-deck carrier and its air wing; escorts are counted as surface combatants
            forces.type.amd_battery.raiseCostUsdMillions,1100,500,2400,triangular,US$ millions (2024),BI2023_Patriot,article (cited_force_figures F280),estimate,a Patriot battery costs about US$1.1 bn (2023 report); a first load of interceptors and foreign-sale prices (0.5-2.4 bn) give the range
            forces.type.long_range_fires.raiseCostUsdMillions,500,300,1000,triangular,US$ millions (2024),us-dod-fy2025,"Program Acquisition Cost by Weapon System FY2025, the system's unit-cost page (cited, not read here)",assumption,a battalion of 16-18 rocket launchers with a first load of guided rockets and missiles
            forces.type.armoured_brigade.keepCostUsdMillionsPerYear,1800,1500,3000,triangular,US$ millions per year,CSIS2023_RepelDontExpel,Baltic force options (cited_force_figures F264),estimate,one ABCT costs about US$1.8 bn a year including support (CSIS 2023); operations alone US$0.69 bn (F263)
            forces.type.fighter_squadron.keepCostUsdMillionsPerYear,450,300,700,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.bomber_squadron.keepCostUsdMillionsPerYear,800,500,1200,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.surface_combatant.keepCostUsdMillionsPerYear,110,80,150,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.submarine.keepCostUsdMillionsPerYear,90,60,120,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.carrier_group.keepCostUsdMillionsPerYear,1500,1000,2000,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.amd_battery.keepCostUsdMillionsPerYear,150,100,250,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.long_range_fires.keepCostUsdMillionsPerYear,150,100,250,triangular,US$ millions per year,cbo-force-structure-2021,"ch. 1, how CBO estimated the costs of the force structure (cited, not read here)",assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.armoured_brigade.readiness,0.55,0.4,0.7,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,share of elements ready to fight within about 30 days
            forces.type.fighter_squadron.readiness,0.6,0.5,0.75,triangular,share,gao-23-106217,"mission-capable rates by aircraft type (cited, not read here)",assumption,GAO reports mission-capable rates mostly between about 50% and 75% for US fighters
            forces.type.bomber_squadron.readiness,0.55,0.45,0.7,triangular,share,gao-23-106217,"mission-capable rates by aircraft type (cited, not read here)",assumption,GAO reports bomber mission-capable rates around 50-65%
            forces.type.surface_combatant.readiness,0.55,0.4,0.7,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,ships in maintenance and training cycles are not ready
            forces.type.submarine.readiness,0.55,0.4,0.7,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,submarines idle awaiting maintenance lower availability
            forces.type.carrier_group.readiness,0.45,0.3,0.6,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,about a third to a half of carriers are deployable at any time in a rotational cycle
            forces.type.amd_battery.readiness,0.65,0.5,0.8,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,share of elements ready to fight within about 30 days
            forces.type.long_range_fires.readiness,0.65,0.5,0.8,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,share of elements ready to fight within about 30 days
            forces.type.armoured_brigade.transitWeeks,8,6,12,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,sealift: about 11000 nautical miles Europe to Japan via Suez at 18-20 knots (about 3.5 weeks) plus loading and unloading
            forces.type.fighter_squadron.transitWeeks,1.5,1,3,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,ferry flight with tankers and airlift of support
            forces.type.bomber_squadron.transitWeeks,1,0.5,2,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,global range; support by airlift
            forces.type.surface_combatant.transitWeeks,4,3,6,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,about 10000 nautical miles at 16-20 knots
            forces.type.submarine.transitWeeks,5,4,7,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,submerged transit at lower speed of advance
            forces.type.carrier_group.transitWeeks,4,3,6,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,about 10000 nautical miles at 20 knots plus work-up
            forces.type.amd_battery.transitWeeks,6,3,10,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,sealift; airlift of a battery needs dozens of strategic airlift sorties
            forces.type.long_range_fires.transitWeeks,4,2,8,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,launchers are air-transportable; munitions and support by sea
            forces.type.armoured_brigade.raiseYears,4,3,6,triangular,years,de-bmvg-2023,"German-Lithuanian roadmap of 18 December 2023 (cited, not read here)",assumption,the brigade for Lithuania is planned from 2023 to full strength in 2027
            forces.type.fighter_squadron.raiseYears,4,3,6,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,aircraft delivery queues plus pilot training
            forces.type.bomber_squadron.raiseYears,7,5,10,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,few production lines and long build times
            forces.type.surface_combatant.raiseYears,6,4,8,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,order to commissioning of a destroyer or frigate
            forces.type.submarine.raiseYears,8,6,10,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,order to commissioning
            forces.type.carrier_group.raiseYears,10,8,12,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,order to commissioning of a large-deck carrier
            forces.type.amd_battery.raiseYears,3.5,2,5,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,order to delivery of Patriot-class batteries in recent foreign sales
            forces.type.long_range_fires.raiseYears,3,2,4,triangular,years,assumption-forces,"docs/forces-and-combat.md, section 1 (force elements)",assumption,order to delivery of rocket-launcher battalions in recent foreign sales
            posture.redeploy.shareFromEurope.armoured_brigade,0.1,0,0.3,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,heavy ground forces are least useful in a maritime war and slowest to move; most stay
            posture.redeploy.shareFromEurope.fighter_squadron,0.4,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,air power is the first swing force
            posture.redeploy.shareFromEurope.bomber_squadron,0.8,0.5,1,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,bombers rotate through Europe and would be pulled to the Pacific
            posture.redeploy.shareFromEurope.surface_combatant,0.5,0.3,0.8,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,naval forces swing to the pacing challenge
            posture.redeploy.shareFromEurope.submarine,0.5,0.3,0.8,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,naval forces swing to the pacing challenge
            posture.redeploy.shareFromEurope.carrier_group,1,0.5,1,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,a carrier in European waters would be sent to the Pacific
            posture.redeploy.shareFromEurope.amd_battery,0.4,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,Patriot batteries are scarce; the US has moved them between theaters before (e.g. out of the Middle East in 2021 as reported)
            posture.redeploy.shareFromEurope.long_range_fires,0.3,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,long-range fires are central to a Pacific denial defence
            posture.redeploy.shareFromHomeland.armoured_brigade,0.05,0,0.2,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,few heavy forces go to a maritime war
            posture.redeploy.shareFromHomeland.fighter_squadron,0.4,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.bomber_squadron,0.5,0.3,0.8,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.surface_combatant,0.4,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.submarine,0.4,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.carrier_group,0.4,0.2,0.6,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,ready carriers surge; others are in maintenance (readiness)
            posture.redeploy.shareFromHomeland.amd_battery,0.3,0.1,0.5,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.long_range_fires,0.3,0.1,0.5,triangular,share,us-nds-2022,"section on the PRC as the pacing challenge (cited, not read here)",assumption,homeland reserve surges to the Pacific
            posture.redeploy.decisionWeeks,2,1,6,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 3 (posture and redeployment)",assumption,from the war's start to the first units leaving
            posture.return.delayWeeks,26,8,52,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 3 (posture and redeployment)",assumption,forces stay in the Pacific after a ceasefire before returning
            posture.planning.transitFactor,0.7,0.5,0.9,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 3 (posture and redeployment)",assumption,P1 operational planning (prepared plans and prepositioned stocks) shortens decision and transit times to this share
            posture.planning.readinessGain,0.25,0.1,0.4,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 3 (posture and redeployment)",assumption,P1 operational planning closes this share of European allies' readiness gap to 1
            posture.allies.makeUpShare,0.2,0,0.5,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 3 (posture and redeployment)",assumption,share of the US combat power leaving Europe that allies make up by surging readiness
            posture.allies.responseWeeks,12,4,26,triangular,weeks,assumption-forces,"docs/forces-and-combat.md, section 3 (posture and redeployment)",assumption,from the US departure to the allies' surge
            forces.europe.newForcesBudgetShare,0.1,0.05,0.2,triangular,share,nato-defexp-2024,"table of equipment expenditure as a share of defence expenditure (cited, not read here)",assumption,NATO reports European allies spend about 30% of defence budgets on equipment; about a third of that could go to new forces
            combat.attackerLossPerDayAtParity,0.005,0.002,0.01,triangular,share per day,dupuy-1990,"chapters on daily casualty rates of divisions (cited, not read here)",assumption,Dupuy's divisional attacker losses of about 1-2% a day in intense combat times the share of a theater's force engaged on a typical day (about 20-50%)
            combat.defenderLossPerDayAtParity,0.003,0.001,0.006,triangular,share per day,dupuy-1990,"chapters on daily casualty rates of divisions (cited, not read here)",assumption,defenders lose about half to two thirds of attackers' daily rates in Dupuy's data; same engaged share
            combat.breakpointShare,0.5,0.3,0.7,triangular,share,assumption-forces,"docs/forces-and-combat.md, section 5 (combat)",assumption,a side that has lost half of its combat power stops fighting for the campaign's objective
            combat.stochastic,0,0,0,fixed,0 or 1,assumption-forces,"docs/forces-and-combat.md, section 5 (combat)",assumption,1 draws Poisson losses around the deterministic square law
            combat.salvo.engagedSharePerWeek,0.1,0.02,0.25,triangular,share per week,assumption-forces,"docs/forces-and-combat.md, section 5 (combat)",assumption,share of a side's ready surface combatants that fights a missile engagement in a week of war
            combat.salvo.missilesPerShip,8,4,16,triangular,missiles per ship per salvo,assumption-forces,"docs/forces-and-combat.md, section 5 (combat)",assumption,a large destroyer's vertical launch cells (about 90) hold land-attack; anti-ship and defensive missiles; 4-16 anti-ship missiles per engagement
            combat.salvo.interceptorsPerShip,8,4,16,triangular,interceptors per ship per salvo,assumption-forces,"docs/forces-and-combat.md, section 5 (combat)",assumption,defensive missiles a ship fires against one incoming salvo
            combat.salvo.hitProbability,0.5,0.3,0.7,triangular,share,hughes-1995,"the salvo equations (cited, not read here)",assumption,share of fired missiles that are well aimed (targeting and scouting effectiveness in Hughes's terms)
            combat.salvo.defensiveEffectiveness,0.5,0.3,0.8,triangular,share,hughes-1995,"the salvo equations (cited, not read here)",assumption,probability that one interceptor destroys one incoming missile
            combat.salvo.stayingPowerHits,2,1,3,triangular,hits,hughes-1995,"the salvo equations (cited, not read here)",assumption,hits of anti-ship missiles that put a destroyer or frigate out of action; Hughes argues modern warships have little staying power
            """;

    /**
     * Orders of battle, one element count a line: location|ISO3|type|value:low:high|status|source_id|locator|note.
     * Conversion rules named in the notes (L1, A1, S1, N1, N2, D1, F1, F2, M1, P1) are stated with their status
     * in docs/forces-and-combat.md, section 2.
     */
    private static final String OOB = """
            europe|ALB|armoured_brigade|0.27:0.2:0.36|estimate|cow-nmc-7.0|ccode 339, year 2022, column milper=8|8 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|BEL|armoured_brigade|0.77:0.57:1.02|estimate|cow-nmc-7.0|ccode 211, year 2022, column milper=23|23 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|BEL|fighter_squadron|1.15:0.57:1.72|estimate|cow-nmc-7.0|ccode 211, year 2022, column milper=23|23 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|BEL|surface_combatant|2:2:2|estimate|web-be-navy-2019|article on the frigate Leopold I|two M-frigates
            europe|BGR|armoured_brigade|1.23:0.93:1.64|estimate|cow-nmc-7.0|ccode 355, year 2022, column milper=37|37 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|BGR|fighter_squadron|1.85:0.93:2.78|estimate|cow-nmc-7.0|ccode 355, year 2022, column milper=37|37 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|BGR|surface_combatant|3:2:3|estimate|web-bg-navy|Wielingen-class summary (three in Bulgarian service)|three ex-Belgian Wielingen-class frigates
            europe|CAN|armoured_brigade|2.23:1.68:2.98|estimate|cow-nmc-7.0|ccode 20, year 2022, column milper=67|67 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|CAN|fighter_squadron|3.35:1.68:5.03|estimate|cow-nmc-7.0|ccode 20, year 2022, column milper=67|67 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|CAN|submarine|4:1:4|estimate|web-ca-navy-2024|description paragraph (February 2024)|4 Victoria-class submarines; low 1 for their known low availability
            europe|CAN|surface_combatant|12:10:12|estimate|web-ca-navy-2024|description paragraph (February 2024)|12 Halifax-class frigates
            europe|CZE|armoured_brigade|0.9:0.68:1.2|estimate|cow-nmc-7.0|ccode 316, year 2022, column milper=27|27 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|CZE|fighter_squadron|1.35:0.68:2.03|estimate|cow-nmc-7.0|ccode 316, year 2022, column milper=27|27 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|DEU|amd_battery|9:8:12|estimate|web-de-patriot-2024|paragraph on Germany's Patriot batteries (12, three given to Ukraine)|nine Patriot batteries after donations; high 12 as replacements arrive
            europe|DEU|armoured_brigade|6:4.5:7.99|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F107)|179,850 active personnel (CSIS 2025, quoting IISS); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|DEU|fighter_squadron|8.99:4.5:13.49|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F107)|179,850 active personnel (CSIS 2025, quoting IISS); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|DEU|long_range_fires|1.59:0.94:2.19|estimate|web-de-mars-2022|FAZ reports of June 2022 (22 or 40 MARS II owned) and later donations (3 + 2)|MARS II left after five went to Ukraine: 17 or 35 by which report; central value the midpoint; rule F1 (derived from the element definition): one long-range fires element = a battalion of 16-18 launchers
            europe|DEU|submarine|6:4:6|estimate|web-de-navy|U36 commissioning note; 2010 report on four U212A plus two|six U212A submarines
            europe|DEU|surface_combatant|11:9:12|estimate|web-de-navy|F125 arrival report; DPA feature on the F125 ("dozen or so frigates")|about a dozen frigates incl. four F125 (2016 reports); range 9-12
            europe|DNK|armoured_brigade|0.5:0.38:0.67|estimate|cow-nmc-7.0|ccode 390, year 2022, column milper=15|15 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|DNK|fighter_squadron|0.75:0.38:1.12|estimate|cow-nmc-7.0|ccode 390, year 2022, column milper=15|15 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|DNK|surface_combatant|5:3:5|estimate|web-dk-navy|Danish Defence Command release (Absalon class reclassified as frigates, 2020); Iver Huitfeldt class (three)|three Iver Huitfeldt plus two Absalon frigates
            europe|ESP|amd_battery|3:2:3|estimate|web-es-patriot|tag page item on Spain's Patriot batteries|three Patriot batteries
            europe|ESP|armoured_brigade|4.07:3.05:5.42|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F110)|122,000 active personnel (CSIS 2025, quoting IISS); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|ESP|fighter_squadron|6.1:3.05:9.15|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F110)|122,000 active personnel (CSIS 2025, quoting IISS); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|ESP|submarine|2:1:2|estimate|web-es-navy-2024|USNI Proceedings, opening paragraph|one Agosta-class boat in operation and the first S-80 (2023)
            europe|ESP|surface_combatant|5:5:11|estimate|web-es-navy-2024|F-100 modernisation paragraph|five F-100 frigates; high 11 adds the ageing Santa Maria class, whose number these sources do not give
            europe|EST|armoured_brigade|0.23:0.17:0.31|estimate|cow-nmc-7.0|ccode 366, year 2022, column milper=7|7 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|EST|long_range_fires|0.35:0.33:0.38|estimate|CSIS2023_WartimeTransatlantic|Baltics and Poland section (cited_force_figures F135)|6 HIMARS ordered; rule F1 (derived from the element definition): one long-range fires element = a battalion of 16-18 launchers
            europe|FIN|amd_battery|0:0:1|estimate|web-fi-davids-sling-2023|Bloomberg report, second paragraph (no high-altitude interception capability)|no Patriot-class system until David's Sling (ordered 2023) is delivered; NASAMS is medium range and not counted; high 1 for an early delivery
            europe|FIN|armoured_brigade|9.33:7:12.44|estimate|CSIS2025_DefendArctics|Nordic section (cited_force_figures F137)|wartime strength of 280,000 within one month of mobilisation; rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000 (Finland counted at wartime strength: its mobilisation falls inside the 30-day readiness of an element)
            europe|FIN|fighter_squadron|2.5:2.29:2.75|estimate|RUSI2023_EuropeanAirForces|dispersed basing section (cited_force_figures F132)|55 F/A-18C/D Hornets (2023); rule S1 (derived): 20-24 aircraft a squadron (F122)
            europe|FIN|long_range_fires|2.41:2.28:2.56|estimate|web-fi-mlrs-2023|Finnish Army press release, second paragraph|41 M270 launchers; rule F1 (derived from the element definition): one long-range fires element = a battalion of 16-18 launchers
            europe|FRA|amd_battery|5:4:6|estimate|CSIS2025_CanEuropeDefend|Task 3, air defence (cited_force_figures F112)|five SAMP/T batteries
            europe|FRA|armoured_brigade|6.74:5.05:8.99|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F106)|202,200 active personnel (CSIS 2025, quoting IISS); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|FRA|carrier_group|0.8:0.6:1|estimate|web-eu-carriers|French carriers list (one in service, 2024)|one carrier, Charles de Gaulle; rule N2 (assumption): a 42,500 t carrier with about 30 Rafale M counts 0.8 of a large-deck carrier group
            europe|FRA|fighter_squadron|10.11:5.05:15.16|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F106)|202,200 active personnel (CSIS 2025, quoting IISS); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|FRA|long_range_fires|1:1:2|assumption|fr-lpm-2024|not read here|ASSUMPTION: France's LRU rocket launchers (about a battalion); no source here gives the count
            europe|FRA|submarine|6:5:6|estimate|web-fr-ssn|Barracuda-class launch report|six Suffren-class SSNs replacing the Rubis class one for one; SSBNs left out; low 5 for the transition
            europe|FRA|surface_combatant|15:13:15|estimate|web-fr-navy-2024|paragraph on the LPM 2024-30 fleet|fifteen first-rank frigates kept under the LPM 2024-2030
            europe|GBR|amd_battery|2.75:2.5:3|estimate|RUSI2025_UKAirDefence|section on ground-based air defence, Sky Sabre paragraph (stored copy)|five to six Sky Sabre systems and no long-range or ballistic-missile defence system; rule D1 (assumption): a medium-range (25 km) fire unit counts half an element
            europe|GBR|armoured_brigade|5:3.75:6.67|estimate|cow-nmc-7.0|ccode 200, year 2022, column milper=150|150 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|GBR|carrier_group|1.5:1:2|estimate|web-eu-carriers|UK paragraph (two carriers)|two Queen Elizabeth-class carriers; rule N2 (assumption): a carrier with a partial F-35B wing counts 0.75 of a large-deck carrier group
            europe|GBR|fighter_squadron|7.5:3.75:11.25|estimate|cow-nmc-7.0|ccode 200, year 2022, column milper=150|150 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|GBR|long_range_fires|1.53:1.44:4.75|estimate|web-uk-mlrs-2024|minister's answer on the MLRS fleet|26 operational MLRS (incl. repair and recovery variants) and 50 more owned; high counts all 76; rule F1 (derived from the element definition): one long-range fires element = a battalion of 16-18 launchers
            europe|GBR|submarine|6:5:7|estimate|web-uk-ssn-2024|paragraph on the attack-boat count|six attack submarines in 2024 (five Astute, one Trafalgar); SSBNs left out
            europe|GBR|surface_combatant|15:13:15|estimate|web-uk-escorts-2024|escort fleet status list (Type 45 and Type 23 totals)|6 Type 45 destroyers and 9 Type 23 frigates (2024); about half active on the day, which readiness covers
            europe|GRC|amd_battery|6:4:6|assumption|web-gr-patriot-2021|departure-ceremony report (the count is not in the source)|ASSUMPTION: Greece operates Patriot (it sent a battery to Saudi Arabia in 2021) but no source here gives its number of batteries; 6 is our guess
            europe|GRC|armoured_brigade|4.4:3.3:5.87|estimate|cow-nmc-7.0|ccode 350, year 2022, column milper=132|132 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|GRC|fighter_squadron|6.6:3.3:9.9|estimate|cow-nmc-7.0|ccode 350, year 2022, column milper=132|132 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|GRC|submarine|11:8:11|estimate|web-gr-navy-2020|infobox, Size|11 submarines (2020)
            europe|GRC|surface_combatant|13:11:13|estimate|web-gr-navy-2020|infobox, Size|13 frigates (2020)
            europe|HRV|armoured_brigade|0.57:0.42:0.76|estimate|cow-nmc-7.0|ccode 344, year 2022, column milper=17|17 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|HRV|fighter_squadron|0.85:0.42:1.27|estimate|cow-nmc-7.0|ccode 344, year 2022, column milper=17|17 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|HUN|armoured_brigade|1.07:0.8:1.42|estimate|cow-nmc-7.0|ccode 310, year 2022, column milper=32|32 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|HUN|fighter_squadron|1.6:0.8:2.4|estimate|cow-nmc-7.0|ccode 310, year 2022, column milper=32|32 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|ISL|armoured_brigade|0:0:0|estimate|cow-nmc-7.0|ccode 395, year 2022, column milper=0|0 thousand military personnel (COW NMC 2022): no armed forces (SIPRI also lists zero military expenditure)
            europe|ITA|amd_battery|5:4:6|estimate|CSIS2025_CanEuropeDefend|Task 3, air defence (cited_force_figures F113)|five SAMP/T batteries
            europe|ITA|armoured_brigade|5.33:4:7.11|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F111)|160,000 active personnel (CSIS 2025, quoting IISS); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|ITA|carrier_group|1:0.5:1.5|estimate|web-eu-carriers|Italian paragraph (Garibaldi and Cavour)|two light carriers; rule N2 (assumption): a light STOVL carrier counts 0.5
            europe|ITA|fighter_squadron|8:4:12|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F111)|160,000 active personnel (CSIS 2025, quoting IISS); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|ITA|long_range_fires|1:1:2|assumption|it-dpp-2024|not read here|ASSUMPTION: Italy's MLRS (about a battalion); no source here gives the count
            europe|ITA|submarine|8:7:8|estimate|web-it-navy|submarine force article (four Sauro, four Todaro)|eight submarines: four Sauro and four Todaro
            europe|ITA|surface_combatant|10:10:14|estimate|web-it-navy|FREMM launch report (10 planned); FREMM 11-12 replace two delivered to Egypt; Durand de la Penne destroyers|8 FREMM in Italian service plus 2 Durand de la Penne destroyers = 10 (derived); high 14 adds the two Horizon-class ships, not counted in these sources
            europe|LTU|armoured_brigade|0.77:0.57:1.02|estimate|cow-nmc-7.0|ccode 368, year 2022, column milper=23|23 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|LTU|long_range_fires|0.47:0.44:0.5|estimate|CSIS2023_WartimeTransatlantic|Baltics and Poland section (cited_force_figures F136)|8 HIMARS; rule F1 (derived from the element definition): one long-range fires element = a battalion of 16-18 launchers
            europe|LUX|armoured_brigade|0:0:0|estimate|cow-nmc-7.0|ccode 212, year 2022, column milper=0|0 thousand military personnel (COW NMC 2022): fewer than a thousand personnel (0 in COW thousands), below one element
            europe|LVA|armoured_brigade|0.23:0.17:0.31|estimate|cow-nmc-7.0|ccode 367, year 2022, column milper=7|7 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|MKD|armoured_brigade|0.27:0.2:0.36|estimate|cow-nmc-7.0|ccode 343, year 2022, column milper=8|8 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|MNE|armoured_brigade|0.07:0.05:0.09|estimate|cow-nmc-7.0|ccode 341, year 2022, column milper=2|2 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|NLD|amd_battery|3:3:5|estimate|web-nl-patriot-2024|report on the 2024 sale (three existing systems, two more)|three Patriot systems; high 5 with the two bought in 2024
            europe|NLD|armoured_brigade|1.13:0.85:1.51|estimate|cow-nmc-7.0|ccode 210, year 2022, column milper=34|34 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|NLD|fighter_squadron|1.7:0.85:2.55|estimate|cow-nmc-7.0|ccode 210, year 2022, column milper=34|34 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|NLD|long_range_fires|0.5:0:1|assumption|nl-defensienota-2024|not read here|ASSUMPTION: rocket artillery on order (PULS) in delivery; no source here gives the count
            europe|NLD|submarine|3:2:4|estimate|web-nl-navy|fleet list (3 Walrus plus one in reserve)|three Walrus-class submarines, a fourth in reserve
            europe|NLD|surface_combatant|6:5:6|estimate|web-nl-navy|fleet list (4 De Zeven Provincien, 2 Karel Doorman); 2016 report that only two M-frigates remain Dutch|six frigates
            europe|NOR|armoured_brigade|0.83:0.62:1.11|estimate|cow-nmc-7.0|ccode 385, year 2022, column milper=25|25 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|NOR|fighter_squadron|1.25:0.62:1.88|estimate|cow-nmc-7.0|ccode 385, year 2022, column milper=25|25 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|NOR|submarine|6:4:6|estimate|web-no-navy-2023|paragraph on the submarine flotilla|six Ula-class submarines, two due to retire
            europe|NOR|surface_combatant|4:4:4|estimate|web-no-navy-2023|paragraph on the frigate force|four Fridtjof Nansen-class frigates
            europe|POL|amd_battery|2:2:4|estimate|web-pl-patriot-2022|report on the 2018 order of two batteries|two Patriot batteries (phase 1); high 4 as phase 2 starts
            europe|POL|armoured_brigade|5.47:4.1:7.29|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F108)|164,100 active personnel (CSIS 2025, quoting IISS); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|POL|fighter_squadron|8.21:4.1:12.31|estimate|CSIS2025_CanEuropeDefend|Task 1 (cited_force_figures F108)|164,100 active personnel (CSIS 2025, quoting IISS); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|POL|long_range_fires|4:3:6|assumption|pl-mon-2022|not read here|ASSUMPTION: Homar-K and HIMARS deliveries under way; no source here gives the count in service
            europe|POL|submarine|1:0:1|assumption|pl-mon-2022|not read here|ASSUMPTION: Poland's one ageing Kilo-class boat; no source here gives it
            europe|POL|surface_combatant|2:1:3|estimate|web-pl-navy-2023|paragraph on the two Oliver Hazard Perry frigates|two ageing frigates; high 3 adds the corvettes by rule N1
            europe|PRT|armoured_brigade|0.9:0.68:1.2|estimate|cow-nmc-7.0|ccode 235, year 2022, column milper=27|27 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|PRT|fighter_squadron|1.35:0.68:2.03|estimate|cow-nmc-7.0|ccode 235, year 2022, column milper=27|27 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|PRT|submarine|2:2:2|estimate|web-pt-navy|Tridente-class paragraph|two Tridente-class submarines
            europe|PRT|surface_combatant|4:4:5|estimate|web-pt-navy|Vasco da Gama-class infobox (3 built, 2 active, 1 laid up); report on the five frigates|five frigates, one laid up
            europe|ROU|amd_battery|3:2:4|estimate|web-ro-patriot-2020|Romanian Air Force release and editor's note (7 ordered, 3 in the first phase)|three Patriot batteries delivered by 2022; low 2 allows for a transfer to Ukraine not in this source
            europe|ROU|armoured_brigade|2.4:1.8:3.2|estimate|cow-nmc-7.0|ccode 360, year 2022, column milper=72|72 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|ROU|fighter_squadron|3.6:1.8:5.4|estimate|cow-nmc-7.0|ccode 360, year 2022, column milper=72|72 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|ROU|surface_combatant|2:2:3|estimate|web-ro-navy|report on the Type 22 upgrade|two ex-British Type 22 frigates; high 3 adds the older Marasesti
            europe|RUS|amd_battery|40:30:60|assumption|odni-ata-2024|not read here|ASSUMPTION: S-300/S-400 battalions in the west; Kaliningrad alone has six S-400 and two S-300 battalions (F185), no count for the rest
            europe|RUS|armoured_brigade|18:10:30|assumption|odni-ata-2024|not read here|ASSUMPTION: Russia's ground forces facing NATO outside Ukraine: the sources give only fragments (19,000 troops near Estonia, F178; a 15,000-strong 44th Army Corps planned, F190; 80% of the forces near Finland moved to Ukraine, F192), not a count
            europe|RUS|bomber_squadron|8:6:10|estimate|web-ru-lra|report on the Tu-95MS upgrade (about 120 long-range bombers)|about 120 Tu-22M3, Tu-95MS and Tu-160 = 10 squadrons; central 8 leaves out those based in the Far East (assumption)
            europe|RUS|carrier_group|0:0:0.5|estimate|web-ru-kuznetsov-2024|report on the carrier's repairs (idle since 2017)|Russia's only carrier has been under repair since 2017
            europe|RUS|fighter_squadron|16:12:30|estimate|RUSI2023_EuropeanAirForces|VKS section (cited_force_figures F155)|a core of about 350 modern multirole fast jets / 22 a squadron = 16; high 30 toward the 1,400 combat-capable aircraft (CSIS 2025, F144) that include older types
            europe|RUS|long_range_fires|12:8:16|assumption|odni-ata-2024|not read here|ASSUMPTION: Iskander brigades and rocket artillery in the west; no count in the sources here
            europe|RUS|submarine|25:20:30|assumption|odni-ata-2024|not read here|ASSUMPTION: attack and cruise-missile submarines of the Northern and Baltic fleets; no count in the sources here
            europe|RUS|surface_combatant|20:15:25|assumption|odni-ata-2024|not read here|ASSUMPTION: major surface combatants of the Northern and Baltic fleets; no count in the sources here
            europe|SVK|armoured_brigade|0.6:0.45:0.8|estimate|cow-nmc-7.0|ccode 317, year 2022, column milper=18|18 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|SVK|fighter_squadron|0.9:0.45:1.35|estimate|cow-nmc-7.0|ccode 317, year 2022, column milper=18|18 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|SVN|armoured_brigade|0.2:0.15:0.27|estimate|cow-nmc-7.0|ccode 349, year 2022, column milper=6|6 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|SWE|amd_battery|4:3:4|estimate|web-se-patriot|government note on the first of four fire units; FMV release on the fourth|four Patriot (LvS 103) fire units
            europe|SWE|armoured_brigade|0.5:0.38:0.67|estimate|cow-nmc-7.0|ccode 380, year 2022, column milper=15|15 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|SWE|fighter_squadron|4.32:3.96:4.75|estimate|RUSI2023_EuropeanAirForces|dispersed basing section (cited_force_figures F131)|95 operational Gripen C/D (2023); rule S1 (derived): 20-24 aircraft a squadron (F122)
            europe|SWE|submarine|3:3:5|estimate|web-se-navy|Gotland report (one of three of its type)|three Gotland-class submarines; high 5 adds older boats not counted here
            europe|SWE|surface_combatant|2.5:0:5|estimate|web-se-navy|Visby report (five corvettes)|five Visby corvettes (650 t); rule N1 (assumption): a corvette under about 1,500 t counts as half a surface combatant
            europe|TUR|armoured_brigade|11.83:8.88:15.78|estimate|cow-nmc-7.0|ccode 640, year 2022, column milper=355|355 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            europe|TUR|fighter_squadron|17.75:8.88:26.62|estimate|cow-nmc-7.0|ccode 640, year 2022, column milper=355|355 thousand military personnel (COW NMC 2022); rule A1 (assumption): the European NATO average of 2,046 fighters per 1.86 million personnel (CSIS 2025, F103/F105) in 22-aircraft squadrons (RUSI 2023, F122), i.e. one squadron per 20,000 personnel, range x0.5-x1.5
            europe|TUR|submarine|12:10:12|estimate|web-tr-navy-2020|fleet paragraph|12 submarines (2020)
            europe|TUR|surface_combatant|16:14:16|estimate|web-tr-navy-2020|fleet paragraph (16 frigates, 10 corvettes, 12 submarines)|16 frigates (2020); corvettes left out
            europe|USA|amd_battery|4:3:6|estimate|TWZ2025_Patriot|Mingus quote (cited_force_figures F055, F090)|one Patriot battalion assigned to EUCOM = four batteries by rule P1 (derived: 60 batteries / 15 battalions, F090 and F092)
            europe|USA|armoured_brigade|4:3:5|estimate|CSIS2025_DeterRussia|section Historical Trends and Current Posture (cited_force_figures F001; F043 for the 2026 cut)|five BCTs (two ABCT, one SBCT, two IBCT) in 2024-25, announced cut to three in 2026 (Reuters 2026, F043); central 4, the midpoint
            europe|USA|bomber_squadron|0.33:0:0.5|estimate|UKDJ2024_BTF|BTF 24-3 report (cited_force_figures F046)|four B-52s per Bomber Task Force rotation = a third of a 12-aircraft squadron; zero between rotations
            europe|USA|carrier_group|0.5:0:1|assumption|us-eucom-posture-2024|not read here|ASSUMPTION: no carrier is based in Europe; half a carrier on average from rotations
            europe|USA|fighter_squadron|7:6:8|estimate|CSIS2025_DeterRussia|section Air Combat Forces (cited_force_figures F004)|seven fighter squadrons based in Europe
            europe|USA|long_range_fires|3:2:5|assumption|us-eucom-posture-2024|not read here|ASSUMPTION: the theatre fires command's launchers; no source here gives the count
            europe|USA|submarine|3:2:4|assumption|us-eucom-posture-2024|not read here|ASSUMPTION: attack submarines on rotation in EUCOM; classified, no source here
            europe|USA|surface_combatant|6:5:8|estimate|CSIS2025_DeterRussia|section Integrated Air and Missile Defense (cited_force_figures F008; F025)|five to six Aegis destroyers at Rota; high 8 for other Sixth Fleet ships
            homeland|USA|amd_battery|44:40:48|estimate|Milmag2025_Patriot|article (cited_force_figures F092)|about 60 Patriot batteries less 4 in Europe and 12 in the Indo-Pacific = 44 (derived)
            homeland|USA|armoured_brigade|22:18:26|estimate|CBO2016_ForceStructure|ch. 2 Army overview (cited_force_figures F290)|30 active BCTs (2016) less 5 in Europe and 3 in the Indo-Pacific = 22 (derived); National Guard BCTs left out
            homeland|USA|bomber_squadron|7:6:8|estimate|web-us-bombers|CSBA note (158 bombers, 96 in operational squadrons)|96 primary-mission bombers / 12 a squadron = 8, less those forward (derived)
            homeland|USA|carrier_group|9:8:10|estimate|CBO2016_ForceStructure|ch. 3 Department of the Navy, Overview (11 carrier strike groups)|11 carrier strike groups less those forward (derived)
            homeland|USA|fighter_squadron|50:40:60|assumption|us-dod-fy2025|not read here|ASSUMPTION: Air Force, Navy and Marine fighter squadrons at home; the Air Force alone reported 55 squadrons in 2017 (not used: no Navy or Marine count here)
            homeland|USA|long_range_fires|15:12:20|assumption|us-dod-fy2025|not read here|ASSUMPTION: active HIMARS/MLRS battalions at home; no count in the sources here
            homeland|USA|submarine|43:40:48|estimate|CBO2016_ForceStructure|ch. 3 Department of the Navy, Overview (more than 50 attack submarines)|more than 50 attack submarines less about 7 forward
            homeland|USA|surface_combatant|70:55:81|estimate|CBO2016_ForceStructure|ch. 3 Department of the Navy, Overview (about 100 surface combatants)|about 100 surface combatants less 19 forward = 81 (derived); central 70 counts the littoral combat ships at half (rule N1)
            indo_pacific|AUS|amd_battery|1:1:2|assumption|au-dsr-2023|not read here|ASSUMPTION: NASAMS in introduction; no count in the sources here
            indo_pacific|AUS|armoured_brigade|2:1.5:2.67|estimate|cow-nmc-7.0|ccode 900, year 2022, column milper=60|60 thousand military personnel (COW NMC 2022); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            indo_pacific|AUS|fighter_squadron|3:1.5:4.5|estimate|cow-nmc-7.0|ccode 900, year 2022, column milper=60|60 thousand military personnel (COW NMC 2022); rule A1 (assumption, applied beyond Europe): one squadron per 20,000 personnel, range x0.5-x1.5
            indo_pacific|AUS|long_range_fires|1:1:2|assumption|au-dsr-2023|not read here|ASSUMPTION: HIMARS in delivery; no count in the sources here
            indo_pacific|AUS|submarine|6:3:6|estimate|web-au-navy|ASPI Strategist, Collins requirement paragraph|a fleet of six Collins-class boats, four with the fleet and three available
            indo_pacific|AUS|surface_combatant|11:9:11|estimate|web-au-navy|Defense Daily, fleet paragraph (eight Anzac; three Hobart)|eight Anzac frigates and three Hobart destroyers
            indo_pacific|CHN|amd_battery|80:60:120|assumption|us-cmpr-2023|not read here|ASSUMPTION: S-300/HQ-9 battalions; no count in the sources here
            indo_pacific|CHN|armoured_brigade|30:25:40|estimate|CMPR_TheaterGraphic_NB|ETC and STC blocks (cited_force_figures F242, F245)|five group armies in the Eastern and Southern theaters, each up to six combined-arms brigades = 30
            indo_pacific|CHN|bomber_squadron|12:10:17|assumption|us-cmpr-2023|not read here|ASSUMPTION: H-6 regiments; no count in the sources here
            indo_pacific|CHN|carrier_group|2.5:2:3|estimate|web-cn-carriers-2024|paragraph on the carrier programme|two operational carriers, the third (Fujian) in sea trials in 2024
            indo_pacific|CHN|fighter_squadron|45:40:55|estimate|CSIS2023_FirstBattle|Background (cited_force_figures F198)|more than 1,000 fourth-generation fighters / 22 a squadron = 45
            indo_pacific|CHN|long_range_fires|60:40:80|estimate|CMPR_TheaterGraphic_NB|ETC and STC blocks (cited_force_figures F244, F247)|17 Rocket Force brigades in the Eastern and Southern theaters; rule F2 (assumption): a missile brigade counts about 3.5 battalions
            indo_pacific|CHN|submarine|54:50:58|estimate|CMPR2023_OvertDefense|naval summary (cited_force_figures F210)|54 attack submarines (CMPR 2023)
            indo_pacific|CHN|surface_combatant|90:80:100|assumption|us-cmpr-2023|not read here|ASSUMPTION: destroyers and frigates; the sources here give only the 370-ship total (F207)
            indo_pacific|JPN|amd_battery|28:24:34|assumption|jp-dow-2024|not read here|ASSUMPTION: Patriot fire units of the six ASDF air defence groups; no count in the sources here
            indo_pacific|JPN|armoured_brigade|7.59:5.7:10.13|estimate|Nippon2024_SDF|FY2023 Defense White Paper figures (cited_force_figures F237)|227,843 SDF personnel (actual, 31 Mar 2023); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            indo_pacific|JPN|carrier_group|0.5:0:1|estimate|web-jp-jmsdf|infobox, Fleet (2 light aircraft carriers)|two light carriers being fitted for F-35B; rule N2 (assumption): a light carrier without a fixed-wing air wing yet counts a quarter
            indo_pacific|JPN|fighter_squadron|11.39:5.7:17.09|estimate|Nippon2024_SDF|FY2023 Defense White Paper figures (cited_force_figures F237)|227,843 SDF personnel (actual, 31 Mar 2023); rule A1 (assumption, applied beyond Europe): one squadron per 20,000 personnel, range x0.5-x1.5
            indo_pacific|JPN|long_range_fires|6:5:7|assumption|jp-dow-2024|not read here|ASSUMPTION: MLRS and Type 12 missile units; no count in the sources here
            indo_pacific|JPN|submarine|22:20:22|estimate|web-jp-jmsdf|infobox, Fleet|22 submarines
            indo_pacific|JPN|surface_combatant|49:46:52|estimate|web-jp-jmsdf|infobox, Fleet|36 destroyers and 10 frigates, plus 6 destroyer escorts at half (rule N1)
            indo_pacific|KOR|amd_battery|14:10:20|assumption|kr-dwp-2022|not read here|ASSUMPTION: Patriot and Cheongung batteries; no count in the sources here
            indo_pacific|KOR|armoured_brigade|15:11.25:20|estimate|Reuters2025_ROK450k|Reuters report (cited_force_figures F229)|450,000 active troops (2025); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            indo_pacific|KOR|fighter_squadron|22.5:11.25:33.75|estimate|Reuters2025_ROK450k|Reuters report (cited_force_figures F229)|450,000 active troops (2025); rule A1 (assumption, applied beyond Europe): one squadron per 20,000 personnel, range x0.5-x1.5
            indo_pacific|KOR|long_range_fires|14:10:20|assumption|kr-dwp-2022|not read here|ASSUMPTION: Chunmoo and MLRS battalions; no count in the sources here
            indo_pacific|KOR|submarine|21:18:21|estimate|web-kr-rokn|infobox, equipment (2022 Defense White Paper)|21 submarines (18 in the 2020 version)
            indo_pacific|KOR|surface_combatant|29.5:24:30|estimate|web-kr-rokn|infobox, Fleet (2020 and 2022 versions)|12 destroyers and 12 frigates, plus 11 corvettes at half (rule N1)
            indo_pacific|PRK|amd_battery|10:5:15|assumption|kr-dwp-2022|not read here|ASSUMPTION: SA-2/SA-5/KN-06 sites; no count in the sources here
            indo_pacific|PRK|armoured_brigade|12:8:20|estimate|ChinaDaily2015_WP2014|report of the 2014 White Paper (cited_force_figures F239)|4,300 tanks = 49 brigade sets of 87 tanks; rule M1 (assumption): North Korean equipment counted as modern-equivalent elements at a quarter
            indo_pacific|PRK|bomber_squadron|1:0:2|assumption|kr-dwp-2022|not read here|ASSUMPTION: old Il-28 light bombers; no count in the sources here
            indo_pacific|PRK|fighter_squadron|8:5:12|estimate|ChinaDaily2015_WP2014|report of the 2014 White Paper (cited_force_figures F241)|about 820 fighters = 37 squadrons; rule M1 (assumption): North Korean equipment counted as modern-equivalent elements at a fifth
            indo_pacific|PRK|long_range_fires|30:20:40|estimate|web-kp-ap-2017|AP list, army line|5,500 multiple rocket launchers = 305 battalions of 18; rule M1 (assumption): North Korean equipment counted as modern-equivalent elements at a tenth
            indo_pacific|PRK|submarine|10:5:15|estimate|web-kp-ap-2017|AP list, NAVY line|about 70 submarines, mostly coastal and midget; rule M1 (assumption): North Korean equipment counted as modern-equivalent elements at a seventh
            indo_pacific|PRK|surface_combatant|2:0:3|assumption|kr-dwp-2022|not read here|ASSUMPTION: a few light frigates and corvettes; the sources count 430 patrol ships, none a major combatant
            indo_pacific|TWN|amd_battery|15:12:20|assumption|tw-ndr-2023|not read here|ASSUMPTION: Patriot and Tien Kung batteries; the sources here give only Patriot plans (four batteries, 2013)
            indo_pacific|TWN|armoured_brigade|7.67:5.75:10.22|estimate|TaipeiTimes2025_active|MND report (cited_force_figures F227)|nearly 230,000 active personnel (Nov 2025); rule L1 (assumption): one brigade equivalent per 30,000 personnel, range 22,500-40,000
            indo_pacific|TWN|fighter_squadron|21.55:19.75:23.7|estimate|CSIS2023_FirstBattle|Taiwan force structure recommendation (cited_force_figures F194)|474 fighter/attack aircraft; rule S1 (derived): 20-24 aircraft a squadron
            indo_pacific|TWN|long_range_fires|0.65:0.65:4|estimate|web-tw-himars-2025|MND report to the legislature (11 HIMARS received Sept 2024, 18 more by 2027)|11 HIMARS = 0.65 battalion; high 4 adds the rest of the order and the Thunderbolt-2000 launchers, not counted in this source; rule F1 (derived from the element definition): one long-range fires element = a battalion of 16-18 launchers
            indo_pacific|TWN|submarine|4:2:4|estimate|CSIS2023_FirstBattle|Taiwan force structure recommendation (cited_force_figures F195)|4 SSK; low 2 because two are old training boats
            indo_pacific|TWN|surface_combatant|26:22:26|estimate|CSIS2023_FirstBattle|Taiwan force structure recommendation (cited_force_figures F195)|26 surface combatants
            indo_pacific|USA|amd_battery|12:10:14|estimate|TWZ2025_Patriot|Mingus quote (cited_force_figures F090)|three Patriot battalions assigned to INDOPACOM = twelve batteries by rule P1 (derived)
            indo_pacific|USA|armoured_brigade|1:1:3|estimate|web-us-usfk-bct-2025|DVIDS caption (rotational SBCT arrives, May 2025)|one rotational BCT in Korea; high 3 adds the Marine forces in Japan, not counted in this source
            indo_pacific|USA|bomber_squadron|0.5:0:1|assumption|us-indopacom-posture-2024|not read here|ASSUMPTION: bomber rotations to Guam
            indo_pacific|USA|carrier_group|1:1:2|estimate|web-us-7thfleet-2024|DVIDS caption, USS George Washington arrival at Yokosuka (Nov 2024)|one forward-deployed carrier in Japan; high 2 with a deployer from the US west coast
            indo_pacific|USA|fighter_squadron|10:8:14|assumption|us-indopacom-posture-2024|not read here|ASSUMPTION: fighter squadrons in Japan and Korea (Kadena, Misawa, Osan, Kunsan, Iwakuni); no count in the sources here
            indo_pacific|USA|long_range_fires|3:2:5|assumption|us-indopacom-posture-2024|not read here|ASSUMPTION: multi-domain task force and Marine littoral fires; no count in the sources here
            indo_pacific|USA|submarine|4:4:7|estimate|web-us-guam-ssn|report of the 2013 CSIS speech (fourth SSN to Guam)|four attack submarines based at Guam; high 7 adds boats deployed from Pearl Harbor
            indo_pacific|USA|surface_combatant|13:11:16|assumption|us-indopacom-posture-2024|not read here|ASSUMPTION: cruisers and destroyers forward-deployed in Japan; no count in the sources here
            """;

    /** Writes forces.csv into the builder's table. */
    static void write(OutputTable table) {
        for (List<String> row : rows()) {
            table.add(row, row.get(6), row.get(8), 3);
        }
    }

    /** Every row of forces.csv, parameters sorted by id. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : parse(ROWS)) {
            rows.add(r.toList());
        }
        for (String line : OOB.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            if (f.length != 8) {
                throw new IllegalStateException("order-of-battle line needs 8 fields: " + line);
            }
            String[] v = f[3].split(":");
            rows.add(List.of(OOB_PREFIX + f[0] + "." + f[1] + "." + f[2], v[0], v[1], v[2],
                    v[1].equals(v[2]) ? "fixed" : "triangular", "elements", f[5], f[6], f[4], f[7]));
        }
        rows.sort(Comparator.comparing(r -> r.get(0)));
        return rows;
    }

    /** Prefix of the order-of-battle rows: the rows that describe today's forces. */
    static final String OOB_PREFIX = org.indivisible.model.config.Structure.OOB;

    /** The fig_ids of shared/data forces/cited_force_figures.csv a locator names (F001, F137, ...). */
    static List<String> citedFigures(String locator) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bF\\d{3}\\b").matcher(locator);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text.strip())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters of forces.csv (or flank.csv, campaign.csv) as read from the snapshot; {@code actors}: actors.csv's codes. */
    static List<UncertainParameter> parameters(CsvTable table, Set<String> actors) {
        List<UncertainParameter> list = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            StructuralIds.check(r, "parameter", actors);
            double value = r.getDouble("value");
            double low = r.getDouble("low");
            double high = r.getDouble("high");
            Distribution d = switch (r.get("distribution")) {
                case "fixed" -> new Distribution.Fixed(value);
                case "uniform" -> new Distribution.Uniform(low, high);
                case "triangular" -> new Distribution.Triangular(low, value, high);
                default -> throw r.error("distribution", "expected fixed, uniform or triangular, got '"
                        + r.get("distribution") + "'");
            };
            Status status;
            try {
                status = Status.parse(r.get("status"));
            } catch (IllegalArgumentException e) {
                throw r.error("status", e.getMessage());
            }
            try {
                list.add(new UncertainParameter(r.get("parameter"), value, d, r.get("unit"), r.get("source_id"), status,
                        r.get("note")));
            } catch (IllegalArgumentException e) {
                throw r.error("value", e.getMessage());
            }
        }
        return List.copyOf(list);
    }
}
