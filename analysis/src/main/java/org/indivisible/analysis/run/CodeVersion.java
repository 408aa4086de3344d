package org.indivisible.analysis.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the code that made a run: the project version and the git commit it was
 * built from (filled in at build time; "unknown" outside a git checkout), with "+dirty" when
 * the working tree had uncommitted changes.
 */
public record CodeVersion(String version, String commit) {

    public static CodeVersion current() {
        Properties p = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/org/indivisible/analysis/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": a missing version must not stop a run.
        }
        String commit = clean(p.getProperty("commit"));
        if ("true".equals(p.getProperty("dirty"))) {
            commit += "+dirty";
        }
        return new CodeVersion(clean(p.getProperty("version")), commit);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }

    @Override
    public String toString() {
        return version + " (" + commit + ")";
    }
}
