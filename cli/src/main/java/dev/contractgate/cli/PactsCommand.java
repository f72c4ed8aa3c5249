package dev.contractgate.cli;

import dev.contractgate.conformance.pacts.PactSpecCheck;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contract pacts}: every interaction of the pact files must be one the spec allows. */
@Command(name = "pacts", mixinStandardHelpOptions = true,
        description = "Check pact files against the spec (paths, methods, statuses, bodies).")
final class PactsCommand extends FindingsCommand {

    @picocli.CommandLine.Mixin
    CoverageOptions coverage = new CoverageOptions(dev.contractgate.conformance.core.coverage.CoverageMinimum.NONE);

    @Override
    protected CoverageOptions coverageOptions() {
        return coverage;
    }

    @picocli.CommandLine.Mixin
    SpecOption spec = new SpecOption();

    @Option(names = "--pacts", required = true, paramLabel = "DIR", description = "A folder of pact JSON files (searched recursively) or one pact file.")
    Path pacts;

    @picocli.CommandLine.Mixin
    ReportOption reports = new ReportOption();

    @Override
    protected int execute() {
        return finish(new PactSpecCheck().check(spec.load(), pacts), reports.orElse(null));
    }
}
