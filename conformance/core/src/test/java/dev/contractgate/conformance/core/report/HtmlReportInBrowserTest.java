package dev.contractgate.conformance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report as a reviewer opens it: from a file, in a headless browser engine, with its script running. */
class HtmlReportInBrowserTest {

    @TempDir
    Path dir;

    private HtmlPage open(WebClient browser) throws Exception {
        Path file = Files.writeString(dir.resolve("contract-report.html"), new HtmlRenderer().render(SampleRuns.withFindings()));
        browser.getOptions().setJavaScriptEnabled(true);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        return browser.getPage(file.toUri().toURL());
    }

    private static List<String> shownGroupRules(HtmlPage page) {
        return page.querySelectorAll(".group").stream().map(DomElement.class::cast)
                .filter(g -> !g.getAttribute("class").contains("hidden"))
                .map(g -> g.getAttribute("data-rule")).toList();
    }

    @Test
    void opens_with_the_verdict_and_one_expandable_group_per_root_cause() throws Exception {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = open(browser);

            assertThat(page.getBody().asNormalizedText()).startsWith("contract check http://127.0.0.1:8080\nFAILED: 3 checks, 1 errors, 1 warnings");
            assertThat(shownGroupRules(page)).containsExactly("response.header.request-id", "secret.token-leaked");
            assertThat(page.getElementsByTagName("details").stream().filter(d -> d.getAttribute("class").equals("group")).count())
                    .isEqualTo(2);
        }
    }

    @Test
    void choosing_a_rule_hides_the_groups_of_other_rules_and_all_shows_them_again() throws Exception {
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = open(browser);
            HtmlSelect rule = page.querySelector(".filters select[name=rule]");

            rule.setSelectedAttribute("secret.token-leaked", true);
            assertThat(shownGroupRules(page)).containsExactly("secret.token-leaked");

            HtmlSelect severity = page.querySelector(".filters select[name=severity]");
            severity.setSelectedAttribute("WARNING", true);
            assertThat(shownGroupRules(page)).as("no group is both").isEmpty();

            rule.setSelectedAttribute("", true);
            assertThat(shownGroupRules(page)).containsExactly("response.header.request-id");
        }
    }

    @Test
    void a_reproducer_shows_its_curl_lines_and_junit_test_each_with_a_button_that_copies_it() throws Exception {
        Path file = Files.writeString(dir.resolve("repro.html"), new HtmlRenderer().render(SampleRuns.withReproduction()));
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            browser.getOptions().setThrowExceptionOnScriptError(true);
            HtmlPage page = browser.getPage(file.toUri().toURL());
            List<DomElement> buttons = page.querySelectorAll(".group .repro button.copy").stream().map(DomElement.class::cast).toList();
            assertThat(buttons).hasSize(2);
            List<String> copied = buttons.stream().map(b -> b.getParentNode().getNextSibling().getTextContent()).toList();
            assertThat(copied.get(0)).startsWith("# reproduce: 2 steps").contains("curl -sS -X GET \"$BASE_URL/things\"");
            assertThat(copied.get(1)).contains("class ModelReproducerTest {").contains("// <steps & assertions>");

            buttons.get(0).click();
            assertThat(buttons.get(0).getTextContent()).isEqualTo("copied");
        }
    }

    @Test
    void figures_are_a_table_with_units_and_places_read_as_paths() throws Exception {
        Path file = Files.writeString(dir.resolve("figures.html"), new HtmlRenderer().render(SampleRuns.withReproduction()));
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            HtmlPage page = browser.getPage(file.toUri().toURL());
            String text = page.getBody().asNormalizedText();
            assertThat(text).contains("duration\t1234 ms").contains("requests\t42").doesNotContain("durationMillis")
                    .contains("openapi/agent-tokens.yaml:128 paths \u203a /organizations/{organizationId} \u203a get \u203a responses")
                    .doesNotContain("~1");
        }
    }

    @Test
    void the_page_parses_without_a_single_html_error_or_warning() throws Exception {
        List<String> problems = new java.util.ArrayList<>();
        try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
            browser.setHTMLParserListener(new org.htmlunit.html.parser.HTMLParserListener() {
                @Override
                public void error(String message, java.net.URL url, String html, int line, int column, String key) {
                    problems.add("error " + line + ":" + column + " " + message);
                }

                @Override
                public void warning(String message, java.net.URL url, String html, int line, int column, String key) {
                    problems.add("warning " + line + ":" + column + " " + message);
                }
            });
            browser.setIncorrectnessListener((message, origin) -> problems.add("incorrect: " + message));
            open(browser);
        }
        assertThat(problems).isEmpty();
    }
}
