package dev.contractgate.cli;

import dev.contractgate.gate.Gate;
import dev.contractgate.gate.GateOptions;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code contract gate}: reads its flags into {@link GateOptions} and runs the {@link Gate} engine (lint, pacts,
 * the check of a named server or of the bundled mock server, the pacts replayed against it); one summary, one set
 * of reports, one exit code.
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


    @Option(names = "--provider-states-url", paramLabel = "URL",
            description = "With --base-url and pacts: verify the pacts against that server too (each interaction replayed"
                    + " as recorded, but with --token and --forbidden-token in place of the bundled mock server's dev tokens;"
                    + " its provider states set up by POSTing Pact's {state, params, action} here)."
                    + " The bundled mock server is always verified, through its own /_admin/provider-states.")
    String providerStatesUrl;



    @Override
    protected int execute() {
        GateOptions options = GateOptions.builder()
                .spec(spec.load(), spec.describe())
                .pacts(pacts)
                .baseUrl(baseUrl)
                .token(targetOptions.token)
                .forbiddenToken(targetOptions.forbiddenToken)
                .providerStatesUrl(providerStatesUrl)
                .mock(mock)
                .allowSpecMismatch(allowSpecMismatch)
                .seed(targetOptions.seed)
                .serverOptions(targetOptions::options)
                .build();
        Gate.Outcome outcome = new Gate(() -> BundledMockServer.startOnFreePort(verbose),
                new Gate.Listener(this::warn, () -> ProgressListener.on(err()))).run(options);
        if (!outcome.serverChecked()) {
            // only the consumer's pacts exercise operations, and they cover the ones it uses: as for `pacts`
            coverage.defaultTo(dev.contractgate.conformance.core.coverage.CoverageMinimum.NONE);
        }
        return finish(outcome.result(), reports.orElse(DEFAULT_REPORTS));
    }

    private void warn(String line) {
        err().println(line);
        err().flush();
    }
}
