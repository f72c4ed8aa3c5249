package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import java.util.List;
import java.util.Map;

/**
 * The terminal summary: checks run, passed and failed per group (an operation, a pact file,
 * "spec"), then one line per root cause ({@link FindingGroups}: rule key, operation,
 * {@code file:line}, how often and the first reason), then the run's figures and one verdict
 * line. Under each root cause, the request of its first occurrence (method, path and query, masked) and,
 * where the finding carries a {@link dev.contractgate.conformance.core.Reproduction}, its curl lines; the
 * rest of the evidence stays in the file reports.
 */
public final class ConsoleRenderer implements Renderer {

    @Override
    public String fileName() {
        return "contract-report.txt";
    }

    @Override
    public String render(RunResult result) {
        StringBuilder out = new StringBuilder();
        out.append(ReportSafety.safe(result.title())).append('\n');
        Map<String, List<CheckRecord>> groups = Groups.of(result);
        int width = groups.keySet().stream().mapToInt(String::length).max().orElse(5);
        for (Map.Entry<String, List<CheckRecord>> group : groups.entrySet()) {
            long failed = group.getValue().stream().filter(c -> !c.passed()).count();
            int run = group.getValue().size();
            out.append(String.format("  %-" + width + "s  %4d run  %4d passed  %4d failed%n",
                    ReportSafety.safe(group.getKey()), run, run - failed, failed));
        }
        List<FindingGroups.Group> causes = FindingGroups.of(result);
        if (!causes.isEmpty()) {
            out.append('\n');
            for (FindingGroups.Group g : causes) {
                out.append(g.severity() == Severity.ERROR ? "ERROR   " : "WARNING ").append(g.rule());
                if (g.operation() != null) {
                    out.append("  ").append(ReportSafety.safe(g.operation()));
                }
                out.append("  ").append(ReportSafety.safe(String.valueOf(g.location())));
                if (g.count() > 1) {
                    out.append("  (").append(g.count()).append(" times in ").append(g.checks().size())
                            .append(g.checks().size() == 1 ? " check)" : " checks)");
                }
                out.append('\n').append("        ").append(ReportSafety.safe(g.message())).append('\n');
                dev.contractgate.conformance.core.Evidence evidence = g.occurrences().get(0).evidence();
                requestLine(evidence.request()).ifPresent(line ->
                        out.append("        request: ").append(ReportSafety.safe(line)).append('\n'));
                if (!evidence.reproduction().curl().isEmpty()) {
                    // the shortest failing sequence: the curl lines to run it again
                    evidence.reproduction().curl().lines()
                            .forEach(line -> out.append("          ").append(ReportSafety.safe(line)).append('\n'));
                    if (!evidence.reproduction().junit().isEmpty()) {
                        out.append("          # (and as a JUnit 5 test, ").append(evidence.reproduction().junitClass())
                                .append(": in the JSON, HTML and Markdown reports)\n");
                    }
                }
            }
        }
        dev.contractgate.conformance.core.coverage.CoverageMatrix coverage = CoverageText.of(result);
        if (coverage != null) {
            out.append(CoverageText.console(coverage));
        }
        if (!result.stats().isEmpty()) {
            out.append('\n');
            result.stats().forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        }
        long checks = result.checks().size();
        long failedChecks = result.checks().stream().filter(c -> !c.passed()).count();
        out.append('\n').append(result.exitCode() == 0 ? "PASSED" : "FAILED").append(": ")
                .append(checks).append(" checks, ").append(checks - failedChecks).append(" passed, ")
                .append(failedChecks).append(" failed; ")
                .append(result.errorCount()).append(" errors, ")
                .append(result.warningCount()).append(" warnings\n");
        return ReportSafety.withoutControls(out.toString());
    }

    /** The first line of a request's evidence when it is an HTTP request line ({@code GET http://…/path?q}). */
    static java.util.Optional<String> requestLine(String request) {
        int end = request.indexOf('\n');
        String first = end < 0 ? request : request.substring(0, end);
        return first.matches("[A-Z]{3,7} \\S+") ? java.util.Optional.of(first) : java.util.Optional.empty();
    }
}
