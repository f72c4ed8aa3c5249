package dev.contractgate.mock.token;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much the store may hold, in bytes of heap (whole cells of its {@link CellArena}), checked before
 * anything is stored: a create beyond it is refused at once ({@link StoreFullException}) instead of
 * filling the heap until every request fails. By default 40% of the heap the JVM may use
 * ({@code -Xmx}), leaving the rest to requests in flight and the server itself; {@code --max-store-mb N}
 * sets it. A delete gives its bytes back. The store changes it under its own lock; anyone may read it.
 */
public final class StoreBudget {

    /** The share of the maximum heap the store may hold by default. */
    public static final double DEFAULT_HEAP_SHARE = 0.4;

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    public StoreBudget(long limitBytes) {
        if (limitBytes <= 0) {
            throw new IllegalArgumentException("a store budget must be positive, not " + limitBytes);
        }
        this.limit = limitBytes;
    }

    /** The budget for a {@code --max-store-mb} value, or the default share of the heap when it is 0. */
    public static StoreBudget of(long maxStoreMb) {
        return new StoreBudget(maxStoreMb > 0 ? maxStoreMb * 1024 * 1024
                : (long) (Runtime.getRuntime().maxMemory() * DEFAULT_HEAP_SHARE));
    }

    /** Whether {@code bytes} more would fit. */
    boolean hasRoom(long bytes) {
        return used.get() + bytes <= limit;
    }

    /** Fails ({@link StoreFullException}) when {@code bytes} more would not fit; takes nothing. */
    void ensureRoom(long bytes) {
        if (!hasRoom(bytes)) {
            throw new StoreFullException(used.get(), limit);
        }
    }

    /** Counts {@code bytes} as held (the caller checked for room first). */
    void take(long bytes) {
        used.addAndGet(bytes);
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    void reset() {
        used.set(0);
    }

    public long usedBytes() {
        return used.get();
    }

    public long limitBytes() {
        return limit;
    }
}
