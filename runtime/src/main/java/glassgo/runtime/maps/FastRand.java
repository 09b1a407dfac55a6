package glassgo.runtime.maps;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A seeded, thread-safe source of Go's {@code fastrand()} / {@code fastrand64()} for the map code
 * (hash seeds, iteration start, NaN-free noverflow sampling). wyrand: a Weyl sequence stepped
 * atomically and mixed; one per runtime, so a fixed seed makes hash seeds reproducible.
 */
public final class FastRand {
    private static final long W0 = 0xa0761d6478bd642fL, W1 = 0xe7037ed1a0b428dbL;
    private final AtomicLong state;

    public FastRand(long seed) {
        state = new AtomicLong(seed);
    }

    /** Seeded from the clock and a JVM-wide random source. */
    public FastRand() {
        this(System.nanoTime() ^ java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }

    public long fastrand64() {
        long s = state.addAndGet(W0);
        long x = s ^ W1;
        return Math.multiplyHigh(s, x) ^ (s * x);
    }

    /** Go's {@code fastrand()}: a uint32 (returned as a non-negative long). */
    public long fastrand() {
        return fastrand64() & 0xffffffffL;
    }
}
