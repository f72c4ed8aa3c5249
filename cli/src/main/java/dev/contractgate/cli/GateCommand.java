package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecProvenance;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.check.ConformanceCheck;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.lint.SpecLint;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.conformance.pacts.ProviderVerification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code contract gate}: lint the spec, check the recorded pacts against it, start the bundled
 * mock server on a free port, check it, stop it; one summary, one set of reports, one exit code.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Lint the spec, check the pacts against it, run the conformance check against --base-url "
                + "or the bundled mock server (--mock; the default only inside the toolkit's own clone); "
                + "one summary, non-zero exit on any finding.")
final class GateCommand extends FindingsCommand {

    @picocli.CommandLine.Mixin
    CoverageOptions coverage = new CoverageOptions(dev.contractgate.conformance.core.coverage.CoverageMinimum.SUCCESS);

    @Override
    protected CoverageOptions coverageOptions() {
        return coverage;
    }

    /** The bundled mock server's tokens (local use only), declared once, in the mock server. */
    static final String DEV_TOKEN = dev.contractgate.mock.auth.DevTokens.DEV_TOKEN;
    static final String RESTRICTED_TOKEN = dev.contractgate.mock.auth.DevTokens.RESTRICTED_TOKEN;
    static final String RESTRICTED_ORGANIZATION = dev.contractgate.mock.auth.DevTokens.RESTRICTED_ORGANIZATION;

    /** Where the consumer tests of this repository record their pacts. */
    static final Path DEFAULT_PACTS = Path.of("contract-tests/target/pacts");

    @picocli.CommandLine.Mixin
    SpecOption spec = new SpecOption();

    @Option(names = "--pacts", paramLabel = "DIR",
            description = "Pact files to check against the spec. Given, the folder must hold pact files (else exit 2); "
                    + "not given, contract-tests/target/pacts is used when it holds any, and the stage is skipped "
                    + "with a warning when it does not.")
    Path pacts;

    @picocli.CommandLine.Mixin
    ReportOption reports = new ReportOption();

    /** Where the gate's reports go when --report-dir is not given. */
    static final Path DEFAULT_REPORTS = Path.of("target/contract-report");

    @Option(names = "--allow-spec-mismatch",
            description = "Go on although the bundled mock server was built from another spec than --spec.")
    boolean allowSpecMismatch;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Run the conformance check against this running implementation instead of the bundled mock server.")
    String baseUrl;

    /** With --base-url: how that server is checked, the same options as {@code contract check}. */
    @picocli.CommandLine.Mixin
    CheckTargetOptions targetOptions = new CheckTargetOptions();

    @Option(names = "--mock", description = "Also check the toolkit's bundled mock server. Without --base-url this is "
            + "the default only inside the toolkit's own clone (a folder with mock-server/pom.xml): a consumer's "
            + "repository learns nothing from re-checking our mock, so there the check stage is skipped and said so.")
    boolean mock;

    /** The marker of the toolkit's own clone, where checking the bundled mock server is the main job. */
    static final Path TOOLKIT_MARKER = Path.of("mock-server", "pom.xml");

    @Option(names = "--provider-states-url", paramLabel = "URL",
            description = "With --base-url and pacts: verify the pacts against that server too (each interaction replayed"
                    + " as recorded, but with --token and --forbidden-token in place of the bundled mock server's dev tokens;"
                    + " its provider states set up by POSTing Pact's {state, params, action} here)."
                    + " The bundled mock server is always verified, through its own /_admin/provider-states.")
    String providerStatesUrl;



    @Override
    protected int execute() {
        SpecSource source = spec.load();
        CheckTarget target = target();
        if (target == CheckTarget.MOCK && !allowSpecMismatch) {
            SpecProvenance.requireSame("the bundled mock server",
                    SpecProvenance.ofClass(dev.contractgate.mock.MockServerApplication.class), source, "--spec");
        }
        // The mock server starts (a few seconds of Spring) while lint and the pact check run.
        CompletableFuture<BundledMockServer> server = target == CheckTarget.MOCK
                ? CompletableFuture.supplyAsync(() -> BundledMockServer.startOnFreePort(verbose))
                : null;
        try {
            List<RunResult> parts = new ArrayList<>();
            parts.add(stage("lint", new SpecLint().lint(source)));
            Path folder = pacts != null ? pacts : DEFAULT_PACTS;
            boolean havePacts = hasPactFiles(folder);
            if (havePacts) {
                parts.add(stage("pacts", new PactSpecCheck().check(source, folder)));
            } else if (pacts != null) {
                throw new BadInputException("--pacts " + pacts + " holds no pact files (*.json); pass the folder the"
                        + " consumer tests write their pacts to");
            } else {
                warn("WARNING: no pact files in " + folder + "; skipping the pacts stage "
                        + "(run `mvn verify` to record them, or pass --pacts DIR)");
                parts.add(skipped("pacts", "no pact files in " + folder));
            }
            switch (target) {
                case MOCK -> {
                    BundledMockServer mockServer = join(server);
                    parts.add(stage("check", checkBundledMockServer(source, mockServer)));
                    if (havePacts) {
                        parts.add(stage("provider", verify(source, folder, new ProviderVerification.Target(mockServer.baseUrl(),
                                mockServer.providerStatesUrl(), CheckOptions.DEFAULT_TIMEOUT))));
                    }
                }
                case URL -> {
                    URI base = CheckCommand.baseUri(baseUrl);
                    parts.add(stage("check", check(source, targetOptions.options(base))));
                    if (havePacts && providerStatesUrl != null) {
                        parts.add(stage("provider", verify(source, folder, new ProviderVerification.Target(base,
                                CheckCommand.httpUri(providerStatesUrl, "--provider-states-url"), CheckOptions.DEFAULT_TIMEOUT,
                                credentialsOf(targetOptions.token, targetOptions.forbiddenToken)))));
                    } else if (havePacts) {
                        parts.add(skipped("provider", "pacts are replayed against --base-url only with --provider-states-url"));
                    }
                }
                case NONE -> {
                    warn("NOTE: no --base-url and not in the toolkit's clone; skipping the conformance check "
                            + "(pass --base-url URL to check your implementation, or --mock for the bundled mock server)");
                    parts.add(skipped("check", "no --base-url given and not in the toolkit's clone (--mock checks the bundled mock)"));
                    // only the consumer's pacts exercise operations, and they cover the ones it uses: as for `pacts`
                    coverage.defaultTo(dev.contractgate.conformance.core.coverage.CoverageMinimum.NONE);
                }
            }
            return finish(RunResult.combine("contract gate " + spec.describe(), parts), reports.orElse(DEFAULT_REPORTS));
        } finally {
            if (server != null) {
                // stops it now, or as soon as it has started when an earlier stage failed
                server.thenAccept(BundledMockServer::close);
            }
        }
    }

