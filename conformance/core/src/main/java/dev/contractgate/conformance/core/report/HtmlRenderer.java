package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS, no scripts, no external assets): a matrix with
 * one row per operation (group) and one cell per check, green or red, linking to the check;
 * then every check with its findings, each finding with its evidence. All text is escaped.
 */
public final class HtmlRenderer implements Renderer {

    private static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222}
            table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
            .cells a{display:inline-block;width:14px;height:14px;margin:1px;border-radius:2px}
            .pass{background:#2e7d32}.fail{background:#c62828}.warn{background:#f9a825}
            .ok{color:#2e7d32}.bad{color:#c62828}
            pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:30em;white-space:pre-wrap}
            code{background:#f0f0f0;padding:0 3px}
            """;

    @Override
    public String fileName() {
        return "contract-report.html";
    }

    @Override
    public String render(RunResult result) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(result.title())).append("</title><style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>").append(esc(result.title())).append("</h1>\n<p class=\"")
                .append(result.exitCode() == 0 ? "ok\">PASSED" : "bad\">FAILED").append(": ")
                .append(result.checks().size()).append(" checks, ").append(result.errorCount()).append(" errors, ")
                .append(result.warningCount()).append(" warnings</p>\n");
        if (!result.stats().isEmpty()) {
            h.append("<ul>");
            result.stats().forEach((k, v) -> h.append("<li>").append(esc(k)).append(": ")
                    .append(esc(String.valueOf(v))).append("</li>"));
            h.append("</ul>\n");
        }
        Map<String, List<CheckRecord>> groups = Groups.of(result);
        dev.contractgate.conformance.core.coverage.CoverageMatrix coverage = CoverageText.of(result);
        if (coverage != null) {
            h.append(CoverageText.html(coverage));
        }
        matrix(h, groups);
        int groupIndex = 0;
        for (Map.Entry<String, List<CheckRecord>> group : groups.entrySet()) {
            h.append("<h2 id=\"g").append(groupIndex).append("\">").append(esc(group.getKey())).append("</h2>\n<ol>\n");
            int checkIndex = 0;
            for (CheckRecord check : group.getValue()) {
                h.append("<li id=\"c").append(groupIndex).append('-').append(checkIndex++).append("\"><span class=\"")
                        .append(check.passed() ? "ok\">&#10004;" : "bad\">&#10008;").append("</span> ")
                        .append(esc(check.name())).append(" <small>(").append(check.duration().toMillis())
                        .append(" ms)</small>");
                for (Finding f : check.findings()) {
                    finding(h, f);
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
            groupIndex++;
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void matrix(StringBuilder h, Map<String, List<CheckRecord>> groups) {
        h.append("<table><tr><th>operation</th><th>run</th><th>passed</th><th>failed</th><th>checks</th></tr>\n");
        int groupIndex = 0;
        for (Map.Entry<String, List<CheckRecord>> group : groups.entrySet()) {
            List<CheckRecord> checks = group.getValue();
            long failed = checks.stream().filter(c -> !c.passed()).count();
            h.append("<tr><td><a href=\"#g").append(groupIndex).append("\">").append(esc(group.getKey()))
                    .append("</a></td><td>").append(checks.size()).append("</td><td>").append(checks.size() - failed)
                    .append("</td><td>").append(failed).append("</td><td class=\"cells\">");
            for (int i = 0; i < checks.size(); i++) {
                CheckRecord c = checks.get(i);
                String css = !c.passed() ? "fail" : c.findings().isEmpty() ? "pass" : "warn";
                h.append("<a class=\"").append(css).append("\" href=\"#c").append(groupIndex).append('-').append(i)
                        .append("\" title=\"").append(esc(c.name())).append("\"></a>");
            }
            h.append("</td></tr>\n");
            groupIndex++;
        }
        h.append("</table>\n");
    }

    private static void finding(StringBuilder h, Finding f) {
        h.append("<div><b class=\"").append(f.severity() == Severity.ERROR ? "bad" : "").append("\">")
                .append(f.severity()).append("</b> <code>").append(esc(f.rule())).append("</code>");
        if (f.operation() != null) {
            h.append(" in <code>").append(esc(f.operation())).append("</code>");
        }
        h.append(" at <code>").append(esc(f.location().toString())).append("</code><br>")
                .append(esc(ReportSafety.safe(f.message())));
        if (!f.evidence().isEmpty()) {
            h.append("<details><summary>evidence</summary>");
            if (!f.evidence().request().isEmpty()) {
                h.append("<p>request</p><pre>").append(esc(ReportSafety.safe(f.evidence().request()))).append("</pre>");
            }
            if (!f.evidence().response().isEmpty()) {
                h.append("<p>response</p><pre>").append(esc(ReportSafety.safe(f.evidence().response()))).append("</pre>");
            }
            h.append("</details>");
        }
        h.append("</div>");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
