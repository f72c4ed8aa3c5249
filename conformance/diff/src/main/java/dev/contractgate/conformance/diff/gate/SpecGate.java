package dev.contractgate.conformance.diff.gate;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.ExitCodes;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.report.ConsoleRenderer;
import dev.contractgate.conformance.core.report.ReportWriter;
import dev.contractgate.conformance.diff.DiffOptions;
import dev.contractgate.conformance.diff.GitRevisionSpec;
import dev.contractgate.conformance.diff.SpecDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The spec gate of the Maven build (profile {@code spec-gate} of conformance-diff): compares
 * the spec with a baseline and exits 1 when a change breaks consumers, which fails the build.
 *
 * <p>Arguments: {@code BASELINE SPEC [REPORT_DIR]}. The baseline is a spec file, a released
 * spec artifact ({@code agent-tokens-spec-<version>.jar}, the spec read from inside it) or a git
 * revision of {@code SPEC} ({@code origin/main}, {@code HEAD~1}). Exit codes: 0 compatible,
 * 1 breaking, 2 bad input.
 */
public final class SpecGate {

    static final String SPEC_IN_ARTIFACT = "agent-tokens.yaml";

    private SpecGate() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("spec gate: usage: SpecGate BASELINE SPEC [REPORT_DIR]"
                    + " (BASELINE: a spec file, an agent-tokens-spec jar or a git revision)");
            return ExitCodes.BAD_INPUT;
        }
        try {
            Path spec = Path.of(args[1]);
            SpecSource changed = SpecSource.load(spec);
            RunResult result = new SpecDiff().diff(baseline(args[0], spec), changed, DiffOptions.defaults());
            System.out.print(new ConsoleRenderer().render(result));
            if (args.length == 3) {
                ReportWriter.writeAll(result, Path.of(args[2]));
                System.out.println("spec gate: reports in " + args[2]);
            }
            return result.exitCode();
        } catch (BadInputException e) {
            System.err.println("spec gate: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** A spec file, a spec artifact jar, or a git revision of {@code spec}. */
    static SpecSource baseline(String baseline, Path spec) {
        Path file = Path.of(baseline);
        if (baseline.endsWith(".jar") && Files.isRegularFile(file)) {
            return fromArtifact(file);
        }
        return GitRevisionSpec.resolveBase(baseline, spec);
    }

    private static SpecSource fromArtifact(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(SPEC_IN_ARTIFACT);
            if (entry == null) {
                throw new BadInputException(jar + " has no " + SPEC_IN_ARTIFACT
                        + " (pass a dev.contractgate:agent-tokens-spec jar as the baseline)");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return SpecSource.parse(Path.of(jar.getFileName() + "!/" + SPEC_IN_ARTIFACT),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read the baseline spec artifact " + jar + ": " + e.getMessage()
                    + " (pass a dev.contractgate:agent-tokens-spec jar)", e);
        }
    }
}
