package dev.contractgate.cli;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.check.ConformanceCheck;
import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.RunResult;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contract check}: runs the conformance checks against a live server. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a running implementation against the spec (positive, negative, auth and "
                + "stateful cases; every response validated).")
final class CheckCommand extends FindingsCommand {

    @picocli.CommandLine.Mixin
    CoverageOptions coverage = new CoverageOptions(dev.contractgate.conformance.core.coverage.CoverageMinimum.SUCCESS);

    @Override
    protected CoverageOptions coverageOptions() {
        return coverage;
    }

    @picocli.CommandLine.Mixin
    SpecOption spec = new SpecOption();

    @Option(names = "--base-url", required = true, paramLabel = "URL",
            description = "The server under test, e.g. http://localhost:8080 (the spec's paths are appended).")
    String baseUrl;

    @Option(names = "--token", required = true, paramLabel = "TOKEN", defaultValue = "${env:CONTRACT_TOKEN}",
            description = "Bearer token the server accepts (default: environment variable CONTRACT_TOKEN). Never printed.")
    String token;

    @Option(names = "--forbidden-token", paramLabel = "TOKEN",
            description = "A valid token the server restricts to another organization; every operation must answer 403 with it.")
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
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

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

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Write JSON, JUnit XML, HTML, SARIF and Markdown reports here.")
    Path reportDir;

    @Override
    protected int execute() {
        CheckOptions options = options();
        ProgressListener progress = ProgressListener.on(err());
        RunResult result;
        try {
            result = ConformanceCheck.run(spec.load(), options, progress);
        } finally {
            progress.finished();
        }
        return finish(result, reportDir);
    }

    CheckOptions options() {
        if (concurrency < 1 || maxRequests < 1 || timeoutSeconds < 1) {
            throw new BadInputException("--concurrency, --max-requests and --timeout must be at least 1");
        }
        if (sequences < 0 || sequences > 1000) {
            throw new BadInputException("--sequences must be from 0 to 1000, not " + sequences);
        }
        if (forbiddenOrganization != null && forbiddenToken == null) {
            throw new BadInputException("--forbidden-organization needs --forbidden-token");
        }
        CheckOptions options = CheckOptions.of(baseUri(baseUrl), token)
                .withSeed(seed)
                .withConcurrency(concurrency)
                .withRequestTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxRequests(maxRequests)
                .withSequences(sequences);
        if (forbiddenToken != null) {
            options = options.withForbiddenToken(forbiddenToken, forbiddenOrganization);
        }
        for (java.util.Map.Entry<String, String> param : params.entrySet()) {
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

    static URI baseUri(String url) {
        return httpUri(url, "--base-url");
    }

    /** An http(s) URL with a host, else bad input naming {@code flag}. */
    static URI httpUri(String url, String flag) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new BadInputException(flag + " must be an http or https URL with a host, not '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new BadInputException(flag + " is not a URL: '" + url + "' (" + e.getReason() + ")");
        }
    }
}
