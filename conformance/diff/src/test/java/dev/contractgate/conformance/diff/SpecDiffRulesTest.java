package dev.contractgate.conformance.diff;

import static dev.contractgate.conformance.core.Severity.ERROR;
import static dev.contractgate.conformance.core.Severity.WARNING;
import static dev.contractgate.conformance.diff.RuleFixtures.assertOnly;
import static dev.contractgate.conformance.diff.RuleFixtures.assertReverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import org.junit.jupiter.api.Test;

/** One fixture pair per rule, and the reverse reading where it means something different. */
class SpecDiffRulesTest {

    @Test void removed_operation_breaks() { assertOnly(DiffRules.OPERATION_REMOVED, ERROR); }

    @Test void added_operation_is_compatible() { assertOnly(DiffRules.OPERATION_ADDED, WARNING); }

    @Test void removed_operation_read_backwards_is_an_added_one() { assertReverse(DiffRules.OPERATION_REMOVED, DiffRules.OPERATION_ADDED); }

    @Test void removed_parameter_breaks() { assertOnly(DiffRules.PARAMETER_REMOVED, ERROR); }

    @Test void added_optional_parameter_breaks_nobody() { assertReverse(DiffRules.PARAMETER_REMOVED, null); }

    @Test void parameter_becoming_required_breaks() { assertOnly(DiffRules.PARAMETER_REQUIRED_ADDED, ERROR); }

    @Test void parameter_becoming_optional_breaks_nobody() { assertReverse(DiffRules.PARAMETER_REQUIRED_ADDED, null); }

    @Test void new_required_request_field_breaks() { assertOnly(DiffRules.REQUEST_FIELD_REQUIRED_ADDED, ERROR); }

    @Test void request_field_becoming_optional_breaks_nobody() { assertReverse(DiffRules.REQUEST_FIELD_REQUIRED_ADDED, null); }

    @Test void new_optional_request_field_is_compatible() { assertOnly(DiffRules.REQUEST_FIELD_OPTIONAL_ADDED, WARNING); }

    @Test void narrowed_request_bounds_break() { assertOnly(DiffRules.REQUEST_BOUNDS_NARROWED, ERROR); }

    @Test void narrowed_request_bounds_read_backwards_are_relaxed() { assertReverse(DiffRules.REQUEST_BOUNDS_NARROWED, DiffRules.REQUEST_BOUNDS_RELAXED); }

    @Test void relaxed_request_bounds_are_compatible() { assertOnly(DiffRules.REQUEST_BOUNDS_RELAXED, WARNING); }

    @Test void relaxed_request_bounds_read_backwards_are_narrowed() { assertReverse(DiffRules.REQUEST_BOUNDS_RELAXED, DiffRules.REQUEST_BOUNDS_NARROWED); }

    @Test void narrowed_request_enum_breaks() { assertOnly(DiffRules.REQUEST_ENUM_NARROWED, ERROR); }

    @Test void widened_request_enum_breaks_nobody() { assertReverse(DiffRules.REQUEST_ENUM_NARROWED, null); }

    @Test void changed_request_field_type_breaks() { assertOnly(DiffRules.REQUEST_TYPE_CHANGED, ERROR); }

    @Test void changed_response_field_type_breaks() { assertOnly(DiffRules.RESPONSE_TYPE_CHANGED, ERROR); }

    @Test void removed_response_field_breaks() { assertOnly(DiffRules.RESPONSE_FIELD_REMOVED, ERROR); }

    @Test void removed_response_field_read_backwards_is_an_added_one() { assertReverse(DiffRules.RESPONSE_FIELD_REMOVED, DiffRules.RESPONSE_FIELD_ADDED); }

    @Test void added_response_field_is_compatible() { assertOnly(DiffRules.RESPONSE_FIELD_ADDED, WARNING); }

    @Test void widened_response_enum_breaks_although_openapi_diff_calls_it_compatible() { assertOnly(DiffRules.RESPONSE_ENUM_WIDENED, ERROR); }

    @Test void narrowed_response_enum_breaks_nobody() { assertReverse(DiffRules.RESPONSE_ENUM_WIDENED, null); }

    @Test void removed_response_status_breaks() { assertOnly(DiffRules.RESPONSE_STATUS_REMOVED, ERROR); }

    @Test void changed_request_content_type_breaks() { RuleFixtures.assertShows(DiffRules.CONTENT_TYPE_CHANGED); }

    @Test void changed_request_content_type_breaks_in_both_directions() {
        assertThat(RuleFixtures.diff(DiffRules.CONTENT_TYPE_CHANGED, true).findings())
                .filteredOn(f -> f.severity() == ERROR).extracting(Finding::rule).containsOnly(DiffRules.CONTENT_TYPE_CHANGED);
    }
}
