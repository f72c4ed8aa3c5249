package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.coverage.CoverageMatrix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage matrix as the console, Markdown and HTML reports show it: operation by
 * documented status, which sources exercised each and with what verdict.
 */
final class CoverageText {

    private CoverageText() {
    }

    /** The matrix of a run, or null when the run records no coverage (lint, diff). */
    static CoverageMatrix of(RunResult result) {
        return result.coverage().isEmpty() ? null : CoverageMatrix.of(result.coverage());
    }

    /** One line per operation: each status with the sources that exercised it (P pacts, V provider verification, C check), or a dash. */
    static String console(CoverageMatrix matrix) {
        StringBuilder out = new StringBuilder("\ncoverage (status: sources that exercised it; P pacts, V provider verification,"
                + " C check; ! a failure, - not exercised, ~ not reachable)\n");
        Map<String, List<CoverageMatrix.Row>> byOperation = byOperation(matrix);
        int width = byOperation.keySet().stream().mapToInt(String::length).max().orElse(5);
        byOperation.forEach((operation, rows) -> {
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s ", operation));
            for (CoverageMatrix.Row row : rows) {
                line.append(' ').append(row.status()).append(row.documented() ? "" : "(undocumented)").append(' ')
                        .append(marks(row)).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        });
        return out.toString();
    }

    static String marks(CoverageMatrix.Row row) {
        if (!row.exercised()) {
            return row.verdict().equals("not reachable") ? "~" : "-";
        }
        StringBuilder marks = new StringBuilder();
        row.cells().forEach((source, cell) -> marks.append(mark(source)));
        return marks + (row.verdict().equals("fail") ? "!" : "");
    }

    /** The letter of a source in the console matrix. */
    static char mark(String source) {
        return switch (source) {
            case "pacts" -> 'P';
            case "provider" -> 'V';
            case "check" -> 'C';
            default -> Character.toUpperCase(source.charAt(0));
        };
    }

    /** A Markdown table: operation, status, one column per source, verdict. */
    static String markdown(CoverageMatrix matrix) {
        StringBuilder md = new StringBuilder("\n### Coverage\n\n| operation | status |");
        matrix.sources().forEach(s -> md.append(' ').append(s).append(" |"));
        md.append(" verdict |\n|---|---|");
        matrix.sources().forEach(s -> md.append("---:|"));
        md.append("---|\n");
        for (CoverageMatrix.Row row : matrix.rows()) {
            md.append("| ").append(row.operation()).append(" | ").append(row.status())
                    .append(row.documented() ? "" : " (undocumented)").append(" |");
            for (String source : matrix.sources()) {
                CoverageMatrix.Cell cell = row.cells().get(source);
                md.append(' ').append(cell == null ? "" : cell.count() + (cell.passed() ? "" : " ✗")).append(" |");
            }
            md.append(' ').append(row.verdict()).append(" |\n");
        }
        return md.toString();
    }

    /** An HTML table of the matrix. */
    static String html(CoverageMatrix matrix) {
        StringBuilder h = new StringBuilder("<h2 id=\"coverage\">Coverage</h2>\n<table class=\"coverage\"><thead><tr><th>operation</th><th>status</th>");
        matrix.sources().forEach(s -> h.append("<th>").append(HtmlRenderer.esc(s)).append("</th>"));
        h.append("<th>verdict</th></tr></thead><tbody>\n");
        for (CoverageMatrix.Row row : matrix.rows()) {
            String css = switch (row.verdict()) {
                case "pass" -> "pass";
                case "fail" -> "fail";
                default -> "warn";
            };
            h.append("<tr class=\"").append(css).append("\"><td>").append(HtmlRenderer.esc(row.operation())).append("</td><td>")
                    .append(HtmlRenderer.esc(row.status())).append(row.documented() ? "" : " (undocumented)").append("</td>");
            for (String source : matrix.sources()) {
                CoverageMatrix.Cell cell = row.cells().get(source);
                h.append("<td title=\"").append(cell == null ? "" : HtmlRenderer.esc(String.join("; ", cell.by()))).append("\">")
                        .append(cell == null ? "" : cell.count() + (cell.passed() ? "" : " ✗")).append("</td>");
            }
            h.append("<td>").append(HtmlRenderer.esc(row.verdict())).append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n").toString();
    }

    private static Map<String, List<CoverageMatrix.Row>> byOperation(CoverageMatrix matrix) {
        Map<String, List<CoverageMatrix.Row>> out = new LinkedHashMap<>();
        matrix.rows().forEach(r -> out.computeIfAbsent(r.operation(), k -> new ArrayList<>()).add(r));
        return out;
    }
}
