package org.indivisible.data.fuzz;

import org.indivisible.data.EmbeddedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.indivisible.data.scenario.Cell;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.Problem;
import org.indivisible.data.scenario.Scenario;
import org.indivisible.data.scenario.ScenarioCompiler;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Engine;

/**
 * Fuzzes scenario and study files end to end: each input is written as {@code fuzz.yaml} into a
 * scenario folder (a copy of the shipped scenarios, a {@code lib/} subfolder, and a scenario
 * outside the folder that must never be read), loaded with {@link ScenarioFiles#loadStudy} (or
 * {@link ScenarioFiles#loadScenario} for every fourth input) against the real embedded
 * snapshot, and, when accepted, compiled with {@link ScenarioCompiler} and prepared by the
 * engine. The rule: a result, or problems that each name the file, a line and column from 1 and
 * a message free of Java internals; never an exception, a hang or running out of memory.
 *
 * <p>Inputs come from five generators (byte mutations of seed files, hostile scalars put in
 * place of values, a grammar of scenario and study fields, splices of two seeds, and
 * structure bombs: deep nesting, alias chains, long and wide documents). Seeds are the shipped
 * scenarios and the {@code invalid/} and {@code hostile/} corpora.
 *
 * <p>Run: {@code java -cp <test classpath> org.indivisible.data.fuzz.ScenarioFuzzer [inputs]
 * [seed]} or through Maven (docs/reliability.md). Not thread safe.
 */
public final class ScenarioFuzzer implements FuzzRun.Target {

    static final String[] HOSTILE_SCALARS = {
        "1e999", "-1e999", "1e-999", ".nan", ".NaN", ".inf", "-.inf", "+.Inf", "!!float nan", "!!float .inf",
        "99999999999999999999999999999", "-9223372036854775809", "9223372036854775807", "2147483648", "-2147483649",
        "0x7FFFFFFF", "0o777", "0b1010", "1_000", "-0", "-0.0", "0.0", "4.9e-324", "1.7976931348623157e308",
        "2027-02-30", "2027-13-01", "9999-12-31", "0000-01-01", "+999999999-01-01", "2027-1-1", "2001-12-14t21:59:43.10-05:00",
        "~", "null", "''", "\"\"", "yes", "no", "on", "true", "False",
        "\"\\ud800\"", "\"\\udfff x\"", "\"\\0\"", "\"\\x00\"", "\"\\u202Etaiwan\"", "\"\\uFEFFid\"", "\"\\U0001F600\"",
        "\u202Etaiwan", "\u200Ftaiwan", "\uFEFFbaseline", "日本", "\uD83D\uDE00", "ÿ", "TWN\u200B",
        "!!binary AAAA", "!!java.lang.Runtime x", "!!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x/\"]]",
        "!!int 1e3", "!!str 3", "!!timestamp 2001-12-14", "!!set {a, b}", "!!omap [a: 1]", "!<tag:x> 1", "!local 1",
        "&a 1", "*a", "*undefined", "<<", "[]", "{}", "[[[[[]]]]]", "{a: {b: {c: {d: }}}}", "[1, 2, 3", "{a: 1",
        "|\n  text", ">-\n  folded", "\"unterminated", "'also", "? complex\n: key", "- a\n- b", "a: b: c",
        "TWN", "CHN", "USA", "RUS", "NATO_EUROPE", "P1", "taiwan", "war", "peace", "crisis", "ceasefire",
        "triangular", "uniform", "shell155", "observed", "assumption",
        "baseline.yaml", "../outside.yaml", "../../outside.yaml", "/etc/passwd", "lib/base.yaml", "lib/../../outside.yaml",
        "lib/../baseline.yaml", ".", "..", "lib", "nonexistent.yaml", "C:\\\\x.yaml", "%2e%2e/outside.yaml",
        "\"baseline.yaml\\0\"", "fuzz.yaml", "./fuzz.yaml", "file:///etc/passwd", "//server/share/x.yaml",
    };

