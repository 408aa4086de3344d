package org.indivisible.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One Spark session (local[2]) for every test class of this module, started on first use and
 * stopped when the test JVM exits: a session takes seconds to start.
 */
final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("indivisible-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
        }
        return session;
    }

    /** The repository root (tests run in the module folder). */
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("scenarios/default-study.yaml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /**
     * A light study in {@code folder}: the baseline and the Korean war (it extends the baseline),
     * each under P0 and P1, with the shipped scenario files.
     */
    static Path lightStudy(Path folder, int replications, long seed) throws IOException {
        for (String f : new String[] {"baseline.yaml", "korea-war.yaml"}) {
            Files.copy(root().resolve("scenarios").resolve(f), folder.resolve(f));
        }
        Path study = folder.resolve("light-study.yaml");
        Files.writeString(study, """
                study: light-study
                scenarios: [baseline.yaml, korea-war.yaml]
                replications: %d
                seed: %d
                treatments:
                  - id: P0
                  - id: P1
                    overrides:
                      policies:
                        p1:
                          group: NATO_EUROPE
                          floorPctGdp: {2026: 2.0, 2030: 3.5}
                          operationalPlanning: true
                """.formatted(replications, seed));
        return study;
    }
}
