package dev.contractgate.conformance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlAndMarkdownRendererTest {

    @Test
    void html_escapes_every_text_it_shows() {
        String html = new HtmlRenderer().render(SampleRuns.withFindings());

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>it must not</b>").doesNotContain("<fast>");
        assertThat(html).contains("&lt;script&gt;", "&lt;b&gt;it must not&lt;/b&gt;", "secret.token-leaked");
    }

    @Test
    void html_is_self_contained() {
        String html = new HtmlRenderer().render(SampleRuns.withFindings());

        assertThat(html).doesNotContainPattern("(?i)<(link|img|iframe|object)\\b").doesNotContain("src=").doesNotContain("http-equiv")
                .doesNotContain("http://fonts").doesNotContain("https://");
        assertThat(html).contains("<style>");
        assertThat(html.split("(?i)<script", -1)).as("one inline script: the filters").hasSize(2);
        assertThat(html).contains("<script id=\"filters\">");
    }

    @Test
    void markdown_names_each_finding_by_rule_and_escapes_html() {
        String md = new MarkdownRenderer().render(SampleRuns.withFindings());

        assertThat(md).contains("`secret.token-leaked`", "`response.header.request-id`", "| GetAgentToken | 1 | 0 | 1 |");
        assertThat(md).doesNotContain("<b>it must not</b>");
    }

    @Test
    void console_counts_checks_per_group_and_lists_errors_with_location() {
        String text = new ConsoleRenderer().render(SampleRuns.withFindings());

        assertThat(text).containsPattern("ListAgentTokens\\s+2 run\\s+2 passed\\s+0 failed");
        assertThat(text).containsPattern("GetAgentToken\\s+1 run\\s+0 passed\\s+1 failed");
        assertThat(text).contains("secret.token-leaked", "openapi/agent-tokens.yaml:42", "FAILED");
    }

    @org.junit.jupiter.api.Test
    void markdown_fits_a_pull_request_comment_with_the_ten_worst_root_causes_and_a_pointer_to_the_rest() {
        java.util.List<dev.contractgate.conformance.core.CheckRecord> checks = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            java.util.List<dev.contractgate.conformance.core.Finding> findings = new java.util.ArrayList<>();
            for (int n = 0; n < i; n++) { // cause i occurs i times
                findings.add(dev.contractgate.conformance.core.Finding.error("rule.number-" + i, "Op",
                        dev.contractgate.conformance.core.SpecLocation.of("/paths/x/get"), "cause " + i, dev.contractgate.conformance.core.Evidence.NONE));
            }
            checks.add(new dev.contractgate.conformance.core.CheckRecord("Op", "check " + i, findings, java.time.Duration.ZERO));
        }
        String md = new MarkdownRenderer().render(new dev.contractgate.conformance.core.RunResult("run", checks, java.util.Map.of()));

        assertThat(md).contains("(top 10)").contains("and 2 more root causes: see contract-report.html");
        assertThat(md).contains("`rule.number-12`").contains("`rule.number-3`").doesNotContain("`rule.number-2`").doesNotContain("`rule.number-1`");
        assertThat(md.indexOf("`rule.number-12`")).as("most frequent first").isLessThan(md.indexOf("`rule.number-11`"));
    }
}
