package org.indivisible.web.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunLock;
import org.indivisible.analysis.run.RunManifest;
import org.indivisible.store.RunResults;
import org.indivisible.web.report.ReportWriter;

/**
 * Complete runs: {@code /api/runs} (the list), {@code /api/runs/{id}} (the report document, GET;
 * DELETE), {@code /api/runs/{id}/name}, {@code /api/runs/{id}/metrics.csv}, {@code
 * /api/runs/{id}/files/<name>} and the offline report {@code /runs/{id}/report.html}, written the
 * first time it is asked for when the run has none.
 */
final class RunRoutes {

    static final int MAX_NAME = 120;

    private final RunFolders runs;
    private final RunDocuments documents;
    private final Limiter expensive;
    private final ReportWriter reports;

    RunRoutes(RunFolders runs, RunDocuments documents, Limiter expensive, ReportWriter reports) {
        this.runs = runs;
        this.documents = documents;
        this.expensive = expensive;
        this.reports = reports;
    }

    void register(Javalin app) {
        app.get("/api/runs", this::list);
        app.delete("/api/runs/{id}", this::delete);
        app.put("/api/runs/{id}/name", this::name);
        app.get("/api/runs/{id}", this::document);
        app.get("/api/runs/{id}/metrics.csv", ctx -> expensive.run(() -> {
            metricsCsv(ctx);
            return null;
        }));
        app.get("/api/runs/{id}/files/<name>", this::file);
        app.get("/runs/{id}/report.html", this::report);
    }

    private void list(Context ctx) throws IOException {
        ArrayNode out = Json.array();
        if (Files.isDirectory(runs.root())) {
            List<Path> folders;
            try (Stream<Path> s = Files.list(runs.root())) {
                folders = s.filter(p -> !p.getFileName().toString().startsWith(".") && RunFolder.of(p).complete())
                        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            }
            for (Path p : folders) {
                try {
                    RunManifest m = RunFolder.of(p).readManifest();
                    out.add(Json.run(p.getFileName().toString(), m, runName(p), RunFolder.of(p).hasDatabase()));
                } catch (IOException e) {
                    // Not a run manifest (another tool's folder): not listed.
                }
            }
        }
        Json.send(ctx, 200, out);
    }

    /** A run's name as the dashboard gave it ({@link RunFolder#NAME} in the run folder), or null. */
    static String runName(Path folder) {
        Path f = RunFolder.of(folder).name();
        try {
            return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) <= 4 * MAX_NAME
                    ? Files.readString(f, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** PUT /api/runs/{id}/name {name}: names a run (an empty name removes it); manifest.json stays as the run wrote it. */
    private void name(Context ctx) throws IOException {
        Path folder = runs.complete(ctx.pathParam("id"));
        String name = Json.body(ctx).path("name").asText("").strip();
        if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new ApiError(400, "a run's name is at most " + MAX_NAME + " characters on one line");
        }
        Path file = RunFolder.of(folder).name();
        if (name.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            Path tmp = Files.createTempFile(folder, "." + RunFolder.NAME + ".", ".saving");
            try {
                Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        ObjectNode o = Json.object();
        o.put("runId", folder.getFileName().toString());
        o.put("name", name);
        Json.send(ctx, 200, o);
    }

    /**
     * DELETE /api/runs/{id}: deletes a complete run folder. Only a folder directly in the runs
     * folder (real paths compared: never through a symbolic link, never {@code ..}); refused with
     * 409 while a writer holds it ({@link RunLock}: a --resume, another process). The folder is
     * first renamed to a hidden name, so no half-deleted run is listed.
     */
    private void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        Path folder = runs.complete(id);
        Path root = runs.root().toRealPath();
        Path real = folder.toRealPath();
        if (!real.getParent().equals(root) || Files.isSymbolicLink(runs.root().resolve(id))) {
            throw new ApiError(403, "run " + id + " is not a folder of the runs folder; nothing was deleted");
        }
        Path doomed;
        try (RunLock lock = RunLock.acquire(real)) {
            doomed = root.resolve("." + id + ".deleting-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4)));
            Files.move(real, doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (RunLock.InUse e) {
            throw new ApiError(409, "run " + id + " is in use (another run or a --resume is writing it); nothing was deleted");
        }
        RunFolder.deleteRecursively(doomed);
        ObjectNode o = Json.object();
        o.put("deleted", id);
        Json.send(ctx, 200, o);
    }

    /** The report document, from the cache; gzip as stored when the client takes it (browsers do). */
    private void document(Context ctx) throws Exception {
        RunDocuments.Doc doc = documents.document(runs.complete(ctx.pathParam("id")));
        ctx.header("Vary", "Accept-Encoding");
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && Arrays.stream(accept.split(",")).map(x -> x.split(";")[0].trim())
                .anyMatch(x -> x.equalsIgnoreCase("gzip"))) {
            ctx.header("Content-Encoding", "gzip");
            ctx.res().setContentLength(doc.gzip().length);
            ctx.status(200).contentType("application/json").result(doc.gzip());
        } else {
            ctx.status(200).contentType("application/json").result(doc.bytes());
        }
    }

    private void file(Context ctx) throws IOException {
        Path folder = runs.complete(ctx.pathParam("id"));
        String name = ctx.pathParam("name");
        Path file = new ConfinedFiles(folder).file(name).orElseThrow(() -> new ApiError(404, "no file " + name));
        String type = name.endsWith(".json") ? "application/json" : name.endsWith(".csv") ? "text/csv" : "application/octet-stream";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        ctx.contentType(type).result(Files.newInputStream(file));
    }

    private void metricsCsv(Context ctx) throws IOException {
        Path folder = runs.complete(ctx.pathParam("id"));
        if (!RunFolder.of(folder).hasDatabase()) {
            throw new ApiError(404, "run " + folder.getFileName() + " has no results store");
        }
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + folder.getFileName() + "-metrics.csv\"");
        try (RunResults stored = RunResults.open(folder);
             BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            stored.writeMetricsCsv(w);
        }
    }

    private void report(Context ctx) throws Exception {
        Path folder = runs.complete(ctx.pathParam("id"));
        Path file = RunFolder.of(folder).report();
        if (!Files.isRegularFile(file)) {
            file = expensive.run(() -> reports.write(folder));
        }
        ctx.header("Content-Security-Policy", HttpRules.REPORT_CSP);
        ctx.contentType("text/html; charset=utf-8").result(Files.newInputStream(file));
    }
}
