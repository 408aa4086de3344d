package org.indivisible.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.indivisible.analysis.run.RunFolder;
import org.indivisible.analysis.run.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code indivisible runs}: the runs under the output folder, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {
            "Lists the runs under the output folder, newest first: id, study, seed, replications,",
            "scenarios x treatments, data and code version. Interrupted runs that 'run --resume' can",
            "finish are listed after them with how many replications they kept.",
        },
        footer = ExitCodes.HELP_TEXT)
final class RunsCommand extends Subcommand {

    @Mixin
    OutFolder outFolder = new OutFolder();

    @Override
    Integer run(PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isDirectory(outFolder.root)) {
            out.printf("No runs: %s does not exist. 'indivisible run' makes one.%n", outFolder.root);
            return ExitCodes.OK;
        }
        List<Path> complete = new ArrayList<>();
        List<Path> partial = new ArrayList<>();
        try (Stream<Path> entries = Files.list(outFolder.root)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (RunFolder.of(p).complete()) {
                    complete.add(p);
                } else if (name.startsWith(".") && name.endsWith(".partial") && Files.isRegularFile(RunFolder.of(p).pending())) {
                    partial.add(p);
                }
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"run", "study", "seed", "replications", "cells", "finished (UTC)", "data", "code"});
        java.util.Collections.reverse(complete);
        List<String> unreadable = new ArrayList<>();
        for (Path p : complete) {
            RunManifest m;
            try {
                m = RunFolder.of(p).readManifest();
            } catch (IOException | RuntimeException e) {
                // One damaged or foreign folder must not hide the others.
                unreadable.add(p.getFileName() + ": its manifest.json cannot be read (" + e.getClass().getSimpleName()
                        .replace("Exception", "").toLowerCase(java.util.Locale.ROOT) + "); the folder is listed by name only");
                continue;
            }
            rows.add(new String[] {p.getFileName().toString(), m.study(), Long.toString(m.seed()), Integer.toString(m.replications()),
                m.scenarios().size() + " x " + m.treatments().size(), m.createdUtc(), m.dataSnapshot(), m.code().toString()});
        }
        if (rows.size() == 1) {
            out.printf("No complete runs in %s.%n", outFolder.root);
        } else {
            out.print(TextTable.render(rows, 2));
        }
        unreadable.forEach(line -> out.println("skipped: " + line));
        for (Path p : partial) {
            RunManifest m;
            try {
                m = RunFolder.readManifest(RunFolder.of(p).pending());
            } catch (IOException | RuntimeException e) {
                out.println("skipped: " + p.getFileName() + ": its pending.json cannot be read; it cannot be resumed");
                continue;
            }
            long kept = Files.isRegularFile(RunFolder.of(p).journal())
                    ? org.indivisible.analysis.run.JournalFile.read(RunFolder.of(p).journal(), (c, o) -> { }) : 0;
            long total = (long) m.replications() * m.scenarios().size() * m.treatments().size();
            out.printf("interrupted: %s (%s, seed %d): %d of %d replications kept; finish with: %s --resume%n",
                    m.runId(), m.study(), m.seed(), kept, total, m.reproduce());
        }
        return ExitCodes.OK;
    }
}
