package dev.contractgate.conformance.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema's {@code pattern} is judged by the judge's own bounded matcher (the validator gets the spec
 * without patterns): a value it refuses breaks the schema at the pattern's node, and a pattern that
 * backtracks without end is reported as unusable, not silently passed.
 */
class PatternJudgementTest {

    @TempDir
    Path dir;

    private SpecSource spec;

    private ExchangeJudge judgeWithShortTokenPattern(String pattern) throws IOException {
        String shortToken = "        shortToken:\n          type: string\n";
        String text = Files.readString(Path.of(System.getProperty("contract.spec")));
        assertThat(text).contains(shortToken);
        Path file = Files.writeString(dir.resolve("agent-tokens.yaml"),
                text.replace(shortToken, shortToken + "          pattern: '" + pattern + "'\n"));
        this.spec = SpecSource.load(file);
        return ExchangeJudge.of(this.spec);
    }

    private List<Violation> read(ExchangeJudge judge, String shortToken) {
        String body = ExchangeJudgeTest.token("tok1", "2026-12-02T09:59:00Z", "").replace("aat_12345678", shortToken);
        return judge.judge(spec.operations().byId("GetAgentToken").orElseThrow(), ExchangeJudgeTest.live("GET", ExchangeJudgeTest.TOKENS + "/tok1",
                List.of(), null, 200, ExchangeJudgeTest.json(null), body), RunFacts.run());
    }

    @Test
    void a_value_the_pattern_refuses_breaks_the_schema_at_the_pattern() throws IOException {
        ExchangeJudge judge = judgeWithShortTokenPattern("^aat_[0-9]{8}$");

        assertThat(read(judge, "aat_12345678")).isEmpty();
        List<Violation> refused = read(judge, "zzz");
        assertThat(refused).extracting(Violation::rule).containsExactly(JudgeRules.BODY_SCHEMA);
        assertThat(refused.get(0).pointer()).isEqualTo("/components/schemas/ApiToken/properties/shortToken/pattern");
        assertThat(refused.get(0).message()).contains("'zzz'").contains("does not match the pattern");
    }

    @Test
    void a_pattern_that_backtracks_without_end_is_unusable_and_judged_in_bounded_time() throws IOException {
        ExchangeJudge judge = judgeWithShortTokenPattern("(.*a){30}");
        long started = System.nanoTime();

        List<Violation> v = read(judge, "a".repeat(29));

        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(5_000);
        assertThat(v).extracting(Violation::rule).containsExactly(JudgeRules.PATTERN_UNUSABLE);
    }
}
