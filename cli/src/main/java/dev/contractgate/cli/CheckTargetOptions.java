package dev.contractgate.cli;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.core.BadInputException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * How a running server is checked, declared once for {@code check} and {@code gate --base-url} (a picocli
 * mixin): its token and the restricted one, the path values, the seed, the run's bounds and the model's
 * sequences. {@link #options(URI)} turns them into the engine's {@link CheckOptions}, refusing bad values
 * with the option's name.
 */
final class CheckTargetOptions {

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:CONTRACT_TOKEN}",
            description = "Bearer token the server accepts (default: environment variable CONTRACT_TOKEN). Never printed.")
    String token;

    @Option(names = "--forbidden-token", paramLabel = "TOKEN",
            description = "A valid token the server restricts to another organization: every operation must answer 403"
                    + " with it on the paths' organizations (gate: pacts' 403 interactions are replayed with it). Never printed.")
    String forbiddenToken;

    @Option(names = "--forbidden-organization", paramLabel = "ORG",
            description = "The organization --forbidden-token may act on (the checker proves it works there).")
    String forbiddenOrganization;

    @Option(names = "--organization", paramLabel = "ID", description = "organizationId for the paths (default: the spec's example).")
    String organization;

    @Option(names = "--deployment", paramLabel = "ID", description = "deploymentId for the paths (default: the spec's example).")
    String deployment;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A value for a path parameter, e.g. --param agentTokenId=clm8q7f6q000008lcgyougpsk for an "
                    + "operation no link or create operation provides (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for generated values; the same seed repeats a run (default: ${DEFAULT-VALUE}).")
    long seed = CheckOptions.DEFAULT_SEED;

    @Option(names = "--concurrency", paramLabel = "N", description = "Checks run at once (default: ${DEFAULT-VALUE}).")
    int concurrency = CheckOptions.DEFAULT_CONCURRENCY;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-request timeout (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = (int) CheckOptions.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-requests", paramLabel = "N", description = "The most requests a run may make (default: ${DEFAULT-VALUE}).")
    int maxRequests = CheckOptions.DEFAULT_MAX_REQUESTS;

    @Option(names = "--sequences", paramLabel = "N", description = "Random sequences (24 steps each) judged against a model"
            + " of what the server must hold, per collection of the spec; 0 runs none (default: ${DEFAULT-VALUE}).")
    int sequences = CheckOptions.DEFAULT_SEQUENCES;

    @Option(names = "--operation", paramLabel = "ID", description = "Check only this operation (its operationId, or"
            + " 'METHOD /path'); repeatable. Others are still called where a check needs a resource they make.")
    Set<String> operations = new LinkedHashSet<>();

    /** Whether a token was given (flag or CONTRACT_TOKEN). */
    boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** The engine's options for a check of the server at {@code base}. */
    CheckOptions options(URI base) {
        if (!hasToken()) {
            throw new BadInputException("--token is required (or set CONTRACT_TOKEN): a bearer token the server at " + base
                    + " accepts");
        }
        if (concurrency < 1 || maxRequests < 1 || timeoutSeconds < 1) {
            throw new BadInputException("--concurrency, --max-requests and --timeout must be at least 1");
        }
        if (sequences < 0 || sequences > 1000) {
            throw new BadInputException("--sequences must be from 0 to 1000, not " + sequences);
        }
        if (forbiddenOrganization != null && forbiddenToken == null) {
            throw new BadInputException("--forbidden-organization needs --forbidden-token");
        }
        CheckOptions options = CheckOptions.of(base, token)
                .withSeed(seed)
                .withConcurrency(concurrency)
                .withRequestTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxRequests(maxRequests)
                .withSequences(sequences)
                .withOperations(operations);
        if (forbiddenToken != null) {
            options = options.withForbiddenToken(forbiddenToken, forbiddenOrganization);
        }
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getKey().isBlank() || param.getValue() == null || param.getValue().isBlank()) {
                throw new BadInputException("--param needs NAME=VALUE with both parts, not '" + param.getKey() + "='");
            }
            options = options.withPathValue(param.getKey(), param.getValue());
        }
        if (organization != null) {
            options = options.withPathValue("organizationId", organization);
        }
        if (deployment != null) {
            options = options.withPathValue("deploymentId", deployment);
        }
        return options;
    }
}
