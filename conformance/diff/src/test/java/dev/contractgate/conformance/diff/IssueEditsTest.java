package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real edits of our own spec that the gate once passed although openapi-diff called them
 * incompatible: each now fails (exit 1) under the rule that names it.
 */
class IssueEditsTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ApiToken.name made optional | "        - kind\\n        - name\\n        - scope\\n" | "        - kind\\n        - scope\\n" | diff.response.field-no-longer-required
            a response field made nullable | "        shortToken:\\n          type: string\\n" | "        shortToken:\\n          type: string\\n          nullable: true\\n" | diff.response.nullable-added
            bearer scheme replaced by an API key | "      type: http\\n      scheme: bearer\\n      bearerFormat: JWT\\n" | "      type: apiKey\\n      in: header\\n      name: X-API-Key\\n" | diff.security.scheme-changed
            pattern added to a request string | "          description: The name of the agent token.\\n        description:\\n          type: string\\n          description: The description of the agent token. **Choice:**" | "          description: The name of the agent token.\\n        description:\\n          type: string\\n          pattern: '^[a-z ]*$'\\n          description: The description of the agent token. **Choice:**" | diff.request.bounds-narrowed
            response format date-time to date | "          format: date-time\\n          description: When the token was created" | "          format: date\\n          description: When the token was created" | diff.response.format-changed
            response format int32 to int64 | "          format: int32\\n          description: The lifetime of the token in days; absent" | "          format: int64\\n          description: The lifetime of the token in days; absent" | diff.response.format-changed
            kind gains EPHEMERAL | "            - STANDARD\\n            - DIRECT_ACCESS\\n" | "            - STANDARD\\n            - DIRECT_ACCESS\\n            - EPHEMERAL\\n" | diff.response.enum-widened
            """)
    void an_edit_openapi_diff_calls_incompatible_fails_the_gate_under_its_rule(String edit, String from, String to, String rule,
                                                                               @TempDir Path dir) throws IOException {
        Path spec = Path.of(System.getProperty("contract.spec", "../../openapi/agent-tokens.yaml"));
        String text = Files.readString(spec);
        String before = from.replace("\\n", "\n");
        assertThat(text).as("the spec still has the text this edit changes").contains(before);
        Path edited = Files.writeString(dir.resolve("agent-tokens.yaml"), text.replace(before, to.replace("\\n", "\n")));

        RunResult result = new SpecDiff().diff(SpecSource.load(spec), SpecSource.load(edited), DiffOptions.defaults());

        assertThat(result.exitCode()).as(edit).isEqualTo(1);
        assertThat(result.findings()).as(edit).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::rule).contains(rule);
    }
}
