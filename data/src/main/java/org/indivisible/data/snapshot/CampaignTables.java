package org.indivisible.data.snapshot;

import java.util.List;

/**
 * The campaign table ({@code campaign.csv}): parameters of the Taiwan invasion fought as a
 * campaign ({@code campaign.taiwan.*}, model package combat.campaign; docs/forces-and-combat.md
 * section 6), each with a source, a locator and a status. Figures read in the research copy's
 * {@code forces/cited_force_figures.csv} are cited by fig_id in the locator (F304...), which
 * {@link SnapshotBuilder} checks; the rest are assumptions whose note gives the reason. The
 * CSIS wargame's outcomes (F295-F297's game results) are never used: only its inputs and rules.
 * Hand-entered in {@code curated/campaign.csv}.
 */
final class CampaignTables {

    static final String NAME = "campaign.csv";
    static final String[] HEADER = ForceTables.HEADER;

    private CampaignTables() {
    }

    /** Every row, sorted by parameter id (the hand-entered rows, {@link CuratedRows}). */
    static List<List<String>> rows() {
        return CuratedRows.read(NAME, HEADER);
    }

    static void write(OutputTable table) {
        CuratedRows.write(table, rows());
    }
}
