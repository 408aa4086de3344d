package org.indivisible.data.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How one tree overrides another, for {@code extends} and for treatments: maps merge key by
 * key, recursively; a list replaces the list below it, except the top-level {@code theaters}
 * and {@code events}, whose items are matched by {@code id}: the same id replaces the item in
 * place, a new id is appended. Every node keeps the location it was written at.
 */
final class Overlay {

    /** Top-level lists merged by item id rather than replaced. */
    static final Set<String> KEYED_LISTS = Set.of("theaters", "events");

    private Overlay() {
    }

    static Tree.Mapping apply(Tree.Mapping base, Tree.Mapping top) {
        return merge(base, top, true);
    }

    private static Tree.Mapping merge(Tree.Mapping base, Tree.Mapping top, boolean root) {
        List<Tree.Field> fields = new ArrayList<>(base.fields());
        for (Tree.Field over : top.fields()) {
            int at = indexOf(fields, over.key());
            if (at < 0) {
                fields.add(over);
                continue;
            }
            Tree under = fields.get(at).value();
            Tree merged = over.value();
            if (under instanceof Tree.Mapping u && over.value() instanceof Tree.Mapping o) {
                merged = merge(u, o, false);
            } else if (root && KEYED_LISTS.contains(over.key()) && under instanceof Tree.Sequence u
                    && over.value() instanceof Tree.Sequence o) {
                merged = byId(u, o);
            }
            fields.set(at, new Tree.Field(over.key(), over.keyLocation(), merged));
        }
        return new Tree.Mapping(fields, top.location());
    }

    private static Tree.Sequence byId(Tree.Sequence base, Tree.Sequence top) {
        List<Tree> items = new ArrayList<>(base.items());
        for (Tree item : top.items()) {
            Optional<String> id = idOf(item);
            int at = -1;
            for (int i = 0; id.isPresent() && i < items.size(); i++) {
                if (id.equals(idOf(items.get(i)))) {
                    at = i;
                }
            }
            if (at >= 0) {
                items.set(at, item);
            } else {
                items.add(item);
            }
        }
        return new Tree.Sequence(items, top.location());
    }

    private static Optional<String> idOf(Tree item) {
        if (item instanceof Tree.Mapping m && m.get("id").orElse(null) instanceof Tree.Scalar s) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }

    private static int indexOf(List<Tree.Field> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
