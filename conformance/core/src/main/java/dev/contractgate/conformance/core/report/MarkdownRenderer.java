package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import java.util.List;
import java.util.Map;

/**
 * Markdown for a pull-request comment: a verdict, a table of checks per group, then each
 * finding with its evidence folded in a {@code <details>} block so long runs stay short.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String fileName() {
        return "contract-report.md";
    }

    /** A pull-request comment shows this many root causes (errors, then the most frequent); the rest are one link away. */
    static final int TOP = 10;

    @Override
    public String render(RunResult result) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(result.exitCode() == 0 ? "✅ " : "❌ ").append(inline(result.title())).append("\n\n");
        md.append(result.checks().size()).append(" checks, ")
                .append(result.errorCount()).append(" errors, ")
                .append(result.warningCount()).append(" warnings\n\n");
        md.append("| group | run | passed | failed |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, List<CheckRecord>> group : Groups.of(result).entrySet()) {
            long failed = group.getValue().stream().filter(c -> !c.passed()).count();
            int run = group.getValue().size();
            md.append("| ").append(cell(group.getKey())).append(" | ").append(run).append(" | ")
                    .append(run - failed).append(" | ").append(failed).append(" |\n");
        }
        dev.contractgate.conformance.core.coverage.CoverageMatrix coverage = CoverageText.of(result);
        if (coverage != null) {
            md.append(CoverageText.markdown(coverage));
        }
        // errors before warnings, then the most frequent first
        List<FindingGroups.Group> causes = FindingGroups.of(result).stream()
                .sorted(java.util.Comparator.comparing((FindingGroups.Group g) -> g.severity() != dev.contractgate.conformance.core.Severity.ERROR)
                        .thenComparing(FindingGroups.Group::count, java.util.Comparator.reverseOrder()))
                .toList();
        if (!causes.isEmpty()) {
            md.append("\n### Findings, by root cause").append(causes.size() > TOP ? " (top " + TOP + ")" : "").append("\n\n");
            for (FindingGroups.Group g : causes.subList(0, Math.min(TOP, causes.size()))) {
                Finding f = g.first();
                md.append("- **").append(g.severity()).append("** `").append(code(g.rule())).append('`');
                if (g.operation() != null) {
                    md.append(" in `").append(code(g.operation())).append('`');
                }
                md.append(" at `").append(code(g.location().toString())).append("`");
                if (g.count() > 1) {
                    md.append(" (").append(g.count()).append(" times in ").append(g.checks().size()).append(" checks)");
                }
                md.append(": ").append(inline(ReportSafety.safe(g.message()))).append('\n');
                if (!f.evidence().isEmpty()) {
                    md.append("  <details><summary>evidence (first occurrence)</summary>\n\n");
                    fence(md, "request", f.evidence().request());
                    fence(md, "response", f.evidence().response());
                    md.append("  </details>\n");
                }
                dev.contractgate.conformance.core.Reproduction again = f.evidence().reproduction();
                if (!again.isEmpty()) {
                    md.append("  <details><summary>reproduce: curl lines and a JUnit 5 test</summary>\n\n");
                    fence(md, "curl (set BASE_URL and TOKEN)", "sh", again.curl());
                    fence(md, again.junitClass() + ".java", "java", again.junit());
                    md.append("  </details>\n");
                }
            }
            if (causes.size() > TOP) {
                md.append("\n… and ").append(causes.size() - TOP)
                        .append(" more root causes: see contract-report.html (or contract-report.json) next to this file.\n");
            }
        }
        if (!result.stats().isEmpty()) {
            md.append("\n");
            result.stats().forEach((k, v) -> md.append("- ").append(inline(k)).append(": ")
                    .append(inline(String.valueOf(v))).append('\n'));
        }
        return md.toString();
    }

    private static void fence(StringBuilder md, String label, String text) {
        fence(md, label, "", text);
    }

    private static void fence(StringBuilder md, String label, String language, String text) {
        if (text.isEmpty()) {
            return;
        }
        String body = ReportSafety.safe(text).replace("```", "'''");
        md.append("  ").append(inline(label)).append(":\n\n  ```").append(language).append("\n");
        for (String line : body.split("\n", -1)) {
            md.append("  ").append(line).append('\n');
        }
        md.append("  ```\n\n");
    }

    /** Text outside code: HTML and Markdown specials escaped, one line. */
    private static String inline(String s) {
        String one = s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
        return one.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("([\\\\`*_\\[\\]|#])", "\\\\$1");
    }

    private static String cell(String s) {
        return inline(s);
    }

    private static String code(String s) {
        return s == null ? "" : s.replace('`', '\'').replace('\n', ' ');
    }
}
