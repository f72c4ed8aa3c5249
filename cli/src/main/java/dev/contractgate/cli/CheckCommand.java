package dev.contractgate.cli;

import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.check.ConformanceCheck;
import dev.contractgate.conformance.core.RunResult;
import java.net.URI;
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

    @picocli.CommandLine.Mixin
    CheckTargetOptions target = new CheckTargetOptions();

    @picocli.CommandLine.Mixin
    ReportOption reports = new ReportOption();

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
        return finish(result, reports.orElse(null));
    }

    CheckOptions options() {
        return target.options(baseUri(baseUrl));
    }

    static URI baseUri(String url) {
        return dev.contractgate.gate.HttpUrl.parse(url, "--base-url");
    }
}
