package org.indivisible.model.industry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.indivisible.model.actor.Group;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.config.Horizon;
import org.indivisible.model.config.Structure;
import org.indivisible.model.policy.IndustrialCooperation;
import org.indivisible.model.policy.PrepareForReducedUsPresence;
import org.indivisible.model.theater.Theater;

/**
 * What the munitions part of the model works out once per configuration, read-only and shared
 * by every replication: the holdings (an actor's stock of one munition) named by the
 * configuration's {@code munitions.*} parameters, the ids of their parameters, transfers,
 * firing rates, the compatibility pools by step (family and side, after P2 adoptions and NATO
 * membership dates), P1's extra industry investment and P2's co-production lines and lag
 * reductions by step. Immutable and thread safe.
 */
public final class IndustryPlan {

    /** The group whose members are on the aligned side of every theater. */
    public static final String ALIGNED_GROUP = "ALIGNED";

    /** A firing rate: holding {@code holding} fires at parameter {@code parameter} while {@code theater} is at war. */
    record Firing(int holding, int theater, String parameter) {
    }

    /** A recurring transfer between two holdings of the same munition. */
    record Transfer(int from, int to, String rateParameter, String startYearParameter) {
    }

    /** A co-production line built in holding {@code host}: output shared among recipient holdings from {@code firstOutputStep}; its capital cost is spread over {@code costSteps} from the start. */
    record Line(String id, int munition, int host, double capacityRoundsPerYear, int startStep, int firstOutputStep,
                int[] recipients, double[] shares, int costSteps) {
    }

    final Configuration config;
    final int holdings;
    final int[] actorOf;
    final int[] munitionOf;
    final String[] holdingIso3;
    final String[] stockParameter;
    final String[] capacityParameter;
    final String[] investParameter;
    final String[] importParameter;
    final String[] growthParameter;
    final String[] interceptorsPerMissileParameter;
    final String[] floorParameterByActor;
    final String[] cutParameterByActor;
    /** Per actor, the suppliers (actor indices) that restore its denied inputs, and their parameters. */
    final int[][] restoreSuppliers;
    final String[][] restoreParameters;
    final String[] unitCostParameter;
    final String[] capacityCostParameter;
    final String[] rampLagParameter;
    final List<Firing> firings;
    final List<Transfer> transfers;
    final List<Line> lines;
    /** Side of each actor: 1 aligned, 0 not (membership on the horizon's first day). */
    final int[] sideOfActor;
    /** Compatibility pool of each holding by step: same pool = same family and same side. */
    final int[][] poolByStep;
    final int pools;
    /** Extra percent of the defence budget P1 invests in the holding, by [holding][step]. */
    final double[][] p1ExtraInvestPct;
    /** Factor (0..1) on the ramp lag of capacity the holding orders, by [holding][step] (P2 technology sharing). */
    final double[][] lagFactor;
    /** First calendar year of the horizon (index 0 of the yearly metric names). */
    final int firstYear;
    /** Metric names worked out once: per holding, {@link #HOLDING_METRICS} in order. */
    final String[][] holdingMetric;
    /** Per holding and calendar year (from {@link #firstYear}): stock and production names. */
    final String[][] stockByYearMetric;
    final String[][] productionByYearMetric;

    static final String[] HOLDING_METRICS = {"munitions_days_of_supply_min.", "munitions_stock_end.",
        "munitions_capacity_end.", "munitions_production_cum.", "munitions_received_cum.", "munitions_sent_cum.",
        "munitions_consumed_cum.", "munitions_partner_share."};

