package org.indivisible.data.snapshot;

import java.util.List;

/**
 * The flank table ({@code flank.csv}): parameters of Europe without the US, the time-phased
 * flank balance ({@code flank.*}) and force generation ({@code forces.generation.*}), each with a
 * source, a locator in it, and a status (docs/forces-and-combat.md sections 4a-4c). Figures read
 * in the research copy's {@code forces/cited_force_figures.csv} are cited by its row (F014...);
 * where the model needs a share the source does not give, the row is an assumption and its note
 * says which sourced figure informs it. Hand-entered in {@code curated/flank.csv}, written by {@link SnapshotBuilder}.
 */
final class FlankTables {

    static final String NAME = "flank.csv";
    static final String[] HEADER = {"parameter", "value", "low", "high", "distribution", "unit", "source_id", "locator",
        "status", "note"};

    private FlankTables() {
    }

    /** Every row, sorted by parameter id (the hand-entered rows, {@link CuratedRows}). */
    static List<List<String>> rows() {
        return CuratedRows.read(NAME, HEADER);
    }

    static void write(OutputTable table) {
        CuratedRows.write(table, rows());
    }
}
