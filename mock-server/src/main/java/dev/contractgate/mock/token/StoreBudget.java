package dev.contractgate.mock.token;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much the store may hold, in estimated bytes of heap, checked before anything is stored: a
 * create beyond it is refused at once ({@link StoreFullException}) instead of filling the heap until
 * every request fails. By default 40% of the heap the JVM may use ({@code -Xmx}), leaving the rest to
 * requests in flight, the cached JSON of tokens read and the server itself; {@code --max-store-mb N}
 * sets it. A delete gives its bytes back.
 */
public final class StoreBudget {

    /** The share of the maximum heap the store may hold by default. */
    public static final double DEFAULT_HEAP_SHARE = 0.4;
    /** What a Deployment's entry in the store costs besides its tokens (map node, entry, key, ids). */
    static final long DEPLOYMENT_BYTES = 320;

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

    /** Takes {@code bytes} from the budget, or fails without taking anything when they do not fit. */
    void reserve(long bytes) {
        long before;
        do {
            before = used.get();
            if (before + bytes > limit) {
                throw new StoreFullException(before, limit);
            }
        } while (!used.compareAndSet(before, before + bytes));
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
