package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate replays the consumer's pacts against the server it checks: the provider column of the coverage matrix. */
class GateProviderVerificationTest {

    private static final String ORG = "clmgateorg000000000000001";
    private static final String DEP = "clmgatedep000000000000001";

    /** One interaction: a list without a valid token, answered 401 with an Error body (values matched by type). */
    private static String pactWithOneUnauthorizedList(int recordedStatusCode) {
        return "{\"consumer\":{\"name\":\"gate-consumer\"},\"provider\":{\"name\":\"agent-token-api\"},\"interactions\":[{"
                + "\"description\":\"a list with an unknown token\",\"request\":{\"method\":\"GET\","
                + "\"path\":\"/organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens\","
                + "\"headers\":{\"Authorization\":\"Bearer not-a-known-token\"}},"
                + "\"response\":{\"status\":401,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"message\":\"m\",\"requestId\":\"r\",\"statusCode\":" + recordedStatusCode + "},"
                + "\"matchingRules\":{\"body\":{\"$.message\":{\"matchers\":[{\"match\":\"type\"}]},"
                + "\"$.requestId\":{\"matchers\":[{\"match\":\"type\"}]}}}}}],"
                + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    }

    @TempDir
    Path dir;

    private JsonNode gate(String pact) throws Exception {
        Path pacts = Files.createDirectories(dir.resolve("pacts"));
        Files.writeString(pacts.resolve("gate-consumer-agent-token-api.json"), pact);
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of("gate", "--mock", "--spec", CliRun.spec(), "--pacts", pacts.toString(),
                "--report-dir", reports.toString());
        JsonNode report = new ObjectMapper().readTree(reports.resolve("contract-report.json").toFile());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(report.get("exitCode").asInt());
        return report;
    }

    private static JsonNode row(JsonNode report, String operation, String status) {
        for (JsonNode row : report.get("coverage").get("rows")) {
            if (row.get("operation").asText().equals(operation) && row.get("status").asText().equals(status)) {
                return row;
            }
        }
        throw new AssertionError("no coverage row " + operation + " " + status);
    }

    @Test
    void the_pacts_replayed_against_the_mock_are_the_provider_source_and_a_removed_pact_leaves_its_cells() throws Exception {
        JsonNode report = gate(pactWithOneUnauthorizedList(401));

        assertThat(report.get("exitCode").asInt()).isZero();
        assertThat(report.get("coverage").get("sources").toString()).contains("pacts", "check", "provider");
        JsonNode unauthorized = row(report, "ListAgentTokens", "401");
        assertThat(unauthorized.get("sources").has("pacts")).isTrue();
        assertThat(unauthorized.get("sources").get("provider").get("exercisedBy").toString()).contains("a list with an unknown token");
        assertThat(row(report, "ListAgentTokens", "security JWT").get("sources").has("provider")).isTrue();
        // the success cells no pact of this folder covers: only the live check exercised them
        JsonNode success = row(report, "ListAgentTokens", "200");
        assertThat(success.get("sources").has("check")).isTrue();
        assertThat(success.get("sources").has("pacts")).isFalse();
        assertThat(success.get("sources").has("provider")).isFalse();
    }

    @Test
    void a_recorded_answer_the_server_does_not_give_fails_the_gate_as_a_provider_mismatch() throws Exception {
        JsonNode report = gate(pactWithOneUnauthorizedList(499)); // the mock says 401 in its body, the pact recorded 499

        assertThat(report.get("exitCode").asInt()).isEqualTo(1);
        assertThat(report.toString()).contains("pact.provider.response-mismatch").contains("$.statusCode");
        assertThat(row(report, "ListAgentTokens", "401").get("sources").get("provider").get("passed").asBoolean()).isFalse();
    }

    @Test
    void against_a_base_url_the_pacts_are_replayed_only_with_a_state_change_url() throws Exception {
        Path pacts = Files.createDirectories(dir.resolve("url-pacts"));
        Files.writeString(pacts.resolve("gate-consumer-agent-token-api.json"), pactWithOneUnauthorizedList(401));
        try (var implementation = dev.contractgate.mock.MockServerApplication.start("--port", "0", "--quiet", "--admin")) {
            String base = "http://127.0.0.1:"
                    + ((org.springframework.boot.web.context.WebServerApplicationContext) implementation).getWebServer().getPort();

            CliRun without = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(), "--base-url", base,
                    "--token", "dev-token", "--report-dir", dir.resolve("r1").toString());
            CliRun with = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(), "--base-url", base,
                    "--token", "dev-token", "--provider-states-url", base + "/_admin/provider-states",
                    "--report-dir", dir.resolve("r2").toString());

