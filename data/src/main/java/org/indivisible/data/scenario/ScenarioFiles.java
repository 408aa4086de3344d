package org.indivisible.data.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.indivisible.data.snapshot.Snapshot;

/**
 * Loads scenario and study files: reads each file once, follows {@code extends} chains (inside
 * the folder of the file that names them, without cycles), applies each treatment's overrides
 * and binds the result to records, collecting every problem on the way. Files are never
 * written. Each call is independent and thread confined.
 */
public final class ScenarioFiles {

    static final List<String> STUDY_KEYS = List.of("study", "name", "description", "scenarios", "replications",
            "seed", "treatments", "search");
    static final List<String> TREATMENT_KEYS = List.of("id", "description", "overrides");
    static final Pattern STUDY_ID = Pattern.compile("[a-z0-9-]+");
    static final Pattern TREATMENT_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private final ScenarioReader reader;
    private final Problems problems = new Problems();
    private final SourceFiles files;

    private ScenarioFiles(Path file, Snapshot snapshot) {
        this.reader = new ScenarioReader(snapshot);
        this.files = new SourceFiles(file, problems);
    }

    /**
     * Loads a study file, or a scenario file as a study of one scenario under {@code P0}.
     *
     * @return the study with one {@link Cell} per scenario and treatment, or every problem found
     */
    public static Checked<Study> loadStudy(Path file, Snapshot snapshot) {
        return new ScenarioFiles(file, snapshot).study(file.toAbsolutePath().normalize());
    }

    /** Loads one scenario file (its {@code extends} chain merged, no treatment). */
    public static Checked<Scenario> loadScenario(Path file, Snapshot snapshot) {
        ScenarioFiles loading = new ScenarioFiles(file, snapshot);
        Path absolute = file.toAbsolutePath().normalize();
        Overlay overlay = new Overlay();
        Optional<Scenario> scenario = loading.files.scenarioTree(absolute, overlay)
                .flatMap(tree -> loading.bind(tree, absolute, overlay));
        return loading.result(scenario);
    }

    /** Loads a study file's {@code search:} section, the study itself checked on the way. */
    static Checked<SearchSpace> loadSearch(Path file, Snapshot snapshot) {
        ScenarioFiles loading = new ScenarioFiles(file, snapshot);
        Path absolute = file.toAbsolutePath().normalize();
        Checked<Study> study = loading.study(absolute);
        if (!study.ok()) {
            return Checked.failed(study.problems());
        }
        Tree.Mapping top = loading.files.tree(absolute).orElseThrow();
        Optional<SearchSpace> space = new SearchReader(loading.problems, loading.files, snapshot, absolute)
                .read(top, study.orElseThrow());
        return loading.result(space);
    }

    /** The override tree a treatment of the study file gives (empty for P0 or none). */
    static Optional<Tree.Mapping> overridesOf(Tree.Mapping top, String treatmentId) {
        if (!(top.get("treatments").orElse(null) instanceof Tree.Sequence list)) {
            return Optional.empty();
        }
        for (Tree item : list.items()) {
            if (item instanceof Tree.Mapping m && m.get("id").orElse(null) instanceof Tree.Scalar id
                    && id.text().equals(treatmentId)) {
                return m.get("overrides").filter(o -> o instanceof Tree.Mapping).map(o -> ((Tree.Mapping) o)
                        .without("id", "extends"));
            }
        }
        return Optional.empty();
    }

    private Checked<Study> study(Path file) {
        Optional<Tree.Mapping> top = files.tree(file);
        if (top.isEmpty()) {
            return result(Optional.empty());
        }
        if (top.get().get("study").isEmpty()) {
            Overlay overlay = new Overlay();
            Optional<Study> single = files.scenarioTree(file, overlay)
                    .flatMap(tree -> bind(tree, file, overlay))
                    .map(s -> new Study(s.id(), s.name(), s.description(), file, Study.DEFAULT_REPLICATIONS,
                            Study.DEFAULT_SEED, List.of(s.id()), List.of(Treatment.NONE),
                            List.of(new Cell(s, Treatment.NONE)), files.hashes()));
            return result(single);
        }
        return result(studyOf(top.get(), file));
    }

