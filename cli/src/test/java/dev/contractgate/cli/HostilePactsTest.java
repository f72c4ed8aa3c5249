package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pact files a pull request may bring that no HTTP request can be made of, or whose matching rules
 * cannot be applied: each is a finding naming its interaction, never an internal error (exit 3) that
 * aborts the gate, and the good interactions beside them are still verified.
 */
class HostilePactsTest {

    @TempDir
    Path dir;

    private static String pact(String request, String matchingRules) {
        return "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"agent-tokens-api\"},\"interactions\":[{"
                + "\"description\":\"list\",\"providerState\":\"no agent tokens\",\"request\":" + request + ","
                + "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"limit\":20,\"offset\":0,\"totalCount\":0,\"tokens\":[]}" + matchingRules + "}}],"
                + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    }

    private static final String PATH = "\"path\":\"/organizations/clm8pxjjw000008l23jm08hyu/deployments/d1/agent-tokens\"";
    private static final String AUTH = "\"headers\":{\"Authorization\":\"Bearer dev-token\"";

    @Test
    void a_method_that_is_no_method_a_header_with_a_line_break_and_a_regex_that_does_not_compile_are_findings() throws IOException {
        Path pacts = Files.createDirectories(dir.resolve("pacts"));
        Files.writeString(pacts.resolve("method.json"), pact("{\"method\":\"GET X\"," + PATH + "," + AUTH + "}}", ""));
        Files.writeString(pacts.resolve("header.json"), pact("{\"method\":\"GET\"," + PATH + "," + AUTH
                + ",\"X-Evil\":\"a\\r\\nInjected: b\"}}", ""));
        Files.writeString(pacts.resolve("regex.json"), pact("{\"method\":\"GET\"," + PATH + "," + AUTH + "}}",
                ",\"matchingRules\":{\"body\":{\"$.totalCount\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"([\"}]}}}"));
        Files.writeString(pacts.resolve("good.json"), pact("{\"method\":\"GET\"," + PATH + "," + AUTH + "}}", ""));

        CliRun run = CliRun.of("gate", "--mock", "--spec", CliRun.spec(), "--pacts", pacts.toString(),
                "--report-dir", dir.resolve("reports").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("pact.request.method-not-allowed").contains("is not an HTTP method")
                .contains("pact.provider.request-failed").contains("cannot be sent as HTTP")
                .contains("pact.provider.response-mismatch").contains("matching rules cannot be applied")
                .doesNotContain("internal error");
        assertThat(run.err()).doesNotContain("internal error");
    }
}
