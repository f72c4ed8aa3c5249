package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS and a few lines of inline script, no external assets,
 * works from {@code file://}): the verdict, the coverage matrix, the findings grouped by root cause
 * (each group expands to its occurrences, each occurrence to its masked evidence) with filters by
 * operation, rule and severity; then a matrix of checks per operation and every check. All text is escaped.
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
            .filters label{margin-right:1em}.group summary{cursor:pointer}.hidden{display:none}
            .repro p{margin:.6em 0 .2em}button.copy{font-size:smaller;margin-left:.5em}
            table.stats td:nth-child(2){text-align:right;font-variant-numeric:tabular-nums}
            @media print{.filters{display:none}details{display:block}}
            """;

    /** Hides the finding groups that do not match every chosen filter. Reads only data-* attributes. */
    private static final String FILTER_SCRIPT = """
            function applyFilters(){
              var chosen={};
              document.querySelectorAll('.filters select').forEach(function(s){chosen[s.name]=s.value;});
              document.querySelectorAll('.group').forEach(function(g){
                var shown=Object.keys(chosen).every(function(k){return chosen[k]===''||g.getAttribute('data-'+k)===chosen[k];});
                g.className=shown?'group':'group hidden';
              });
            }
            document.querySelectorAll('.filters select').forEach(function(s){s.addEventListener('change',applyFilters);});
            document.querySelectorAll('button.copy').forEach(function(b){
              b.addEventListener('click',function(){
                var text=b.parentNode.nextElementSibling.textContent;
                function done(){b.textContent='copied';setTimeout(function(){b.textContent='copy';},1500);}
                function byHand(){
                  var area=document.createElement('textarea');area.value=text;document.body.appendChild(area);
                  area.select();document.execCommand('copy');document.body.removeChild(area);done();
                }
                if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(text).then(done,byHand);}else{byHand();}
              });
            });
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
            h.append("<table class=\"stats\"><tbody>");
            result.stats().forEach((k, v) -> h.append("<tr><td>").append(esc(ReportText.statName(k))).append("</td><td>")
                    .append(esc(ReportText.statValue(k, v))).append("</td></tr>"));
            h.append("</tbody></table>\n");
        }
        Map<String, List<CheckRecord>> groups = Groups.of(result);
        dev.contractgate.conformance.core.coverage.CoverageMatrix coverage = CoverageText.of(result);
        if (coverage != null) {
            h.append(CoverageText.html(coverage));
        }
        findingGroups(h, FindingGroups.of(result));
        h.append("<h2>Checks by operation</h2>\n");
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
        h.append("<script id=\"filters\">").append(FILTER_SCRIPT).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private static void findingGroups(StringBuilder h, List<FindingGroups.Group> causes) {
        if (causes.isEmpty()) {
            return;
        }
        h.append("<h2>Findings by root cause</h2>\n<div class=\"filters\">");
        filter(h, "operation", causes.stream().map(g -> g.operation() == null ? "" : g.operation()));
        filter(h, "rule", causes.stream().map(FindingGroups.Group::rule));
        filter(h, "severity", causes.stream().map(g -> g.severity().name()));
        h.append("</div>\n");
        for (FindingGroups.Group g : causes) {
            h.append("<details class=\"group\" id=\"").append(esc(g.id())).append("\" data-operation=\"")
                    .append(esc(g.operation() == null ? "" : g.operation())).append("\" data-rule=\"").append(esc(g.rule()))
                    .append("\" data-severity=\"").append(g.severity().name()).append("\"><summary><b class=\"")
                    .append(g.severity() == Severity.ERROR ? "bad" : "").append("\">").append(g.severity()).append("</b> ")
                    .append(g.count()).append(" &times; <code>").append(esc(g.rule())).append("</code>");
            if (g.operation() != null) {
                h.append(" in <code>").append(esc(g.operation())).append("</code>");
            }
            h.append(" at <code>").append(esc(ReportText.readable(g.location()))).append("</code>: ")
                    .append(esc(ReportSafety.safe(g.message()))).append("</summary>\n<ol>");
            for (Finding f : g.occurrences()) {
                h.append("<li>");
                finding(h, f);
                h.append("</li>");
            }
            h.append("</ol></details>\n");
        }
    }

    private static void filter(StringBuilder h, String name, java.util.stream.Stream<String> values) {
        h.append("<label>").append(name).append(" <select name=\"").append(name).append("\"><option value=\"\">all</option>");
        values.filter(v -> !v.isEmpty()).distinct().sorted()
                .forEach(v -> h.append("<option>").append(esc(v)).append("</option>"));
        h.append("</select></label>");
    }

    private static void matrix(StringBuilder h, Map<String, List<CheckRecord>> groups) {
        h.append("<table><thead><tr><th>operation</th><th>run</th><th>passed</th><th>failed</th><th>checks</th></tr></thead><tbody>\n");
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
        h.append("</tbody></table>\n");
    }

    private static void finding(StringBuilder h, Finding f) {
        h.append("<div><b class=\"").append(f.severity() == Severity.ERROR ? "bad" : "").append("\">")
                .append(f.severity()).append("</b> <code>").append(esc(f.rule())).append("</code>");
        if (f.operation() != null) {
            h.append(" in <code>").append(esc(f.operation())).append("</code>");
        }
        h.append(" at <code>").append(esc(ReportText.readable(f.location()))).append("</code><br>")
                .append(esc(ReportSafety.safe(f.message())));
        dev.contractgate.conformance.core.Reproduction again = f.evidence().reproduction();
        if (!again.isEmpty()) {
            h.append("<div class=\"repro\"><p>reproduce with curl (set <code>BASE_URL</code> and <code>TOKEN</code> first)")
                    .append("<button class=\"copy\" type=\"button\">copy</button></p><pre>")
                    .append(esc(ReportSafety.safe(again.curl()))).append("</pre>");
            if (!again.junit().isEmpty()) {
                h.append("<p>the same as a JUnit 5 test, <code>").append(esc(again.junitClass()))
                        .append(".java</code><button class=\"copy\" type=\"button\">copy</button></p><pre>")
                        .append(esc(ReportSafety.safe(again.junit()))).append("</pre>");
            }
            h.append("</div>");
        }
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
