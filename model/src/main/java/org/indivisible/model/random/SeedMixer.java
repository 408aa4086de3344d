package org.indivisible.model.random;

import java.nio.charset.StandardCharsets;

/**
 * Derives a stream's 64-bit seed from (master seed, replication index, stream name).
 *
 * <p>The name is hashed with 64-bit FNV-1a over its UTF-8 bytes; the three parts are then
 * folded with the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014; the constants are Stafford's "Mix13"):
 *
 * <pre>
 *   h = mix(masterSeed ^ GOLDEN)
 *   h = mix(h ^ replication)
 *   h = mix(h ^ fnv1a64(name))
 * </pre>
 *
 * {@code mix} is a bijection of 64-bit words, so with the other parts fixed, distinct values
 * of any one part give distinct seeds; across parts a collision needs two scrambled words to
 * differ by exactly a small number, which is as unlikely as any 64-bit coincidence. Never
 * {@code seed + replication}, whose sums collide ((s, r+1) = (s+1, r)), nor a symmetric fold
 * such as {@code mix(s) ^ mix(r)}, which collides when s and r swap.
 */
public final class SeedMixer {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private SeedMixer() {
    }

    public static long streamSeed(long masterSeed, long replication, String streamName) {
        long h = mix(masterSeed ^ GOLDEN);
        h = mix(h ^ replication);
        return mix(h ^ fnv1a64(streamName));
    }

    /** SplitMix64's output function (Mix13). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a64(String text) {
        long h = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xFF);
            h *= FNV_PRIME;
        }
        return h;
    }
}
