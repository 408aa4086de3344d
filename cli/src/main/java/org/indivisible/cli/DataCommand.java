package org.indivisible.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.indivisible.data.snapshot.EmbeddedSnapshot;
import org.indivisible.data.snapshot.SnapshotBuilder;
import org.indivisible.data.snapshot.Source;
import org.indivisible.data.snapshot.TableInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code indivisible data}: the embedded snapshot's tables, sources and status counts. */
@Command(name = "data",
        description = {
            "Lists the tables of the embedded data snapshot: rows, values, the sources they cite, and how",
            "many values are observed (as published), derived (computed by a stated rule), estimates",
            "(a source's projection or estimate) or assumptions (ours, labelled). docs/data.md says more.",
        },
        mixinStandardHelpOptions = true,
        footer = ExitCodes.HELP_TEXT,
        subcommands = {DataCommand.Actors.class, DataCommand.Build.class})
final class DataCommand extends Subcommand {

    private static final String[] STATUSES = {"observed", "derived", "estimate", "assumption"};

    @Option(names = "--sources", description = "Also list every source with its citation and licence.")
    boolean sources;

    @Override
    Integer run(PrintWriter out, PrintWriter err) {
        EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
        out.printf("Data snapshot %s: %d actors, %d groups, %d treaties.%n%n", snapshot.version(),
                snapshot.actors().size(), snapshot.groups().size(), snapshot.treaties().size());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"table", "rows", "values", "observed", "derived", "estimate", "assumption", "sources"});
        TreeMap<String, Integer> totals = new TreeMap<>();
        for (TableInfo t : snapshot.tables()) {
            List<String> row = new ArrayList<>(List.of(t.name(), count(t.rows()), count(t.values())));
            for (String status : STATUSES) {
                int n = t.valuesByStatus().getOrDefault(status, 0);
                totals.merge(status, n, Integer::sum);
                row.add(count(n));
            }
            row.add(String.join(", ", t.sourceIds()));
            rows.add(row.toArray(String[]::new));
        }
        out.print(SummaryTable.layout(rows, 1));
        out.printf("%nValues in all tables: %s observed, %s derived, %s estimates, %s assumptions.%n",
                count(totals.getOrDefault("observed", 0)), count(totals.getOrDefault("derived", 0)),
                count(totals.getOrDefault("estimate", 0)), count(totals.getOrDefault("assumption", 0)));
        if (sources) {
            out.println();
            for (Source s : Source.ALL) {
                out.printf("%s%n  %s (%s)%n  cite: %s%n  licence: %s%n", s.id(), s.title(), s.publisher(), s.citation(), s.licence());
            }
        } else {
            out.println("Citations and licences: indivisible data --sources");
        }
        return ExitCodes.OK;
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code indivisible data actors}: the codes scenarios may name. */
    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "Lists the actors (ISO3 codes) and groups that scenario files may name.")
    static final class Actors extends Subcommand {

        @Override
        Integer run(PrintWriter out, PrintWriter err) {
            EmbeddedSnapshot snapshot = EmbeddedSnapshot.load();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"actor", "name", "groups today"});
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            for (var actor : snapshot.actors()) {
                String groups = snapshot.groups().stream().filter(g -> g.isMember(actor.iso3(), today))
                        .map(g -> g.id()).collect(java.util.stream.Collectors.joining(" "));
                rows.add(new String[] {actor.iso3(), actor.name(), groups});
            }
            out.print(SummaryTable.layout(rows, 1));
            out.printf("%nGroups (usable wherever a scenario names actors, e.g. spending.who): %s%n",
                    snapshot.groups().stream().map(g -> g.id()).collect(java.util.stream.Collectors.joining(", ")));
            return ExitCodes.OK;
        }
    }

    /** {@code indivisible data build}: rebuild the snapshot from the research copies. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {
                "Rebuilds the embedded snapshot from the research copies (for maintainers). The output is",
                "deterministic: the same research copies give byte-identical files. Rebuild the command",
                "afterwards (./indivisible does so by itself when sources change).",
            })
    static final class Build extends Subcommand {

        @Option(names = "--from", paramLabel = "DIR", defaultValue = "../shared/data",
                description = "Folder of the research copies (with SOURCES.md). Default: ${DEFAULT-VALUE}.")
        Path from;

        @Option(names = "--into", paramLabel = "DIR", defaultValue = "data/src/main/resources/org/indivisible/data/snapshot",
                description = "Where to write the snapshot. Default: ${DEFAULT-VALUE}.")
        Path into;

        @Override
        Integer run(PrintWriter out, PrintWriter err) throws Exception {
            if (!Files.isRegularFile(from.resolve("SOURCES.md"))) {
                err.printf("indivisible data build: %s is not a research data folder "
                        + "(no SOURCES.md there); give it with --from DIR%n", org.indivisible.analysis.run.ProjectPaths.display(from.toAbsolutePath()));
                return ExitCodes.INVALID_INPUT;
            }
            SnapshotBuilder.build(from, into);
            out.printf("Snapshot written to %s%n", org.indivisible.analysis.run.ProjectPaths.display(into.toAbsolutePath()));
            return ExitCodes.OK;
        }
    }
}
