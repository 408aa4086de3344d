package org.indivisible.web.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.indivisible.analysis.run.RunFolder;

/** The run folders a request names by id: complete ones, directly in the runs folder ({@link ConfinedFiles}). Thread safe. */
final class RunFolders {

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    private final ConfinedFiles runs;

    RunFolders(Path outRoot) {
        this.runs = new ConfinedFiles(outRoot);
    }

    Path root() {
        return runs.root();
    }

    /** The complete run folder {@code id}; 404 when there is none. */
    Path complete(String id) throws IOException {
        if (!RUN_ID.matcher(id).matches()) {
            throw new ApiError(404, "no run " + id);
        }
        Path folder = runs.folder(id).orElseThrow(() -> new ApiError(404, "no run " + id));
        if (!RunFolder.of(folder).complete()) {
            throw new ApiError(404, "no complete run " + id);
        }
        return folder;
    }
}
