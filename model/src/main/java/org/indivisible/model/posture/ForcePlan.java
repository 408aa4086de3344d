package org.indivisible.model.posture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Structure;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.Theater;

/**
 * What the forces part needs from a configuration, worked out once and shared read-only by
 * every replication: which order-of-battle parameters exist (the configuration's {@link
 * Structure#ordersOfBattle()}, ids {@code forces.oob.<location>.<ISO3>.<type>}, elements), which actors are on the aligned side
 * (the {@code ALIGNED} group: CHN, RUS, PRK, IRN), which are European NATO members (P1's group,
 * by default {@code NATO_EUROPE}), where each theater's forces are, and whether P1's operational
 * planning is on. Without any order-of-battle parameter the forces part is inactive (no forces,
 * no metrics). Immutable and thread safe.
 */
public final class ForcePlan {

    /** Prefix of order-of-battle parameters: {@code forces.oob.europe.DEU.armoured_brigade}. */
    public static final String OOB = Structure.OOB;
    /** Prefix of force-type parameters: {@code forces.type.armoured_brigade.raiseCostUsdMillions}. */
    public static final String TYPE = "forces.type.";
    /** The aligned bloc when the configuration has no {@code ALIGNED} group. */
    static final List<String> ALIGNED_DEFAULT = List.of("CHN", "IRN", "PRK", "RUS");

    public static final int TYPES = ForceType.values().length;
    public static final int LOCATIONS = Location.values().length;

    final int actors;
    final String[] iso3;
    /** Parameter id per slot (location, actor, type), or null when the actor has none there. */
    final String[] oobParameter;
    final boolean active;
    /** Actors with any order of battle, ascending: the only ones the hot loop visits. */
    final int[] armed;
    /**
     * By location, the armed actors that can have elements there (an order of battle there, or the
     * US, whose elements move): only they need summing. Only US elements move between locations;
     * force generation and reconstitution add where an actor already has forces.
     */
    final int[][] armedAt;
    /** By location, the theaters fought there. */
    final int[][] theatersAt;
    final boolean[] aligned;
    final boolean[] europeanAlly;
    /** The European allies' indices, ascending. */
    final int[] europeanAllies;
    final int usa;
    /** Location index per theater, -1 when the theater has no modelled forces. */
    final int[] theaterLocation;
    /** Whether actor a takes part in theater t: [theater][actor]. */
    final boolean[][] participant;
    final boolean operationalPlanning;

