package org.indivisible.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.indivisible.model.engine.Outcome;
import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void outcomesSurviveSerializationBitForBitWithAbsentMetricsStillAbsent() throws Exception {
        Outcome a = new Outcome(7, new TreeMap<>(Map.of("p_conflict.taiwan", 1.0, "gdp_change_pct_y1.WORLD", -4.912345678901234,
                "conflict_start_week.taiwan", 53.0)));
        Outcome b = new Outcome(8, new TreeMap<>(Map.of("p_conflict.taiwan", 0.0, "gdp_change_pct_y1.WORLD", Math.ulp(1.0),
                "zzz_only_here", -0.0)));
        Block block = Block.of(3, new Outcome[] {a, b});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(block);
        }
        Block back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Block) in.readObject();
        }
        assertEquals(3, back.cellIndex);
        assertEquals(2, back.size());
        assertEquals(a, back.outcome(0));
        assertEquals(b, back.outcome(1));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.outcome(1).metrics().get("zzz_only_here")));
        assertEquals(new TreeMap<>(a.metrics()).firstKey(), back.metricId(0, 0));
    }

    @Test
    void replicationsMustBeConsecutive() {
        assertThrows(IllegalArgumentException.class, () -> Block.of(0, new Outcome[] {
            new Outcome(1, new TreeMap<>(Map.of("m", 1.0))), new Outcome(3, new TreeMap<>(Map.of("m", 1.0)))}));
    }
}
