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
}
