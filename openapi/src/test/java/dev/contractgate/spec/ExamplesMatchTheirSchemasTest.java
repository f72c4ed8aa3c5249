package dev.contractgate.spec;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExamplesMatchTheirSchemasTest {

    @Test
    void every_example_of_the_spec_is_valid_against_its_schema() {
        OpenAPI api = SpecLoader.parse(SpecLoader.mainSpec()).getOpenAPI();

        List<Violation> found = ExampleChecker.check(api);

        assertThat(found).as("invalid examples:%s", SpecLines.of(SpecLoader.mainSpec()).describe(found)).isEmpty();
    }

    @Test
    void an_example_that_breaks_its_schema_is_reported_at_its_pointer() {
        OpenAPI api = SpecLoader.parse(SpecLoader.brokenSpec("example-violates-schema.yaml")).getOpenAPI();

        List<Violation> violations = ExampleChecker.check(api);

        assertThat(violations)
                .extracting(Violation::rule, Violation::pointer)
                .contains(org.assertj.core.groups.Tuple.tuple(ExampleChecker.RULE,
                        "/components/responses/NotFound/content/application~1json/examples/unknownToken/value"));
        assertThat(violations).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void an_example_with_a_null_field_or_an_offset_date_time_breaks_the_spec_conventions() {
        OpenAPI api = SpecLoader.parse(SpecLoader.brokenSpec("example-breaks-conventions.yaml")).getOpenAPI();
        String value = "/components/requestBodies/Token/content/application~1json/examples/offsetTime/value";

        assertThat(ExampleChecker.check(api))
                .extracting(Violation::rule, Violation::pointer)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ExampleConventions.DATE_TIME, value + "/createdAt"),
                        org.assertj.core.groups.Tuple.tuple(ExampleConventions.NULL_VALUE, value + "/description"));
    }
}
