package dev.contractgate.conformance.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpecLintTest {

    private static RunResult lint(String fixture) {
        try {
            Path path = Path.of(SpecLintTest.class.getResource("/lint/" + fixture).toURI());
            return new SpecLint().lint(SpecSource.load(path));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> rules(RunResult result) {
        return result.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void the_project_spec_lints_clean() {
        RunResult result = new SpecLint().lint(SpecSource.load(Path.of(System.getProperty("contract.spec"))));

        assertThat(result.findings()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.checks()).hasSize(9);
    }

    @Test
    void an_invariant_that_does_not_compile_and_one_that_names_a_missing_field_are_each_reported_at_their_rule(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String spec = java.nio.file.Files.readString(Path.of(System.getProperty("contract.spec")))
                .replace("rule: \"timestamp(self.updatedAt) >= timestamp(self.createdAt)\"", "rule: \"self.updatedAt >=\"")
                .replace("rule: \"response.status != 200 || response.body.id == request.path.agentTokenId\"",
                        "rule: \"response.status != 200 || response.body.identifier == request.path.agentTokenId\"");
        Path edited = java.nio.file.Files.writeString(dir.resolve("agent-tokens.yaml"), spec);
        RunResult result = new SpecLint().lint(SpecSource.load(edited));

        assertThat(result.findings()).extracting(Finding::rule).containsOnly(LintRules.INVARIANT_INVALID).hasSize(2);
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.message()).contains("updated-not-before-created").contains("does not compile");
            assertThat(f.location().line()).isPositive();
            assertThat(f.location().pointer()).endsWith("/x-invariants/3/rule");
        });
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains("get-reads-the-path-id")
                .contains("'identifier'"));
    }

    private static RunResult lintWithNamePattern(Path dir, String pattern, String example) throws Exception {
        String description = "          description: The name of the agent token.\n        description:\n";
        String spec = java.nio.file.Files.readString(Path.of(System.getProperty("contract.spec")));
        assertThat(spec).contains(description);
        Path edited = java.nio.file.Files.writeString(dir.resolve("agent-tokens.yaml"), spec.replace(description,
                "          pattern: '" + pattern + "'\n          example: " + example + "\n" + description));
        return new SpecLint().lint(SpecSource.load(edited));
    }

    @Test
    void a_catastrophic_pattern_is_reported_as_unusable_in_seconds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        RunResult result = lintWithNamePattern(dir, "(.*a){30}", "a".repeat(29));

        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds").isLessThan(30);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(LintRules.PATTERN_UNUSABLE))
                .anySatisfy(f -> assertThat(f.message()).contains("took longer than"));
    }

    @Test
    void an_example_a_pattern_refuses_is_invalid(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        RunResult result = lintWithNamePattern(dir, "^[a-z]+$", "worker");

        assertThat(result.findings()).extracting(Finding::rule).containsOnly(LintRules.EXAMPLE_INVALID);
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.message()).contains("worker-eu-west-1")
                .contains("does not match the pattern"));
    }

    @Test
    void the_clean_fixture_has_no_finding() {
        assertThat(lint("clean.yaml").findings()).isEmpty();
    }

    @Test
    void an_unexpected_attribute_is_a_parser_finding() {
        assertThat(rules(lint("parser.yaml"))).containsExactly(LintRules.PARSER);
    }

    @Test
    void an_operation_without_an_operation_id_is_reported() {
        RunResult result = lint("operation-id-missing.yaml");

        assertThat(rules(result)).containsExactly(LintRules.OPERATION_ID);
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void two_operations_sharing_an_operation_id_are_reported_by_our_rule_and_by_the_parser() {
        RunResult result = lint("operation-id-duplicate.yaml");

        assertThat(rules(result)).containsExactlyInAnyOrder(LintRules.OPERATION_ID, LintRules.PARSER);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(LintRules.OPERATION_ID)).hasSize(1);
    }

    @Test
    void a_tag_not_declared_at_the_top_is_reported() {
        assertThat(rules(lint("tags.yaml"))).containsExactly(LintRules.TAGS);
    }

    @Test
    void a_property_without_a_description_is_reported_with_its_line() {
        RunResult result = lint("description.yaml");

        assertThat(rules(result)).containsExactly(LintRules.DESCRIPTION);
        Finding finding = result.findings().get(0);
        assertThat(finding.location().pointer()).isEqualTo("/components/schemas/Widget/properties/size");
        assertThat(finding.location().hasLine()).isTrue();
    }

    @Test
    void an_example_above_the_schema_maximum_is_invalid() {
        RunResult result = lint("example-invalid.yaml");

        assertThat(rules(result)).containsExactly(LintRules.EXAMPLE_INVALID);
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void an_operation_without_a_404_response_is_reported() {
        RunResult result = lint("error-responses.yaml");

        assertThat(rules(result)).containsExactly(LintRules.ERROR_RESPONSES);
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void an_operation_without_security_is_reported() {
        assertThat(rules(lint("security.yaml"))).containsExactly(LintRules.SECURITY);
    }

    @Test
    void a_schema_nothing_references_is_reported() {
        RunResult result = lint("unused-component.yaml");

        assertThat(rules(result)).containsExactly(LintRules.UNUSED_COMPONENT);
        assertThat(result.findings().get(0).location().pointer()).isEqualTo("/components/schemas/Gadget");
    }
}
