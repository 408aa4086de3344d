package org.indivisible.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a run folder from what the user typed: a path, or a run id under the output folder. */
final class RunFolders {

    private RunFolders() {
    }

    static Path resolve(String run, Path outRoot) {
        Path asPath = Path.of(run);
        if (Files.isRegularFile(asPath.resolve("manifest.json"))) {
            return asPath;
        }
        Path underOut = outRoot.resolve(run);
        if (Files.isRegularFile(underOut.resolve("manifest.json"))) {
            return underOut;
        }
        return null;
    }
}
