package org.indivisible.data.snapshot;

import java.util.Optional;
import java.util.Set;
import org.indivisible.model.config.Structure;
import org.indivisible.model.industry.IndustryPlan;
import org.indivisible.model.posture.ForcePlan;

/**
 * Checks a parameter id that carries the world's structure ({@code forces.oob.*}, {@code
 * munitions.*}) where it is written, so a typo is reported with its file and line before
 * anything runs rather than when the model is planned. The shape comes from {@link
 * Structure#element}, the names from the plans that read them ({@link ForcePlan#problem},
 * {@link IndustryPlan#problem}) and the snapshot's actors: one rule each, asked from two places.
 */
public final class StructuralIds {

    private StructuralIds() {
    }

    /** What is wrong with the id, or empty when it is fine or not structural. */
    public static Optional<String> problem(String id, Set<String> actors) {
        Structure.Element element;
        try {
            Optional<Structure.Element> e = Structure.element(id);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            element = e.get();
        } catch (IllegalArgumentException e) {
            return Optional.of(withoutPrefix(e.getMessage(), id));
        }
        String problem = element instanceof Structure.Formation f ? ForcePlan.problem(f) : IndustryPlan.problem(element);
        if (problem != null) {
            return Optional.of(problem);
        }
        for (String actor : actors(element)) {
            if (!actors.contains(actor)) {
                return Optional.of("unknown actor `" + actor + "` (not in actors.csv)");
            }
        }
        return Optional.empty();
    }

    /** Fails with the row's file, line and column when its structural parameter id is wrong. */
    public static void check(CsvTable.Row row, String column, Set<String> actors) {
        problem(row.get(column), actors).ifPresent(p -> {
            throw row.error(column, row.get(column) + ": " + p);
        });
    }

    private static String[] actors(Structure.Element element) {
        if (element instanceof Structure.Formation f) {
            return new String[] {f.iso3()};
        } else if (element instanceof Structure.Holding h) {
            return new String[] {h.iso3()};
        } else if (element instanceof Structure.Firing f) {
            return new String[] {f.iso3()};
        } else if (element instanceof Structure.Transfer t) {
            return new String[] {t.from(), t.to()};
        } else if (element instanceof Structure.InputRestore r) {
            return new String[] {r.iso3(), r.supplier()};
        }
        Structure.Scalar x = (Structure.Scalar) element;
        return x.perActor() ? new String[] {x.key()} : new String[0];
    }

    /** "parameter <id>: expected ..." reads as "expected ..." beside a location that names the id. */
    private static String withoutPrefix(String message, String id) {
        String prefix = "parameter " + id + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
