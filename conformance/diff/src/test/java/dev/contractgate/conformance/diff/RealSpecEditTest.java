package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.report.ConsoleRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate on a real edit of our spec: a copy of it without {@code ApiToken.shortToken}. */
class RealSpecEditTest {

    @Test
    void removing_short_token_from_api_token_breaks_every_operation_that_returns_a_token(@TempDir Path dir)
            throws IOException {
        Path spec = Path.of(System.getProperty("contract.spec", "../../openapi/agent-tokens.yaml"));
        String text = Files.readString(spec);
        String edited = remove(remove(text, "        - shortToken\n"),
                "        shortToken:\n          type: string\n"
                        + "          description: A short, non-secret value that identifies the token after its creation.\n");
        Path copy = Files.writeString(dir.resolve("agent-tokens.yaml"), edited);

        RunResult result = new SpecDiff().diff(SpecSource.load(spec), SpecSource.load(copy), DiffOptions.defaults());
        System.out.println(new ConsoleRenderer().render(result));

        assertThat(result.findings()).extracting(Finding::rule).containsOnly(DiffRules.RESPONSE_FIELD_REMOVED);
        assertThat(result.findings()).extracting(Finding::operation)
                .containsExactlyInAnyOrder("ListAgentTokens", "CreateAgentToken", "GetAgentToken");
        assertThat(result.exitCode()).isEqualTo(1);
    }

    private static String remove(String text, String part) {
        assertThat(text).as("the spec still has the text this test removes").contains(part);
        return text.replace(part, "");
    }
}
