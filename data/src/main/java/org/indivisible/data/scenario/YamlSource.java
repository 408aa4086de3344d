package org.indivisible.data.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One file read from disk and parsed into a {@link Tree}, defensively: scenario files come from
 * users and, through the dashboard, from anyone. Binary and non-UTF-8 files, oversized files,
 * alias bombs, deep nesting and duplicate keys become {@link Problem}s, never exceptions or
 * hangs. Also keeps the SHA-256 of the bytes for the run manifest. Immutable.
 *
 * @param label the file as named in problems
 * @param sha256 hex SHA-256 of the file's bytes (empty when it could not be read)
 * @param tree the document, absent when the file could not be parsed
 * @param problems what went wrong reading it
 */
record YamlSource(String label, String sha256, Optional<Tree> tree, List<Problem> problems) {

    /** Files beyond this size are refused: a scenario is a page, not a data set. */
    static final int MAX_BYTES = 1 << 20;
    /** Deeper structures are refused before the recursive composer sees them. */
    static final int MAX_DEPTH = 40;
    /** More aliases than this are refused (billion-laughs defence). */
    static final int MAX_ALIASES = 50;
    /** Limit on values after expanding aliases. */
    static final int MAX_NODES = 200_000;

    YamlSource {
        problems = List.copyOf(problems);
    }

