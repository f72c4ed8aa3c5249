package dev.contractgate.spec;

import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ExamplesCoverEveryBodyTest {

    @Test
    void every_body_has_an_example_and_every_error_example_names_its_own_status() {
        OpenAPI api = SpecLoader.parse(SpecLoader.mainSpec()).getOpenAPI();

        List<Violation> found = ExampleCoverage.check(api);

        assertThat(found).as("example coverage:%s", SpecLines.of(SpecLoader.mainSpec()).describe(found)).isEmpty();
    }

    @Test
    void an_error_example_with_another_status_a_missing_header_and_a_bare_body_are_each_reported() {
        OpenAPI api = SpecLoader.parse(SpecLoader.brokenSpec("error-example-wrong-status.yaml")).getOpenAPI();

        assertThat(ExampleCoverage.check(api))
                .extracting(Violation::rule, Violation::pointer)
                .containsExactlyInAnyOrder(
                        tuple(ExampleCoverage.STATUS_MISMATCH,
                                "/components/responses/NotFound/content/application~1json/examples/unknownThing/value/statusCode"),
                        tuple(ExampleCoverage.REQUEST_ID_HEADER, "/components/responses/NotFound/headers"),
                        tuple(ExampleCoverage.MISSING, "/paths/~1things~1{id}/get/responses/200/content/application~1json"));
    }
}
