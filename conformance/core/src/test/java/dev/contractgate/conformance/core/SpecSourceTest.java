package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpecSourceTest {

    private static final Path FILE = Path.of("some/spec.yaml");

    @Test
    void rejects_a_yaml_map_that_is_not_openapi_3_naming_the_file() {
        assertThatThrownBy(() -> SpecSource.parse(FILE, "name: not a spec\nversion: 2\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("some/spec.yaml").hasMessageContaining("openapi: 3.x");
    }

    @Test
    void rejects_a_swagger_2_document() {
        assertThatThrownBy(() -> SpecSource.parse(FILE, "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n"))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void rejects_text_that_is_not_yaml_or_json() {
        assertThatThrownBy(() -> SpecSource.parse(FILE, "{ not: [closed"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("some/spec.yaml");
    }

    @Test
    void rejects_a_missing_file_naming_it() {
        assertThatThrownBy(() -> SpecSource.load(Path.of("no/such/spec.yaml")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no/such/spec.yaml");
    }

    @Test
    void loads_an_openapi_3_document_in_json_and_locates_its_lines() {
        String json = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n  \"paths\": {}\n}\n";
        SpecSource source = SpecSource.parse(FILE, json);
        assertThat(source.openApi().getInfo().getTitle()).isEqualTo("t");
        assertThat(source.locate("/info").line()).isEqualTo(3);
    }
}
