package org.indivisible.data.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One row of {@code sources.csv}: where a number came from and on what terms. Immutable.
 *
 * @param id the {@code source_id} that data rows cite
 * @param title what the source is
 * @param publisher who published it
 * @param citation how to cite it (SIPRI's wording where SIPRI requires it)
 * @param licence the terms of use as far as known
 * @param repository the public GitHub repository the research copy came from (empty for
 *     hand-entered facts and for our own assumptions)
 * @param commit that repository's commit
 * @param sharedPaths the research copies in {@code shared/data} the builder reads, semicolon-separated
 * @param note caveats, and for hand-entered rows how they were entered
 */
public record Source(String id, String title, String publisher, String citation, String licence,
                     String repository, String commit, String sharedPaths, String note) {

    public Source {
        Objects.requireNonNull(id, "id");
    }

    /** Where the list lives: one row per source, the columns of this record in order. */
    static final String LIST = "/org/indivisible/data/source-list.csv";

    /** Every source the snapshot cites, sorted by id (read from {@link #LIST}). */
    public static final List<Source> ALL = read();

    private static List<Source> read() {
        try (InputStream in = Source.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is not on the classpath");
            }
            CsvTable table = CsvTable.read(LIST.substring(1), in);
            List<Source> list = new ArrayList<>();
            for (CsvTable.Row r : table.rows()) {
                list.add(new Source(r.get("id"), r.get("title"), r.get("publisher"), r.get("citation"), r.get("licence"),
                        r.get("repository"), r.get("commit"), r.get("shared_paths"), r.get("note")));
            }
            list.sort(Comparator.comparing(Source::id));
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}
