package org.indivisible.analysis.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.indivisible.analysis.statistics.EnsembleSummary;

/**
 * Writes {@code <out>/<run-id>/} with {@code manifest.json} and {@code summary.json}. Files go
 * to {@code <out>/.<run-id>.partial/} first and the folder is renamed into place, so a run that
 * dies leaves no folder that looks complete.
 */
public final class RunFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RunFolder() {
    }

    /** A fresh run id: UTC time and the study id, e.g. {@code 20261128-014210-default-study}. */
    public static String newRunId(Path outRoot, String studyId, Instant now) {
        String base = STAMP.format(now) + "-" + studyId;
        String id = base;
        for (int n = 2; Files.exists(outRoot.resolve(id)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    public static Path write(Path outRoot, RunManifest manifest, EnsembleSummary summary) throws IOException {
        Files.createDirectories(outRoot);
        Path partial = outRoot.resolve("." + manifest.runId() + ".partial");
        deleteRecursively(partial);
        Files.createDirectories(partial);
        try {
            Files.write(partial.resolve("summary.json"), SummaryJson.toBytes(summary));
            Files.writeString(partial.resolve("manifest.json"), manifestJson(manifest), StandardCharsets.UTF_8);
            Path target = outRoot.resolve(manifest.runId());
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            } catch (FileAlreadyExistsException e) {
                throw new IOException("run folder " + target + " already exists", e);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            deleteRecursively(partial);
            throw e;
        }
    }

    static String manifestJson(RunManifest manifest) {
        try {
            return SummaryJson.MAPPER.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write manifest", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
