package dev.contractgate.conformance.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Requests sent at once: each on a thread of its own, all released by one latch. */
final class Burst {

    private Burst() {
    }

    /** Runs {@code n} calls of {@code request} at once (released together); their results in order of arrival. */
    static <T> List<T> atOnce(int n, Supplier<T> request) {
        ExecutorService threads = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "contract-race");
            t.setDaemon(true);
            return t;
        });
        CountDownLatch start = new CountDownLatch(1);
        List<T> arrived = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                running.add(threads.submit(() -> {
                    start.await();
                    T result = request.get();
                    if (result != null) {
                        arrived.add(result);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(2, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a racing request did not finish: " + e.getMessage(), e);
        } finally {
            threads.shutdownNow();
        }
        return new ArrayList<>(arrived);
    }
}
