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
 * The campaign table ({@code campaign.csv}): parameters of the Taiwan invasion fought as a
 * campaign ({@code campaign.taiwan.*}, model package combat.campaign; docs/forces-and-combat.md
 * section 6), each with a source, a locator and a status. Figures read in the research copy's
 * {@code forces/cited_force_figures.csv} are cited by fig_id in the locator (F304...), which
 * {@link SnapshotBuilder} checks; the rest are assumptions whose note gives the reason. The
 * CSIS wargame's outcomes (F295-F297's game results) are never used: only its inputs and rules.
 * Hand-entered here.
 */
final class CampaignTables {

    static final String NAME = "campaign.csv";
    static final String[] HEADER = ForceTables.HEADER;

    private CampaignTables() {
    }

    // parameter,value,low,high,distribution,unit,source_id,locator,status,note
    private static final String ROWS = """
            campaign.taiwan.enabled,1,1,1,fixed,0 or 1,assumption-forces,docs/forces-and-combat.md 6,assumption,"1 fights a war in the taiwan theater as a phased campaign; 0 leaves it to the aggregate combat law"
            campaign.taiwan.aircraftPerSquadron,24,24,24,fixed,aircraft per squadron,CSIS2023_FirstBattle,Game design (cited_force_figures F302),estimate,"the wargame's standard fighter/attack squadron: turns the forces part's squadrons into aircraft"
            campaign.taiwan.bomberAircraftPerSquadron,12,12,12,fixed,aircraft per squadron,CSIS2023_FirstBattle,Game design (cited_force_figures F302),estimate,"bomber counters are squadrons of 12"
            campaign.taiwan.pla.liftShips,96,86,96,triangular,ships,CSIS2023_FirstBattle,Normandy comparison (cited_force_figures F304 F305 F306 F307 F308),estimate,"28 LSTs, 18 LHD/LPDs, 20 LSMs and 30 large civilian RO-ROs assumed for 2026; low 86 if a tenth is not ready (our assumption)"
            campaign.taiwan.pla.troopsPerTurn,16000,16000,16000,fixed,troops per 3.5 days,CSIS2023_FirstBattle,Normandy comparison (cited_force_figures F311; F310 D-day 8000; F309 305 landing craft),estimate,"troops the whole fleet puts ashore in a 3.5-day turn; the surviving lift carries its share"
            campaign.taiwan.pla.offloadFactor,1,0.7,1,triangular,share,CSIS2023_FirstBattle,Excursion cases (cited_force_figures F312),estimate,"1 = the base case's World War II offload rate; 0.7 = the Falklands offload rate of the CSIS excursion"
            campaign.taiwan.pla.troopsPerBattalion,700,500,900,triangular,troops,assumption-forces,docs/forces-and-combat.md 6,assumption,"a PLA combined-arms battalion with its share of brigade support; no source here"
            campaign.taiwan.pla.sustainedPerLiftTroop,10,6,15,triangular,troops ashore per troop of lift a turn,assumption-forces,docs/forces-and-combat.md 6,assumption,"supplying the troops ashore takes lift before new battalions (the CSIS game design says so without a number): one troop's lift a turn supplies ten ashore"
            campaign.taiwan.pla.escortShare,0.5,0.3,0.7,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"share of the PLA's ready destroyers and frigates in the theater that screen the invasion fleet; the rest face the US"
            campaign.taiwan.pla.escortChannels,3,2,6,triangular,missiles engaged per escort per salvo,assumption-forces,docs/forces-and-combat.md 6,assumption,"fire-control channels of a Type 052D or 054A; no source here"
            campaign.taiwan.pla.escortInterceptors,32,24,48,triangular,interceptors per escort,assumption-forces,docs/forces-and-combat.md 6,assumption,"surface-to-air missiles per escort: a 052D has 64 cells shared with land-attack and anti-ship missiles, a 054A 32"
            campaign.taiwan.pla.hitsToSinkLift,1,1,2,triangular,hits,web-falklands-conveyor,"BBC 25 May 1982; Atlantic Conveyor article",estimate,"one Exocet hit put the roll-on/roll-off Atlantic Conveyor out of the war (two fired, one struck, she was lost); amphibious ships and RO-ROs carry no armour"
            campaign.taiwan.pla.hitsToSinkEscort,2,1,3,triangular,hits,hughes-1995,"the salvo equations (cited, not read here)",assumption,"as combat.salvo.stayingPowerHits: Hughes argues modern warships have little staying power"
            campaign.taiwan.pla.liftShareOfSinkings,0.5,0.4,0.6,triangular,share,CSIS2023_FirstBattle,Submarines (cited_force_figures F318),estimate,"a submarine sinks two large amphibious ships and an equal number of decoys and escorts: half of what is sunk is lift"
            campaign.taiwan.pla.crewPerEscort,250,200,300,triangular,personnel,assumption-forces,docs/forces-and-combat.md 6,assumption,"crew of a destroyer or frigate; all counted lost with the ship (an upper bound)"
            campaign.taiwan.pla.crewPerLiftShip,100,50,150,triangular,personnel,assumption-forces,docs/forces-and-combat.md 6,assumption,"crew of an LST or RO-RO, besides the troops aboard"
            campaign.taiwan.pla.ascmStock,1500,800,3000,triangular,missiles,assumption-forces,docs/forces-and-combat.md 6,assumption,"PLA anti-ship missiles (DF-21D and DF-26 ballistic, YJ-series cruise) for use against US ships; no count in the sources here"
            campaign.taiwan.pla.ascmPerYear,300,100,600,triangular,missiles a year,assumption-forces,docs/forces-and-combat.md 6,assumption,"production continuing during the war; no source here"
            campaign.taiwan.pla.ascmPerTurn,200,100,400,triangular,missiles per turn,assumption-forces,docs/forces-and-combat.md 6,assumption,"launch and targeting capacity against US surface groups in a turn"
            campaign.taiwan.pla.twnAirDestroyedOnGround,0.5,0.3,0.8,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"share of Taiwan's ready fighters destroyed on the ground by the opening missile strike; some survive in hardened shelters on the east coast"
            campaign.taiwan.pla.launcherLossPerTurn,0.15,0.05,0.3,triangular,share per turn,assumption-forces,docs/forces-and-combat.md 6,assumption,"Taiwan's coastal anti-ship launchers destroyed per turn at full PLA air superiority (scaled by its share of the air power)"
            campaign.taiwan.pla.baseStrikeLossPerTurn,0.05,0.02,0.1,triangular,share per turn,assumption-forces,docs/forces-and-combat.md 6,assumption,"US aircraft at bases in Japan destroyed on the ground per turn by missile strikes"
            campaign.taiwan.pla.airGroundGain,0.5,0.2,1,triangular,added effectiveness,assumption-forces,docs/forces-and-combat.md 6,assumption,"the PLA ashore fights this much better with full air superiority (close air support and interdiction)"
            campaign.taiwan.twn.harpoons,400,300,400,triangular,missiles,CSIS2023_FirstBattle,Taiwan ASCMs (cited_force_figures F321),estimate,"400 coastal-defence Harpoons on order; low 300 if not all are delivered by the war (our assumption)"
            campaign.taiwan.twn.harpoonLaunchers,100,100,100,fixed,launchers,CSIS2023_FirstBattle,Taiwan ASCMs (cited_force_figures F321),estimate,"100 launchers"
            campaign.taiwan.twn.harpoonsPerLauncherPerTurn,2,1,4,triangular,missiles per launcher per turn,assumption-forces,docs/forces-and-combat.md 6,assumption,"a launcher carries four; targets in range and reloading under air attack limit the rate"
            campaign.taiwan.twn.battalions,114,114,114,fixed,combat battalions,CSIS2023_FirstBattle,MLR vignette (cited_force_figures F322),estimate,"the 114 combat battalions of Taiwan's ground forces"
            campaign.taiwan.twn.understrength,0.208,0.15,0.25,triangular,share,TaipeiTimes2025_active,MND report (cited_force_figures F228),estimate,"20.8% understrength in 2025: battalions fight at 79% of establishment"
            campaign.taiwan.twn.engagedShare,0.5,0.3,0.7,triangular,share,CSIS2023_FirstBattle,Chinese strategy (cited_force_figures F197),assumption,"46% of battalions are in the northern third: about half reach a lodgement in the first turn, the rest in the next two"
            campaign.taiwan.twn.reserveBrigades,24,21,24,triangular,brigades,CSIS2023_FirstBattle,Taiwan reserves (cited_force_figures F196),estimate,"21 or 24 first-line reserve brigades"
            campaign.taiwan.twn.battalionsPerReserveBrigade,3,2,4,triangular,battalions,assumption-forces,docs/forces-and-combat.md 6,assumption,"manoeuvre battalions of a reserve brigade; no source here"
            campaign.taiwan.twn.reserveQuality,0.4,0.25,0.6,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"a reserve battalion fights as this share of an active one (training and equipment)"
            campaign.taiwan.twn.reserveTurns,4,2,8,triangular,turns of 3.5 days,assumption-forces,docs/forces-and-combat.md 6,assumption,"mobilisation before reserve brigades join, half in that turn and half the next"
            campaign.taiwan.twn.defenceMultiplier,1.5,1.2,2,triangular,times,dupuy-1990,"posture factors for prepared defence (cited, not read here)",assumption,"a defender in prepared positions on its own terrain"
            campaign.taiwan.twn.troopsPerBattalion,600,500,800,triangular,troops,assumption-forces,docs/forces-and-combat.md 6,assumption,"a Taiwanese combat battalion with its share of support; no source here"
            campaign.taiwan.us.interventionDelayWeeks,1,0.5,3,triangular,weeks (mean),assumption-forces,docs/forces-and-combat.md 6,assumption,"mean of the exponential delay before US forces fight; the CSIS base case has none, politics may add weeks"
            campaign.taiwan.us.interventionScaleMin,0.5,0.25,0.75,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"the share of US forces in theater committed is drawn uniformly between this and 1"
            campaign.taiwan.us.lrasm,450,350,450,triangular,missiles,CSIS2023_FirstBattle,JASSM-ER vs ships (cited_force_figures F316),estimate,"roughly 450 LRASMs in 2026; low 350 if some are held for other theaters (our assumption)"
            campaign.taiwan.us.lrasmPerYear,50,20,100,triangular,missiles a year,CSIS2023_FirstBattle,US munitions (cited_force_figures F324),assumption,"deliveries already on contract continue; a wartime surge needs about two years of lead time (F324), beyond most wars here"
            campaign.taiwan.us.jassmEr,3650,3000,3650,triangular,missiles,CSIS2023_FirstBattle,JASSM-ER vs ships (cited_force_figures F317),estimate,"3650 JASSM-ERs; low 3000 for other theaters' claims (our assumption)"
            campaign.taiwan.us.jassmErPerYear,500,300,700,triangular,missiles a year,CSIS2023_FirstBattle,US munitions (cited_force_figures F324),assumption,"deliveries on contract continue; surge after two years (F324)"
            campaign.taiwan.us.jassmErAntiShip,0.5,0,1,triangular,share,CSIS2023_FirstBattle,Pessimistic scenario (cited_force_figures F297),assumption,"JASSM-ER's effect against ships relative to LRASM: none in the CSIS pessimistic case's assumption, full in its base case; the middle is ours"
            campaign.taiwan.us.missilesPerBomberPerTurn,16,8,24,triangular,missiles,assumption-forces,docs/forces-and-combat.md 6,assumption,"a B-1B carries 24 LRASMs; about one long-range sortie a turn from Guam, Alaska or the US"
            campaign.taiwan.us.missilesPerFighterPerTurn,2,1,4,triangular,missiles,assumption-forces,docs/forces-and-combat.md 6,assumption,"fighter/attack aircraft from bases in Japan carry two standoff missiles a sortie"
            campaign.taiwan.us.ssnKillsPerTurn,2,2,2,fixed,large amphibious ships per submarine per turn,CSIS2023_FirstBattle,Submarines (cited_force_figures F318),estimate,"each submarine sinks two large amphibious vessels in a 3.5-day turn"
            campaign.taiwan.us.ssnLossPerTurn,0.2,0.2,0.2,fixed,share per turn,CSIS2023_FirstBattle,Submarines (cited_force_figures F319),estimate,"roughly 20 percent attrition per 3.5 days"
            campaign.taiwan.us.shipInterceptors,60,40,80,triangular,interceptors per ship,assumption-forces,docs/forces-and-combat.md 6,assumption,"SM-2 and SM-6 in a 96-cell destroyer's load, with land-attack missiles in the rest"
            campaign.taiwan.us.shipChannels,4,2,8,triangular,missiles engaged per ship per salvo,assumption-forces,docs/forces-and-combat.md 6,assumption,"Aegis fire-control channels against a salvo"
            campaign.taiwan.us.crewPerShip,320,250,400,triangular,personnel,assumption-forces,docs/forces-and-combat.md 6,assumption,"crew of a destroyer or cruiser; carriers are not counted apart"
            campaign.taiwan.us.crewPerSubmarine,135,130,140,triangular,personnel,assumption-forces,docs/forces-and-combat.md 6,assumption,"crew of an attack submarine"
            campaign.taiwan.us.airSupportGain,0.3,0.1,0.6,triangular,added effectiveness,assumption-forces,docs/forces-and-combat.md 6,assumption,"Taiwan's battalions fight this much better with US air support from Japan (scaled by the US commitment)"
            campaign.taiwan.jpn.basingProbability,0.75,0.5,0.9,triangular,probability,CSIS2023_FirstBattle,"Conditions for success, 3 (bases in Japan)",assumption,"CSIS finds US combat use of bases in Japan necessary; whether Japan grants it is a political choice no source puts a number on"
            campaign.taiwan.jpn.ascm,100,0,200,triangular,missiles,assumption-forces,docs/forces-and-combat.md 6,assumption,"Japanese Type 12 anti-ship missiles in range of the strait, only with basing; no count in the sources here"
            campaign.taiwan.jpn.ascmPerTurn,25,10,50,triangular,missiles per turn,assumption-forces,docs/forces-and-combat.md 6,assumption,"launch rate of those batteries"
            campaign.taiwan.ground.lossPerDayAtParity,0.02,0.01,0.04,triangular,share per day,dupuy-1990,"chapters on daily casualty rates of divisions (cited, not read here)",assumption,"a force fully engaged in intense combat loses 1-4% of its strength a day against an equal enemy"
            campaign.taiwan.air.lossPerDayAtParity,0.02,0.01,0.04,triangular,share per day,assumption-forces,docs/forces-and-combat.md 6,assumption,"an air force loses this share a day to an equal one in a contested air superiority fight"
            campaign.taiwan.defence.launchFailure,0.15,0.15,0.15,fixed,share,CSIS2023_FirstBattle,Anti-ship missile interception box (cited_force_figures F315),estimate,"15 percent of missiles fail to launch or malfunction (Desert Storm)"
            campaign.taiwan.defence.guidanceFailure,0.1,0.1,0.1,fixed,share,CSIS2023_FirstBattle,Anti-ship missile interception box (cited_force_figures F314),estimate,"10 percent terminal guidance failures"
            campaign.taiwan.defence.interceptorPk,0.7,0.5,0.7,triangular,probability,CSIS2023_FirstBattle,Anti-ship missile interception box (cited_force_figures F313),estimate,"70 percent per interceptor, which the authors call optimistic: low 0.5 is ours"
            campaign.taiwan.defence.terminalDefence,0.7,0.7,0.7,fixed,share,CSIS2023_FirstBattle,Anti-ship missile interception box (cited_force_figures F315),estimate,"terminal defence and electronic warfare stop 70 percent of what gets through"
            campaign.taiwan.defence.catastrophicError,0.05,0.05,0.05,fixed,share,CSIS2023_FirstBattle,Anti-ship missile interception box (not among the stored cited figures),assumption,"a 5 percent chance each of an attacker's and a defender's catastrophic error, as an earlier reading of the box gave it; the stored figures F313-F315 do not quote it, so it stays an assumption until read there"
            campaign.taiwan.economy.heldResidual,0.3,0.1,0.6,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"after the invasion fails, strikes and interdiction go on while the war lasts: this share of the war-time damage, chip and lane shocks"
            campaign.taiwan.economy.fallChipShare,1,0.7,1,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"after the island falls, this share of the war-time loss of its chip capacity lasts to the horizon (damage, occupation, export controls)"
            campaign.taiwan.economy.fallTradeShare,0.5,0.2,0.8,triangular,share,assumption-forces,docs/forces-and-combat.md 6,assumption,"after the island falls, this share of the war-time cut of its own seaborne trade lasts (sanctions on the occupied island); shipping through the strait resumes"
            """;

    /** Every row of campaign.csv, sorted by parameter id. */
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
