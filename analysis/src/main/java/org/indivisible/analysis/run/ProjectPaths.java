package org.indivisible.analysis.run;

import java.nio.file.Path;

/**
 * Paths as messages, manifests and reports show them: never the absolute name of the machine that
 * ran (docs/web.md, "No machine paths"). A path inside the project (the launcher's
 * {@code indivisible.home}) is shown relative to it, else relative to the working folder, which is
 * where a reproduce command is typed. Stateless.
 */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /** {@code path} relative to the project or, failing that, to the working folder; a relative path is kept as given. */
    public static String display(Path path) {
        if (!path.isAbsolute()) {
            return path.normalize().toString();
        }
        Path p = path.normalize();
        String home = System.getProperty("indivisible.home");
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (home != null) {
            Path h = Path.of(home).toAbsolutePath().normalize();
            if (p.startsWith(h) && (cwd.equals(h) || !p.startsWith(cwd))) {
                return h.relativize(p).toString();
            }
        }
        if (p.getRoot() != null && p.getRoot().equals(cwd.getRoot())) {
            String r = cwd.relativize(p).toString();
            return r.isEmpty() ? "." : r;
        }
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    /** {@code text} with every occurrence of each root's absolute name replaced by the root as {@link #display} shows it. */
    public static String scrub(String text, Path... roots) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Path root : roots) {
            if (root == null) {
                continue;
            }
            String abs = root.toAbsolutePath().normalize().toString();
            if (abs.length() > 1) {
                out = out.replace(abs, display(root.toAbsolutePath()));
            }
        }
        return out;
    }
}
