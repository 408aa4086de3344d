package org.indivisible.data.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.indivisible.data.snapshot.CsvTable;
import org.indivisible.data.snapshot.EmbeddedSnapshot;

/**
 * Fuzzes the reading of data tables ({@link CsvTable#read(Path)}, what {@code data build --from}
 * and the snapshot use, plain and gzipped) and of their cells ({@code get}, {@code getInt},
 * {@code getDouble} on every column of every row). The rule: a table, or an
 * {@link IllegalArgumentException} / {@link UncheckedIOException} whose message starts with
 * the file's name (and, for a cell, its line and column); a number read is finite. Anything
 * else is a crash. Seeds are the first lines of each table of the embedded snapshot. Not
 * thread safe.
 */
public final class CsvFuzzer implements FuzzRun.Target {

    static final String[] TABLES = {"actors.csv", "groups.csv", "gdp.csv", "milex.csv", "population.csv",
        "spending_baseline.csv", "treaties.csv", "munitions.csv", "forces.csv", "sources.csv", "wiod_sectors.csv",
        "wiod2011.csv.gz"};
    static final String[] HOSTILE_CELLS = {"NaN", "-NaN", "Infinity", "-Infinity", "inf", "1e999", "-1e999", "1e-999",
        "0x1p3", "1d", "1f", "  7  ", "", " ", "\"\"", "\"unterminated", "\"a\"\"b\"", "a\"b", "\"\n\"", "\r", "\r\n",
        "\uFEFF", "\u202E12", "\u0000", "99999999999999999999", "2147483648", "-2147483649", "+5", "-0", "1_000", "1,5",
        "٣", "١٢", "𝟙", "TWN", "x".repeat(5_000)};

    private final Path work;
    private final List<byte[]> seeds = new ArrayList<>();

    CsvFuzzer(Path work) throws IOException {
        this.work = work;
        for (String table : TABLES) {
            try (InputStream raw = EmbeddedSnapshot.class.getResourceAsStream(EmbeddedSnapshot.RESOURCE_DIR + table);
                 InputStream in = table.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
                String text = new String(in.readNBytes(4 * 1024), StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                seeds.add((String.join("\n", java.util.Arrays.copyOf(lines, Math.max(1, Math.min(lines.length - 1, 40)))) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public byte[] input(long seed, long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        byte[] base = seeds.get(r.nextInt(seeds.size()));
        return switch (r.nextInt(4)) {
            case 0, 1 -> ScenarioFuzzer.mutate(base, r, 1 + r.nextInt(8));
            case 2 -> hostileCells(base, r, 1 + r.nextInt(4));
            default -> ScenarioFuzzer.splice(base, seeds.get(r.nextInt(seeds.size())), r);
        };
    }

    /** Puts hostile text in place of random cells (split naively on commas). */
    static byte[] hostileCells(byte[] bytes, SplittableRandom r, int count) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < count && lines.length > 0; i++) {
            int line = r.nextInt(lines.length);
            String[] cells = lines[line].split(",", -1);
            cells[r.nextInt(cells.length)] = HOSTILE_CELLS[r.nextInt(HOSTILE_CELLS.length)];
            lines[line] = String.join(",", cells);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String check(byte[] input) throws Exception {
        // One input in 4 is gzipped (whole, or with its compressed bytes cut short).
        boolean gz = (input.length & 3) == 1;
        Path file = work.resolve(gz ? "fuzz.csv.gz" : "fuzz.csv");
        if (gz) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
                out.write(input);
            }
            byte[] z = zipped.toByteArray();
            Files.write(file, (input.length & 4) == 0 ? z : java.util.Arrays.copyOf(z, z.length / 2));
        } else {
            Files.write(file, input);
        }
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            located(e, file.toString());
            return "refused";
        }
        int cellErrors = 0;
        for (CsvTable.Row row : table.rows()) {
            for (String column : table.header()) {
                try {
                    row.get(column);
                } catch (IllegalArgumentException e) {
                    located(e, file + ": line " + row.line() + ", column '");
                    cellErrors++;
                    continue;
                }
                try {
                    row.getInt(column);
                } catch (IllegalArgumentException e) {
                    located(e, file + ": line " + row.line() + ", column '");
                }
                try {
                    double v = row.getDouble(column);
                    if (!Double.isFinite(v)) {
                        throw new FuzzRun.Broken("getDouble gave " + v + " for '" + row.get(column) + "'");
                    }
                } catch (IllegalArgumentException e) {
                    located(e, file + ": line " + row.line() + ", column '");
                }
            }
        }
        return cellErrors == 0 ? "read" : "read, short rows";
    }

    private static void located(RuntimeException e, String prefix) throws FuzzRun.Broken {
        if (e.getMessage() == null || !e.getMessage().startsWith(prefix)) {
            throw new FuzzRun.Broken("error not located (expected it to start with " + prefix + "): " + e);
        }
    }

    /** Arguments: [inputs (default 1,000,000)] [seed (default 1)]. Exits 1 if anything crashed. */
    public static void main(String[] args) throws IOException {
        long inputs = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path module = Files.isDirectory(Path.of("data/src")) ? Path.of("data") : Path.of(".");
        FuzzRun.Report report = runTables(inputs, seed, module.resolve("target/fuzz-crashes"), true);
        System.out.println(report);
        System.exit(report.crashes() == 0 ? 0 : 1);
    }

    static FuzzRun.Report runTables(long inputs, long seed, Path crashes, boolean log) throws IOException {
        Path shm = Path.of("/dev/shm");
        Path work = Files.createTempDirectory(Files.isDirectory(shm) && Files.isWritable(shm) ? shm
                : Path.of(System.getProperty("java.io.tmpdir")), "indivisible-fuzz-csv");
        try {
            return FuzzRun.run(new CsvFuzzer(work), seed, inputs, crashes, log ? System.out : null);
        } finally {
            ScenarioFuzzer.deleteTree(work);
        }
    }
}