    static YamlSource read(Path file, String label) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return failed(label, "", "this is a folder, not a YAML file");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // Reading a named pipe would wait for a writer for ever; a device never ends.
                return failed(label, "", "this is not a regular file (a named pipe, device or socket); give a YAML file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return failed(label, "", "the file is " + size + " bytes; scenario and study files are limited to "
                        + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(label, "", "no such file");
        } catch (IOException | SecurityException e) {
            return failed(label, "", "cannot read the file: " + e.getMessage());
        }
        return parse(bytes, label);
    }

    static YamlSource parse(byte[] bytes, String label) {
        String sha = sha256(bytes);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return failed(label, sha, "the file is UTF-16; save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                Location at = locate(bytes, i, label);
                return new YamlSource(label, sha, Optional.empty(), List.of(Problem.at(at, "",
                        "this is a binary file, not YAML text (a zero byte at offset " + i + ")")));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            Location at = locate(bytes, offset, label);
            return new YamlSource(label, sha, Optional.empty(), List.of(Problem.at(at, "", String.format(
                    "the file is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[offset] & 0xFF,
                    offset))));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, label, sha);
    }

    private static YamlSource parse(String text, String label, String sha) {
        List<Problem> problems = new ArrayList<>();
        LoadSettings settings = LoadSettings.builder().setLabel(label).setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false).setAllowRecursiveKeys(false).setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES).setUseMarks(true)
                // One read of the whole text: snakeyaml-engine 2.10 fails (IndexOutOfBoundsException)
                // on a character outside the BMP (an emoji) that starts at its 1024-character buffer's
                // end. Found by fuzzing (docs/reliability.md); the text is at most MAX_BYTES long.
                .setBufferSize(Math.max(1024, text.length() + 1)).build();
        try {
            if (!checkShape(text, settings, label, problems)) {
                return new YamlSource(label, sha, Optional.empty(), problems);
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty() || isNull(root.get())) {
                problems.add(Problem.at(Location.start(label), "", "the file is empty: it needs at least an `id:` "
                        + "(a scenario) or a `study:` (a study); see scenarios/reference.yaml"));
                return new YamlSource(label, sha, Optional.empty(), problems);
            }
            Tree tree = new Converter(label, problems).convert(root.get(), 0);
            return new YamlSource(label, sha, problems.isEmpty() ? Optional.of(tree) : Optional.empty(), problems);
        } catch (MarkedYamlEngineException e) {
            problems.add(syntax(label, e));
        } catch (YamlEngineException e) {
            problems.add(Problem.at(Location.start(label), "", "cannot read the YAML: " + firstLine(e.getMessage())));
        } catch (TooLarge e) {
            problems.add(Problem.at(e.at, "", "the document expands to more than " + MAX_NODES
                    + " values or " + MAX_DEPTH + " levels (through aliases?); write a smaller scenario"));
        } catch (StackOverflowError e) {
            problems.add(Problem.at(Location.start(label), "", "the document is nested too deeply to read"));
        }
        return new YamlSource(label, sha, Optional.empty(), problems);
    }

    /**
     * Walks the parser's events (an iterative state machine, so safe at any depth) to refuse deep
     * nesting and alias bombs before the recursive composer runs.
     */
    private static boolean checkShape(String text, LoadSettings settings, String label, List<Problem> problems) {
        int depth = 0;
        int aliases = 0;
        Optional<org.snakeyaml.engine.v2.exceptions.Mark> lastMark = Optional.empty();
        java.util.Iterator<Event> events = new Parse(settings).parseString(text).iterator();
        while (true) {
            Event event;
            try {
                if (!events.hasNext()) {
                    break;
                }
                event = events.next();
            } catch (NumberFormatException e) {
                // snakeyaml-engine reads the hex digits of an escape with Integer.parseInt and lets
                // a bad one (a backslash-u with no digits) escape as NumberFormatException, without
                // a mark: locate it after the last event read. Found by fuzzing (reliability.md).
                Location at = lastMark.map(m -> Location.of(label, Optional.of(m))).orElse(Location.start(label));
                problems.add(Problem.at(at, "", "YAML syntax: a broken escape in a double-quoted string after this "
                        + "point: \\x, \\u and \\U need 2, 4 and 8 hex digits (write \\\\ for a backslash)"));
                return false;
            }
            lastMark = event.getEndMark();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_DEPTH) {
                        problems.add(Problem.at(Location.of(label, event.getStartMark()), "",
                                "lists and maps are nested more than " + MAX_DEPTH + " levels deep; a scenario "
                                        + "needs at most 5"));
                        return false;
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Alias -> {
                    if (++aliases > MAX_ALIASES) {
                        problems.add(Problem.at(Location.of(label, event.getStartMark()), "",
                                "more than " + MAX_ALIASES + " aliases (*name); this looks like an alias bomb, "
                                        + "write the values out instead"));
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private static Problem syntax(String label, MarkedYamlEngineException e) {
        Location at = Location.of(label, e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark());
        String context = e.getContext() == null ? "" : e.getContext() + ": ";
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String opened = e.getContextMark().filter(m -> e.getProblemMark().isPresent())
                .map(m -> " (the construct began at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")")
                .orElse("");
        return Problem.at(at, "", "YAML syntax: " + context + problem.strip() + opened);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static YamlSource failed(String label, String sha, String message) {
        return new YamlSource(label, sha, Optional.empty(), List.of(Problem.at(Location.start(label), "", message)));
    }

    /** Line and column (counting code points) of a byte offset. */
    private static Location locate(byte[] bytes, int offset, String label) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(label, line, column);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Turns composed nodes into {@link Tree}s, counting values so that shared aliases cannot explode. */
    private static final class Converter {
        private final String label;
        private final List<Problem> problems;
        private int nodes;

        Converter(String label, List<Problem> problems) {
            this.label = label;
            this.problems = problems;
        }

        Tree convert(Node node, int depth) {
            Location at = Location.of(label, node.getStartMark());
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                throw new TooLarge(at);
            }
            if (node instanceof ScalarNode s) {
                return new Tree.Scalar(s.getValue(), kind(s), at);
            }
            if (node instanceof SequenceNode s) {
                List<Tree> items = new ArrayList<>();
                for (Node item : s.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new Tree.Sequence(items, at);
            }
            MappingNode m = (MappingNode) node;
            List<Tree.Field> fields = new ArrayList<>();
            Map<String, Location> seen = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                Location keyAt = Location.of(label, t.getKeyNode().getStartMark());
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    problems.add(Problem.at(keyAt, "", "a key must be a plain name, not " + (t.getKeyNode()
                            instanceof SequenceNode ? "a list" : "a map")));
                    continue;
                }
                Location first = seen.putIfAbsent(key.getValue(), keyAt);
                if (first != null) {
                    problems.add(Problem.at(keyAt, "", "duplicate key `" + key.getValue() + "` (first given at line "
                            + first.line() + "); give each key once"));
                    continue;
                }
                fields.add(new Tree.Field(key.getValue(), keyAt, convert(t.getValueNode(), depth + 1)));
            }
            return new Tree.Mapping(fields, at);
        }

        private static Tree.Scalar.Kind kind(ScalarNode s) {
            Tag tag = s.getTag();
            if (tag.equals(Tag.INT)) {
                return Tree.Scalar.Kind.INTEGER;
            }
            if (tag.equals(Tag.FLOAT)) {
                return Tree.Scalar.Kind.FLOAT;
            }
            if (tag.equals(Tag.BOOL)) {
                return Tree.Scalar.Kind.BOOLEAN;
            }
            if (tag.equals(Tag.NULL)) {
                return Tree.Scalar.Kind.NULL;
            }
            return Tree.Scalar.Kind.TEXT;
        }
    }

    /** Thrown inside the converter only, to unwind at once; turned into a problem by the caller. */
    private static final class TooLarge extends RuntimeException {
        final Location at;

        TooLarge(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }
}
