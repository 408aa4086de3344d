package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.Status;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The forces table ({@code forces.csv}): the uncertain parameters of the forces, posture and
 * combat parts, one per row with its range, unit, source and status. Orders of battle
 * ({@code forces.oob.<location>.<ISO3>.<type>}, elements) are labelled assumptions: ranges we
 * set, each informed by the public document its {@code source_id} cites (defence white papers,
 * budget documents, posture statements). No commercial ranking is used. The force-type
 * attributes, redeployment shares and combat rates are assumptions or estimates with their
 * reasoning in the note. docs/forces-and-combat.md explains the counting rules and methods.
 * The rows are hand-entered here (there is no research copy to read) and written by
 * {@link SnapshotBuilder}; {@link EmbeddedSnapshot} turns them into parameters.
 */
final class ForceTables {

    private ForceTables() {
    }

    static final String NAME = "forces.csv";
    static final String[] HEADER = {"parameter", "value", "low", "high", "distribution", "unit", "source_id", "status",
        "note"};

    private static final String CITED = "Cited public document, not read from a stored copy here: forces.csv holds "
            + "our assumption ranges informed by it (status assumption), never its numbers as observed. Check "
            + "against the original before release.";

    /**
     * The sources forces.csv cites, built on each call (a method, not a constant, so that
     * {@link Source#ALL} can include them without a cycle in class initialisation).
     */
    static List<Source> sources() {
        return List.of(
            new Source("assumption-forces", "Force-element counting rules, weights and rule parameters, assumed",
                    "indivisible", "indivisible project assumption (docs/forces-and-combat.md)",
                    "CC0 (our own assumption)", "", "", "",
                    "Counting rules (what one element is), cost-based combat-power weights, transit and lead times "
                            + "from distances and speeds, and the ranges of rule parameters; reasoning in each row's "
                            + "note and in docs/forces-and-combat.md."),
            new Source("au-dsr-2023", "National Defence: Defence Strategic Review 2023; Surface Fleet Review 2024",
                    "Australian Government, Department of Defence",
                    "Commonwealth of Australia (2023). National Defence: Defence Strategic Review; and (2024) "
                            + "Enhanced Lethality Surface Combatant Fleet (Independent Analysis of Navy's Surface "
                            + "Combatant Fleet).", "Commonwealth of Australia, CC BY 4.0 where stated", "", "", "", CITED),
            new Source("cbo-force-structure-2021", "The U.S. Military's Force Structure: A Primer, 2021 Update",
                    "Congressional Budget Office",
                    "Congressional Budget Office (2021). The U.S. Military's Force Structure: A Primer, 2021 Update. "
                            + "Washington, DC, May 2021.", "US government work, public domain", "", "", "", CITED),
            new Source("de-bmvg-2023", "Defence Policy Guidelines 2023; roadmap of the armoured brigade in Lithuania",
                    "German Federal Ministry of Defence (BMVg)",
                    "Bundesministerium der Verteidigung (2023). Verteidigungspolitische Richtlinien 2023; and the "
                            + "German-Lithuanian roadmap for Panzerbrigade 45 (18 December 2023).",
                    "official publication", "", "", "", CITED),
            new Source("dupuy-1990", "Attrition: Forecasting Battle Casualties and Equipment Losses in Modern War",
                    "T. N. Dupuy (HERO Books)",
                    "Dupuy, T. N. (1990). Attrition: Forecasting Battle Casualties and Equipment Losses in Modern "
                            + "War. Fairfax, VA: HERO Books.", "book (cited)", "", "", "",
                    "Daily casualty rates of divisions in historical combat, used as the scale of the attrition "
                            + "rates (our assumption ranges); not read from a stored copy here."),
            new Source("fi-defence-report-2021", "Government's Defence Report 2021", "Finnish Government",
                    "Finnish Government (2021). Government's Defence Report. Publications of the Finnish "
                            + "Government 2021:80.", "official publication", "", "", "", CITED),
            new Source("fr-lpm-2024", "Military programming law 2024-2030 (annexed report)", "French Republic",
                    "Loi n° 2023-703 du 1er août 2023 relative à la programmation militaire pour les années 2024 à "
                            + "2030, rapport annexé (Ambition 2030 force targets). Journal officiel.",
                    "French legal text, free reuse", "", "", "", CITED),
            new Source("gao-23-106217", "Weapon System Sustainment: Aircraft Mission Capable Goals Were Generally Not Met",
                    "US Government Accountability Office",
                    "GAO (2022). Weapon System Sustainment: Aircraft Mission Capable Goals Were Generally Not Met and "
                            + "Sustainment Costs Varied by Aircraft. GAO-23-106217, November 2022.",
                    "US government work, public domain", "", "", "", CITED),
            new Source("hughes-1995", "A Salvo Model of Warships in Missile Combat Used to Evaluate Their Staying Power",
                    "W. P. Hughes (Naval Research Logistics)",
                    "Hughes, W. P. Jr. (1995). A Salvo Model of Warships in Missile Combat Used to Evaluate Their "
                            + "Staying Power. Naval Research Logistics 42(2): 267-289.", "journal article (cited)",
                    "", "", "", "The salvo model's form and the scale of its factors; the ranges are our assumption. "
                            + "Not read from a stored copy here."),
            new Source("it-dpp-2024", "Documento Programmatico Pluriennale della Difesa 2024-2026",
                    "Italian Ministry of Defence",
                    "Ministero della Difesa (2024). Documento Programmatico Pluriennale della Difesa per il triennio "
                            + "2024-2026.", "official publication", "", "", "", CITED),
            new Source("jp-dow-2024", "Defense of Japan 2024 (white paper)", "Japan Ministry of Defense",
                    "Ministry of Defense of Japan (2024). Defense of Japan 2024; with the Defense Buildup Program "
                            + "(December 2022), annexed table of major units.", "official publication", "", "", "", CITED),
            new Source("kr-dwp-2022", "2022 Defense White Paper", "Republic of Korea Ministry of National Defense",
                    "Ministry of National Defense, Republic of Korea (2023). 2022 Defense White Paper (with its "
                            + "comparison of South and North Korean forces).", "official publication", "", "", "", CITED),
            new Source("nato-defexp-2024", "Defence Expenditure of NATO Countries (2014-2024)", "NATO",
                    "NATO Public Diplomacy Division (2024). Defence Expenditure of NATO Countries (2014-2024). "
                            + "Press release, 17 June 2024.", "NATO publication, free reuse with citation", "", "", "",
                    CITED),
            new Source("nl-defensienota-2024", "Defensienota 2024", "Netherlands Ministry of Defence",
                    "Ministerie van Defensie (2024). Defensienota 2024: Sterk, slim en samen.",
                    "official publication", "", "", "", CITED),
            new Source("odni-ata-2024", "Annual Threat Assessment of the U.S. Intelligence Community 2024",
                    "Office of the Director of National Intelligence",
                    "ODNI (2024). Annual Threat Assessment of the U.S. Intelligence Community, 5 February 2024.",
                    "US government work, public domain", "", "", "", CITED),
            new Source("pl-mon-2022", "Homeland Defence Act (2022) and MoD equipment orders 2022-2023",
                    "Republic of Poland, Ministry of National Defence",
                    "Ustawa z dnia 11 marca 2022 r. o obronie Ojczyzny (Dz.U. 2022 poz. 655); Polish Ministry of "
                            + "National Defence announcements of the K2, Abrams, K9, HIMARS and Homar orders "
                            + "(2022-2023).", "Polish legal text and official statements", "", "", "", CITED),
            new Source("se-prop-2024", "Totalförsvaret 2025-2030 (Government bill 2024/25:34)", "Government of Sweden",
                    "Regeringens proposition 2024/25:34, Totalförsvaret 2025-2030 (October 2024).",
                    "official publication", "", "", "", CITED),
            new Source("tw-ndr-2023", "2023 National Defense Report", "Ministry of National Defense, Republic of China (Taiwan)",
                    "Ministry of National Defense, R.O.C. (2023). 2023 National Defense Report.",
                    "official publication", "", "", "", CITED),
            new Source("uk-dcp-2023", "Defence Command Paper 2023: Defence's response to a more contested and volatile world",
                    "UK Ministry of Defence",
                    "Ministry of Defence (2023). Defence's response to a more contested and volatile world. CP 901, "
                            + "July 2023.", "Open Government Licence v3.0", "", "", "", CITED),
            new Source("us-cmpr-2023", "Military and Security Developments Involving the People's Republic of China 2023",
                    "US Department of Defense",
                    "Department of Defense (2023). Military and Security Developments Involving the People's Republic "
                            + "of China 2023. Annual Report to Congress, October 2023.",
                    "US government work, public domain", "", "", "", CITED),
            new Source("us-dod-fy2025", "Defense Budget Overview and Program Acquisition Cost by Weapon System, FY2025",
                    "US Department of Defense, Under Secretary of Defense (Comptroller)",
                    "OUSD(C) (2024). Defense Budget Overview, United States Department of Defense Fiscal Year 2025 "
                            + "Budget Request; and Program Acquisition Cost by Weapon System, FY2025 (March 2024).",
                    "US government work, public domain", "", "", "", CITED),
            new Source("us-eucom-posture-2024", "United States European Command posture statement 2024",
                    "US European Command",
                    "Gen. Christopher G. Cavoli, Statement before the House Armed Services Committee, 10 April 2024.",
                    "US government work, public domain", "", "", "", CITED),
            new Source("us-indopacom-posture-2024", "US Indo-Pacific Command posture statement 2024",
                    "US Indo-Pacific Command",
                    "Adm. John C. Aquilino, Statement before the House Armed Services Committee, 20 March 2024.",
                    "US government work, public domain", "", "", "", CITED),
            new Source("us-nds-2022", "2022 National Defense Strategy", "US Department of Defense",
                    "Department of Defense (2022). 2022 National Defense Strategy of the United States of America, "
                            + "27 October 2022.", "US government work, public domain", "", "", "",
                    "Names the PRC the pacing challenge; the redeployment shares are our assumption ranges informed by "
                            + "it (status assumption). Not read from a stored copy here."));
    }