    private IndustryPlan(Configuration config, Builder b) {
        this.config = config;
        this.holdings = b.keys.size();
        actorOf = new int[holdings];
        munitionOf = new int[holdings];
        holdingIso3 = new String[holdings];
        int h = 0;
        Map<String, Integer> indexOfKey = new TreeMap<>();
        for (String key : b.keys.keySet()) {
            String[] parts = key.split("/");
            holdingIso3[h] = parts[0];
            actorOf[h] = config.actorIndex(parts[0]);
            munitionOf[h] = Integer.parseInt(parts[1]);
            indexOfKey.put(key, h);
            h++;
        }
        stockParameter = holdingParameter("stockRounds", b);
        capacityParameter = holdingParameter("capacityRoundsPerYear", b);
        investParameter = holdingParameter("investPctBudget", b);
        importParameter = holdingParameter("importShare", b);
        growthParameter = holdingParameter("capacityGrowthPctPerYear", b);
        interceptorsPerMissileParameter = holdingParameter("interceptorsPerMissile", b);
        int actors = config.actors().size();
        floorParameterByActor = new String[actors];
        cutParameterByActor = new String[actors];
        restoreSuppliers = new int[actors][];
        restoreParameters = new String[actors][];
        for (int a = 0; a < actors; a++) {
            String iso3 = config.actors().get(a).iso3();
            floorParameterByActor[a] = present(config, MunitionParameters.reserveFloorShare(iso3));
            cutParameterByActor[a] = present(config, MunitionParameters.exportControlCut(iso3));
            List<String> ids = new ArrayList<>();
            List<Integer> suppliers = new ArrayList<>();
            for (Structure.InputRestore r : b.structure.inputRestores()) {
                if (r.iso3().equals(iso3)) {
                    ids.add(r.parameter());
                    suppliers.add(config.actorIndex(r.supplier()));
                }
            }
            restoreParameters[a] = ids.toArray(String[]::new);
            restoreSuppliers[a] = suppliers.stream().mapToInt(Integer::intValue).toArray();
        }
        int munitions = MunitionType.CATALOGUE.size();
        unitCostParameter = new String[munitions];
        capacityCostParameter = new String[munitions];
        rampLagParameter = new String[munitions];
        for (int m = 0; m < munitions; m++) {
            String id = MunitionType.CATALOGUE.get(m).id();
            unitCostParameter[m] = present(config, MunitionParameters.unitCostUsd(id));
            capacityCostParameter[m] = present(config, MunitionParameters.capacityCostUsdPerRoundPerYear(id));
            rampLagParameter[m] = present(config, MunitionParameters.rampLagYears(id));
        }
        List<Firing> firingList = new ArrayList<>();
        for (Structure.Firing f : b.firings) {
            if (config.theaters().stream().noneMatch(t -> t.id().equals(f.theater()))) {
                continue; // a scenario without this theater: nothing is fired there
            }
            int holding = indexOfKey.get(key(f.iso3(), munitionIndex(f.munition(), f.parameter())));
            int theater = config.theaterIndex(f.theater());
            Theater t = config.theaters().get(theater);
            if (!t.participants().contains(holdingIso3[holding])) {
                throw new IllegalArgumentException("parameter " + f.parameter() + ": " + holdingIso3[holding]
                        + " does not take part in theater " + t.id() + " (participants " + t.participants() + ")");
            }
            firingList.add(new Firing(holding, theater, f.parameter()));
        }
        firings = List.copyOf(firingList);
        List<Transfer> transferList = new ArrayList<>();
        for (Structure.Transfer t : b.transfers) {
            int m = munitionIndex(t.munition(), t.parameter());
            transferList.add(new Transfer(indexOfKey.get(key(t.from(), m)), indexOfKey.get(key(t.to(), m)), t.parameter(),
                    present(config, MunitionParameters.transferStartYear(t.munition(), t.from(), t.to()))));
        }
        transfers = List.copyOf(transferList);

        Horizon horizon = config.horizon();
        int steps = horizon.steps();
        sideOfActor = new int[actors];
        Optional<Group> aligned = config.group(ALIGNED_GROUP);
        for (int a = 0; a < actors; a++) {
            String iso3 = config.actors().get(a).iso3();
            sideOfActor[a] = aligned.map(g -> g.isMember(iso3, horizon.start())).orElse(false) ? 1 : 0;
        }
        Optional<IndustrialCooperation> p2 = config.policy(IndustrialCooperation.class);
        Map<String, Integer> poolIds = new TreeMap<>();
        String[][] poolNames = new String[holdings][steps];
        for (int s = 0; s < steps; s++) {
            LocalDate date = horizon.dateOf(s);
            for (int k = 0; k < holdings; k++) {
                String family = family(MunitionType.CATALOGUE.get(munitionOf[k]), holdingIso3[k], date, p2);
                poolNames[k][s] = family + "|" + sideOfActor[actorOf[k]];
                poolIds.putIfAbsent(poolNames[k][s], 0);
            }
        }
        int next = 0;
        for (var e : poolIds.entrySet()) {
            e.setValue(next++);
        }
        pools = next;
        poolByStep = new int[holdings][steps];
        for (int k = 0; k < holdings; k++) {
            for (int s = 0; s < steps; s++) {
                poolByStep[k][s] = poolIds.get(poolNames[k][s]);
            }
        }

        p1ExtraInvestPct = new double[holdings][steps];
        Optional<PrepareForReducedUsPresence> p1 = config.policy(PrepareForReducedUsPresence.class);
        if (p1.isPresent() && p1.get().industrySharePct() > 0) {
            Group group = config.group(p1.get().group()).orElseThrow(
                    () -> new IllegalArgumentException("P1 names unknown group " + p1.get().group()));
            int[] holdingsOfActor = new int[actors];
            for (int k = 0; k < holdings; k++) {
                holdingsOfActor[actorOf[k]]++;
            }
            for (int s = 0; s < steps; s++) {
                LocalDate date = horizon.dateOf(s);
                for (int k = 0; k < holdings; k++) {
                    if (group.isMember(holdingIso3[k], date)) {
                        // The share is split evenly over the member's holdings (docs/industry.md).
                        p1ExtraInvestPct[k][s] = p1.get().industrySharePct() / holdingsOfActor[actorOf[k]];
                    }
                }
            }
        }
        lagFactor = new double[holdings][steps];
        for (int k = 0; k < holdings; k++) {
            for (int s = 0; s < steps; s++) {
                lagFactor[k][s] = 1;
            }
        }
        if (p2.isPresent()) {
            for (IndustrialCooperation.TechnologySharing share : p2.get().technologySharing()) {
                int m = munitionIndex(share.munition(), "P2 technology sharing");
                int from = Math.max(0, horizon.stepOf(share.from()));
                for (int k = 0; k < holdings; k++) {
                    if (munitionOf[k] == m && share.actors().contains(holdingIso3[k])) {
                        for (int s = from; s < steps; s++) {
                            lagFactor[k][s] = Math.min(lagFactor[k][s], 1 - share.lagReductionPct() / 100);
                        }
                    }
                }
            }
        }
        lines = p2.map(p -> lines(p, indexOfKey)).orElse(List.of());
        firstYear = horizon.start().getYear();
        int years = horizon.dateOf(steps).getYear() - firstYear + 1;
        holdingMetric = new String[holdings][HOLDING_METRICS.length];
        stockByYearMetric = new String[holdings][years];
        productionByYearMetric = new String[holdings][years];
        for (int k = 0; k < holdings; k++) {
            String id = holdingIso3[k] + "." + munition(k).id();
            for (int i = 0; i < HOLDING_METRICS.length; i++) {
                holdingMetric[k][i] = HOLDING_METRICS[i] + id;
            }
            for (int y = 0; y < years; y++) {
                stockByYearMetric[k][y] = "munitions_stock_" + (firstYear + y) + "." + id;
                productionByYearMetric[k][y] = "munitions_production_" + (firstYear + y) + "." + id;
            }
        }
    }

