package org.indivisible.spark;

import org.indivisible.data.EmbeddedData;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.indivisible.analysis.ensemble.Cell;
import org.indivisible.analysis.run.StudyRun;
import org.indivisible.data.scenario.Checked;
import org.indivisible.data.scenario.ScenarioFiles;
import org.indivisible.data.scenario.Study;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.model.engine.Engine;

/**
 * A study as the executors get it: the bytes of every file the driver read (the study file and
 * every scenario it names or extends, by path relative to the study's folder, each checked
 * against the SHA-256 the driver recorded), so that an executor compiles exactly the cells the
 * driver did, against the same embedded data snapshot, with no shared file system. The model's
 * configurations are not serializable; the inputs are small (kilobytes) and compile in
 * milliseconds, once per executor JVM ({@link #prepared()} caches them by content hash).
 *
 * <p>Immutable and thread safe.
 */
final class StudySource implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, org.indivisible.data.scenario.SearchSpace> SEARCHES = new ConcurrentHashMap<>();

    /** The cells of a study compiled on this JVM, and each prepared for the engine. */
    record Compiled(List<Cell> cells, List<Engine.Prepared> prepared) {
        static Compiled of(List<Cell> cells) {
            Engine engine = EmbeddedData.engine();
            return new Compiled(List.copyOf(cells), cells.stream().map(c -> engine.prepare(c.configuration())).toList());
        }
    }

    private final String studyFile;
    private final TreeMap<String, byte[]> files;
    private final List<String> cellIds;
    private final String contentHash;

    private StudySource(String studyFile, TreeMap<String, byte[]> files, List<String> cellIds) {
        this.studyFile = studyFile;
        this.files = files;
        this.cellIds = List.copyOf(cellIds);
        MessageDigest sha = sha256();
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
        });
        this.contentHash = HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Reads the files of a loaded study again and checks them against the hashes taken when it
     * was loaded.
     *
     * @throws IOException if a file cannot be read or changed since the study was loaded
     */
    static StudySource of(Study study, List<Cell> cells) throws IOException {
        Path root = study.file().toAbsolutePath().normalize().getParent();
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (Map.Entry<String, String> e : study.sourceHashes().entrySet()) {
            Path file = root.resolve(e.getKey()).normalize();
            byte[] bytes = Files.readAllBytes(file);
            String sha = HexFormat.of().formatHex(sha256().digest(bytes));
            if (!sha.equals(e.getValue())) {
                throw new IOException(file + " changed while the run was starting; run it again");
            }
            files.put(e.getKey(), bytes);
        }
        String name = root.relativize(study.file().toAbsolutePath().normalize()).toString().replace('\\', '/');
        if (!files.containsKey(name)) {
            throw new IOException("the study file " + study.file() + " is not among the files it was loaded from");
        }
        return new StudySource(name, files, cells.stream().map(StudySource::id).toList());
    }

    /** A study's files for an executor that rebuilds a search's cells ({@link #searchSpace}). */
    static StudySource ofSearch(org.indivisible.data.scenario.SearchSpace space) throws IOException {
        return of(space.study(), List.of());
    }

    /**
     * The study's search section read on this JVM from the shipped files, with the driver's run
     * settings; once per JVM and content.
     */
    org.indivisible.data.scenario.SearchSpace searchSpace(int replications, int evaluations, int population, long seed) {
        loadRandomStreams();
        return SEARCHES.computeIfAbsent(contentHash, h -> withFiles(folder -> {
            Checked<org.indivisible.data.scenario.SearchSpace> loaded =
                    org.indivisible.data.scenario.SearchSpace.load(folder.resolve(studyFile), EmbeddedSnapshot.load());
            if (!loaded.ok()) {
                throw new IllegalStateException("the search does not load on this executor:\n" + loaded.report());
            }
            return loaded.orElseThrow();
        })).with(replications, evaluations, population, seed);
    }

    /** The SHA-256 of the shipped files, names included: equal content, equal study. */
    String contentHash() {
        return contentHash;
    }

    /** Total bytes of the files shipped. */
    long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /**
     * The cells compiled and prepared on this JVM, in study order; compiled once per JVM and
     * content, and checked to be the cells the driver runs.
     */
    List<Engine.Prepared> prepared() {
        return compiled().prepared();
    }

    /** The cells compiled on this JVM (as {@link #prepared()}), with their configurations. */
    Compiled compiled() {
        loadRandomStreams();
        return COMPILED.computeIfAbsent(contentHash, h -> compile());
    }

    /**
     * With a local master the executors are this JVM: prepare the driver's own cells once here
     * (as the local runner does), instead of compiling the shipped files again.
     */
    void preloadFrom(List<Cell> driverCells) {
        List<String> ids = driverCells.stream().map(StudySource::id).toList();
        if (!ids.equals(cellIds)) {
            throw new IllegalArgumentException("cells " + ids + " are not this study's " + cellIds);
        }
        COMPILED.computeIfAbsent(contentHash, h -> Compiled.of(driverCells));
    }

    /** Forgets what this JVM prepared for this study (the driver, after a local run). */
    void forget() {
        COMPILED.remove(contentHash);
    }

    /**
     * Initialises the model's random streams under the system class loader. The JDK finds its
     * generators (L64X128MixRandom, module jdk.random, defined to the system class loader) with a
     * ServiceLoader on the thread's context class loader, once per JVM; a Spark 4 task thread's
     * context loader (Spark's session class loader) does not reach it, and the first replication
     * would fail with "No implementation of the random number generator algorithm".
     */
    static void loadRandomStreams() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
            Class.forName(org.indivisible.model.random.RandomStreams.class.getName(), true,
                    org.indivisible.model.random.RandomStreams.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private Compiled compile() {
        return withFiles(folder -> {
            EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
            Checked<Study> loaded = ScenarioFiles.loadStudy(folder.resolve(studyFile), snapshot);
            if (!loaded.ok()) {
                throw new IllegalStateException("the study does not load on this executor:\n" + loaded.report());
            }
            List<Cell> cells = StudyRun.cells(loaded.orElseThrow(), snapshot);
            List<String> ids = cells.stream().map(StudySource::id).toList();
            if (!ids.equals(cellIds)) {
                throw new IllegalStateException("the executor compiled cells " + ids + ", the driver runs " + cellIds);
            }
            return Compiled.of(cells);
        });
    }

    /** Writes the shipped files into a temporary folder, reads them with {@code reader}, and deletes the folder. */
    private <T> T withFiles(java.util.function.Function<Path, T> reader) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("indivisible-study-");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path file = folder.resolve(e.getKey()).normalize();
                if (!file.startsWith(folder)) {
                    throw new IllegalStateException("study file outside its folder: " + e.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
            return reader.apply(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static String id(Cell cell) {
        return cell.scenarioId() + "/" + cell.treatmentId();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder; the JVM's temp cleaner gets it
        }
    }

    SortedMap<String, byte[]> files() {
        return java.util.Collections.unmodifiableSortedMap(files);
    }
}
