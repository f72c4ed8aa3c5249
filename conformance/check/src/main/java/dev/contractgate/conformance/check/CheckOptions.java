package dev.contractgate.conformance.check;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to run {@link ConformanceCheck}. Immutable; start with {@link #of(URI, String)} and
 * change one thing at a time with the {@code with...} methods.
 *
 * @param baseUrl            the server under test, e.g. {@code http://localhost:8080} (the spec's
 *                           paths are appended to it)
 * @param token              a bearer token the server accepts for {@code pathValues}' organization
 * @param forbiddenToken     optional: a valid token the server must refuse with 403 on that
 *                           organization (restricted to another one); {@code null} skips the check
 * @param forbiddenTokenOrganizationId optional: the organization {@code forbiddenToken} may act on;
 *                           when given, the checker also proves the token works there (so a 403
 *                           elsewhere means "forbidden", not "broken token")
 * @param pathValues         values for path parameters every operation shares (here
 *                           {@code organizationId}, {@code deploymentId}); a parameter missing here
 *                           takes the spec's example
 * @param seed               makes generated names and values, and so the run, repeatable
 * @param concurrency        how many independent checks run at once (1 = sequential)
 * @param requestTimeout     per request; a request that takes longer is a {@code request.failed} finding
 * @param maxRequests        the most requests a run may make; checks beyond it are skipped and reported
 * @param sequences          how many seeded random sequences run against the model of each collection (0: none)
 * @param operations         the operationIds (or {@code METHOD /path} keys) whose checks run; empty: every operation
 */
public record CheckOptions(URI baseUrl, String token, String forbiddenToken, String forbiddenTokenOrganizationId,
                           Map<String, String> pathValues, long seed, int concurrency, Duration requestTimeout,
                           int maxRequests, int sequences, java.util.Set<String> operations) {

    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_CONCURRENCY = 4;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_REQUESTS = 2000;
    /** Random sequences of operations judged against a model of the server, per collection the spec describes. */
    public static final int DEFAULT_SEQUENCES = 8;

    public CheckOptions {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        pathValues = Map.copyOf(pathValues == null ? Map.of() : pathValues);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        if (sequences < 0) {
            throw new IllegalArgumentException("sequences must not be negative");
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be at least 1");
        }
        requestTimeout = requestTimeout == null ? DEFAULT_TIMEOUT : requestTimeout;
        operations = java.util.Set.copyOf(operations == null ? java.util.Set.of() : operations);
    }

    public static CheckOptions of(URI baseUrl, String token) {
        return new CheckOptions(baseUrl, token, null, null, Map.of(), DEFAULT_SEED, DEFAULT_CONCURRENCY,
                DEFAULT_TIMEOUT, DEFAULT_MAX_REQUESTS, DEFAULT_SEQUENCES, java.util.Set.of());
    }

    public CheckOptions withForbiddenToken(String restrictedToken, String itsOrganizationId) {
        return new CheckOptions(baseUrl, token, restrictedToken, itsOrganizationId, pathValues, seed, concurrency,
                requestTimeout, maxRequests, sequences, operations);
    }

    public CheckOptions withPathValue(String parameter, String value) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        values.put(parameter, value);
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, values, seed,
                concurrency, requestTimeout, maxRequests, sequences, operations);
    }

    /** How many random sequences run against the model (0: none); each is {@value ModelCases#STEPS} steps long. */
    public CheckOptions withSequences(int count) {
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, pathValues, seed,
                concurrency, requestTimeout, maxRequests, count, operations);
    }

    public CheckOptions withSeed(long newSeed) {
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, pathValues, newSeed,
                concurrency, requestTimeout, maxRequests, sequences, operations);
    }

    public CheckOptions withConcurrency(int threads) {
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, pathValues, seed,
                threads, requestTimeout, maxRequests, sequences, operations);
    }

    public CheckOptions withRequestTimeout(Duration timeout) {
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, pathValues, seed,
                concurrency, timeout, maxRequests, sequences, operations);
    }

    public CheckOptions withMaxRequests(int max) {
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, pathValues, seed,
                concurrency, requestTimeout, max, sequences, operations);
    }


    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "CheckOptions[baseUrl=" + baseUrl + ", pathValues=" + pathValues + ", seed=" + seed
                + ", concurrency=" + concurrency + ", requestTimeout=" + requestTimeout + ", maxRequests="
                + maxRequests + ", forbiddenToken=" + (forbiddenToken == null ? "none" : "****") + "]";
    }

    /** Only the checks of these operations run (ids or {@code METHOD /path}); empty: all of them. */
    public CheckOptions withOperations(java.util.Set<String> only) {
        return new CheckOptions(baseUrl, token, forbiddenToken, forbiddenTokenOrganizationId, pathValues, seed,
                concurrency, requestTimeout, maxRequests, sequences, only);
    }

    /** Whether the checks of {@code op} run. */
    boolean selects(dev.contractgate.conformance.core.spec.SpecOperation op) {
        return operations.isEmpty() || operations.contains(op.id()) || operations.contains(op.key());
    }
}