    static final String[] SCENARIO_KEYS = {"id", "name", "description", "extends", "start", "years", "stepDays",
        "theaters", "events", "spending", "parameters", "policies", "industrialCooperation", "economy"};
    static final String[] STUDY_KEYS = {"study", "name", "description", "scenarios", "replications", "seed",
        "treatments"};
    static final String[] INNER_KEYS = {"id", "name", "participants", "state", "kind", "theater", "aggressor", "window",
        "from", "to", "at", "probability", "durationWeeks", "stateAfter", "who", "pctGdp", "value", "low", "high",
        "distribution", "unit", "source", "status", "note", "new", "p1", "p2", "group", "floorPctGdp",
        "operationalPlanning", "industrySharePct", "standards", "coProduction", "technologySharing", "munition",
        "actors", "host", "capacityRoundsPerYear", "lagYears", "shares", "lagReductionPct", "overrides",
        "description", "2026", "2030", "economy.trendGrowthPct.CHN", "<<"};
    private static final String SYMBOLS = " \t\n:-[]{},&*!|>'\"#%@`?0123456789.eE+_\\~";

    private final Path folder;
    private final Path file;
    private final List<byte[]> seeds;
    private final EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
    private final Engine engine = EmbeddedData.engine();

    /** @param work an empty folder to build the scenario folder in; {@code moduleDir} the data module */
    ScenarioFuzzer(Path work, Path moduleDir) throws IOException {
        Path shipped = moduleDir.resolve("../scenarios").normalize();
        this.folder = Files.createDirectories(work.resolve("scenarios"));
        Files.createDirectories(folder.resolve("lib"));
        Files.writeString(work.resolve("outside.yaml"), "id: outside\n");
        this.file = folder.resolve("fuzz.yaml");
        List<byte[]> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(shipped)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                Files.write(folder.resolve(p.getFileName()), bytes);
                list.add(bytes);
            }
        }
        Files.writeString(folder.resolve("lib/base.yaml"), "id: base\nyears: 3\n");
        for (String corpus : List.of("src/test/resources/invalid", "src/test/resources/hostile")) {
            Path dir = moduleDir.resolve(corpus);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                        list.add(Files.readAllBytes(p));
                    }
                }
            }
        }
        this.seeds = List.copyOf(list);
    }

    @Override
    public String name() {
        return "scenario";
    }

    @Override
    public String check(byte[] input) throws Exception {
        Files.write(file, input);
        boolean single = (input.length & 3) == 3;
        Checked<?> result = single ? ScenarioFiles.loadScenario(file, snapshot) : ScenarioFiles.loadStudy(file, snapshot);
        if (!result.ok()) {
            for (Problem p : result.problems()) {
                checkProblem(p);
            }
            return "refused";
        }
        List<Configuration> configs = new ArrayList<>();
        if (result.value().get() instanceof Study study) {
            for (Cell cell : study.cells()) {
                configs.add(ScenarioCompiler.compile(cell, snapshot));
            }
        } else {
            configs.add(ScenarioCompiler.compile((Scenario) result.value().get(), "P0", snapshot));
        }
        // The engine's preparation (economy and industry tables) costs ~30x a load: one accepted
        // input in 16, chosen by content, also goes through it.
        if (java.util.Arrays.hashCode(input) % 16 == 0) {
            for (Configuration c : configs) {
                engine.prepare(c);
            }
            return "accepted+prepared";
        }
        return "accepted";
    }

    static void checkProblem(Problem p) throws FuzzRun.Broken {
        if (p.file().isBlank() || p.line() < 1 || p.column() < 1 || p.message().isBlank()) {
            throw new FuzzRun.Broken("problem without a place or a message: " + p);
        }
        String m = p.message();
        if (m.contains("Exception") || m.contains("org.snakeyaml") || m.contains("\tat ")) {
            throw new FuzzRun.Broken("problem leaks Java internals: " + p);
        }
        String line = p.toString();
        if (line.length() > 2_000) {
            throw new FuzzRun.Broken("problem of " + line.length() + " characters: " + line.substring(0, 300));
        }
        if (line.chars().anyMatch(c -> c == '\n' || c == '\r' || c == 0x202E || c == 0xFEFF || c == 0)) {
            throw new FuzzRun.Broken("problem holds a line break or invisible character: " + line);
        }
    }

    @Override
    public byte[] input(long seed, long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        return switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> mutate(seed(r), r, 1 + r.nextInt(8));
            case 4, 5 -> replaceValues(seed(r), r, 1 + r.nextInt(3));
            case 6, 7 -> grammar(r);
            case 8 -> splice(seed(r), seed(r), r);
            default -> bomb(r);
        };
    }

    private byte[] seed(SplittableRandom r) {
        return seeds.get(r.nextInt(seeds.size()));
    }

    static byte[] mutate(byte[] bytes, SplittableRandom r, int edits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        byte[] current = bytes;
        for (int e = 0; e < edits && current.length > 0; e++) {
            int at = r.nextInt(current.length);
            out.reset();
            switch (r.nextInt(9)) {
                case 0 -> out.write(current, 0, at); // truncate
                case 1 -> { // delete a stretch
                    out.write(current, 0, at);
                    int skip = Math.min(current.length - at, 1 + r.nextInt(20));
                    out.write(current, at + skip, current.length - at - skip);
                }
                case 2, 3 -> { // insert a YAML symbol or any byte
                    out.write(current, 0, at);
                    out.write(r.nextBoolean() ? SYMBOLS.charAt(r.nextInt(SYMBOLS.length())) : r.nextInt(256));
                    out.write(current, at, current.length - at);
                }
                case 4 -> { // overwrite a byte
                    out.write(current, 0, current.length);
                    byte[] b = out.toByteArray();
                    b[at] = (byte) (r.nextBoolean() ? SYMBOLS.charAt(r.nextInt(SYMBOLS.length())) : r.nextInt(256));
                    current = b;
                    continue;
                }
                case 5 -> { // duplicate a stretch (a line, a key)
                    int end = Math.min(current.length, at + 1 + r.nextInt(120));
                    out.write(current, 0, end);
                    out.write(current, at, current.length - at);
                }
                case 6 -> { // insert a hostile scalar
                    out.write(current, 0, at);
                    out.writeBytes(HOSTILE_SCALARS[r.nextInt(HOSTILE_SCALARS.length)].getBytes(StandardCharsets.UTF_8));
                    out.write(current, at, current.length - at);
                }
                case 7 -> { // odd bytes: BOM, RTL mark, lone surrogate (CESU), overlong, NUL
                    byte[][] odd = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x80, (byte) 0xAE},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {0}, {(byte) 0xFF, (byte) 0xFE},
                        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {'\r'}, {(byte) 0xC2, (byte) 0x85}};
                    out.write(current, 0, at);
                    out.writeBytes(odd[r.nextInt(odd.length)]);
                    out.write(current, at, current.length - at);
                }
                default -> { // change a digit
                    out.write(current, 0, current.length);
                    byte[] b = out.toByteArray();
                    if (Character.isDigit(b[at])) {
                        b[at] = (byte) ('0' + r.nextInt(10));
                    }
                    current = b;
                    continue;
                }
            }
            current = out.toByteArray();
        }
        return current;
    }

    /** Puts hostile scalars after the colon of random lines. */
    static byte[] replaceValues(byte[] bytes, SplittableRandom r, int count) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < count; i++) {
            int line = r.nextInt(lines.length);
            int colon = lines[line].indexOf(": ");
            if (colon < 0) {
                colon = lines[line].indexOf("- ");
            }
            if (colon >= 0) {
                String hostile = HOSTILE_SCALARS[r.nextInt(HOSTILE_SCALARS.length)];
                lines[line] = lines[line].substring(0, colon + 2) + hostile.replace("\n", "\n" + " ".repeat(colon + 2));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** A study or scenario made from the format's own keys with random, often hostile, values. */
    static byte[] grammar(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        boolean study = r.nextInt(3) == 0;
        String[] top = study ? STUDY_KEYS : SCENARIO_KEYS;
        int fields = 1 + r.nextInt(top.length);
        if (r.nextInt(4) != 0) {
            sb.append(study ? "study: fuzz\n" : "id: fuzz\n");
        }
        for (int i = 0; i < fields; i++) {
            String key = top[r.nextInt(top.length)];
            if ((key.equals("id") || key.equals("study")) && sb.indexOf(key + ":") == 0) {
                continue;
            }
            sb.append(key).append(':');
            value(sb, r, 1, key);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void value(StringBuilder sb, SplittableRandom r, int depth, String key) {
        int kind = depth > 4 ? 0 : r.nextInt(5);
        String indent = "  ".repeat(depth);
        switch (kind) {
            case 1 -> { // block list of maps or scalars
                int n = r.nextInt(4);
                sb.append(n == 0 ? " []\n" : "\n");
                for (int i = 0; i < n; i++) {
                    sb.append(indent).append("- ");
                    if (r.nextBoolean()) {
                        sb.append(scalar(r, key)).append('\n');
                    } else {
                        String k = INNER_KEYS[r.nextInt(INNER_KEYS.length)];
                        sb.append(k).append(':');
                        value(sb, r, depth + 2, k);
                    }
                }
            }
            case 2 -> { // block map
                int n = 1 + r.nextInt(4);
                sb.append('\n');
                for (int i = 0; i < n; i++) {
                    String k = INNER_KEYS[r.nextInt(INNER_KEYS.length)];
                    sb.append(indent).append(k).append(':');
                    value(sb, r, depth + 1, k);
                }
            }
            case 3 -> { // flow map
                sb.append(" {");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : ", ").append(INNER_KEYS[r.nextInt(INNER_KEYS.length)]).append(": ")
                            .append(flowScalar(r, key));
                }
                sb.append("}\n");
            }
            default -> sb.append(' ').append(scalar(r, key).replace("\n", "\n" + indent)).append('\n');
        }
    }

    private static String flowScalar(SplittableRandom r, String key) {
        String s = scalar(r, key);
        return s.contains("\n") || s.startsWith("|") || s.startsWith(">") ? "x" : s;
    }

    private static String scalar(SplittableRandom r, String key) {
        return switch (r.nextInt(4)) {
            case 0 -> Integer.toString(r.nextInt(-5, 3000));
            case 1 -> Double.toString(r.nextDouble() * 10);
            case 2 -> key.equals("id") || key.equals("study") ? "fuzz-" + r.nextInt(3) : "P" + r.nextInt(3);
            default -> HOSTILE_SCALARS[r.nextInt(HOSTILE_SCALARS.length)];
        };
    }

    static byte[] splice(byte[] a, byte[] b, SplittableRandom r) {
        int cutA = a.length == 0 ? 0 : r.nextInt(a.length);
        int cutB = b.length == 0 ? 0 : r.nextInt(b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(a, 0, cutA);
        out.write(b, cutB, b.length - cutB);
        return out.toByteArray();
    }

    /** Deep nesting, alias chains and very long or wide documents. */
    static byte[] bomb(SplittableRandom r) {
        StringBuilder sb = new StringBuilder("id: bomb\n");
        switch (r.nextInt(6)) {
            case 0 -> { // flow nesting
                int depth = 1 + r.nextInt(r.nextBoolean() ? 60 : 5000);
                sb.append("theaters: ").append("[".repeat(depth)).append(r.nextBoolean() ? "]".repeat(depth) : "").append('\n');
            }
            case 1 -> { // block nesting
                int depth = 1 + r.nextInt(r.nextBoolean() ? 60 : 400);
                sb.append("parameters:\n");
                for (int i = 1; i <= depth; i++) {
                    sb.append("  ".repeat(i)).append("k").append(i).append(":\n");
                }
            }
            case 2 -> { // billion laughs
                int levels = 2 + r.nextInt(9);
                int width = 2 + r.nextInt(9);
                sb.append("a0: &a0 [lol]\n");
                for (int i = 1; i < levels; i++) {
                    sb.append('a').append(i).append(": &a").append(i).append(" [");
                    for (int j = 0; j < width; j++) {
                        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                    }
                    sb.append("]\n");
                }
            }
            case 3 -> { // a long scalar
                sb.append("name: ").append("x".repeat(r.nextInt(r.nextInt(8) != 0 ? 5_000 : 1_100_000))).append('\n');
            }
            case 4 -> { // a wide map of parameters
                int n = r.nextInt(5_000);
                sb.append("parameters:\n");
                for (int i = 0; i < n; i++) {
                    sb.append("  p").append(i).append(": {new: true, value: ").append(HOSTILE_SCALARS[r.nextInt(4)])
                            .append("}\n");
                }
            }
            default -> { // many documents, directives and anchors on keys
                sb.append("---\n%YAML 1.1\n--- &k\nid: x\n? &key [a]\n: *key\n...\n---\nid: y\n");
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Arguments: [inputs (default 1,000,000)] [seed (default 1)]. Exits 1 if anything crashed. */
    public static void main(String[] args) throws IOException {
        long inputs = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path module = Files.isDirectory(Path.of("data/src")) ? Path.of("data") : Path.of(".");
        FuzzRun.Report report = runScenarios(inputs, seed, module, module.resolve("target/fuzz-crashes"), true);
        System.out.println(report);
        System.exit(report.crashes() == 0 ? 0 : 1);
    }

    static FuzzRun.Report runScenarios(long inputs, long seed, Path module, Path crashes, boolean log) throws IOException {
        Path shm = Path.of("/dev/shm");
        Path work = Files.createTempDirectory(Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                : Path.of(System.getProperty("java.io.tmpdir")), "indivisible-fuzz");
        try {
            return FuzzRun.run(new ScenarioFuzzer(work, module), seed, inputs, crashes, log ? System.out : null);
        } finally {
            deleteTree(work);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
