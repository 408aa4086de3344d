package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one tree overrides another, for {@code extends} and for treatments: maps merge key by
 * key, recursively; a list replaces the list below it, except the top-level {@code theaters}
 * and {@code events}, whose items are matched by {@code id}: the same id replaces the item in
 * place, a new id is appended. Every node keeps the location it was written at, and the overlay
 * remembers where each merged list item was written ({@code events[3]} of the merged scenario
 * may be {@code events[0]} of the file that added it), so that problems name the path as
 * written. Not thread safe; one per merged scenario.
 */
final class Overlay {

    /** Top-level lists merged by item id rather than replaced. */
    static final Set<String> KEYED_LISTS = Set.of("theaters", "events");

    private final Map<String, String> writtenAs = new HashMap<>();

    /** A copy to which further overlays can be applied without changing this one. */
    Overlay copy() {
        Overlay copy = new Overlay();
        copy.writtenAs.putAll(writtenAs);
        return copy;
    }

    Tree.Mapping apply(Tree.Mapping base, Tree.Mapping top) {
        return merge(base, top, true);
    }

    /** A path of the merged tree as written in the file its item came from. */
    String writtenPath(String mergedPath) {
        for (Map.Entry<String, String> e : writtenAs.entrySet()) {
            String merged = e.getKey();
            if (mergedPath.equals(merged) || mergedPath.startsWith(merged + ".")) {
                return e.getValue() + mergedPath.substring(merged.length());
            }
        }
        return mergedPath;
    }

    private Tree.Mapping merge(Tree.Mapping base, Tree.Mapping top, boolean root) {
        List<Tree.Field> fields = new ArrayList<>(base.fields());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).key(), i);
        }
        for (Tree.Field over : top.fields()) {
            Integer at = index.get(over.key());
            if (at == null) {
                index.put(over.key(), fields.size());
                fields.add(over);
                continue;
            }
            Tree under = fields.get(at).value();
            Tree merged = over.value();
            if (under instanceof Tree.Mapping u && over.value() instanceof Tree.Mapping o) {
                merged = merge(u, o, false);
            } else if (root && KEYED_LISTS.contains(over.key()) && under instanceof Tree.Sequence u
                    && over.value() instanceof Tree.Sequence o) {
                merged = byId(over.key(), u, o);
            }
            fields.set(at, new Tree.Field(over.key(), over.keyLocation(), merged));
        }
        return new Tree.Mapping(fields, top.location());
    }

    private Tree.Sequence byId(String key, Tree.Sequence base, Tree.Sequence top) {
        List<Tree> items = new ArrayList<>(base.items());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            int position = i;
            idOf(items.get(i)).ifPresent(id -> index.put(id, position));
        }
        Set<String> seenInTop = new HashSet<>();
        for (int j = 0; j < top.items().size(); j++) {
            Tree item = top.items().get(j);
            Optional<String> id = idOf(item);
            // An id given twice in the same file is appended twice, so that the duplicate is reported.
            Integer at = id.filter(seenInTop::add).map(index::get).orElse(null);
            if (at != null) {
                items.set(at, item);
            } else {
                items.add(item);
                at = items.size() - 1;
            }
            writtenAs.put(Problems.item(key, at), Problems.item(key, j));
        }
        return new Tree.Sequence(items, top.location());
    }

    private static Optional<String> idOf(Tree item) {
        if (item instanceof Tree.Mapping m && m.get("id").orElse(null) instanceof Tree.Scalar s) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }
}
