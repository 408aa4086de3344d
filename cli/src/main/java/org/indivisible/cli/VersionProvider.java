package org.indivisible.cli;

import org.indivisible.analysis.run.CodeVersion;
import picocli.CommandLine;

/** {@code --version}: the code version and commit, as run manifests record it. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"indivisible " + CodeVersion.current(), "Java " + System.getProperty("java.version"),
                "economy kernels: " + org.indivisible.model.economy.inputoutput.StepKernels.description()
                        + " (the same results either way)"};
    }
}
