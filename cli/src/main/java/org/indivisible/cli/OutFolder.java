package org.indivisible.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o/--out}, the folder that holds run folders: one option, worded once, for every command that reads or writes runs (a picocli mixin). */
final class OutFolder {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Folder of run folders (run ids are looked up in it). Default: ${DEFAULT-VALUE}.")
    Path root;
}
