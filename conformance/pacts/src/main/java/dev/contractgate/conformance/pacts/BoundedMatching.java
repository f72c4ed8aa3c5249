package dev.contractgate.conformance.pacts;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.matchers.ResponseMatching;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Response;
import dev.contractgate.conformance.core.Text;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Pact JVM's response matching, with a time bound: a pact from a pull request may carry a matcher
 * regex that backtracks for minutes ({@code (.*a){30}}) or does not compile ({@code ([}). Matching runs
 * on a daemon thread; one that outlasts the bound is left behind (it cannot be interrupted) and the
 * interaction is reported, so the gate finishes.
 */
final class BoundedMatching {

    static final long SECONDS = 5;
    private static final ExecutorService MATCHING = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pact-matching");
        t.setDaemon(true);
        return t;
    });

    /** Matching rules that could not be applied, and why. */
    static final class Unusable extends Exception {
        Unusable(String why) {
            super(why, null, false, false);
        }
    }

    private BoundedMatching() {
    }

    static List<Mismatch> mismatches(IResponse expected, Response actual) throws Unusable {
        Future<List<Mismatch>> matching = MATCHING.submit(() -> ResponseMatching.responseMismatches(expected, actual));
        try {
            return matching.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            matching.cancel(true);
            throw new Unusable("matching took longer than " + SECONDS + " s (a matcher's regex that backtracks without end?)");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            throw new Unusable(cause.getClass().getSimpleName() + ": " + Text.oneLine(cause.getMessage(), 200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unusable("interrupted");
        }
    }
}
