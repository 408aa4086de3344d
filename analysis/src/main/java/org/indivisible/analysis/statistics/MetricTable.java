package org.indivisible.analysis.statistics;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A cell's metric summaries, compact: sorted metric ids (an array that cells with the same
 * metrics share) and six numbers per metric in flat arrays, 48 bytes per metric where a
 * {@code TreeMap} of {@link MetricSummary} takes about 180 with its own id strings. A study of
 * 1,000 cells keeps 1,000 of these until it writes summary.json (docs/performance.md, "Memory
 * model"). Immutable; {@link MetricSummary} objects are made when asked for.
 */
final class MetricTable extends AbstractMap<String, MetricSummary> implements SortedMap<String, MetricSummary> {

    /** Bytes per metric: five doubles and a long. */
    static final int BYTES_PER_METRIC = 6 * 8;

    private final String[] ids;
    /** mean, sd, p05, p50, p95 of metric i at 5i .. 5i + 4. */
    private final double[] values;
    private final long[] counts;

    /**
     * @param ids sorted, distinct; kept, not copied (cells with the same metrics pass the same array)
     */
    MetricTable(String[] ids, double[] values, long[] counts) {
        this.ids = ids;
        this.values = values;
        this.counts = counts;
    }

    String[] ids() {
        return ids;
    }

    private MetricSummary summary(int i) {
        int v = 5 * i;
        return new MetricSummary(values[v], values[v + 1], values[v + 2], values[v + 3], values[v + 4], counts[i]);
    }

    private int index(Object key) {
        return key instanceof String s ? Arrays.binarySearch(ids, s) : -1;
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public MetricSummary get(Object key) {
        int i = index(key);
        return i >= 0 ? summary(i) : null;
    }

    @Override
    public Set<Entry<String, MetricSummary>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, MetricSummary>> iterator() {
                return new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < ids.length;
                    }

                    @Override
                    public Entry<String, MetricSummary> next() {
                        if (next >= ids.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(ids[i], summary(i));
                    }
                };
            }

            @Override
            public int size() {
                return ids.length;
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public String firstKey() {
        if (ids.length == 0) {
            throw new NoSuchElementException();
        }
        return ids[0];
    }

    @Override
    public String lastKey() {
        if (ids.length == 0) {
            throw new NoSuchElementException();
        }
        return ids[ids.length - 1];
    }

    // Ranges are not used by the project; they are answered from a copy.
    @Override
    public SortedMap<String, MetricSummary> subMap(String fromKey, String toKey) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<String, MetricSummary> headMap(String toKey) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<String, MetricSummary> tailMap(String fromKey) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }

    /** The table of {@code metrics} (sorted), its ids array {@code shared} if that holds the same ids. */
    static MetricTable of(SortedMap<String, MetricSummary> metrics, String[] shared) {
        int n = metrics.size();
        String[] ids = new String[n];
        double[] values = new double[5 * n];
        long[] counts = new long[n];
        int i = 0;
        for (Map.Entry<String, MetricSummary> e : metrics.entrySet()) {
            MetricSummary s = e.getValue();
            ids[i] = e.getKey();
            values[5 * i] = s.mean();
            values[5 * i + 1] = s.sd();
            values[5 * i + 2] = s.p05();
            values[5 * i + 3] = s.p50();
            values[5 * i + 4] = s.p95();
            counts[i] = s.n();
            i++;
        }
        return new MetricTable(shared != null && Arrays.equals(ids, shared) ? shared : ids, values, counts);
    }
}