    /** The pacts replayed against the server the gate checks: the provider column of the coverage matrix. */
    private RunResult verify(SpecSource source, Path folder, ProviderVerification.Target target) {
        return new ProviderVerification().verify(source, folder, target);
    }

    /**
     * Pacts recorded against the bundled mock server carry its dev tokens; another server is sent the
     * tokens it accepts instead: {@code --token} for the dev token, {@code --forbidden-token} for the restricted one.
     */
    static ProviderVerification.Credentials credentialsOf(String token, String forbiddenToken) {
        Map<String, String> replacements = new java.util.LinkedHashMap<>();
        replacements.put("Bearer " + DEV_TOKEN, "Bearer " + token);
        if (forbiddenToken == null) {
            return new ProviderVerification.Credentials(replacements, Map.of("Bearer " + RESTRICTED_TOKEN,
                    "recorded with the bundled mock server's restricted token: pass --forbidden-token, a token this server"
                            + " accepts but refuses on the organizations of the paths"));
        }
        replacements.put("Bearer " + RESTRICTED_TOKEN, "Bearer " + forbiddenToken);
        return new ProviderVerification.Credentials(replacements, Map.of());
    }

    /** A stage that did not run, said in the summary and every report, so nobody reads its absence as a pass. */
    private static RunResult skipped(String stage, String why) {
        return new RunResult(stage, List.of(), java.util.Map.of("skipped", why));
    }

    /** What the check stage runs against. */
    private enum CheckTarget { MOCK, URL, NONE }

    private CheckTarget target() {
        if (baseUrl != null && mock) {
            throw new BadInputException("--base-url and --mock each name what to check; give one of them");
        }
        if (providerStatesUrl != null) {
            if (baseUrl == null) {
                throw new BadInputException("--provider-states-url goes with --base-url: the bundled mock server's pacts are"
                        + " verified through its own state endpoint; drop the flag, or name the server with --base-url");
            }
            CheckCommand.httpUri(providerStatesUrl, "--provider-states-url");
        }
        if (targetOptions.forbiddenToken != null && (baseUrl == null || targetOptions.forbiddenToken.isBlank())) {
            throw new BadInputException(baseUrl == null
                    ? "--forbidden-token goes with --base-url: the bundled mock server has its own restricted token; drop the flag,"
                    + " or name the server with --base-url"
                    : "--forbidden-token is empty: give a token the server accepts but refuses on the organizations of the paths");
        }
        if (baseUrl != null) {
            if (!targetOptions.hasToken()) {
                throw new BadInputException("--base-url needs --token (or CONTRACT_TOKEN set): a token the server at that URL accepts");
            }
            return CheckTarget.URL;
        }
        return mock || Files.isRegularFile(TOOLKIT_MARKER) ? CheckTarget.MOCK : CheckTarget.NONE;
    }

    private void warn(String line) {
        err().println(line);
        err().flush();
    }

    /** The same run under a short title, so the combined summary reads "check: requests". */
    private static RunResult stage(String name, RunResult result) {
        return new RunResult(name, result.checks(), result.stats(), result.coverage());
    }

    private static BundledMockServer join(CompletableFuture<BundledMockServer> server) {
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private RunResult checkBundledMockServer(SpecSource source, BundledMockServer server) {
        return check(source, CheckOptions.of(server.baseUrl(), DEV_TOKEN)
                .withForbiddenToken(RESTRICTED_TOKEN, RESTRICTED_ORGANIZATION));
    }

    private RunResult check(SpecSource source, CheckOptions checked) {
        CheckOptions options = checked.withSeed(targetOptions.seed);
        ProgressListener progress = ProgressListener.on(err());
        try {
            return ConformanceCheck.run(source, options, progress);
        } finally {
            progress.finished();
        }
    }

    static boolean hasPactFiles(Path dir) {
        if (Files.isRegularFile(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && f.toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
