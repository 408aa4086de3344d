package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indivisible.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with the engine found through ServiceLoader, as the launcher runs it. */
class SparkCommandTest {

    @TempDir
    Path folder;

    record Printed(int code, String out, String err) {
    }

    static Printed cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Printed(code, out.toString(), err.toString());
    }

    @Test
    void runWithEngineSparkPrintsTheSameSummaryJsonAsLocal() throws Exception {
        SharedSpark.session(); // joined by --engine spark, not started again
        Path study = SharedSpark.lightStudy(folder, 1, 99);
        Printed local = cli("run", study.toString(), "--json", "-q", "-t", "1", "-o", folder.resolve("a").toString());
        Printed spark = cli("run", study.toString(), "--json", "-q", "--engine", "spark", "--master", "local[2]",
                "-o", folder.resolve("b").toString());
        assertEquals(0, local.code(), local.err());
        assertEquals(0, spark.code(), spark.err());
        assertTrue(local.out().contains("\"format\" : \"indivisible.summary/1\""), local.out());
        assertEquals(local.out(), spark.out());
        try (var runs = Files.list(folder.resolve("b"))) {
            Path run = runs.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
            assertArrayEquals(spark.out().getBytes(java.nio.charset.StandardCharsets.UTF_8), Files.readAllBytes(run.resolve("summary.json")));
            assertTrue(Files.isDirectory(run.resolve("metrics.parquet")));
        }
    }

    @Test
    void theTableRunSaysWhichEngineRanIt() throws Exception {
        SharedSpark.session();
        Path study = SharedSpark.lightStudy(folder, 1, 5);
        Printed spark = cli("run", study.toString(), "-q", "--engine", "spark", "-o", folder.resolve("c").toString());
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.out().contains("engine: spark local[2], 2 cores"), spark.out());
        assertTrue(spark.out().contains("2 threads"), "the cores are recorded as threads: " + spark.out());
    }

    @Test
    void resumeIsRefusedOnSpark() throws Exception {
        Path study = SharedSpark.lightStudy(folder, 1, 5);
        Printed p = cli("run", study.toString(), "--engine", "spark", "--resume", "-o", folder.resolve("d").toString());
        assertEquals(2, p.code(), p.err());
        assertTrue(p.err().contains("--resume is for local runs"), p.err());
    }

    @Test
    void submitMainImpliesTheSparkEngineForRunAndSensitivityOnly() {
        assertEquals(List.of("run", "--engine=spark", "study.yaml", "-n", "9"),
                List.of(SubmitMain.withEngine(new String[] {"run", "study.yaml", "-n", "9"})));
        assertEquals(List.of("run", "--engine", "local", "x.yaml"),
                List.of(SubmitMain.withEngine(new String[] {"run", "--engine", "local", "x.yaml"})));
        assertEquals(List.of("validate", "x.yaml"), List.of(SubmitMain.withEngine(new String[] {"validate", "x.yaml"})));
    }
}
