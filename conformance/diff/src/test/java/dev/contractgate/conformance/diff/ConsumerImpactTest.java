package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.DiffOptions.FailOn;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsumerImpactTest {

    private static final Path PACTS = RuleFixtures.resource("pacts");

    @Test
    void the_pacts_hold_against_the_base_spec() {
        SpecSource base = SpecSource.load(RuleFixtures.resource("rules/diff.request.field-required-added_base.yaml"));
        assertThat(new PactSpecCheck().check(base, PACTS).errorCount()).isZero();
    }

    @Test
    void new_required_request_field_breaks_the_consumer_that_creates_tokens() {
        RunResult result = RuleFixtures.diff(DiffRules.REQUEST_FIELD_REQUIRED_ADDED, false,
                DiffOptions.defaults().withPacts(PACTS).withFailOn(FailOn.CONSUMER_IMPACT));

        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.CONSUMER_BROKEN))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("web-ui").contains("create a token named ci"));
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.REQUEST_FIELD_REQUIRED_ADDED))
                .extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void narrowed_bounds_no_consumer_uses_are_a_warning_when_failing_on_consumer_impact() {
        RunResult result = RuleFixtures.diff(DiffRules.REQUEST_BOUNDS_NARROWED, false,
                DiffOptions.defaults().withPacts(PACTS).withFailOn(FailOn.CONSUMER_IMPACT));

        assertThat(result.findings()).extracting(Finding::rule).doesNotContain(DiffRules.CONSUMER_BROKEN);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.REQUEST_BOUNDS_NARROWED))
                .isNotEmpty().extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void narrowed_bounds_no_consumer_uses_still_fail_on_any_breaking_change() {
        RunResult result = RuleFixtures.diff(DiffRules.REQUEST_BOUNDS_NARROWED, false,
                DiffOptions.defaults().withPacts(PACTS));

        assertThat(result.findings()).extracting(Finding::rule).doesNotContain(DiffRules.CONSUMER_BROKEN);
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void of_two_breaking_changes_only_the_one_that_breaks_a_consumer_fails_on_consumer_impact() {
        SpecSource base = SpecSource.load(RuleFixtures.resource("impact/two-changes_base.yaml"));
        SpecSource changed = SpecSource.load(RuleFixtures.resource("impact/two-changes_changed.yaml"));
        RunResult result = new SpecDiff().diff(base, changed,
                DiffOptions.defaults().withPacts(PACTS).withFailOn(FailOn.CONSUMER_IMPACT));

        // CreateToken: new required field 'role'; the web-ui pact creates tokens without it
        assertThat(result.findings()).filteredOn(f -> "CreateToken".equals(f.operation()))
                .extracting(Finding::rule, Finding::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DiffRules.REQUEST_FIELD_REQUIRED_ADDED, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(DiffRules.CONSUMER_BROKEN, Severity.ERROR));
        // ListTokens: maximum of 'limit' narrowed; the pact lists tokens without 'limit'
        assertThat(result.findings()).filteredOn(f -> "ListTokens".equals(f.operation()))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiffRules.REQUEST_BOUNDS_NARROWED, Severity.WARNING));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void a_widened_enum_breaks_the_interaction_whose_example_names_the_field_although_its_value_is_still_valid() {
        RunResult result = RuleFixtures.diff(DiffRules.RESPONSE_ENUM_WIDENED, false,
                DiffOptions.defaults().withPacts(PACTS).withFailOn(FailOn.CONSUMER_IMPACT));

        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.CONSUMER_BROKEN))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.message()).contains("relies on response field 'status'")
                        .contains(DiffRules.RESPONSE_ENUM_WIDENED));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void a_widened_enum_breaks_an_interaction_that_names_the_field_only_in_its_matching_rules() {
        RunResult result = RuleFixtures.diff(DiffRules.RESPONSE_ENUM_WIDENED, false,
                DiffOptions.defaults().withPacts(RuleFixtures.resource("pacts-reliance/status-matcher"))
                        .withFailOn(FailOn.CONSUMER_IMPACT));

        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.CONSUMER_BROKEN))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("status-matcher").contains("'status'"));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void a_widened_enum_of_a_field_no_interaction_names_is_a_warning_when_failing_on_consumer_impact() {
        RunResult result = RuleFixtures.diff(DiffRules.RESPONSE_ENUM_WIDENED, false,
                DiffOptions.defaults().withPacts(RuleFixtures.resource("pacts-reliance/ids-only"))
                        .withFailOn(FailOn.CONSUMER_IMPACT));

        assertThat(result.findings()).extracting(Finding::rule).doesNotContain(DiffRules.CONSUMER_BROKEN);
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void a_renamed_field_breaks_each_interaction_once_with_every_way_it_breaks_listed() throws Exception {
        Path basePath = RuleFixtures.resource("impact/two-changes_base.yaml");
        String text = java.nio.file.Files.readString(basePath);
        String renamed = text.replace("    Token:\n      type: object\n",
                        "    Token:\n      type: object\n      additionalProperties: false\n      required: [state]\n")
                .replace("        status:\n", "        state:\n");
        SpecSource changed = SpecSource.parse(Path.of("renamed.yaml"), renamed);
        RunResult result = new SpecDiff().diff(SpecSource.load(basePath), changed, DiffOptions.defaults().withPacts(PACTS));

        List<Finding> broken = result.findings().stream().filter(f -> f.rule().equals(DiffRules.CONSUMER_BROKEN)).toList();
        assertThat(broken).isNotEmpty();
        assertThat(broken.stream().map(Finding::message).map(m -> m.substring(0, m.indexOf("' ") + 1)))
                .as("one finding per broken interaction").doesNotHaveDuplicates();
        assertThat(broken).anySatisfy(f -> assertThat(f.message()).contains("breaks against the changed spec in 3 ways:")
                .contains("(1) relies on response field 'status'").contains("(2)").contains("(3)"));
    }
}
