package org.indivisible.web.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.Problem;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.Snapshot;

/**
 * The scenario and study files the dashboard lists, edits and validates: {@code /api/scenarios},
 * {@code /api/scenarios/{file}} (GET, PUT) and {@code /api/validate}. Validation is that of
 * {@code indivisible validate} ({@link ScenarioFiles}).
 */
final class ScenarioRoutes {

    private static final Pattern SCENARIO_FILE = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}\\.yaml");

    private final ConfinedFiles scenarios;
    private final Snapshot snapshot;

    ScenarioRoutes(Path folder, Snapshot snapshot) {
        this.scenarios = new ConfinedFiles(folder);
        this.snapshot = snapshot;
    }

    void register(Javalin app) {
        app.get("/api/scenarios", this::list);
        app.get("/api/scenarios/{file}", this::read);
        app.put("/api/scenarios/{file}", this::save);
        app.post("/api/validate", this::validate);
    }

    /** The file {@code name} of the scenarios folder, which must exist; 400 for a bad name, 404 for none. */
    Path existing(String name) throws IOException {
        target(name);
        return scenarios.file(name).orElseThrow(() -> new ApiError(404, "no scenario file " + name));
    }

    /** Where the file {@code name} is (or would be) in the scenarios folder; 400 for a bad name. */
    private Path target(String name) {
        if (!SCENARIO_FILE.matcher(name).matches()) {
            throw new ApiError(400, "a scenario file name is lower-case letters, digits and '-', ending .yaml; got " + name);
        }
        return scenarios.root().resolve(name);
    }

    private void list(Context ctx) throws IOException {
        ArrayNode out = Json.array();
        if (Files.isDirectory(scenarios.root())) {
            List<Path> files;
            try (Stream<Path> s = Files.list(scenarios.root())) {
                files = s.filter(p -> SCENARIO_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
            }
            for (Path f : files) {
                String file = f.getFileName().toString();
                Checked<Study> loaded = ScenarioFiles.loadStudy(f, snapshot);
                out.add(loaded.ok() ? Json.study(file, loaded.orElseThrow()) : Json.studyWithProblems(file, loaded.problems().size()));
            }
        }
        Json.send(ctx, 200, out);
    }

    private void read(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        Path file = existing(name);
        ObjectNode o = Json.object();
        o.put("file", name);
        o.put("text", Files.readString(file, StandardCharsets.UTF_8));
        Json.send(ctx, 200, o);
    }

    /** Validates text as the file {@code name} in the scenarios folder (so 'extends' resolves as it will). */
    ObjectNode check(String name, String text) throws IOException {
        target(name);
        Path tmp = scenarios.root().resolve(".edit-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6)) + "-" + name);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        ObjectNode o = Json.object();
        try {
            Checked<Study> loaded = ScenarioFiles.loadStudy(tmp, snapshot);
            ArrayNode problems = o.putArray("problems");
            if (loaded.ok()) {
                Study st = loaded.orElseThrow();
                try {
                    StudyRun.cells(st, snapshot);
                    o.put("ok", true);
                    o.put("message", name + ": valid (" + st.scenarioIds().size() + " scenario(s) x " + st.treatments().size()
                            + " treatment(s))");
                } catch (IllegalArgumentException e) {
                    o.put("ok", false);
                    problems.add(Json.problem(null, 0, 0, "", e.getMessage(), name + ": " + e.getMessage()));
                }
            } else {
                o.put("ok", false);
                String tmpName = tmp.getFileName().toString();
                for (Problem p : loaded.problems()) {
                    problems.add(Json.problem(p.file().replace(tmpName, name), p.line(), p.column(), p.path(), p.message(),
                            p.toString().replace(tmp.toString(), name).replace(tmpName, name)));
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return o;
    }

    private void validate(Context ctx) throws IOException {
        ObjectNode b = Json.body(ctx);
        Json.send(ctx, 200, check(b.path("file").asText("scenario.yaml"), b.path("text").asText("")));
    }

    private void save(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        Path target = target(name);
        String text = Json.body(ctx).path("text").asText("");
        ObjectNode result = check(name, text);
        if (!result.path("ok").asBoolean()) {
            Json.send(ctx, 422, result);
            return;
        }
        // A name of its own per request: two saves at once must not write one temporary file.
        Path tmp = Files.createTempFile(scenarios.root(), "." + name + ".", ".saving");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        result.put("saved", name);
        Json.send(ctx, 200, result);
    }
}
