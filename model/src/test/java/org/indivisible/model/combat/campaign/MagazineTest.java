package org.indivisible.model.combat.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MagazineTest {

    @Test
    void firesWhatItHasAndMarksTheWeekItRunsDry() {
        Magazine m = new Magazine("lrasm", 450, 52);
        m.referenceUse(100);
        assertEquals(300, m.fire(300, 0), 1e-12);
        m.observe();
        assertEquals(1.5, m.minDaysOfSupply(), 1e-12);
        assertTrue(Double.isNaN(m.weekExhausted()));
        m.produce(1); // one week at 52 a year
        assertEquals(151, m.fire(300, 0.5), 1e-12);
        assertEquals(0.5, m.weekExhausted(), 1e-12);
        m.observe();
        assertEquals(0, m.minDaysOfSupply(), 1e-12);
        m.produce(2);
        assertEquals(2, m.fire(10, 2.5), 1e-12);
        assertEquals(0.5, m.weekExhausted(), 1e-12, "the first week it ran dry stays");
        assertEquals(453, m.fired(), 1e-12);
    }

    @Test
    void noYardstickNoDaysOfSupply() {
        Magazine m = new Magazine("harpoon", 10, 0);
        m.observe();
        assertTrue(Double.isNaN(m.minDaysOfSupply()));
    }

    @Test
    void negativeStocksAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Magazine("x", -1, 0));
    }
}
