package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indivisible.data.snapshot.Snapshot;

/**
 * A study's {@code search:} section: NATO's levers as decision variables with bounds, the
 * outcomes to minimise or maximise, and constraints, over one of the study's scenarios
 * (docs/scenario-format.md, "Search"). A candidate is a point in the variables' box; {@link
 * #cell} turns it into a study cell by writing each variable's value at its path in a template
 * treatment's overrides and reading the result exactly as a treatment is read, so a candidate
 * passes the same checks as a hand-written treatment. Immutable and thread safe.
 */
public final class SearchSpace {

    static final List<String> KEYS = List.of("scenario", "from", "replications", "evaluations", "population", "seed",
            "statistic", "variables", "objectives", "constraints");
    static final List<String> VARIABLE_KEYS = List.of("id", "path", "min", "max", "integer", "switch", "description");
    static final List<String> OBJECTIVE_KEYS = List.of("metric", "sense");
    static final List<String> CONSTRAINT_KEYS = List.of("metric", "max", "min");
    static final Pattern VARIABLE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final Pattern PATH_STEP = Pattern.compile("([A-Za-z0-9_-]+)(?:\\[(\\d+)])?");
    static final Pattern METRIC = Pattern.compile("[A-Za-z0-9_.-]+");

    /**
     * A decision variable: a number in [min, max] written at {@code path} of the template's
     * overrides ({@code policies.p1.floorPctGdp.2030}; {@code coProduction[0]} picks a list
     * item), or with {@code switch} a lever that is in (1) or out (0): the template's subtree at
     * {@code path} is kept or removed.
     */
    public record Variable(String id, String path, double min, double max, boolean integer, boolean onOff,
                           String description) {
    }

    /** An outcome to optimise: the statistic (over the replications) of a metric, minimised or maximised. */
    public record Objective(String metric, boolean minimise) {
    }

    /** A bound on the statistic of a metric: at most {@code max} and at least {@code min} (either may be NaN: none). */
    public record Constraint(String metric, double max, double min) {
    }

    /** The robustness statistic over the replications: the mean, or a percentile (e.g. 90). */
    public record Statistic(String name, double percentile) {
        public static final Statistic MEAN = new Statistic("mean", Double.NaN);

        public boolean isMean() {
            return Double.isNaN(percentile);
        }
    }

    private final Study study;
    private final String scenarioId;
    private final String template;
    private final int replications;
    private final int evaluations;
    private final int population;
    private final long seed;
    private final Statistic statistic;
    private final List<Variable> variables;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final Tree.Mapping scenarioTree;
    private final Overlay overlay;
    private final Tree.Mapping templateOverrides;
    private final Path scenarioFile;
    private final java.util.SortedMap<String, String> scenarioSources;
    private final Snapshot snapshot;
    private final Location location;

    SearchSpace(Study study, String scenarioId, String template, int replications, int evaluations, int population,
                long seed, Statistic statistic, List<Variable> variables, List<Objective> objectives,
                List<Constraint> constraints, Tree.Mapping scenarioTree, Overlay overlay, Tree.Mapping templateOverrides,
                Path scenarioFile, java.util.SortedMap<String, String> scenarioSources, Snapshot snapshot,
                Location location) {
        this.study = study;
        this.scenarioId = scenarioId;
        this.template = template;
        this.replications = replications;
        this.evaluations = evaluations;
        this.population = population;
        this.seed = seed;
        this.statistic = statistic;
        this.variables = List.copyOf(variables);
        this.objectives = List.copyOf(objectives);
        this.constraints = List.copyOf(constraints);
        this.scenarioTree = scenarioTree;
        this.overlay = overlay;
        this.templateOverrides = templateOverrides;
        this.scenarioFile = scenarioFile;
        this.scenarioSources = scenarioSources;
        this.snapshot = snapshot;
        this.location = location;
    }

    /** Loads a study file's search section (and the study, checked as {@code run} checks it). */
    public static Checked<SearchSpace> load(Path file, Snapshot snapshot) {
        return ScenarioFiles.loadSearch(file, snapshot);
    }

    public Study study() {
        return study;
    }

    public String scenarioId() {
        return scenarioId;
    }

    /** The treatment whose overrides are the template. */
    public String template() {
        return template;
    }

    public int replications() {
        return replications;
    }

    public int evaluations() {
        return evaluations;
    }

    public int population() {
        return population;
    }

    public long seed() {
        return seed;
    }

    public Statistic statistic() {
        return statistic;
    }