            assertThat(without.out()).as(without.err()).contains("provider: skipped: pacts are replayed against --base-url only with");
            assertThat(with.out()).as(with.err()).contains("provider: interactions replayed: 1");
            assertThat(with.exitCode()).isZero();
        }
    }

    /** A 200 list of an empty Deployment and a 403 list, both recorded against the bundled mock server with its dev tokens. */
    private static String pactRecordedWithDevTokens() {
        String path = "\"path\":\"/organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens\",";
        String error = "\"body\":{\"message\":\"m\",\"requestId\":\"r\",\"statusCode\":403},"
                + "\"matchingRules\":{\"body\":{\"$.message\":{\"matchers\":[{\"match\":\"type\"}]},"
                + "\"$.requestId\":{\"matchers\":[{\"match\":\"type\"}]}}}";
        return "{\"consumer\":{\"name\":\"gate-consumer\"},\"provider\":{\"name\":\"agent-token-api\"},\"interactions\":["
                + "{\"description\":\"a list of an empty deployment\",\"providerStates\":[{\"name\":\"no agent tokens\","
                + "\"params\":{\"organizationId\":\"" + ORG + "\",\"deploymentId\":\"" + DEP + "\"}}],"
                + "\"request\":{\"method\":\"GET\"," + path + "\"headers\":{\"Authorization\":\"Bearer dev-token\"}},"
                + "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"limit\":20,\"offset\":0,\"totalCount\":0,\"tokens\":[]}}},"
                + "{\"description\":\"a list with a token of another organization\",\"request\":{\"method\":\"GET\"," + path
                + "\"headers\":{\"Authorization\":\"Bearer dev-token-restricted\"}},"
                + "\"response\":{\"status\":403,\"headers\":{\"Content-Type\":\"application/json\"}," + error + "}}],"
                + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    }

    @Test
    void against_a_base_url_the_recorded_dev_tokens_are_replayed_as_the_servers_own_tokens() throws Exception {
        Path pacts = Files.createDirectories(dir.resolve("dev-token-pacts"));
        Files.writeString(pacts.resolve("gate-consumer-agent-token-api.json"), pactRecordedWithDevTokens());
        Path tokens = dir.resolve("tokens.json"); // a server that knows none of the dev tokens
        Files.writeString(tokens, "{\"tokens\":[{\"token\":\"gate-real-token-1\"},"
                + "{\"token\":\"gate-real-restricted-2\",\"organizations\":[\"clmelsewhere0000000000001\"]}]}");
        try (var implementation = dev.contractgate.mock.MockServerApplication.start("--port", "0", "--quiet", "--admin",
                "--tokens", tokens.toString())) {
            String base = "http://127.0.0.1:"
                    + ((org.springframework.boot.web.context.WebServerApplicationContext) implementation).getWebServer().getPort();
            List<String> common = List.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(), "--base-url", base,
                    "--token", "gate-real-token-1", "--provider-states-url", base + "/_admin/provider-states");

            CliRun both = CliRun.of(with(common, "--forbidden-token", "gate-real-restricted-2", "--report-dir", dir.resolve("r3").toString()));
            CliRun noForbidden = CliRun.of(with(common, "--report-dir", dir.resolve("r4").toString()));

            assertThat(both.exitCode()).as(both.out() + both.err()).isZero();
            assertThat(both.out()).contains("provider: interactions replayed: 2");
            assertThat(noForbidden.exitCode()).isEqualTo(1);
            assertThat(noForbidden.out()).contains("pact.provider.credential-unavailable").contains("--forbidden-token")
                    .contains("provider: interactions replayed: 1");
            for (CliRun run : List.of(both, noForbidden)) {
                assertThat(run.out() + run.err()).doesNotContain("gate-real-token-1").doesNotContain("gate-real-restricted-2");
            }
            assertThat(Files.readString(dir.resolve("r3").resolve("contract-report.json")))
                    .doesNotContain("gate-real-token-1").doesNotContain("gate-real-restricted-2");
        }
    }

    private static String[] with(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
