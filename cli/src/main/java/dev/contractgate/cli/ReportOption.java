package dev.contractgate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --report-dir}, declared once for every command that writes reports (a picocli mixin). */
final class ReportOption {

    @Option(names = "--report-dir", paramLabel = "DIR", description = "Write JSON, JUnit XML, HTML, SARIF and Markdown"
            + " reports here (gate: target/contract-report when not given; the others write none then).")
    Path dir;

    /** The folder given, or {@code fallback} (null: no reports). */
    Path orElse(Path fallback) {
        return dir != null ? dir : fallback;
    }
}