    public List<Variable> variables() {
        return variables;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /** The same search with other run settings (command-line overrides). */
    public SearchSpace with(int replications, int evaluations, int population, long seed) {
        return new SearchSpace(study, scenarioId, template, replications, evaluations, population, seed, statistic,
                variables, objectives, constraints, scenarioTree, overlay, templateOverrides, scenarioFile,
                scenarioSources, snapshot, location);
    }

    /**
     * The study cell of a candidate, named {@code id}: the template's overrides with each
     * variable set, read as a treatment of the search's scenario.
     *
     * @throws ScenarioException naming the variables when the candidate makes an invalid scenario
     */
    public Cell cell(String id, double[] values) {
        if (values.length != variables.size()) {
            throw new IllegalArgumentException("a candidate has " + variables.size() + " values, got " + values.length);
        }
        Tree.Mapping overrides = templateOverrides;
        StringBuilder description = new StringBuilder();
        // Numbers first, then switches: a lever switched off takes its numbers with it.
        for (int i = 0; i < values.length; i++) {
            Variable v = variables.get(i);
            if (!v.onOff()) {
                String text = v.integer() ? Long.toString(Math.round(values[i])) : Double.toString(values[i]);
                Tree.Scalar scalar = new Tree.Scalar(text, v.integer() ? Tree.Scalar.Kind.INTEGER : Tree.Scalar.Kind.FLOAT,
                        location);
                overrides = (Tree.Mapping) set(overrides, steps(v.path()), 0, scalar);
            }
            description.append(i == 0 ? "" : ", ").append(v.id()).append('=').append(show(v, values[i]));
        }
        for (int i = 0; i < values.length; i++) {
            Variable v = variables.get(i);
            if (v.onOff() && values[i] < 0.5) {
                overrides = (Tree.Mapping) remove(overrides, steps(v.path()), 0);
            }
        }
        Overlay treated = overlay.copy();
        Tree.Mapping tree = treated.apply(scenarioTree, overrides);
        Problems problems = new Problems();
        Optional<Scenario> scenario = new ScenarioReader(snapshot).read(tree, scenarioFile, scenarioSources, problems);
        if (scenario.isEmpty() || !problems.isEmpty()) {
            List<Problem> named = new ArrayList<>();
            for (Problem p : problems.list()) {
                named.add(new Problem(p.file(), p.line(), p.column(), "search candidate " + description + ": "
                        + treated.writtenPath(p.path()), p.message()));
            }
            throw new ScenarioException(named);
        }
        return new Cell(scenario.get(), new Treatment(id, description.toString()));
    }

    private static String show(Variable v, double x) {
        return v.onOff() ? (x < 0.5 ? "off" : "on") : v.integer() ? Long.toString(Math.round(x))
                : String.format(Locale.ROOT, "%.3g", x);
    }

    /** A path's steps: key and list index ("-1": none). */
    static List<String[]> steps(String path) {
        List<String[]> out = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = PATH_STEP.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("`" + part + "` is not a path step (a key, optionally with [index])");
            }
            out.add(new String[] {m.group(1), m.group(2) == null ? "-1" : m.group(2)});
        }
        return out;
    }

    /** The tree with the value at the steps replaced (maps created where absent). */
    static Tree set(Tree node, List<String[]> steps, int at, Tree value) {
        if (at == steps.size()) {
            return value;
        }
        Tree.Mapping map = node instanceof Tree.Mapping m ? m : new Tree.Mapping(List.of(), value.location());
        String key = steps.get(at)[0];
        int index = Integer.parseInt(steps.get(at)[1]);
        List<Tree.Field> fields = new ArrayList<>(map.fields());
        int found = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                found = i;
            }
        }
        Tree child = found < 0 ? null : fields.get(found).value();
        Tree replaced;
        if (index >= 0) {
            if (!(child instanceof Tree.Sequence seq) || index >= seq.items().size()) {
                throw new IllegalArgumentException("the template has no item " + index + " under `" + key + "`");
            }
            List<Tree> items = new ArrayList<>(seq.items());
            items.set(index, set(items.get(index), steps, at + 1, value));
            replaced = new Tree.Sequence(items, seq.location());
        } else {
            replaced = set(child, steps, at + 1, value);
        }
        Tree.Field field = new Tree.Field(key, found < 0 ? value.location() : fields.get(found).keyLocation(), replaced);
        if (found < 0) {
            fields.add(field);
        } else {
            fields.set(found, field);
        }
        return new Tree.Mapping(fields, map.location());
    }

    /** The tree without the subtree at the steps (unchanged when absent). */
    static Tree remove(Tree node, List<String[]> steps, int at) {
        if (!(node instanceof Tree.Mapping map)) {
            return node;
        }
        String key = steps.get(at)[0];
        if (at == steps.size() - 1) {
            return map.without(key);
        }
        List<Tree.Field> fields = new ArrayList<>();
        for (Tree.Field f : map.fields()) {
            fields.add(f.key().equals(key) ? new Tree.Field(f.key(), f.keyLocation(), remove(f.value(), steps, at + 1)) : f);
        }
        return new Tree.Mapping(fields, map.location());
    }
}
