package dev.contractgate.cli;

import dev.contractgate.conformance.lint.SpecLint;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contract lint}: swagger-parser messages plus our own rules, each with file:line. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint the spec: parser messages, operationIds, tags, descriptions, examples, "
                + "error responses, security, unused components.")
final class LintCommand extends FindingsCommand {

    @picocli.CommandLine.Mixin
    SpecOption spec = new SpecOption();

    @picocli.CommandLine.Mixin
    ReportOption reports = new ReportOption();

    @Override
    protected int execute() {
        return finish(new SpecLint().lint(spec.load()), reports.orElse(null));
    }
}
