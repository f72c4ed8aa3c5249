package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A schema OpenAPI 3.0 cannot mean is refused at load, at its own line, in words; a near-miss keyword gets a suggestion. */
class SchemaWellFormedTest {

    private static final Path FILE = Path.of("spec.yaml");

    private static String spec(String schema) {
        return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Thing:\n"
                + schema.indent(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "type: integr|spec.yaml:7: invalid schema at /components/schemas/Thing/type: type 'integr' is not a type of OpenAPI 3.0: did you mean 'integer'?",
            "type: object\\nrequird: [a]|spec.yaml:8: invalid schema at /components/schemas/Thing/requird: 'requird' is no keyword of an OpenAPI 3.0 schema: did you mean 'required'?",
            "type: object\\nrequired: true|spec.yaml:8: invalid schema at /components/schemas/Thing/required: 'required' is 'true'; in a schema it is the list",
            "type: array|spec.yaml:6: invalid schema at /components/schemas/Thing: type: array without items",
            "type: string\\nmaxLength: -1|spec.yaml:8: invalid schema at /components/schemas/Thing/maxLength: 'maxLength' is '-1'; it must be a whole number, 0 or more",
            "type: object\\nproperties:\\n  a:\\n    type: strng|spec.yaml:10: invalid schema at /components/schemas/Thing/properties/a/type: type 'strng' is not a type of OpenAPI 3.0: did you mean 'string'?",
            "allOf: {type: string}|spec.yaml:7: invalid schema at /components/schemas/Thing/allOf: 'allOf' is a map; it must be a list of schemas"})
    void a_schema_openapi_cannot_mean_is_refused_at_its_line(String schema, String message) {
        assertThatThrownBy(() -> SpecSource.parse(FILE, spec(schema.replace("\\n", "\n"))))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith(message);
    }

    @Test
    void an_unknown_keyword_is_refused_with_the_one_it_misses_or_the_extension_prefix() {
        assertThatThrownBy(() -> SpecSource.parse(FILE, spec("type: object\nexamples: [1]\n")))
                .hasMessageStartingWith("spec.yaml:8: invalid schema at /components/schemas/Thing/examples: 'examples' is no"
                        + " keyword of an OpenAPI 3.0 schema: did you mean 'example'?");
        assertThatThrownBy(() -> SpecSource.parse(FILE, spec("type: object\nfrobnicate: 1\n")))
                .hasMessageContaining("/components/schemas/Thing/frobnicate: 'frobnicate' is no keyword of an OpenAPI 3.0"
                        + " schema (an extension of your own starts with x-)");
    }

    @Test
    void keywords_openapi_knows_and_extensions_load() {
        String schema = "type: object\nnullable: true\nx-order: anything\nexample: {a: a}\nrequired: [a]\n"
                + "properties:\n  a: {type: string, maxLength: 10, pattern: '^a', enum: [a]}\n"
                + "  b: {type: array, items: {$ref: '#/components/schemas/Thing'}}\n"
                + "additionalProperties: false\n";
        assertThat(SpecSource.parse(FILE, spec(schema)).openApi().getComponents().getSchemas()).containsKey("Thing");
    }

    @Test
    void a_parser_message_points_at_its_attribute() {
        assertThat(ParserMessages.pointer("attribute paths.'/a/{b}'(post).requestBody.requird is unexpected"))
                .isEqualTo("/paths/~1a~1{b}/post/requestBody/requird");
        assertThat(ParserMessages.pointer("attribute components.schemas.Thing.type is not of type `string`"))
                .isEqualTo("/components/schemas/Thing/type");
        assertThat(ParserMessages.pointer("something else")).isEmpty();
    }

    @Test
    void a_suggestion_is_only_made_for_a_near_miss() {
        assertThat(Suggestions.nearest("requird", java.util.List.of("required", "properties"))).isEqualTo("required");
        assertThat(Suggestions.nearest("--baseurl", java.util.List.of("--base-url", "--spec"))).isEqualTo("--base-url");
        assertThat(Suggestions.nearest("examples", java.util.List.of("example", "enum"))).isEqualTo("example");
        assertThat(Suggestions.nearest("zzz", java.util.List.of("type", "enum"))).isNull();
    }
}
