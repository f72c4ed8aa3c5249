package dev.contractgate.cli;

import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SeverityOverrides;
import dev.contractgate.conformance.core.coverage.CoverageMinimum;
import dev.contractgate.conformance.core.report.ConsoleRenderer;
import dev.contractgate.conformance.core.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run ends in every front end (a command, a Maven goal): the coverage minimum and the user's
 * severities applied, the summary printed, the reports written when a folder is given; the exit code.
 */
public final class RunOutput {

    private RunOutput() {
    }

    /**
     * @param minimum   the coverage minimum, or null for a run that exercises no operation
     * @param overrides the user's severities, or null for none
     * @param reportDir where the reports go, or null for none
     */
    public static int finish(RunResult raw, CoverageMinimum minimum, SeverityOverrides overrides, Path reportDir,
                             PrintWriter out, PrintWriter err) {
        RunResult covered = minimum == null ? raw : minimum.apply(raw);
        RunResult result = overrides == null ? covered : overrides.apply(covered);
        out.print(new ConsoleRenderer().render(result));
        out.flush();
        if (reportDir != null) {
            List<Path> written = ReportWriter.writeAll(result, reportDir);
            err.println("reports: " + written.size() + " files in " + reportDir);
            err.flush();
        }
        return result.exitCode();
    }
}
