package dev.contractgate.conformance.judge;

import dev.contractgate.conformance.core.SecretMasker;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one run has seen so far, for the promises that span exchanges: the values each
 * {@code x-unique} declaration has claimed, and every secret a response returned (which no other
 * answer may carry, and which reports never show). Thread-safe: checks run concurrently.
 */
public final class RunFacts {

    private static final int MIN_SECRET = 8;

    private final boolean enabled;
    private final Map<String, Set<String>> claimed = new ConcurrentHashMap<>();
    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    private RunFacts(boolean enabled) {
        this.enabled = enabled;
    }

    /** The facts of a live run. */
    public static RunFacts run() {
        return new RunFacts(true);
    }

    /** No run: each exchange stands alone (a recorded pact's interactions are examples, not a sequence). */
    public static RunFacts none() {
        return new RunFacts(false);
    }

    boolean enabled() {
        return enabled;
    }

    /** True when the value is new for that declaration (and is now taken). */
    boolean claim(String declaration, String value) {
        return !enabled || claimed.computeIfAbsent(declaration, k -> ConcurrentHashMap.newKeySet()).add(value);
    }

    void secret(String value) {
        if (enabled && value != null && value.length() >= MIN_SECRET) {
            secrets.add(value);
            SecretMasker.register(value);
        }
    }

    boolean isSecret(String value) {
        return secrets.contains(value);
    }

    /** A secret of this run that the text carries, if any. */
    String secretIn(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (String secret : secrets) {
            if (text.contains(secret)) {
                return secret;
            }
        }
        return null;
    }
}
