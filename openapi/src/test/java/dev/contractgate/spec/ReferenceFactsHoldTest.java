package dev.contractgate.spec;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ReferenceFactsHoldTest {

    @Test
    void the_spec_states_every_fact_of_the_reference() {
        OpenAPI api = SpecLoader.parse(SpecLoader.mainSpec()).getOpenAPI();

        List<Violation> found = ReferenceFacts.check(api);

        assertThat(found).as("broken reference facts:%s", SpecLines.of(SpecLoader.mainSpec()).describe(found)).isEmpty();
    }

    @Test
    void a_missing_required_entry_is_reported_at_the_required_list() {
        OpenAPI api = SpecLoader.parse(SpecLoader.brokenSpec("required-entry-missing.yaml")).getOpenAPI();

        assertThat(ReferenceFacts.check(api))
                .extracting(Violation::rule, Violation::pointer)
                .contains(tuple("schema.required", "/components/schemas/ApiToken/required"))
                .doesNotContain(tuple("schema.enum", "/components/schemas/ApiToken/properties/kind/enum"));
    }

    @Test
    void a_wrong_enum_is_reported_at_the_enum() {
        OpenAPI api = SpecLoader.parse(SpecLoader.brokenSpec("wrong-enum.yaml")).getOpenAPI();

        assertThat(ReferenceFacts.check(api))
                .extracting(Violation::rule, Violation::pointer)
                .contains(tuple("schema.enum", "/components/schemas/ApiToken/properties/kind/enum"))
                .doesNotContain(tuple("schema.required", "/components/schemas/ApiToken/required"));
    }

    @Test
    void a_spec_without_the_operations_misses_each_of_them() {
        OpenAPI api = SpecLoader.parse(SpecLoader.brokenSpec("wrong-enum.yaml")).getOpenAPI();

        assertThat(ReferenceFacts.check(api))
                .filteredOn(v -> v.rule().equals("operation.missing"))
                .hasSize(ReferenceFacts.OPERATIONS.size());
    }
}
