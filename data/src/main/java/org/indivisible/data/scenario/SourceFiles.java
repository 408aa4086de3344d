package org.indivisible.data.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files one load reads, each read and hashed once: paths resolved against the folder of
 * the file that names them and kept inside it, {@code extends} chains followed and merged, and
 * problems labelled with the path as the user gave it. Not thread safe; one per load.
 */
final class SourceFiles {

    /** Longest {@code extends} chain followed. */
    static final int MAX_EXTENDS = 16;

    private final Path root;
    private final Path labelBase;
    private final Problems problems;
    private final Map<Path, YamlSource> sources = new HashMap<>();
    private final SortedMap<String, String> hashes = new TreeMap<>();

    /** @param file the file the user named; its folder is the root of every path reported */
    SourceFiles(Path file, Problems problems) {
        this.root = file.toAbsolutePath().normalize().getParent();
        Path given = file.normalize().getParent();
        this.labelBase = given == null ? Path.of("") : given;
        this.problems = problems;
    }

    /** SHA-256 of every file read so far, by path relative to the root. */
    SortedMap<String, String> hashes() {
        return new TreeMap<>(hashes);
    }

    /** The scenario's own tree merged over its {@code extends} chain, the merges recorded in {@code overlay}. */
    Optional<Tree.Mapping> scenarioTree(Path file, Overlay overlay) {
        return scenarioTree(file, new ArrayDeque<>(), overlay);
    }

    private Optional<Tree.Mapping> scenarioTree(Path file, Deque<Path> chain, Overlay overlay) {
        Optional<Tree.Mapping> tree = tree(file);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        if (tree.get().get("study").isPresent()) {
            problems.add(tree.get().get("study").get().location(), "study", "this is a study file; a study cannot "
                    + "be used as a scenario here");
            return Optional.empty();
        }
        Optional<Tree> extendsNode = tree.get().get("extends").filter(v -> !ValueReader.isNull(v));
        if (extendsNode.isEmpty()) {
            return tree;
        }
        ValueReader read = new ValueReader(problems);
        Optional<Path> base = resolve(file, extendsNode.get(), "extends", read);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        chain.push(file);
        try {
            if (chain.contains(base.get())) {
                List<String> names = new ArrayList<>();
                chain.descendingIterator().forEachRemaining(p -> names.add(label(p)));
                names.add(label(base.get()));
                read.report(extendsNode.get(), "extends", "extends cycle: " + String.join(" -> ", names)
                        + "; a scenario cannot extend itself, directly or through others");
                return Optional.empty();
            }
            if (chain.size() >= MAX_EXTENDS) {
                read.report(extendsNode.get(), "extends", "more than " + MAX_EXTENDS + " files in the extends chain");
                return Optional.empty();
            }
            return scenarioTree(base.get(), chain, overlay).map(b -> overlay.apply(b.without("id", "name", "description"),
                    tree.get().without("extends")));
        } finally {
            chain.pop();
        }
    }

    /** A path written in {@code namer}, resolved against its folder, which it may not leave. */
    Optional<Path> resolve(Path namer, Tree value, String path, ValueReader read) {
        Optional<String> text = read.text(value, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Path folder = namer.getParent();
        Path target;
        try {
            target = folder.resolve(text.get()).normalize();
        } catch (InvalidPathException e) {
            read.report(value, path, "`" + text.get() + "` is not a valid file path");
            return Optional.empty();
        }
        String rule = "; name a file in the same folder as " + label(namer) + " or below it, e.g. baseline.yaml";
        if (!target.startsWith(folder) || target.equals(folder)) {
            read.report(value, path, "`" + text.get() + "` points outside the folder of " + label(namer) + rule);
            return Optional.empty();
        }
        if (!Files.isRegularFile(target)) {
            read.report(value, path, "no such file `" + text.get() + "`" + DidYouMean.hint(text.get(), yamlFiles(folder))
                    + " (looked for " + label(target) + ")");
            return Optional.empty();
        }
        try {
            if (!target.toRealPath().startsWith(folder.toRealPath())) {
                read.report(value, path, "`" + text.get() + "` is a link that leads outside the folder of "
                        + label(namer) + rule);
                return Optional.empty();
            }
        } catch (IOException e) {
            read.report(value, path, "cannot read `" + text.get() + "`: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(target);
    }

    private static List<String> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A file read once, its hash recorded, its root required to be a map. */
    Optional<Tree.Mapping> tree(Path file) {
        YamlSource source = sources.get(file);
        if (source == null) {
            source = YamlSource.read(file, label(file));
            sources.put(file, source);
            problems.addAll(source.problems());
            if (!source.sha256().isEmpty()) {
                hashes.put(key(file), source.sha256());
            }
            if (source.tree().isPresent() && !(source.tree().get() instanceof Tree.Mapping)) {
                Tree t = source.tree().get();
                problems.add(t.location(), "", "a scenario or study file is a map of fields such as `id: baseline`, "
                        + "but this file holds " + t.describe());
            }
        }
        return source.tree().filter(t -> t instanceof Tree.Mapping).map(t -> (Tree.Mapping) t);
    }

    /** Hashes of a scenario file and the files it extends. */
    SortedMap<String, String> sourcesOf(Path file) {
        SortedMap<String, String> mine = new TreeMap<>();
        Path current = file;
        for (int i = 0; current != null && i <= MAX_EXTENDS; i++) {
            YamlSource source = sources.get(current);
            if (source == null) {
                break;
            }
            mine.put(key(current), source.sha256());
            Path next = null;
            if (source.tree().orElse(null) instanceof Tree.Mapping m
                    && m.get("extends").orElse(null) instanceof Tree.Scalar s) {
                try {
                    next = current.getParent().resolve(s.text()).normalize();
                } catch (InvalidPathException e) {
                    next = null;
                }
            }
            current = next;
        }
        return mine;
    }

    private String key(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    String label(Path file) {
        if (file.startsWith(root)) {
            return labelBase.resolve(root.relativize(file)).normalize().toString();
        }
        return file.toString();
    }

}
