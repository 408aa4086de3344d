package org.indivisible.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedMixerTest {

    @Test
    void mixIsSplitMix64sOutputFunction() {
        // Reference: SplitMix64 seeded with 0 first returns 0xE220A8397B1DCDAF
        // (Vigna's splitmix64.c; the output of mix(0 + golden gamma)).
        assertEquals(0xE220A8397B1DCDAFL, SeedMixer.mix(0x9E3779B97F4A7C15L));
    }

    @Test
    void nameHashIsFnv1a64() {
        // Test vectors from the FNV reference (Fowler, Noll, Vo; IETF draft-eastlake-fnv).
        assertEquals(0xCBF29CE484222325L, SeedMixer.fnv1a64(""));
        assertEquals(0xAF63DC4C8601EC8CL, SeedMixer.fnv1a64("a"));
        assertEquals(0x85944171F73967E8L, SeedMixer.fnv1a64("foobar"));
    }

    @Test
    void seedsDifferForEveryPartAndDoNotCollideLikeSums() {
        Set<Long> seen = new HashSet<>();
        for (long master = 0; master < 20; master++) {
            for (long rep = 0; rep < 50; rep++) {
                for (String name : new String[] {"decision.CHN", "decision.RUS", "event.taiwan"}) {
                    seen.add(SeedMixer.streamSeed(master, rep, name));
                }
            }
        }
        assertEquals(20 * 50 * 3, seen.size());
        assertNotEquals(SeedMixer.streamSeed(1, 2, "x"), SeedMixer.streamSeed(2, 1, "x"));
    }

    @Test
    void streamsAreReproducibleAndIndependentOfCreationOrder() {
        RandomStreams first = new RandomStreams(42, 7);
        double a1 = first.stream("a").nextDouble();
        double b1 = first.stream("b").nextDouble();
        RandomStreams second = new RandomStreams(42, 7);
        double b2 = second.stream("b").nextDouble();
        double a2 = second.stream("a").nextDouble();
        assertEquals(a1, a2);
        assertEquals(b1, b2);
        assertNotEquals(a1, new RandomStreams(42, 8).stream("a").nextDouble());
    }
}
