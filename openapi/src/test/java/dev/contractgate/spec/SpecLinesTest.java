package dev.contractgate.spec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpecLinesTest {

    private final SpecLines lines = SpecLines.of(SpecLoader.brokenSpec("example-violates-schema.yaml"));

    @Test
    void finds_the_line_of_an_example_named_by_its_pointer() {
        assertThat(lines.lineOf("/components/responses/NotFound/content/application~1json/examples/unknownToken/value"))
                .isEqualTo(17);
    }

    @Test
    void names_the_deepest_line_reached_when_the_pointer_goes_past_the_document() {
        assertThat(lines.lineOf("/components/schemas/Error/properties/nothingHere")).isEqualTo(24);
    }

    @Test
    void describes_a_violation_as_file_and_line() {
        String text = lines.describe(List.of(new Violation("example.invalid", "/components/schemas/Error/required", "x")));

        assertThat(text).contains("example-violates-schema.yaml:23 (/components/schemas/Error/required)");
    }
}
