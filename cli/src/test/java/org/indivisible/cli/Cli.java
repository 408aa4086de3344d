package org.indivisible.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    /** The repository root (tests run in the module folder). */
    static final Path ROOT = findRoot();

    /** A light scenario with no war anywhere, for the tests about runs rather than the model (the file says more). */
    static final Path LIGHT = ROOT.resolve("analysis/src/test/resources/org/indivisible/analysis/run/light.yaml");

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("scenarios/default-study.yaml"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