    private Optional<Study> studyOf(Tree.Mapping top, Path file) {
        ValueReader read = new ValueReader(problems);
        int before = problems.size();
        ValueReader.Heading heading = read.heading(top, STUDY_KEYS, "study", "the study's id, e.g. default-study", STUDY_ID);
        Optional<String> id = heading.id();
        String name = heading.name();
        String description = heading.description();
        Optional<Long> replications = read.optional(top, "replications").map(v -> read.wholeNumber(v,
                "replications", 1, 1_000_000)).orElse(Optional.of((long) Study.DEFAULT_REPLICATIONS));
        Optional<Long> seed = read.optional(top, "seed").map(v -> read.wholeNumber(v, "seed", 0, Long.MAX_VALUE))
                .orElse(Optional.of(Study.DEFAULT_SEED));
        List<Treatment> treatments = new ArrayList<>();
        List<Optional<Tree.Mapping>> overrides = new ArrayList<>();
        treatments(top, read, treatments, overrides);

        List<String> scenarioIds = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<Tree> paths = read.required(top, "", "scenarios", "the scenario files to run, e.g. [baseline.yaml]")
                .flatMap(v -> read.list(v, "scenarios", "[baseline.yaml, taiwan-invasion.yaml]")).orElse(List.of());
        if (paths.isEmpty() && top.get("scenarios").filter(v -> v instanceof Tree.Sequence).isPresent()) {
            read.report(top.get("scenarios").get(), "scenarios", "needs at least one scenario file");
        }
        Map<String, Tree> seenIds = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = Problems.item("scenarios", i);
            Optional<Path> scenarioFile = files.resolve(file, paths.get(i), path, read);
            Overlay overlay = new Overlay();
            Optional<Tree.Mapping> tree = scenarioFile.flatMap(f -> files.scenarioTree(f, overlay));
            if (tree.isEmpty()) {
                continue;
            }
            for (int t = 0; t < treatments.size(); t++) {
                Overlay treatment = overlay.copy();
                Tree.Mapping treated = overrides.get(t).map(o -> treatment.apply(tree.get(), o)).orElse(tree.get());
                Problems cellProblems = new Problems();
                Optional<Scenario> scenario = reader.read(treated, scenarioFile.get(), files.sourcesOf(scenarioFile.get()),
                        cellProblems);
                String prefix = Problems.item("treatments", t) + ".overrides.";
                for (Problem p : cellProblems.list()) {
                    String written = treatment.writtenPath(p.path());
                    boolean fromOverride = p.file().equals(files.label(file));
                    problems.addAll(List.of(new Problem(p.file(), p.line(), p.column(),
                            fromOverride ? prefix + written : written, p.message())));
                }
                if (scenario.isEmpty()) {
                    continue;
                }
                if (t == 0) {
                    Tree previous = seenIds.putIfAbsent(scenario.get().id(), paths.get(i));
                    if (previous != null) {
                        read.report(paths.get(i), path, "scenario id `" + scenario.get().id() + "` is already used by "
                                + "the scenario at line " + previous.location().line() + "; each needs its own id");
                    } else {
                        scenarioIds.add(scenario.get().id());
                    }
                }
                cells.add(new Cell(scenario.get(), treatments.get(t)));
            }
        }
        if (problems.size() > before || id.isEmpty() || replications.isEmpty() || seed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Study(id.get(), name, description, file, replications.get().intValue(), seed.get(),
                scenarioIds, treatments, cells, files.hashes()));
    }

    private void treatments(Tree.Mapping top, ValueReader read, List<Treatment> treatments,
                            List<Optional<Tree.Mapping>> overrides) {
        Optional<List<Tree>> items = read.optional(top, "treatments").flatMap(v -> read.list(v, "treatments",
                "[{id: P0}, {id: P1, overrides: {policies: {p1: {floorPctGdp: {2026: 2.0}}}}}]"));
        if (read.optional(top, "treatments").isEmpty()) {
            treatments.add(Treatment.NONE);
            overrides.add(Optional.empty());
            return;
        }
        Map<String, Location> seen = new HashMap<>();
        List<Tree> list = items.orElse(List.of());
        if (items.isPresent() && list.isEmpty()) {
            read.report(top.get("treatments").get(), "treatments", "needs at least one treatment, e.g. "
                    + "[{id: P0, description: No new NATO policy}]; leave the field out to run P0 only");
        }
        for (int i = 0; i < list.size(); i++) {
            String path = Problems.item("treatments", i);
            Optional<Tree.Mapping> m = read.mapping(list.get(i), path, "{id: P1, description: ..., overrides: {...}}");
            if (m.isEmpty()) {
                continue;
            }
            read.onlyKeys(m.get(), path, TREATMENT_KEYS);
            Optional<String> id = read.required(m.get(), path, "id", "a treatment id like P1").flatMap(v ->
                    read.id(v, Problems.child(path, "id"), TREATMENT_ID, "letters, digits, _ and -"));
            if (id.isPresent()) {
                Location first = seen.putIfAbsent(id.get(), m.get().get("id").get().location());
                if (first != null) {
                    read.report(m.get().get("id").get(), Problems.child(path, "id"), "duplicate treatment id `"
                            + id.get() + "` (first at line " + first.line() + "); each treatment needs its own id");
                    continue;
                }
            }
            String description = read.optional(m.get(), "description").flatMap(v -> read.text(v,
                    Problems.child(path, "description"))).orElse("");
            Optional<Tree.Mapping> over = read.optional(m.get(), "overrides").flatMap(v -> read.mapping(v,
                    Problems.child(path, "overrides"), "{policies: {p1: {floorPctGdp: {2026: 2.0, 2030: 3.5}}}}"));
            over.ifPresent(o -> {
                for (String fixed : List.of("id", "extends")) {
                    o.field(fixed).ifPresent(f -> read.report(f.keyLocation(),
                            Problems.child(path, "overrides." + fixed), "a treatment cannot change `" + fixed
                                    + "`; it overrides the scenario's other fields"));
                }
            });
            if (id.isPresent()) {
                treatments.add(new Treatment(id.get(), description));
                overrides.add(over.map(o -> o.without("id", "extends")));
            }
        }
    }

    private Optional<Scenario> bind(Tree.Mapping tree, Path file, Overlay overlay) {
        Problems mine = new Problems();
        Optional<Scenario> scenario = reader.read(tree, file, files.sourcesOf(file), mine);
        for (Problem p : mine.list()) {
            problems.addAll(List.of(new Problem(p.file(), p.line(), p.column(), overlay.writtenPath(p.path()),
                    p.message())));
        }
        return scenario;
    }

    private <T> Checked<T> result(Optional<T> value) {
        if (!problems.isEmpty() || value.isEmpty()) {
            List<Problem> list = problems.list();
            return Checked.failed(list.isEmpty()
                    ? List.of(new Problem("?", 1, 1, "", "could not be loaded")) : list);
        }
        return Checked.of(value.get());
    }
}