    // parameter,value,low,high,distribution,unit,source_id,status,note  (notes that repeat are filled in by kind)
    private static final String ROWS = """
            forces.type.armoured_brigade.raiseCostUsdMillions,3000,2000,4500,triangular,US$ millions (2024),us-dod-fy2025,assumption,ABCT equipment at FY2025 unit costs: about 87 tanks and 150 infantry fighting vehicles plus artillery and support
            forces.type.fighter_squadron.raiseCostUsdMillions,2400,1800,3200,triangular,US$ millions (2024),us-dod-fy2025,assumption,24 fifth-generation fighters with initial spares at FY2025 unit costs
            forces.type.bomber_squadron.raiseCostUsdMillions,9000,6000,12000,triangular,US$ millions (2024),us-dod-fy2025,assumption,12 new long-range bombers at the stated average procurement unit cost (about US$0.7 bn in 2022 dollars)
            forces.type.surface_combatant.raiseCostUsdMillions,2000,1000,2700,triangular,US$ millions (2024),us-dod-fy2025,assumption,one large destroyer at FY2025 cost (about US$2.2-2.7 bn); European frigates cost about 1 bn
            forces.type.submarine.raiseCostUsdMillions,3000,800,4500,triangular,US$ millions (2024),us-dod-fy2025,assumption,one attack submarine: nuclear about 3.5-4.5 bn at FY2025 cost; conventional about 0.8-1 bn
            forces.type.carrier_group.raiseCostUsdMillions,17000,13000,20000,triangular,US$ millions (2024),us-dod-fy2025,assumption,a large-deck carrier and its air wing; escorts are counted as surface combatants
            forces.type.amd_battery.raiseCostUsdMillions,1200,500,2400,triangular,US$ millions (2024),us-dod-fy2025,assumption,a Patriot-class battery with a first load of interceptors (public foreign-sale notifications put it at 0.5-2.4 bn)
            forces.type.long_range_fires.raiseCostUsdMillions,500,300,1000,triangular,US$ millions (2024),us-dod-fy2025,assumption,a battalion of 16-18 rocket launchers with a first load of guided rockets and missiles
            forces.type.armoured_brigade.keepCostUsdMillionsPerYear,2000,1500,3000,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.fighter_squadron.keepCostUsdMillionsPerYear,450,300,700,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.bomber_squadron.keepCostUsdMillionsPerYear,800,500,1200,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.surface_combatant.keepCostUsdMillionsPerYear,110,80,150,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.submarine.keepCostUsdMillionsPerYear,90,60,120,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.carrier_group.keepCostUsdMillionsPerYear,1500,1000,2000,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.amd_battery.keepCostUsdMillionsPerYear,150,100,250,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.long_range_fires.keepCostUsdMillionsPerYear,150,100,250,triangular,US$ millions per year,cbo-force-structure-2021,assumption,operation and support with the unit's share of overhead (CBO's primer method)
            forces.type.armoured_brigade.readiness,0.55,0.4,0.7,triangular,share,assumption-forces,assumption,share of elements ready to fight within about 30 days
            forces.type.fighter_squadron.readiness,0.6,0.5,0.75,triangular,share,gao-23-106217,assumption,GAO reports mission-capable rates mostly between about 50% and 75% for US fighters
            forces.type.bomber_squadron.readiness,0.55,0.45,0.7,triangular,share,gao-23-106217,assumption,GAO reports bomber mission-capable rates around 50-65%
            forces.type.surface_combatant.readiness,0.55,0.4,0.7,triangular,share,assumption-forces,assumption,ships in maintenance and training cycles are not ready
            forces.type.submarine.readiness,0.55,0.4,0.7,triangular,share,assumption-forces,assumption,submarines idle awaiting maintenance lower availability
            forces.type.carrier_group.readiness,0.45,0.3,0.6,triangular,share,assumption-forces,assumption,about a third to a half of carriers are deployable at any time in a rotational cycle
            forces.type.amd_battery.readiness,0.65,0.5,0.8,triangular,share,assumption-forces,assumption,share of elements ready to fight within about 30 days
            forces.type.long_range_fires.readiness,0.65,0.5,0.8,triangular,share,assumption-forces,assumption,share of elements ready to fight within about 30 days
            forces.type.armoured_brigade.transitWeeks,8,6,12,triangular,weeks,assumption-forces,assumption,sealift: about 11000 nautical miles Europe to Japan via Suez at 18-20 knots (about 3.5 weeks) plus loading and unloading
            forces.type.fighter_squadron.transitWeeks,1.5,1,3,triangular,weeks,assumption-forces,assumption,ferry flight with tankers and airlift of support
            forces.type.bomber_squadron.transitWeeks,1,0.5,2,triangular,weeks,assumption-forces,assumption,global range; support by airlift
            forces.type.surface_combatant.transitWeeks,4,3,6,triangular,weeks,assumption-forces,assumption,about 10000 nautical miles at 16-20 knots
            forces.type.submarine.transitWeeks,5,4,7,triangular,weeks,assumption-forces,assumption,submerged transit at lower speed of advance
            forces.type.carrier_group.transitWeeks,4,3,6,triangular,weeks,assumption-forces,assumption,about 10000 nautical miles at 20 knots plus work-up
            forces.type.amd_battery.transitWeeks,6,3,10,triangular,weeks,assumption-forces,assumption,sealift; airlift of a battery needs dozens of strategic airlift sorties
            forces.type.long_range_fires.transitWeeks,4,2,8,triangular,weeks,assumption-forces,assumption,launchers are air-transportable; munitions and support by sea
            forces.type.armoured_brigade.raiseYears,4,3,6,triangular,years,de-bmvg-2023,assumption,the brigade for Lithuania is planned from 2023 to full strength in 2027
            forces.type.fighter_squadron.raiseYears,4,3,6,triangular,years,assumption-forces,assumption,aircraft delivery queues plus pilot training
            forces.type.bomber_squadron.raiseYears,7,5,10,triangular,years,assumption-forces,assumption,few production lines and long build times
            forces.type.surface_combatant.raiseYears,6,4,8,triangular,years,assumption-forces,assumption,order to commissioning of a destroyer or frigate
            forces.type.submarine.raiseYears,8,6,10,triangular,years,assumption-forces,assumption,order to commissioning
            forces.type.carrier_group.raiseYears,10,8,12,triangular,years,assumption-forces,assumption,order to commissioning of a large-deck carrier
            forces.type.amd_battery.raiseYears,3.5,2,5,triangular,years,assumption-forces,assumption,order to delivery of Patriot-class batteries in recent foreign sales
            forces.type.long_range_fires.raiseYears,3,2,4,triangular,years,assumption-forces,assumption,order to delivery of rocket-launcher battalions in recent foreign sales
            posture.redeploy.shareFromEurope.armoured_brigade,0.1,0,0.3,triangular,share,us-nds-2022,assumption,heavy ground forces are least useful in a maritime war and slowest to move; most stay
            posture.redeploy.shareFromEurope.fighter_squadron,0.4,0.2,0.6,triangular,share,us-nds-2022,assumption,air power is the first swing force
            posture.redeploy.shareFromEurope.bomber_squadron,0.8,0.5,1,triangular,share,us-nds-2022,assumption,bombers rotate through Europe and would be pulled to the Pacific
            posture.redeploy.shareFromEurope.surface_combatant,0.5,0.3,0.8,triangular,share,us-nds-2022,assumption,naval forces swing to the pacing challenge
            posture.redeploy.shareFromEurope.submarine,0.5,0.3,0.8,triangular,share,us-nds-2022,assumption,naval forces swing to the pacing challenge
            posture.redeploy.shareFromEurope.carrier_group,1,0.5,1,triangular,share,us-nds-2022,assumption,a carrier in European waters would be sent to the Pacific
            posture.redeploy.shareFromEurope.amd_battery,0.4,0.2,0.6,triangular,share,us-nds-2022,assumption,Patriot batteries are scarce; the US has moved them between theaters before (e.g. out of the Middle East in 2021 as reported)
            posture.redeploy.shareFromEurope.long_range_fires,0.3,0.2,0.6,triangular,share,us-nds-2022,assumption,long-range fires are central to a Pacific denial defence
            posture.redeploy.shareFromHomeland.armoured_brigade,0.05,0,0.2,triangular,share,us-nds-2022,assumption,few heavy forces go to a maritime war
            posture.redeploy.shareFromHomeland.fighter_squadron,0.4,0.2,0.6,triangular,share,us-nds-2022,assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.bomber_squadron,0.5,0.3,0.8,triangular,share,us-nds-2022,assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.surface_combatant,0.4,0.2,0.6,triangular,share,us-nds-2022,assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.submarine,0.4,0.2,0.6,triangular,share,us-nds-2022,assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.carrier_group,0.4,0.2,0.6,triangular,share,us-nds-2022,assumption,ready carriers surge; others are in maintenance (readiness)
            posture.redeploy.shareFromHomeland.amd_battery,0.3,0.1,0.5,triangular,share,us-nds-2022,assumption,homeland reserve surges to the Pacific
            posture.redeploy.shareFromHomeland.long_range_fires,0.3,0.1,0.5,triangular,share,us-nds-2022,assumption,homeland reserve surges to the Pacific
            posture.redeploy.decisionWeeks,2,1,6,triangular,weeks,assumption-forces,assumption,from the war's start to the first units leaving
            posture.return.delayWeeks,26,8,52,triangular,weeks,assumption-forces,assumption,forces stay in the Pacific after a ceasefire before returning
            posture.planning.transitFactor,0.7,0.5,0.9,triangular,share,assumption-forces,assumption,P1 operational planning (prepared plans and prepositioned stocks) shortens decision and transit times to this share
            posture.planning.readinessGain,0.25,0.1,0.4,triangular,share,assumption-forces,assumption,P1 operational planning closes this share of European allies' readiness gap to 1
            posture.allies.makeUpShare,0.2,0,0.5,triangular,share,assumption-forces,assumption,share of the US combat power leaving Europe that allies make up by surging readiness
            posture.allies.responseWeeks,12,4,26,triangular,weeks,assumption-forces,assumption,from the US departure to the allies' surge
            forces.europe.newForcesBudgetShare,0.1,0.05,0.2,triangular,share,nato-defexp-2024,assumption,NATO reports European allies spend about 30% of defence budgets on equipment; about a third of that could go to new forces
            combat.attackerLossPerDayAtParity,0.005,0.002,0.01,triangular,share per day,dupuy-1990,assumption,Dupuy's divisional attacker losses of about 1-2% a day in intense combat times the share of a theater's force engaged on a typical day (about 20-50%)
            combat.defenderLossPerDayAtParity,0.003,0.001,0.006,triangular,share per day,dupuy-1990,assumption,defenders lose about half to two thirds of attackers' daily rates in Dupuy's data; same engaged share
            combat.breakpointShare,0.5,0.3,0.7,triangular,share,assumption-forces,assumption,a side that has lost half of its combat power stops fighting for the campaign's objective
            combat.stochastic,0,0,0,fixed,0 or 1,assumption-forces,assumption,1 draws Poisson losses around the deterministic square law
            combat.salvo.engagedSharePerWeek,0.1,0.02,0.25,triangular,share per week,assumption-forces,assumption,share of a side's ready surface combatants that fights a missile engagement in a week of war
            combat.salvo.missilesPerShip,8,4,16,triangular,missiles per ship per salvo,assumption-forces,assumption,a large destroyer's vertical launch cells (about 90) hold land-attack; anti-ship and defensive missiles; 4-16 anti-ship missiles per engagement
            combat.salvo.interceptorsPerShip,8,4,16,triangular,interceptors per ship per salvo,assumption-forces,assumption,defensive missiles a ship fires against one incoming salvo
            combat.salvo.hitProbability,0.5,0.3,0.7,triangular,share,hughes-1995,assumption,share of fired missiles that are well aimed (targeting and scouting effectiveness in Hughes's terms)
            combat.salvo.defensiveEffectiveness,0.5,0.3,0.8,triangular,share,hughes-1995,assumption,probability that one interceptor destroys one incoming missile
            combat.salvo.stayingPowerHits,2,1,3,triangular,hits,hughes-1995,assumption,hits of anti-ship missiles that put a destroyer or frigate out of action; Hughes argues modern warships have little staying power
            """;

