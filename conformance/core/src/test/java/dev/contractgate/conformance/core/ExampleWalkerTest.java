package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleWalkerTest {

    private static final String SPEC = String.join("\n",
            "openapi: 3.0.3",
            "info: {title: t, version: '1'}",
            "paths:",
            "  /things:",
            "    get:",
            "      operationId: ListThings",
            "      parameters:",
            "        - $ref: '#/components/parameters/Limit'",
            "        - name: q",
            "          in: query",
            "          schema: {type: string}",
            "          example: abc",
            "      responses:",
            "        '200':",
            "          description: ok",
            "          content:",
            "            application/json:",
            "              schema: {type: object, properties: {n: {type: integer, example: 3}}}",
            "              examples:",
            "                one: {value: {n: 1}}",
            "components:",
            "  parameters:",
            "    Limit:",
            "      name: limit",
            "      in: query",
            "      schema: {type: integer}",
            "      example: 20",
            "");

    @Test
    void visits_every_example_once_with_its_pointer_and_operation() {
        List<String> seen = new ArrayList<>();
        SpecSource spec = SpecSource.parse(Path.of("things.yaml"), SPEC);

        ExampleWalker.walk(spec.openApi(), (pointer, operation, value, schema) -> seen.add(operation + " " + pointer + " = " + value));

        assertThat(seen).containsExactlyInAnyOrder(
                "null /components/parameters/Limit/example = 20",
                "ListThings /paths/~1things/get/parameters/1/example = abc",
                "ListThings /paths/~1things/get/responses/200/content/application~1json/examples/one/value = {\"n\":1}",
                "ListThings /paths/~1things/get/responses/200/content/application~1json/schema/properties/n/example = 3");
    }
}
