package org.indivisible.model.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The world's structure: who has which forces where, who holds which munition, who ships
 * munitions to whom, who fires what in which theater, and whose denied inputs a partner
 * replaces. The parameter ids stay the sweepable surface (each element names the parameter that
 * holds its number); this type is the one place that reads structure out of them. The data
 * module checks every structural id with its file and line before a configuration is built
 * (names against the catalogues: {@code posture.Location}, {@code posture.ForceType}, {@code
 * industry.MunitionType}, the actors), so the plans that read this type meet no typo.
 *
 * @param ordersOfBattle force elements by location, actor and type, sorted by parameter id
 * @param holdings munition holdings named by a per-holding quantity, sorted by parameter id (one
 *     per quantity parameter: the same holding can appear under several quantities)
 * @param transfers recurring munition transfers, sorted by parameter id
 * @param firings firing rates while a theater is at war, sorted by parameter id
 * @param inputRestores partners that replace an actor's denied inputs, sorted by parameter id
 * @param scalars per-actor and per-munition munitions numbers, sorted by parameter id
 */
public record Structure(List<Formation> ordersOfBattle, List<Holding> holdings, List<Transfer> transfers,
                        List<Firing> firings, List<InputRestore> inputRestores, List<Scalar> scalars) {

    /** Prefix of order-of-battle parameters: {@code forces.oob.europe.DEU.armoured_brigade}. */
    public static final String OOB = "forces.oob.";
    /** Prefix of munitions parameters. */
    public static final String MUNITIONS = "munitions.";
    /** Per-holding quantities: {@code munitions.<quantity>.<munition>.<ISO3>}. */
    public static final List<String> HOLDING_QUANTITIES = List.of("stockRounds", "capacityRoundsPerYear",
            "investPctBudget", "importShare", "capacityGrowthPctPerYear", "interceptorsPerMissile");
    /** Per-actor quantities: {@code munitions.<quantity>.<ISO3>}. */
    public static final List<String> ACTOR_QUANTITIES = List.of("reserveFloorShare", "exportControlCut");
    /** Per-munition quantities: {@code munitions.<quantity>.<munition>}. */
    public static final List<String> MUNITION_QUANTITIES = List.of("unitCostUsd", "capacityCostUsdPerRoundPerYear",
            "rampLagYears");

    /** A structural element; {@link #parameter()} holds its number. */
    public sealed interface Element permits Formation, Holding, Transfer, Firing, InputRestore, Scalar {
        String parameter();
    }

    /** {@code forces.oob.<location>.<ISO3>.<type>}: elements of a force type an actor has at a location. */
    public record Formation(String location, String iso3, String type, String parameter) implements Element {
    }

    /** {@code munitions.<quantity>.<munition>.<ISO3>}: one quantity of an actor's holding of a munition. */
    public record Holding(String quantity, String munition, String iso3, String parameter) implements Element {
    }

    /**
     * {@code munitions.transferRoundsPerYear.<munition>.<FROM>.<TO>}, or its start year {@code
     * munitions.transferStartYear...} ({@code startYear} true): a recurring transfer.
     */
    public record Transfer(String munition, String from, String to, boolean startYear, String parameter)
            implements Element {
    }

    /** {@code munitions.firingRoundsPerDay.<munition>.<ISO3>.<theater>}: rounds fired a day at war. */
    public record Firing(String munition, String iso3, String theater, String parameter) implements Element {
    }

    /** {@code munitions.partnerInputRestore.<ISO3>.<SUPPLIER>}: a partner replaces denied inputs. */
    public record InputRestore(String iso3, String supplier, String parameter) implements Element {
    }

    /**
     * A per-actor ({@code munitions.reserveFloorShare.<ISO3>}) or per-munition ({@code
     * munitions.unitCostUsd.<munition>}) number: no structure, but its name still has to be right.
     */
    public record Scalar(String quantity, String key, boolean perActor, String parameter) implements Element {
    }

    public Structure {
        ordersOfBattle = List.copyOf(ordersOfBattle);
        holdings = List.copyOf(holdings);
        transfers = List.copyOf(transfers);
        firings = List.copyOf(firings);
        inputRestores = List.copyOf(inputRestores);
        scalars = List.copyOf(scalars);
    }

    /**
     * Reads the structure out of a configuration's parameters, which are sorted by id (so is
     * each list here).
     *
     * @throws IllegalArgumentException naming the parameter when a structural id has the wrong shape
     */
    public static Structure of(List<UncertainParameter> parameters) {
        List<Formation> oob = new ArrayList<>();
        List<Holding> holdings = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        List<Firing> firings = new ArrayList<>();
        List<InputRestore> restores = new ArrayList<>();
        List<Scalar> scalars = new ArrayList<>();
        for (UncertainParameter p : parameters) {
            Optional<Element> e = element(p.id());
            if (e.isEmpty()) {
                continue;
            }
            Element element = e.get();
            if (element instanceof Formation f) {
                oob.add(f);
            } else if (element instanceof Holding h) {
                holdings.add(h);
            } else if (element instanceof Transfer t) {
                transfers.add(t);
            } else if (element instanceof Firing f) {
                firings.add(f);
            } else if (element instanceof InputRestore r) {
                restores.add(r);
            } else if (element instanceof Scalar x) {
                scalars.add(x);
            }
        }
        return new Structure(oob, holdings, transfers, firings, restores, scalars);
    }

    /**
     * The element a parameter id names, empty for an id that is not structural (neither {@code
     * forces.oob.*} nor {@code munitions.*}). Checks the id's shape only; names are checked
     * against the catalogues by the plans and the data module.
     *
     * @throws IllegalArgumentException "parameter <id>: expected <shape>" for a malformed id
     */
    public static Optional<Element> element(String id) {
        if (id.startsWith(OOB)) {
            String[] part = id.substring(OOB.length()).split("\\.", -1);
            require(part.length == 3, id, "forces.oob.<location>.<ISO3>.<type>");
            return Optional.of(new Formation(part[0], part[1], part[2], id));
        }
        if (!id.startsWith(MUNITIONS)) {
            return Optional.empty();
        }
        String[] part = id.split("\\.", -1);
        String quantity = part.length > 1 ? part[1] : "";
        if (HOLDING_QUANTITIES.contains(quantity)) {
            require(part.length == 4, id, "munitions." + quantity + ".<munition>.<ISO3>");
            return Optional.of(new Holding(quantity, part[2], part[3], id));
        }
        switch (quantity) {
            case "firingRoundsPerDay" -> {
                require(part.length == 5, id, "munitions.firingRoundsPerDay.<munition>.<ISO3>.<theater>");
                return Optional.of(new Firing(part[2], part[3], part[4], id));
            }
            case "transferRoundsPerYear", "transferStartYear" -> {
                require(part.length == 5, id, "munitions." + quantity + ".<munition>.<FROM>.<TO>");
                require(!part[3].equals(part[4]), id, "a transfer between two different actors");
                return Optional.of(new Transfer(part[2], part[3], part[4], quantity.equals("transferStartYear"), id));
            }
            case "partnerInputRestore" -> {
                require(part.length == 4, id, "munitions.partnerInputRestore.<ISO3>.<SUPPLIER>");
                require(!part[2].equals(part[3]), id, "a supplier other than the actor itself");
                return Optional.of(new InputRestore(part[2], part[3], id));
            }
            default -> {
                if (ACTOR_QUANTITIES.contains(quantity) || MUNITION_QUANTITIES.contains(quantity)) {
                    require(part.length == 3, id, "munitions." + quantity
                            + (ACTOR_QUANTITIES.contains(quantity) ? ".<ISO3>" : ".<munition>"));
                    return Optional.of(new Scalar(quantity, part[2], ACTOR_QUANTITIES.contains(quantity), id));
                }
                List<String> valid = new ArrayList<>(HOLDING_QUANTITIES);
                valid.addAll(List.of("firingRoundsPerDay", "transferRoundsPerYear", "transferStartYear"));
                valid.addAll(ACTOR_QUANTITIES);
                valid.add("partnerInputRestore");
                valid.addAll(MUNITION_QUANTITIES);
                throw new IllegalArgumentException("parameter " + id + ": unknown munitions quantity `" + quantity
                        + "`; valid: " + String.join(", ", valid));
            }
        }
    }

    private static void require(boolean ok, String id, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("parameter " + id + ": expected " + expected);
        }
    }
}
