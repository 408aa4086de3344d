package org.indivisible.data.snapshot;

import java.util.List;
import java.util.SortedMap;

/**
 * One table of the snapshot as {@code indivisible data} lists it.
 *
 * @param name file name inside the snapshot, e.g. {@code gdp.csv}
 * @param description one line on what it holds
 * @param rows data rows
 * @param values numeric values
 * @param sourceIds the sources its rows cite, sorted
 * @param valuesByStatus how many values have each status (observed, derived, estimate, assumption)
 */
public record TableInfo(String name, String description, int rows, int values, List<String> sourceIds,
                        SortedMap<String, Integer> valuesByStatus) {
}
