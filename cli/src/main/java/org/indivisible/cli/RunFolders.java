package org.indivisible.cli;

import java.nio.file.Path;
import org.indivisible.analysis.run.RunFolder;

/** Finds a run folder from what the user typed: a path, or a run id under the output folder. */
final class RunFolders {

    private RunFolders() {
    }

    static Path resolve(String run, Path outRoot) {
        Path asPath = Path.of(run);
        if (RunFolder.of(asPath).complete()) {
            return asPath;
        }
        Path underOut = outRoot.resolve(run);
        if (RunFolder.of(underOut).complete()) {
            return underOut;
        }
        return null;
    }
}
