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

        assertThat(html).doesNotContainPattern("(?i)<(script|link|img)\\b").doesNotContain("src=").doesNotContain("http-equiv");
        assertThat(html).contains("<style>");
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
}
