package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.indivisible.data.snapshot.Snapshot;

/** Reads a study's {@code search:} section into a {@link SearchSpace}, every problem with its line. */
record SearchReader(Problems problems, SourceFiles files, Snapshot snapshot, Path file) {

    static final int MAX_VARIABLES = 32;

    Optional<SearchSpace> read(Tree.Mapping top, Study study) {
        ValueReader read = new ValueReader(problems);
        Optional<Tree.Mapping> section = read.required(top, "", "search", "the levers to search over, e.g. "
                + "{variables: [{id: floor, path: policies.p1.floorPctGdp.2030, min: 2, max: 5}], objectives: [...]}")
                .flatMap(v -> read.mapping(v, "search", "{variables: [...], objectives: [...]}"));
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Tree.Mapping s = section.get();
        int before = problems.size();
        read.onlyKeys(s, "search", SearchSpace.KEYS);
        String scenarioId = read.optional(s, "scenario").flatMap(v -> read.text(v, "search.scenario"))
                .orElse(study.scenarioIds().get(0));
        if (!study.scenarioIds().contains(scenarioId)) {
            read.report(s.get("scenario").get(), "search.scenario", "no scenario `" + scenarioId + "` in this study; it has "
                    + study.scenarioIds());
            return Optional.empty();
        }
        List<String> treatmentIds = study.treatments().stream().map(Treatment::id).toList();
        String template = read.optional(s, "from").flatMap(v -> read.text(v, "search.from"))
                .orElse(treatmentIds.get(treatmentIds.size() - 1));
        if (!treatmentIds.contains(template)) {
            read.report(s.get("from").get(), "search.from", "no treatment `" + template + "` in this study; it has "
                    + treatmentIds + " (the template whose overrides the variables change)");
            return Optional.empty();
        }
        int replications = read.optional(s, "replications").flatMap(v -> read.wholeNumber(v, "search.replications", 2,
                100_000)).orElse(50L).intValue();
        int evaluations = read.optional(s, "evaluations").flatMap(v -> read.wholeNumber(v, "search.evaluations", 2,
                1_000_000)).orElse(2000L).intValue();
        int population = read.optional(s, "population").flatMap(v -> read.wholeNumber(v, "search.population", 4,
                10_000)).orElse(40L).intValue();
        long seed = read.optional(s, "seed").flatMap(v -> read.wholeNumber(v, "search.seed", 0, Long.MAX_VALUE))
                .orElse(study.seed());
        SearchSpace.Statistic statistic = read.optional(s, "statistic").flatMap(v -> statistic(read, v))
                .orElse(SearchSpace.Statistic.MEAN);

        Tree.Mapping templateOverrides = ScenarioFiles.overridesOf(top, template)
                .orElse(new Tree.Mapping(List.of(), s.location()));
        List<SearchSpace.Variable> variables = variables(read, s, templateOverrides);
        List<SearchSpace.Objective> objectives = new ArrayList<>();
        List<Tree> objectiveItems = read.required(s, "search", "objectives", "[{metric: p_war_cond.RUS.nato_europe, "
                + "sense: min}, {metric: policy_cost_usd, sense: min}]").flatMap(v -> read.list(v, "search.objectives",
                "[{metric: ..., sense: min}]")).orElse(List.of());
        for (int i = 0; i < objectiveItems.size(); i++) {
            String path = Problems.item("search.objectives", i);
            Optional<Tree.Mapping> m = metricItem(read, objectiveItems.get(i), path, SearchSpace.OBJECTIVE_KEYS,
                    "{metric: policy_cost_usd, sense: min}");
            if (m.isEmpty()) {
                continue;
            }
            Optional<String> metric = metric(read, m.get(), path);
            String sense = read.optional(m.get(), "sense").flatMap(v -> read.text(v, Problems.child(path, "sense")))
                    .orElse("min");
            if (!sense.equals("min") && !sense.equals("max")) {
                read.report(m.get().get("sense").get(), Problems.child(path, "sense"), "must be min or max, got " + sense);
            }
            metric.ifPresent(x -> objectives.add(new SearchSpace.Objective(x, !sense.equals("max"))));
        }
        if (objectiveItems.isEmpty() && s.get("objectives").isPresent()) {
            read.report(s.get("objectives").get(), "search.objectives", "needs at least one objective");
        }
        List<SearchSpace.Constraint> constraints = new ArrayList<>();
        List<Tree> constraintItems = read.optional(s, "constraints").flatMap(v -> read.list(v, "search.constraints",
                "[{metric: p_war_cond.CHN.taiwan, max: 0.2}]")).orElse(List.of());
        for (int i = 0; i < constraintItems.size(); i++) {
            String path = Problems.item("search.constraints", i);
            Optional<Tree.Mapping> m = metricItem(read, constraintItems.get(i), path, SearchSpace.CONSTRAINT_KEYS,
                    "{metric: p_war_cond.CHN.taiwan, max: 0.2}");
            if (m.isEmpty()) {
                continue;
            }
            Optional<String> metric = metric(read, m.get(), path);
            double max = read.optional(m.get(), "max").flatMap(v -> read.number(v, Problems.child(path, "max"),
                    -Double.MAX_VALUE, Double.MAX_VALUE, "the largest value allowed")).orElse(Double.NaN);
            double min = read.optional(m.get(), "min").flatMap(v -> read.number(v, Problems.child(path, "min"),
                    -Double.MAX_VALUE, Double.MAX_VALUE, "the smallest value allowed")).orElse(Double.NaN);
            if (Double.isNaN(max) && Double.isNaN(min) && m.get().get("max").isEmpty() && m.get().get("min").isEmpty()) {
                read.report(m.get(), path, "needs max or min (or both)");
                continue;
            }
            metric.ifPresent(x -> constraints.add(new SearchSpace.Constraint(x, max, min)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Cell cell = study.cell(scenarioId, study.treatments().get(0).id());
        Path scenarioFile = cell.scenario().file();
        Overlay overlay = new Overlay();
        Optional<Tree.Mapping> scenarioTree = files.scenarioTree(scenarioFile, overlay);
        if (scenarioTree.isEmpty()) {
            return Optional.empty();
        }
        SearchSpace space = new SearchSpace(study, scenarioId, template, replications, evaluations, population, seed,
                statistic, variables, objectives, constraints, scenarioTree.get(), overlay, templateOverrides,
                scenarioFile, files.sourcesOf(scenarioFile), snapshot, s.location());
        // The corners of the box must make valid scenarios: a bound the scenario format refuses
        // is reported here, at load, not after an hour of search.
        for (int corner = 0; corner < 2; corner++) {
            double[] x = new double[variables.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = corner == 0 ? variables.get(i).min() : variables.get(i).max();
            }
            try {
                space.cell("check", x);
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                read.report(s.get("variables").orElse(s), "search.variables", e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(space);
    }

    /** An objective's or constraint's map, its keys checked. */
    private static Optional<Tree.Mapping> metricItem(ValueReader read, Tree item, String path, List<String> keys,
                                                     String example) {
        Optional<Tree.Mapping> m = read.mapping(item, path, example);
        m.ifPresent(map -> read.onlyKeys(map, path, keys));
        return m;
    }

    private static Optional<String> metric(ValueReader read, Tree.Mapping m, String path) {
        return read.required(m, path, "metric", "a metric id (docs/metrics.md)")
                .flatMap(v -> read.id(v, Problems.child(path, "metric"), SearchSpace.METRIC, "a metric id"));
    }

    private static Optional<SearchSpace.Statistic> statistic(ValueReader read, Tree v) {
        Optional<String> text = read.text(v, "search.statistic");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().equals("mean")) {
            return Optional.of(SearchSpace.Statistic.MEAN);
        }
        if (text.get().matches("p(\\d{1,2})")) {
            int p = Integer.parseInt(text.get().substring(1));
            if (p >= 1 && p <= 99) {
                return Optional.of(new SearchSpace.Statistic(text.get(), p));
            }
        }
        read.report(v, "search.statistic", "must be mean or a percentile p1 .. p99 (e.g. p90: judge each candidate "
                + "by the 90th percentile over the replications), got " + text.get());
        return Optional.empty();
    }

    private List<SearchSpace.Variable> variables(ValueReader read, Tree.Mapping s, Tree.Mapping template) {
        List<SearchSpace.Variable> out = new ArrayList<>();
        List<Tree> items = read.required(s, "search", "variables", "[{id: floor, path: policies.p1.floorPctGdp.2030, "
                + "min: 2, max: 5}]").flatMap(v -> read.list(v, "search.variables", "[{id: ..., path: ..., min: .., max: ..}]"))
                .orElse(List.of());
        if (items.isEmpty() && s.get("variables").isPresent()) {
            read.report(s.get("variables").get(), "search.variables", "needs at least one variable");
        }
        if (items.size() > MAX_VARIABLES) {
            read.report(s.get("variables").get(), "search.variables", "at most " + MAX_VARIABLES + " variables, got "
                    + items.size());
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (ValueReader.Item item : read.mappings(items, "search.variables",
                "{id: floor, path: policies.p1.floorPctGdp.2030, min: 2, max: 5}", SearchSpace.VARIABLE_KEYS)) {
            String path = item.path();
            Tree.Mapping m = item.map();
            Optional<String> id = read.required(m, path, "id", "a short name, e.g. floor2030")
                    .flatMap(v -> read.id(v, Problems.child(path, "id"), SearchSpace.VARIABLE_ID,
                            "a letter, then letters, digits and _"));
            if (id.isPresent() && !seen.add(id.get())) {
                read.report(m.get("id").get(), Problems.child(path, "id"), "duplicate variable id `" + id.get() + "`");
            }
            Optional<String> at = read.required(m, path, "path", "where in the template's overrides the value "
                    + "goes, e.g. policies.p3.credibility").flatMap(v -> read.text(v, Problems.child(path, "path")));
            if (at.isPresent()) {
                try {
                    SearchSpace.steps(at.get());
                } catch (IllegalArgumentException e) {
                    read.report(m.get("path").get(), Problems.child(path, "path"), e.getMessage()
                            + "; write keys joined by dots, e.g. policies.p2.coProduction[0].capacityRoundsPerYear");
                    at = Optional.empty();
                }
            }
            boolean onOff = read.optional(m, "switch").flatMap(v -> read.bool(v, Problems.child(path, "switch")))
                    .orElse(false);
            boolean integer = read.optional(m, "integer").flatMap(v -> read.bool(v, Problems.child(path, "integer")))
                    .orElse(false);
            String description = read.optional(m, "description").flatMap(v -> read.text(v,
                    Problems.child(path, "description"))).orElse("");
            double min = 0;
            double max = 1;
            if (!onOff) {
                Optional<Double> lo = read.required(m, path, "min", "the variable's lower bound")
                        .flatMap(v -> read.number(v, Problems.child(path, "min"), -1e15, 1e15, "the lower bound"));
                Optional<Double> hi = read.required(m, path, "max", "the variable's upper bound")
                        .flatMap(v -> read.number(v, Problems.child(path, "max"), -1e15, 1e15, "the upper bound"));
                if (lo.isEmpty() || hi.isEmpty()) {
                    continue;
                }
                if (!(hi.get() > lo.get())) {
                    read.report(m.get("max").get(), Problems.child(path, "max"), "must be above min ("
                            + ValueReader.format(lo.get()) + "), got " + ValueReader.format(hi.get()));
                    continue;
                }
                min = lo.get();
                max = hi.get();
            } else if (at.isPresent() && SearchSpace.remove(template, SearchSpace.steps(at.get()), 0).equals(template)) {
                read.report(m.get("path").get(), Problems.child(path, "path"), "the template treatment has nothing "
                        + "at `" + at.get() + "` to switch off; a switch names a lever the template sets, e.g. policies.p3");
                continue;
            }
            if (id.isPresent() && at.isPresent()) {
                out.add(new SearchSpace.Variable(id.get(), at.get(), min, max, integer, onOff, description));
            }
        }
        return out;
    }
}
