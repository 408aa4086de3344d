package org.indivisible.web.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a file named by a request inside one folder and nowhere else: no {@code ..} or absolute
 * names, no backslashes or NUL, no hidden entries (the partial runs and temporary files start
 * with a dot), and no symbolic link leading out (the real path must stay under the folder's real
 * path). Immutable and thread safe.
 */
public final class ConfinedFiles {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private final Path root;

    public ConfinedFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Whether a request name is acceptable at all: segments of letters, digits, '.', '_' and '-', none '..'. */
    public static boolean acceptableName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            return false;
        }
        for (String segment : name.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The regular file {@code name} under the folder, if it exists and stays inside it. */
    public Optional<Path> file(String name) throws IOException {
        return resolve(name).filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(p));
    }

    /** The folder {@code name} under the folder, if it exists and stays inside it. */
    public Optional<Path> folder(String name) throws IOException {
        return resolve(name).filter(Files::isDirectory);
    }

    private Optional<Path> resolve(String name) throws IOException {
        if (!acceptableName(name)) {
            return Optional.empty();
        }
        Path candidate;
        try {
            candidate = root.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!candidate.startsWith(root) || !Files.exists(candidate)) {
            return Optional.empty();
        }
        Path real = candidate.toRealPath();
        if (!real.startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(real);
    }
}
