package org.indivisible.data.scenario;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;

/** A place in a file: 1-based line and column. Immutable. */
record Location(String file, int line, int column) {

    static Location start(String file) {
        return new Location(file, 1, 1);
    }

    /** From a parser mark, whose line and column count from zero. */
    static Location of(String file, Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(start(file));
    }
}
