package dev.contractgate.mock.token;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids that look like Astro's: 25 lower-case characters, a {@code c}, then base-36 time (8),
 * counter (4), process fingerprint (4) and random (8). Within one process they never repeat
 * and sort in creation order (until the 1.6-million-per-millisecond counter wraps).
 */
public final class CuidGenerator {

    public static final int LENGTH = 25;
    private static final int RADIX = 36;
    private static final int COUNTER_SPAN = RADIX * RADIX * RADIX * RADIX;

    private final AtomicInteger counter = new AtomicInteger(ThreadLocalRandom.current().nextInt(COUNTER_SPAN));
    private final String fingerprint = fingerprint();

    public String next() {
        StringBuilder id = new StringBuilder(LENGTH).append('c');
        pad(id, System.currentTimeMillis(), 8);
        pad(id, Math.floorMod(counter.getAndIncrement(), COUNTER_SPAN), 4);
        id.append(fingerprint);
        pad(id, ThreadLocalRandom.current().nextLong(2_821_109_907_456L), 8); // 36^8
        return id.toString();
    }

    /** True when the value has the shape of an id this class makes (and of Astro's CUIDs). */
    public static boolean looksLikeId(String value) {
        return value != null && value.matches("c[0-9a-z]{24}");
    }

    private static String fingerprint() {
        // process id and a random salt (java.lang.management would cost start-up time)
        long seed = ProcessHandle.current().pid() * 31 + ThreadLocalRandom.current().nextInt();
        StringBuilder fp = new StringBuilder(4);
        pad(fp, Math.floorMod(seed, COUNTER_SPAN), 4);
        return fp.toString();
    }

    private static void pad(StringBuilder target, long value, int width) {
        String digits = Long.toString(value, RADIX);
        if (digits.length() > width) {
            digits = digits.substring(digits.length() - width);
        }
        target.append("0".repeat(width - digits.length())).append(digits);
    }
}
