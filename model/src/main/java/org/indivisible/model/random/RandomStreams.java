package org.indivisible.model.random;

import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The named random streams of one replication. Each stream is an L64X128MixRandom generator
 * (JDK 17, {@code jdk.random}) seeded by {@link SeedMixer}. Not thread safe: one instance
 * belongs to one replication running on one thread.
 */
public final class RandomStreams {

    /** The LXM algorithm every stream uses; part of what a run's results depend on. */
    public static final String ALGORITHM = "L64X128MixRandom";

    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private final long masterSeed;
    private final long replication;
    // Looked up by name only, never iterated: iteration order cannot leak into results.
    private final Map<String, RandomGenerator> streams = new HashMap<>();

    public RandomStreams(long masterSeed, long replication) {
        this.masterSeed = masterSeed;
        this.replication = replication;
    }

    /** The stream with this name, created on first use. */
    public RandomGenerator stream(String name) {
        return streams.computeIfAbsent(name,
                n -> FACTORY.create(SeedMixer.streamSeed(masterSeed, replication, n)));
    }

    public long masterSeed() {
        return masterSeed;
    }

    public long replication() {
        return replication;
    }
}
