package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextChangeTest {

    @Test
    void short_texts_are_shown_whole() {
        assertThat(TextChange.of("one page", "two pages")).isEqualTo("\"one page\" -> \"two pages\"");
    }

    @Test
    void long_texts_that_differ_in_one_word_show_that_word_with_a_little_context() {
        String start = "Lists the agent tokens of a Deployment, one page at a time, ".repeat(3);
        String end = " in the order the caller asked for, with the total count of the whole list.".repeat(3);
        String shown = TextChange.of(start + "oldest" + end, start + "newest" + end);
        assertThat(shown).contains("oldest").contains("newest").startsWith("\"…").contains("…\" -> \"…");
        assertThat(shown.length()).isLessThan(200);
    }
}
