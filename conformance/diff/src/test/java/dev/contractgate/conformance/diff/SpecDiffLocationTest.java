package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import org.junit.jupiter.api.Test;

class SpecDiffLocationTest {

    @Test
    void removed_response_field_points_at_its_definition_in_the_base_and_names_the_changed_schema() {
        RunResult result = RuleFixtures.diff(DiffRules.RESPONSE_FIELD_REMOVED, false);
        Finding finding = result.findings().get(0);
        assertThat(finding.location().pointer()).isEqualTo("/components/schemas/Token/properties/shortToken");
        assertThat(finding.location().file()).endsWith("diff.response.field-removed_base.yaml");
        assertThat(finding.location().line()).isEqualTo(62);
        assertThat(finding.message()).contains("diff.response.field-removed_changed.yaml:")
                .contains("/components/schemas/Token");
        assertThat(finding.evidence().response()).contains("_changed.yaml");
    }

    @Test
    void narrowed_bounds_point_at_the_field_in_the_changed_spec_and_name_the_base() {
        Finding finding = RuleFixtures.diff(DiffRules.REQUEST_BOUNDS_NARROWED, false).findings().get(0);
        assertThat(finding.location().pointer()).isEqualTo("/components/schemas/CreateRequest/properties/name");
        assertThat(finding.location().file()).endsWith("_changed.yaml");
        assertThat(finding.location().line()).isPositive();
        assertThat(finding.message()).contains("_base.yaml:");
        assertThat(finding.operation()).isEqualTo("CreateToken");
    }

    @Test
    void one_check_per_operation_grouped_by_operation_id() {
        RunResult result = RuleFixtures.diff(DiffRules.RESPONSE_FIELD_REMOVED, false);
        assertThat(result.checks()).extracting(CheckRecord::group).containsExactly("ListTokens", "CreateToken");
        // Token is returned by both operations, so both lose the field
        assertThat(result.checks()).allSatisfy(c -> assertThat(c.findings()).extracting(Finding::rule)
                .containsExactly(DiffRules.RESPONSE_FIELD_REMOVED));
    }

    @Test
    void identical_specs_give_no_finding_and_exit_0() {
        SpecSource spec = SpecSource.load(RuleFixtures.resource("rules/diff.response.field-removed_base.yaml"));
        RunResult same = new SpecDiff().diff(spec, spec, DiffOptions.defaults());
        assertThat(same.findings()).isEmpty();
        assertThat(same.checks()).hasSize(2).allMatch(CheckRecord::passed);
        assertThat(same.exitCode()).isZero();
    }
}