    private List<Line> lines(IndustrialCooperation p2, Map<String, Integer> indexOfKey) {
        List<Line> list = new ArrayList<>();
        Horizon horizon = config.horizon();
        for (IndustrialCooperation.CoProduction c : p2.coProduction()) {
            int m = munitionIndex(c.munition(), "P2 co-production " + c.id());
            int start = horizon.stepOf(c.start());
            int host = indexOfKey.get(key(c.host(), m));
            double factor = start >= 0 && start < horizon.steps() ? lagFactor[host][start] : 1;
            int lagSteps = (int) Math.round(c.lagYears() * factor * horizon.stepsPerYear());
            int[] recipients = new int[c.sharesByActor().size()];
            double[] shares = new double[recipients.length];
            int i = 0;
            for (var e : c.sharesByActor().entrySet()) {
                recipients[i] = indexOfKey.get(key(e.getKey(), m));
                shares[i++] = e.getValue();
            }
            int costSteps = Math.max(1, lagSteps);
            list.add(new Line(c.id(), m, host, c.capacityRoundsPerYear(), start, start + lagSteps, recipients, shares,
                    costSteps));
        }
        return List.copyOf(list);
    }

    /**
     * The holding's pool key on a date: the standard's family, or a national family outside it;
     * for a munition without a standard, the holder's own (so it pools with no one).
     */
    static String family(MunitionType type, String iso3, LocalDate date, Optional<IndustrialCooperation> p2,
                         Configuration config) {
        if (!type.hasStandard()) {
            return iso3 + "_" + type.family();
        }
        boolean member = type.standardExtras().contains(iso3)
                || config.group(type.standardGroup()).map(g -> g.isMember(iso3, date)).orElse(false);
        if (!member && p2.isPresent()) {
            for (IndustrialCooperation.StandardAdoption adoption : p2.get().standards()) {
                if (adoption.munition().equals(type.id()) && adoption.actors().contains(iso3)
                        && !date.isBefore(adoption.from())) {
                    member = true;
                }
            }
        }
        return member ? type.family() : type.nationalFamily(iso3);
    }

    private String family(MunitionType type, String iso3, LocalDate date, Optional<IndustrialCooperation> p2) {
        return family(type, iso3, date, p2, config);
    }

    private String[] holdingParameter(String quantity, Builder b) {
        String[] ids = new String[holdings];
        int h = 0;
        for (Map<String, String> byQuantity : b.keys.values()) {
            ids[h++] = byQuantity.get(quantity);
        }
        return ids;
    }

    private static String present(Configuration config, String id) {
        return id != null && config.parameter(id).isPresent() ? id : null;
    }