    /** Orders of battle: location, actor, source, then type=value:low:high pairs; note says what the source informs. */
    private static final String OOB = """
            europe|USA|us-eucom-posture-2024|armoured_brigade=4:3:5 fighter_squadron=8:7:11 bomber_squadron=0.5:0:1 surface_combatant=6:5:8 submarine=3:2:4 carrier_group=0.5:0:1 amd_battery=5:4:8 long_range_fires=3:2:5|EUCOM's posture statement: about 100000 US personnel in Europe since 2022 with rotational armoured brigades, forward destroyers at Rota, US Air Forces in Europe fighter wings
            indo_pacific|USA|us-indopacom-posture-2024|armoured_brigade=3:2:4 fighter_squadron=10:8:14 bomber_squadron=0.5:0:1 surface_combatant=13:11:16 submarine=7:5:10 carrier_group=1.3:1:2 amd_battery=10:8:14 long_range_fires=3:2:5|INDOPACOM's posture statement: forward forces in Japan, Korea and Guam (Hawaii and Alaska count as homeland)
            homeland|USA|us-dod-fy2025|armoured_brigade=26:24:28 fighter_squadron=50:40:60 bomber_squadron=8:7:9 surface_combatant=55:45:65 submarine=43:38:48 carrier_group=9:8:10 amd_battery=45:40:55 long_range_fires=15:12:20|FY2025 force structure (active BCTs, fighter and bomber squadrons, battle force ships, Patriot battalions) less the forward forces
            europe|GBR|uk-dcp-2023|armoured_brigade=4:3:5 fighter_squadron=8:7:10 surface_combatant=15:14:17 submarine=6:5:7 carrier_group=1.5:1:2 amd_battery=4:3:6 long_range_fires=3:2:4|UK force structure after Future Soldier and the 2023 Command Paper (SSBNs excluded)
            europe|FRA|fr-lpm-2024|armoured_brigade=6:5:7 fighter_squadron=12:10:14 surface_combatant=15:13:15 submarine=5.5:5:6 carrier_group=0.8:0.6:1 amd_battery=7:6:8 long_range_fires=1:1:2|LPM 2024-2030 Ambition 2030 targets: 15 first-rank frigates, 6 attack submarines, one carrier, SAMP/T
            europe|DEU|de-bmvg-2023|armoured_brigade=7:6:9 fighter_squadron=7:6:9 surface_combatant=10:9:11 submarine=6:4:6 amd_battery=9:8:12 long_range_fires=1.5:1:2|Bundeswehr brigades including the one for Lithuania; Patriot fire units after donations to Ukraine
            europe|POL|pl-mon-2022|armoured_brigade=12:10:14 fighter_squadron=5:4:7 surface_combatant=2:1:3 submarine=1:0:1 amd_battery=2:2:4 long_range_fires=4:3:6|Homeland Defence Act expansion and the 2022-2023 orders (K2, Abrams, K9, HIMARS, Homar)
            europe|ITA|it-dpp-2024|armoured_brigade=6:5:8 fighter_squadron=9:8:11 surface_combatant=14:12:16 submarine=7:6:8 carrier_group=1.5:1:2 amd_battery=4:3:5 long_range_fires=1:1:2|DPP 2024-2026: Army brigades, Typhoon and F-35 squadrons, FREMM and Horizon ships, two carriers
            europe|FIN|fi-defence-report-2021|armoured_brigade=8:6:10 fighter_squadron=3:3:3 amd_battery=3:2:4 long_range_fires=2:2:3|wartime strength of 280000 with readiness brigades; F/A-18 squadrons; M270 launchers
            europe|SWE|se-prop-2024|armoured_brigade=3:2:4 fighter_squadron=6:5:7 surface_combatant=3:0:5 submarine=4:4:5 amd_battery=3:2:4|Totalforsvaret 2025-2030: mechanised brigades, Gripen squadrons, corvettes, submarines, Patriot fire units
            europe|NLD|nl-defensienota-2024|armoured_brigade=2.5:2:3 fighter_squadron=2.5:2:3 surface_combatant=6:5:6 submarine=3:2:4 amd_battery=3:2:4 long_range_fires=0.5:0:1|Defensienota 2024: brigades, F-35 squadrons, frigates, Walrus submarines, Patriot
            europe|RUS|odni-ata-2024|armoured_brigade=18:10:30 fighter_squadron=20:15:30 bomber_squadron=8:6:10 surface_combatant=20:15:25 submarine=25:20:30 carrier_group=0:0:1 amd_battery=40:30:60 long_range_fires=12:8:16|Russian forces facing NATO outside Ukraine (Leningrad and Moscow districts, Kaliningrad, Northern and Baltic fleets); ground forces depleted by the war (ODNI 2024) and being rebuilt: a wide range
            indo_pacific|CHN|us-cmpr-2023|armoured_brigade=30:25:40 fighter_squadron=40:35:50 bomber_squadron=12:10:17 surface_combatant=90:80:100 submarine=54:50:58 carrier_group=2.5:2:3 amd_battery=80:60:120 long_range_fires=60:40:80|the PLA's Eastern, Southern and Northern theater commands and navy (CMPR 2023 counts of brigades, fighters, ships, submarines, missile forces)
            indo_pacific|PRK|kr-dwp-2022|armoured_brigade=12:8:20 fighter_squadron=8:5:12 bomber_squadron=1:0:2 surface_combatant=2:0:3 submarine=10:5:15 amd_battery=10:5:15 long_range_fires=30:20:40|the White Paper's counts (about 4300 tanks, 810 combat aircraft, 70 submarines, 5500 rocket launchers) as modern-equivalent elements: much old equipment, hence low counts for the numbers
            indo_pacific|JPN|jp-dow-2024|armoured_brigade=10:8:12 fighter_squadron=13:12:13 surface_combatant=48:45:50 submarine=22:22:24 carrier_group=0.5:0:2 amd_battery=28:24:34 long_range_fires=6:5:7|Defense of Japan 2024: GSDF divisions and brigades, 13 ASDF fighter squadrons, MSDF destroyers and submarines, Patriot fire units, Type 12 regiments
            indo_pacific|KOR|kr-dwp-2022|armoured_brigade=20:15:25 fighter_squadron=20:18:24 surface_combatant=26:24:30 submarine=19:18:22 amd_battery=14:10:20 long_range_fires=14:10:20|2022 Defense White Paper: about 2200 tanks, 410 fighters, destroyers and frigates, submarines, Patriot and Cheongung, Chunmoo
            indo_pacific|TWN|tw-ndr-2023|armoured_brigade=6:5:8 fighter_squadron=17:15:20 surface_combatant=24:22:26 submarine=2:2:3 amd_battery=15:12:20 long_range_fires=4:3:6|2023 National Defense Report: armoured brigades, F-16V and other fighters, destroyers and frigates, Patriot and Tien Kung, HIMARS on order
            indo_pacific|AUS|au-dsr-2023|armoured_brigade=2:1:3 fighter_squadron=5:4:5 surface_combatant=11:10:11 submarine=5:3:6 amd_battery=1:1:2 long_range_fires=1:1:2|DSR 2023 and the 2024 Surface Fleet Review: F-35A squadrons, destroyers and frigates, Collins submarines, HIMARS
            """;

    /** Writes forces.csv into the builder's table. */
    static void write(OutputTable table) {
        for (List<String> row : rows()) {
            String status = row.get(7);
            table.add(row, row.get(6), status, 3);
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
            for (String pair : f[3].split(" ")) {
                String[] kv = pair.split("=");
                String[] v = kv[1].split(":");
                rows.add(List.of("forces.oob." + f[0] + "." + f[1] + "." + kv[0], v[0], v[1], v[2],
                        v[1].equals(v[2]) ? "fixed" : "triangular", "elements", f[2], "assumption",
                        "range informed by the cited document: " + f[4]));
            }
        }
        rows.sort(Comparator.comparing(r -> r.get(0)));
        return rows;
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text.strip())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parameters of forces.csv as read from the snapshot. */
    static List<UncertainParameter> parameters(CsvTable table) {
        List<UncertainParameter> list = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
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