    private ForcePlan(Configuration config) {
        actors = config.actors().size();
        iso3 = config.actors().stream().map(a -> a.iso3()).toArray(String[]::new);
        oobParameter = new String[LOCATIONS * actors * TYPES];
        boolean any = false;
        Map<String, Double> lowest = new HashMap<>();
        config.parameters().forEach(p -> lowest.put(p.id(), p.distribution().low()));
        for (Structure.Formation f : config.structure().ordersOfBattle()) {
            String problem = problem(f);
            int a = indexOf(iso3, f.iso3());
            if (problem == null && a < 0) {
                problem = "unknown actor " + f.iso3();
            }
            if (problem != null) {
                throw new IllegalArgumentException("parameter " + f.parameter() + ": " + problem);
            }
            if (lowest.get(f.parameter()) < 0) {
                throw new IllegalArgumentException("parameter " + f.parameter()
                        + ": a number of force elements cannot be negative");
            }
            oobParameter[slot(Location.byId(f.location()).ordinal(), a, ForceType.byId(f.type()).ordinal())] =
                    f.parameter();
            any = true;
        }
        active = any;
        armed = java.util.stream.IntStream.range(0, actors).filter(a -> {
            for (int l = 0; l < LOCATIONS; l++) {
                for (int t = 0; t < TYPES; t++) {
                    if (oobParameter[slot(l, a, t)] != null) {
                        return true;
                    }
                }
            }
            return false;
        }).toArray();
        int usaIndex = indexOf(iso3, "USA");
        armedAt = new int[LOCATIONS][];
        for (int l = 0; l < LOCATIONS; l++) {
            int location = l;
            armedAt[l] = Arrays.stream(armed).filter(a -> {
                if (a == usaIndex) {
                    return true; // US elements move between every location
                }
                for (int t = 0; t < TYPES; t++) {
                    if (oobParameter[slot(location, a, t)] != null) {
                        return true;
                    }
                }
                return false;
            }).toArray();
        }
        LocalDate start = config.horizon().start();
        Optional<Group> alignedGroup = config.group("ALIGNED");
        Optional<PrepareForReducedUsPresence> p1 = config.policy(PrepareForReducedUsPresence.class);
        Optional<Group> europe = config.group(p1.map(PrepareForReducedUsPresence::group).orElse("NATO_EUROPE"));
        aligned = new boolean[actors];
        europeanAlly = new boolean[actors];
        for (int a = 0; a < actors; a++) {
            String code = iso3[a];
            aligned[a] = alignedGroup.map(g -> g.memberships().stream().anyMatch(m -> m.iso3().equals(code)))
                    .orElse(ALIGNED_DEFAULT.contains(code));
            europeanAlly[a] = europe.map(g -> g.isMember(code, start)).orElse(false);
        }
        usa = indexOf(iso3, "USA");
        europeanAllies = java.util.stream.IntStream.range(0, actors).filter(a -> europeanAlly[a]).toArray();
        List<Theater> theaters = config.theaters();
        theaterLocation = new int[theaters.size()];
        participant = new boolean[theaters.size()][actors];
        for (int t = 0; t < theaters.size(); t++) {
            Location l = Location.ofTheater(theaters.get(t).id());
            theaterLocation[t] = l == null ? -1 : l.ordinal();
            for (String code : theaters.get(t).participants()) {
                int a = indexOf(iso3, code);
                if (a >= 0) {
                    participant[t][a] = true;
                }
            }
        }
        operationalPlanning = p1.map(PrepareForReducedUsPresence::operationalPlanning).orElse(false);
        theatersAt = new int[LOCATIONS][];
        for (int l = 0; l < LOCATIONS; l++) {
            int location = l;
            theatersAt[l] = java.util.stream.IntStream.range(0, theaterLocation.length)
                    .filter(th -> theaterLocation[th] == location).toArray();
        }
    }

    public static ForcePlan of(Configuration config) {
        return new ForcePlan(config);
    }

    /**
     * What is wrong with an order-of-battle entry's location or force type, or null. The data
     * module asks this too, to name the file and line of a bad entry before anything runs.
     */
    public static String problem(Structure.Formation f) {
        if (Location.byId(f.location()) == null) {
            return "unknown location `" + f.location() + "`; valid: "
                    + Arrays.stream(Location.values()).map(Location::id).toList();
        }
        if (ForceType.byId(f.type()) == null) {
            return "unknown force type `" + f.type() + "`; valid: "
                    + Arrays.stream(ForceType.values()).map(ForceType::id).toList();
        }
        return null;
    }

    /** Whether the configuration has any forces. */
    public boolean active() {
        return active;
    }

    /** Flat index of (location, actor, type) in the count arrays. */
    public int slot(int location, int actor, int type) {
        return (location * actors + actor) * TYPES + type;
    }

    public int actors() {
        return actors;
    }

    public String iso3(int actor) {
        return iso3[actor];
    }

    public boolean aligned(int actor) {
        return aligned[actor];
    }

    public boolean europeanAlly(int actor) {
        return europeanAlly[actor];
    }

    /** Index of the USA, -1 when absent. */
    public int usa() {
        return usa;
    }

    /** Location index of a theater's forces, -1 when it has none. */
    public int theaterLocation(int theater) {
        return theaterLocation[theater];
    }

    public boolean participant(int theater, int actor) {
        return participant[theater][actor];
    }

    public boolean operationalPlanning() {
        return operationalPlanning;
    }

    /** Ids of the order-of-battle parameters present, in slot order. */
    List<String> oobParameters() {
        List<String> ids = new ArrayList<>();
        for (String id : oobParameter) {
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static int indexOf(String[] codes, String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
