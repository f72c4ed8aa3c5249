package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueGeneratorTest {

    private final OpenAPI api = MockServerRunTest.SPEC.openApi();
    private final ValueGenerator values = new ValueGenerator(api);

    @SuppressWarnings("rawtypes")
    private Schema parameter(String name) {
        return api.getComponents().getParameters().get(name).getSchema();
    }

    @SuppressWarnings("rawtypes")
    private Schema expiry() {
        return (Schema) api.getComponents().getSchemas().get("CreateAgentTokenRequest").getProperties()
                .get("tokenExpiryPeriodInDays");
    }

    @Test
    void limit_boundaries_are_0_and_1000() {
        assertThat(values.boundaries(parameter("Limit")).values()).extracting(JsonNode::asInt).containsExactly(0, 1000);
    }

    @Test
    void expiry_boundaries_are_1_and_3650() {
        assertThat(values.boundaries(expiry()).values()).extracting(JsonNode::asInt).containsExactly(1, 3650);
    }

    @Test
    void expiry_violations_step_just_outside_each_bound_and_change_the_type() {
        assertThat(values.violations(expiry())).extracting(v -> v.value().toString())
                .contains("0", "3651", "\"not-a-number\"", "1.5");
    }

    @Test
    void an_int32_without_a_maximum_is_violated_just_past_the_int32_range_and_one_with_a_lower_maximum_is_not() {
        assertThat(values.violations(parameter("Offset"))).extracting(v -> v.value().toString()).contains("2147483648");
        assertThat(values.violations(expiry())).extracting(v -> v.value().toString()).doesNotContain("2147483648");
    }

    @Test
    void a_body_field_that_is_not_nullable_gets_null_as_a_violation_but_a_query_value_does_not() {
        assertThat(values.fieldViolations(expiry())).anyMatch(v -> v.value().isNull());
        assertThat(values.violations(parameter("Offset"))).noneMatch(v -> v.value().isNull());
    }

    @Test
    void sorts_get_one_boundary_per_enum_value_two_large_arrays_and_an_unknown_value_as_a_violation() {
        assertThat(values.boundaries(parameter("Sorts"))).hasSize(17).containsKeys("value name:asc", "values name:asc and tokenStartAt:desc",
                "every value at once (14)", "100 values (every value, repeated)");
        assertThat(values.boundaries(parameter("Sorts")).get("100 values (every value, repeated)")).hasSize(100);
        assertThat(values.violations(parameter("Sorts"))).extracting(v -> v.value().toString())
                .contains("[\"cg-not-in-enum\"]");
    }

    @Test
    void a_minimal_body_has_only_required_fields_and_a_full_one_has_all() {
        Schema<?> request = api.getComponents().getSchemas().get("CreateAgentTokenRequest");

        JsonNode minimal = values.valid(request, new Random(1), false);
        JsonNode full = values.valid(request, new Random(1), true);

        assertThat(minimal.fieldNames()).toIterable().containsExactly("name");
        assertThat(full.fieldNames()).toIterable().containsExactlyInAnyOrder("name", "description", "tokenExpiryPeriodInDays");
        assertThat(full.get("tokenExpiryPeriodInDays").asInt()).isBetween(1, 3650);
    }

    @Test
    void the_same_seed_gives_the_same_values() {
        Schema<?> request = api.getComponents().getSchemas().get("CreateAgentTokenRequest");

        assertThat(values.valid(request, new Random(7), true)).isEqualTo(values.valid(request, new Random(7), true));
        assertThat(values.valid(request, new Random(7), true)).isNotEqualTo(values.valid(request, new Random(8), true));
    }

    @Test
    void numbers_past_the_64_bit_range_are_violations_where_a_bound_or_format_makes_them_invalid() {
        assertThat(values.violations(parameter("Limit"))).extracting(v -> v.value().toString())
                .contains("9223372036854775808", "1000000000000000000000000000000");
        assertThat(values.violations(new io.swagger.v3.oas.models.media.IntegerSchema().format(null)))
                .extracting(ValueGenerator.Violation::constraint).noneMatch(c -> c.contains("64-bit"));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void a_huge_max_length_is_not_generated_and_a_huge_min_length_is_generated_linearly() {
        Schema huge = new io.swagger.v3.oas.models.media.StringSchema().maxLength(Integer.MAX_VALUE);
        assertThat(values.boundaries(huge)).isEmpty();
        assertThat(values.violations(huge)).extracting(ValueGenerator.Violation::constraint).noneMatch(c -> c.contains("maxLength"));
        Schema long300k = new io.swagger.v3.oas.models.media.StringSchema().minLength(300_000);
        assertThat(values.valid(long300k, new Random(1), false).asText()).hasSize(300_000);
    }

    @Test
    void a_schema_that_names_itself_gets_a_finite_value_and_one_that_requires_itself_stops_at_the_depth_bound() {
        String spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + "    Node: {type: object, properties: {name: {type: string}, next: {$ref: '#/components/schemas/Node'}}}\n"
                + "    Loop: {type: object, required: [next], properties: {next: {$ref: '#/components/schemas/Loop'}}}\n";
        OpenAPI recursive = dev.contractgate.conformance.core.SpecSource.parse(java.nio.file.Path.of("recursive.yaml"), spec)
                .openApi();
        ValueGenerator generator = new ValueGenerator(recursive);

        JsonNode node = generator.valid(recursive.getComponents().getSchemas().get("Node"), new java.util.Random(1), true);
        int depth = 0;
        for (JsonNode at = node; at.has("next"); at = at.get("next")) {
            depth++;
        }
        assertThat(depth).as("optional self-references stop").isEqualTo(ValueGenerator.FULL_DEPTH);

        JsonNode loop = generator.valid(recursive.getComponents().getSchemas().get("Loop"), new java.util.Random(1), false);
        assertThat(loop.toString()).as("a required self-reference ends at the bound")
                .hasSize("{\"next\":".length() * ValueGenerator.MAX_DEPTH + "{}".length() + ValueGenerator.MAX_DEPTH);
    }
}
