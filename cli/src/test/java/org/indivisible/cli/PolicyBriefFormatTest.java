package org.indivisible.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indivisible.analysis.comparison.Difference;
import org.indivisible.analysis.comparison.HazardRatio;
import org.junit.jupiter.api.Test;

/** The brief's and compare's numbers: an interval that has width never prints with equal ends. */
class PolicyBriefFormatTest {

    private static final Pattern EQUAL_ENDS = Pattern.compile("\\[([-+]?[0-9][0-9.e+-]*), \\1\\]");

    @Test
    void aTinyIntervalFarFromZeroKeepsItsWidth() {
        // A difference of about -5.5e-10 points known to within 1e-14: two significant digits of the
        // value would print both ends as -5.5e-10.
        double[] base = new double[50];
        double[] treat = new double[50];
        for (int k = 0; k < 50; k++) {
            base[k] = 0.3 + 0.001 * k;
            treat[k] = base[k] - 5.5e-12 + 1e-16 * (k % 7);
        }
        String s = PolicyBrief.change(Difference.pairedT("m", base, treat));
        assertFalse(EQUAL_ENDS.matcher(s).find(), s);
        assertTrue(s.contains("e-10"), s);
    }

    @Test
    void hazardRatiosNextToOneShowTheirDistanceFromIt() {
        double[] pb = new double[50];
        double[] pt = new double[50];
        for (int k = 0; k < 50; k++) {
            pb[k] = 0.1 + 0.002 * k;
            pt[k] = pb[k] * (1 - 1e-6 * (1 + (k % 3)));
        }
        String s = PolicyBrief.hazardRatio(HazardRatio.fromImpliedProbabilities(pb, pt));
        assertTrue(s.startsWith("1 -"), s);
        Matcher m = EQUAL_ENDS.matcher(s);
        assertFalse(m.find(), s);
    }

    @Test
    void compareWidensItsDigitsUntilTheEndsDiffer() {
        assertEquals("[0.001234560, 0.001234561]", CompareCommand.interval(1.23456e-3, 1.234561e-3));
        assertEquals("[-5.5000e-10, -5.4999e-10]", CompareCommand.interval(-5.5e-10, -5.4999e-10));
        assertEquals("[0.2500, 0.2600]", CompareCommand.interval(0.25, 0.26));
        assertEquals("[0.5000, 0.5000]", CompareCommand.interval(0.5, 0.5));
    }

    @Test
    void aLeverThatMovesNoReplicationIsLabelledNotPrintedAsZero() {
        double[] same = {0.1, 0.2, 0.3, 0.4};
        assertEquals("no modelled effect on war risk", PolicyBrief.leverChange(Difference.pairedT("m", same, same.clone())));
        double[] moved = {0.09, 0.19, 0.28, 0.39};
        assertFalse(PolicyBrief.leverChange(Difference.pairedT("m", same, moved)).startsWith("no modelled"));
    }
}
