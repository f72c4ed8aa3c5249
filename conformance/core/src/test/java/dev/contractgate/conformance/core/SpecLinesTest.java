package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecLinesTest {

    private static final String YAML = String.join("\n",
            "openapi: 3.0.3",
            "paths:",
            "  /a/{id}:",
            "    get:",
            "      operationId: GetA",
            "      tags:",
            "        - First",
            "        - Second",
            "");

    @Test
    void finds_the_line_of_a_nested_value_by_json_pointer() {
        SpecLines lines = SpecLines.index(YAML);
        assertThat(lines.lineOf("/paths/~1a~1{id}/get/operationId")).isEqualTo(5);
    }

    @Test
    void finds_array_items_by_index() {
        SpecLines lines = SpecLines.index(YAML);
        assertThat(lines.lineOf("/paths/~1a~1{id}/get/tags/1")).isEqualTo(8);
    }

    @Test
    void falls_back_to_the_nearest_ancestor_for_an_unknown_pointer() {
        SpecLines lines = SpecLines.index(YAML);
        assertThat(lines.lineOf("/paths/~1a~1{id}/get/responses/200")).isEqualTo(4);
    }
}