    static int munitionIndex(String id, String where) {
        for (int m = 0; m < MunitionType.CATALOGUE.size(); m++) {
            if (MunitionType.CATALOGUE.get(m).id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException(where + ": unknown munition `" + id + "`; valid: "
                + String.join(", ", MunitionType.ids()));
    }

    private static String key(String iso3, int munition) {
        return iso3 + "/" + String.format("%02d", munition);
    }

    /** Collects holdings and entries from parameter ids, in sorted order. */
    private static final class Builder {
        /** Holding key (ISO3/munition index) to its parameters by quantity. Sorted: stable holding order. */
        final TreeMap<String, Map<String, String>> keys = new TreeMap<>();
        final List<Structure.Firing> firings = new ArrayList<>();
        final List<Structure.Transfer> transfers = new ArrayList<>();
        final Configuration config;
        final Structure structure;

        Builder(Configuration config) {
            this.config = config;
            this.structure = config.structure();
        }

        String holding(String munition, String iso3, String where) {
            int m = munitionIndex(munition, where.startsWith("P2") ? where : "parameter " + where);
            actor(iso3, where);
            String key = key(iso3, m);
            keys.computeIfAbsent(key, k -> new TreeMap<>());
            return key;
        }

        void actor(String iso3, String where) {
            try {
                config.actorIndex(iso3);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException((where.startsWith("P2") ? where : "parameter " + where) + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Works out the plan of a configuration from its {@link Structure}. Fails naming the
     * parameter on an unknown munition or actor, or a start year without its transfer.
     */
    public static IndustryPlan of(Configuration config) {
        Builder b = new Builder(config);
        Structure structure = b.structure;
        for (Structure.Holding h : structure.holdings()) {
            String key = b.holding(h.munition(), h.iso3(), h.parameter());
            b.keys.get(key).put(h.quantity(), h.parameter());
        }
        for (Structure.Firing f : structure.firings()) {
            b.holding(f.munition(), f.iso3(), f.parameter());
            b.firings.add(f);
        }
        for (Structure.Transfer t : structure.transfers()) {
            if (t.startYear()) {
                if (config.parameter(MunitionParameters.transferRoundsPerYear(t.munition(), t.from(), t.to())).isEmpty()) {
                    throw new IllegalArgumentException("parameter " + t.parameter()
                            + ": expected a start year for a transfer that has a transferRoundsPerYear");
                }
                continue;
            }
            b.holding(t.munition(), t.from(), t.parameter());
            b.holding(t.munition(), t.to(), t.parameter());
            b.transfers.add(t);
        }
        for (Structure.InputRestore r : structure.inputRestores()) {
            b.actor(r.iso3(), r.parameter());
            b.actor(r.supplier(), r.parameter());
        }
        for (Structure.Scalar x : structure.scalars()) {
            if (x.perActor()) {
                b.actor(x.key(), x.parameter());
            } else {
                munitionIndex(x.key(), "parameter " + x.parameter());
            }
        }
        config.policy(IndustrialCooperation.class).ifPresent(p2 -> {
            for (IndustrialCooperation.CoProduction c : p2.coProduction()) {
                b.holding(c.munition(), c.host(), "P2 co-production " + c.id());
                c.sharesByActor().keySet().forEach(iso3 -> b.holding(c.munition(), iso3, "P2 co-production " + c.id()));
            }
        });
        return new IndustryPlan(config, b);
    }

    /**
     * What is wrong with a munitions element's munition name, or null. The data module asks this
     * too, to name the file and line of a bad entry before anything runs.
     */
    public static String problem(Structure.Element element) {
        String munition = element instanceof Structure.Holding h ? h.munition()
                : element instanceof Structure.Firing f ? f.munition()
                : element instanceof Structure.Transfer t ? t.munition()
                : element instanceof Structure.Scalar x && !x.perActor() ? x.key() : null;
        if (munition == null || MunitionType.ids().contains(munition)) {
            return null;
        }
        return "unknown munition `" + munition + "`; valid: " + String.join(", ", MunitionType.ids());
    }

    /** Number of holdings. */
    public int holdings() {
        return holdings;
    }

    /** The holding's actor ISO3. */
    public String iso3(int holding) {
        return holdingIso3[holding];
    }

    /** The holding's munition type. */
    public MunitionType munition(int holding) {
        return MunitionType.CATALOGUE.get(munitionOf[holding]);
    }

    /** Index of the holding of a munition by an actor, or -1. */
    public int holding(String iso3, String munition) {
        for (int k = 0; k < holdings; k++) {
            if (holdingIso3[k].equals(iso3) && munition(k).id().equals(munition)) {
                return k;
            }
        }
        return -1;
    }

    /** The holding's compatibility pool at a step (equal pools: interchangeable stocks). */
    public int pool(int holding, int step) {
        return poolByStep[holding][step];
    }
}
