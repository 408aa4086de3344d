package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The command's jar stays light: no Spark, Scala, Hadoop or the spark module in it (they come
 * only with --engine spark, docs/scale-out.md), and --engine spark without them says how to get them.
 */
class CliJarIT {

    static final List<String> FORBIDDEN = List.of("org/apache/spark/", "scala/", "org/apache/hadoop/",
            "org/indivisible/spark/", "META-INF/services/org.indivisible.analysis.run.RunEngine");

    @Test
    void theShadedJarCarriesNoSpark() throws Exception {
        Path jar = Path.of("target/indivisible.jar");
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar.toAbsolutePath());
        List<String> found = new ArrayList<>();
        boolean main = false;
        try (JarFile j = new JarFile(jar.toFile())) {
            for (var e = j.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                main |= name.equals("org/indivisible/cli/Main.class");
                for (String f : FORBIDDEN) {
                    if (name.startsWith(f) && found.size() < 10) {
                        found.add(name);
                    }
                }
            }
        }
        assertTrue(main, "the jar holds the command");
        assertEquals(List.of(), found, "Spark in the command's jar");
        assertTrue(Files.size(jar) < 150L * 1024 * 1024, "the jar is " + Files.size(jar) / (1 << 20) + " MiB");
    }

    @Test
    void engineSparkWithoutTheModuleSaysHowToGetIt() {
        Cli r = Cli.run("run", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "--engine", "spark", "-n", "1");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("--engine spark is not available here (engines: local)"), r.err());
        assertTrue(r.err().contains("./indivisible run --engine spark"), r.err());
        assertTrue(r.err().contains("spark-submit spark/target/indivisible-spark-submit.jar"), r.err());
    }

    @Test
    void masterIsOnlyForAnotherEngine() {
        Cli r = Cli.run("run", Cli.ROOT.resolve("scenarios/baseline.yaml").toString(), "--master", "local[2]", "-n", "1");
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("--master is for --engine spark"), r.err());
    }
}
