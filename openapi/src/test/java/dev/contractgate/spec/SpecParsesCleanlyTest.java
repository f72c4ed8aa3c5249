package dev.contractgate.spec;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecParsesCleanlyTest {

    @Test
    void swagger_parser_reads_the_spec_without_any_message() {
        SwaggerParseResult result = SpecLoader.parse(SpecLoader.mainSpec());

        assertThat(result.getMessages()).as("parser messages for %s", SpecLoader.mainSpec()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void a_spec_with_an_unknown_field_and_a_dangling_ref_yields_parser_messages() {
        SwaggerParseResult result = SpecLoader.parse(SpecLoader.brokenSpec("parser-messages.yaml"));

        assertThat(result.getMessages()).anyMatch(m -> m.contains("whatever"));
        assertThat(result.getMessages()).anyMatch(m -> m.contains("#/components/schemas/Missing"));
    }
}
