package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecProvenance;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.check.ConformanceCheck;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.lint.SpecLint;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        description = "Lint the spec, check the pacts against it, run the conformance check against the "
                + "bundled mock server; one summary, non-zero exit on any finding.")
final class GateCommand extends ContractSubcommand {

    @picocli.CommandLine.Mixin
    SeverityOptions severity = new SeverityOptions();

    @Override
    protected SeverityOptions severityOptions() {
        return severity;
    }

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

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/contract-report",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

    @Option(names = "--allow-spec-mismatch",
            description = "Go on although the bundled mock server was built from another spec than --spec.")
    boolean allowSpecMismatch;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for generated values (default: ${DEFAULT-VALUE}).")
    long seed = CheckOptions.DEFAULT_SEED;

    @Override
    protected int execute() {
        SpecSource source = spec.load();
        if (!allowSpecMismatch) {
            SpecProvenance.requireSame("the bundled mock server",
                    SpecProvenance.ofClass(dev.contractgate.mock.MockServerApplication.class), source, "--spec");
        }
        // The mock server starts (a few seconds of Spring) while lint and the pact check run.
        CompletableFuture<BundledMockServer> server = CompletableFuture.supplyAsync(() -> BundledMockServer.startOnFreePort(verbose));
        try {
            List<RunResult> parts = new ArrayList<>();
            parts.add(stage("lint", new SpecLint().lint(source)));
            Path folder = pacts != null ? pacts : DEFAULT_PACTS;
            if (hasPactFiles(folder)) {
                parts.add(stage("pacts", new PactSpecCheck().check(source, folder)));
            } else if (pacts != null) {
                throw new BadInputException("--pacts " + pacts + " holds no pact files (*.json); pass the folder the"
                        + " consumer tests write their pacts to");
            } else {
                err().println("WARNING: no pact files in " + folder + "; skipping the pacts stage "
                        + "(run `mvn verify` to record them, or pass --pacts DIR)");
                err().flush();
            }
            parts.add(stage("check", checkBundledMockServer(source, join(server))));
            return finish(RunResult.combine("contract gate " + spec.describe(), parts), reportDir);
        } finally {
            // stops it now, or as soon as it has started when an earlier stage failed
            server.thenAccept(BundledMockServer::close);
        }
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
        CheckOptions options = CheckOptions.of(server.baseUrl(), DEV_TOKEN)
                .withForbiddenToken(RESTRICTED_TOKEN, RESTRICTED_ORGANIZATION)
                .withSeed(seed);
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
