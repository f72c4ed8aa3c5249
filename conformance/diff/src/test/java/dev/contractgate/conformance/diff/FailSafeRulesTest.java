package dev.contractgate.conformance.diff;

import static dev.contractgate.conformance.core.Severity.ERROR;
import static dev.contractgate.conformance.diff.RuleFixtures.assertReverse;
import static dev.contractgate.conformance.diff.RuleFixtures.assertShows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture pair in {@code rules/} is named after the rule it shows ({@code key} or
 * {@code key+variant}) and shows exactly that rule; read backwards, the pairs whose reverse
 * means something else show that.
 */
class FailSafeRulesTest {

    static Stream<String> pairs() {
        return RuleFixtures.pairs().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void every_fixture_pair_shows_exactly_the_rule_it_is_named_after(String pair) {
        assertShows(pair);
    }

    @Test
    void there_are_at_least_35_rule_named_pairs_and_every_pair_names_a_rule_of_the_catalogue() {
        List<String> keys = DiffRules.catalogue().stream().map(dev.contractgate.conformance.core.Rule::key).toList();
        assertThat(RuleFixtures.pairs()).hasSizeGreaterThanOrEqualTo(35)
                .allSatisfy(pair -> assertThat(keys).contains(pair.replaceFirst("\\+.*", "")));
    }

    @Test void a_response_field_that_may_be_null_read_backwards_is_no_longer_nullable() {
        assertReverse(DiffRules.RESPONSE_NULLABLE_ADDED, DiffRules.RESPONSE_NULLABLE_REMOVED);
    }

    @Test void a_request_field_no_longer_nullable_read_backwards_is_nullable_added() {
        assertReverse(DiffRules.REQUEST_NULLABLE_REMOVED, DiffRules.REQUEST_NULLABLE_ADDED);
    }

    @Test void wider_response_bounds_read_backwards_are_narrower() {
        assertReverse(DiffRules.RESPONSE_BOUNDS_WIDENED, DiffRules.RESPONSE_BOUNDS_NARROWED);
    }

    @Test void a_pattern_added_to_a_request_read_backwards_relaxes_it() {
        assertReverse(DiffRules.REQUEST_BOUNDS_NARROWED + "+pattern", DiffRules.REQUEST_BOUNDS_RELAXED);
    }

    @Test void a_removed_response_header_read_backwards_is_a_new_one() {
        assertReverse(DiffRules.RESPONSE_HEADER_REMOVED, DiffRules.RESPONSE_HEADER_ADDED);
    }

    @Test void a_response_header_no_longer_required_read_backwards_is_one_now_always_sent() {
        assertReverse(DiffRules.RESPONSE_HEADER_CHANGED, DiffRules.RESPONSE_HEADER_ADDED);
    }

    @Test void a_response_field_no_longer_required_read_backwards_is_now_required() {
        assertReverse(DiffRules.RESPONSE_FIELD_OPTIONAL, DiffRules.RESPONSE_FIELD_NOW_REQUIRED);
    }

    @Test void a_new_security_requirement_read_backwards_removes_security() {
        assertReverse(DiffRules.SECURITY_REQUIREMENT_ADDED, DiffRules.SECURITY_REMOVED);
    }

    @Test void added_scopes_read_backwards_are_removed_scopes() {
        assertReverse(DiffRules.SECURITY_SCOPES_ADDED, DiffRules.SECURITY_SCOPES_REMOVED);
    }

    @Test void a_replaced_security_scheme_breaks_in_both_directions() {
        assertReverse(DiffRules.SECURITY_REQUIREMENT_REMOVED, DiffRules.SECURITY_REQUIREMENT_REMOVED);
    }

    @Test void a_new_authentication_alternative_read_backwards_removes_a_way_to_authenticate() {
        assertReverse(DiffRules.SECURITY_ALTERNATIVE_ADDED, DiffRules.SECURITY_REQUIREMENT_REMOVED);
    }

    @Test void a_required_request_body_read_backwards_becomes_optional() {
        assertReverse(DiffRules.REQUEST_BODY_REQUIRED_ADDED, DiffRules.REQUEST_BODY_NOW_OPTIONAL);
    }

    @Test void a_changed_success_status_breaks_in_both_directions() {
        assertReverse(DiffRules.RESPONSE_SUCCESS_STATUS_CHANGED, DiffRules.RESPONSE_SUCCESS_STATUS_CHANGED);
    }

    @Test void a_new_error_status_read_backwards_is_a_removed_status() {
        assertReverse(DiffRules.RESPONSE_STATUS_ADDED, DiffRules.RESPONSE_STATUS_REMOVED);
    }

    @Test void a_lowered_resource_limit_read_backwards_is_a_raised_one() {
        assertReverse(DiffRules.RESOURCE_LIMIT_NARROWED, DiffRules.RESOURCE_LIMIT_RELAXED);
    }

    @Test void a_removed_invariant_read_backwards_is_a_new_one() {
        assertReverse(DiffRules.INVARIANT_REMOVED, DiffRules.INVARIANT_ADDED);
    }

    @Test void a_strengthened_invariant_read_backwards_is_a_changed_one() {
        assertReverse(DiffRules.INVARIANT_STRENGTHENED, DiffRules.INVARIANT_CHANGED);
    }

    @Test void a_new_order_read_backwards_takes_the_order_away() {
        assertReverse(DiffRules.ORDER_ADDED, DiffRules.ORDER_CHANGED);
    }

    @Test void a_removed_uniqueness_read_backwards_is_a_new_one() {
        assertReverse(DiffRules.UNIQUE_REMOVED, DiffRules.UNIQUE_ADDED);
    }

    @Test void a_new_link_read_backwards_is_a_removed_one() {
        assertReverse(DiffRules.LINK_ADDED, DiffRules.LINK_CHANGED);
    }

    @Test void an_added_tag_read_backwards_removes_the_method_from_a_class() {
        assertReverse(DiffRules.OPERATION_TAG_ADDED, DiffRules.OPERATION_TAG_REMOVED);
    }

    @Test void a_second_server_read_backwards_is_a_server_gone() {
        assertReverse(DiffRules.SERVER_ADDED, DiffRules.SERVER_CHANGED);
    }

    @Test void a_closed_request_object_read_backwards_accepts_more() {
        assertReverse(DiffRules.REQUEST_ADDITIONAL_PROPERTIES_NARROWED, DiffRules.REQUEST_ADDITIONAL_PROPERTIES_RELAXED);
    }

    @Test void an_opened_response_object_read_backwards_is_closed_again() {
        assertReverse(DiffRules.RESPONSE_ADDITIONAL_PROPERTIES_WIDENED, DiffRules.RESPONSE_ADDITIONAL_PROPERTIES_NARROWED);
    }

    @Test void swapped_parameters_break_in_both_directions() {
        assertReverse(DiffRules.PARAMETER_ORDER_CHANGED, DiffRules.PARAMETER_ORDER_CHANGED);
    }

    @Test void a_path_parameter_rename_breaks_nobody_the_url_on_the_wire_is_the_same() {
        var base = dev.contractgate.conformance.core.SpecSource.load(RuleFixtures.resource("compatible/path-parameter-renamed_base.yaml"));
        var changed = dev.contractgate.conformance.core.SpecSource.load(RuleFixtures.resource("compatible/path-parameter-renamed_changed.yaml"));
        assertThat(new SpecDiff().diff(base, changed, DiffOptions.defaults()).exitCode()).isZero();
        assertThat(new SpecDiff().diff(changed, base, DiffOptions.defaults()).exitCode()).isZero();
    }

    @Test void an_unclassified_change_is_breaking_and_carries_openapi_diffs_own_description() {
        RunResult result = RuleFixtures.diff(DiffRules.UNCLASSIFIED + "+one-of", false);
        Finding finding = result.findings().stream().filter(f -> f.rule().equals(DiffRules.UNCLASSIFIED)
                && f.message().contains("openapi-diff:")).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(ERROR);
        assertThat(finding.message()).contains("oneOf").contains("openapi-diff: incompatible").contains("property target");
        assertThat(finding.evidence().request()).contains("base spec");
        assertThat(finding.evidence().response()).contains("changed spec");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test void a_change_openapi_diff_does_not_model_is_breaking_with_its_pointer_and_both_values() {
        RunResult result = RuleFixtures.diff(DiffRules.UNCLASSIFIED, false);
        assertThat(result.stats()).containsEntry("openapi-diff verdict", "no change");
        Finding finding = result.findings().stream().filter(f -> f.rule().equals(DiffRules.UNCLASSIFIED)).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(ERROR);
        assertThat(finding.location().pointer()).isEqualTo("/paths/~1tokens/get/x-rate-limit/perMinute");
        assertThat(finding.message()).contains("100").contains("10").contains("x-rate-limit");
        assertThat(finding.operation()).isEqualTo("ListTokens");
        assertThat(result.exitCode()).isEqualTo(1);
    }
}
