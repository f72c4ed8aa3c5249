package dev.contractgate.cli;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.DiffOptions;
import dev.contractgate.conformance.diff.DiffOptions.FailOn;
import dev.contractgate.conformance.diff.GitRevisionSpec;
import dev.contractgate.conformance.diff.SpecDiff;
import dev.contractgate.conformance.core.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code contract diff}: which changes between two specs break consumers, and which consumers. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare a changed spec with a base: breaking changes are errors (exit 1), others warnings.")
final class DiffCommand extends FindingsCommand {

    @Option(names = "--base", required = true, paramLabel = "OLD",
            description = "The base spec: a file, or a git revision of --spec (e.g. origin/main).")
    String base;

    @Option(names = "--spec", paramLabel = "NEW",
            description = "The changed OpenAPI 3 spec; default: " + SpecOption.DEFAULT_SPEC
                    + " in this repository, else the spec this CLI was released with (e.g. to ask whether"
                    + " upgrading from the release in --base breaks the pacts in --pacts).")
    Path spec;

    @Option(names = "--pacts", paramLabel = "DIR",
            description = "Pact files to validate against the changed spec: names the consumers a change breaks.")
    Path pacts;

    @Option(names = "--fail-on", paramLabel = "WHEN", converter = FailOnConverter.class, defaultValue = "any-breaking",
            description = "any-breaking (default) or consumer-impact: with --pacts, fail only when a recorded"
                    + " consumer interaction breaks; other breaking changes become warnings.")
    FailOn failOn;

    @Option(names = "--client-jar", paramLabel = "OLD_JAR",
            description = "The Java client you deployed, built from the base spec: its public API is compared (japicmp) with"
                    + " the client regenerated from --spec (openapi-generator, the settings the jar carries). Without it,"
                    + " the client of --base is generated from the base spec itself, with the bundled client's settings.")
    Path oldClientJar;

    @Option(names = "--no-client",
            description = "Without --client-jar: skip the comparison of the clients generated from --base and --spec"
                    + " (saves building both, some seconds each).")
    boolean noClient;

    @Option(names = "--new-client-jar", paramLabel = "NEW_JAR",
            description = "Optional: an already regenerated client jar to compare with --client-jar instead of regenerating.")
    Path newClientJar;

    @Option(names = "--allow-spec-mismatch",
            description = "Go on although --client-jar was built from another spec than --base (its manifest's Spec-SHA256).")
    boolean allowSpecMismatch;

    @picocli.CommandLine.Mixin
    ReportOption reports = new ReportOption();

    @Override
    protected int execute() {
        SpecSource changed = SpecOption.load(spec);
        SpecSource baseSpec = GitRevisionSpec.resolveBase(base, specInWorkTree());
        return finish(dev.contractgate.gate.SpecChange.diff(baseSpec, changed,
                new DiffOptions(pacts, failOn, oldClientJar, newClientJar, allowSpecMismatch), noClient, err()::println),
                reports.orElse(null));
    }

    /** The file whose git history a revision in --base refers to. */
    private Path specInWorkTree() {
        if (spec != null) {
            return spec;
        }
        Path inRepository = Path.of(SpecOption.DEFAULT_SPEC);
        if (Files.isRegularFile(inRepository)) {
            return inRepository;
        }
        if (Files.isRegularFile(Path.of(base))) {
            return Path.of(base); // base is a file; no git revision to resolve
        }
        throw new BadInputException("--base '" + base + "' is not a file, and without --spec there is no spec"
                + " whose git history it could name: pass --spec FILE, or --base with the base spec's file");
    }

    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of any-breaking, consumer-impact");
            }
        }
    }
}
