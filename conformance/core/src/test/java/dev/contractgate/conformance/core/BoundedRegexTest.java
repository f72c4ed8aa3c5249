package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedRegexTest {

    @Test
    void a_pattern_is_found_anywhere_in_the_value_like_json_schema_says() {
        assertThat(BoundedRegex.find("[0-9]{3}", "ab123cd")).isEqualTo(BoundedRegex.Outcome.MATCHES);
        assertThat(BoundedRegex.find("^[a-z]+$", "ab123cd")).isEqualTo(BoundedRegex.Outcome.DOES_NOT_MATCH);
    }

    @Test
    void a_catastrophic_pattern_ends_soon_after_its_deadline_and_is_not_run_again() {
        long started = System.nanoTime();
        assertThat(BoundedRegex.find("(.*a){30}", "a".repeat(29))).isEqualTo(BoundedRegex.Outcome.TOO_SLOW);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        long again = System.nanoTime();
        assertThat(BoundedRegex.find("(.*a){30}", "a".repeat(29))).isEqualTo(BoundedRegex.Outcome.TOO_SLOW);
        assertThat((System.nanoTime() - again) / 1_000_000).isLessThan(50);
    }

    @Test
    void a_pattern_that_does_not_compile_says_why() {
        assertThat(BoundedRegex.find("([", "x")).isEqualTo(BoundedRegex.Outcome.INVALID);
        assertThat(BoundedRegex.problem("([")).isNotBlank();
    }
}
