package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.indivisible.analysis.run.JournalFile;

/** What runs leave under an output folder (--out), as the integration tests read it. */
final class RunOutputs {

    private RunOutputs() {
    }

    /** The names in a folder, sorted. */
    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The one run folder under {@code root}, which must be a finished run (not a hidden partial one). */
    static Path onlyRun(Path root) throws IOException {
        try (Stream<Path> runs = Files.list(root)) {
            List<Path> found = runs.toList();
            assertEquals(1, found.size(), "run folders in " + root + ": " + found);
            assertFalse(found.get(0).getFileName().toString().startsWith("."), "a partial folder was left");
            return found.get(0);
        }
    }

    /** Replications readable in the journals of the runs under {@code root} (reading does not change them). */
    static long journalled(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(root)) {
            long n = 0;
            for (Path journal : s.map(p -> p.resolve("outcomes.journal")).filter(Files::isRegularFile).toList()) {
                try {
                    n += JournalFile.read(journal, (c, o) -> { });
                } catch (IOException e) {
                    // created but its header not yet written
                }
            }
            return n;
        }
    }
}
