package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.SpecLocation;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small run with one passed check, one failed check (evidence held a token) and a warning. */
final class SampleRuns {

    static final String SECRET = "aat_SECRETvalue.Zm9vYmFy";
    static final String BEARER = "dev-token-xyz123";

    private SampleRuns() {
    }

    static RunResult withFindings() {
        String request = "GET http://127.0.0.1:8080/organizations/o/deployments/d/agent-tokens/t\n"
                + "Authorization: " + SecretMasker.maskHeader("Authorization", "Bearer " + BEARER);
        String response = "HTTP 200\nContent-Type: application/json\n\n"
                + SecretMasker.mask("{\"id\":\"t\",\"token\":\"" + SECRET + "\",\"name\":\"<script>alert(1)</script>\"}");
        Finding leak = Finding.error("secret.token-leaked", "GetAgentToken",
                new SpecLocation("/paths/~1organizations~1{organizationId}/get", "openapi/agent-tokens.yaml", 42),
                "GetAgentToken returned the secret \"token\" & <b>it must not</b>", new Evidence(request, response));
        Finding warn = Finding.warning("response.header.request-id", "ListAgentTokens",
                SpecLocation.of("/paths/x/get"), "no X-Request-Id header", Evidence.NONE);
        return new RunResult("contract check http://127.0.0.1:8080", List.of(
                CheckRecord.passed("ListAgentTokens", "ListAgentTokens with limit 0 gives 200", Duration.ofMillis(12)),
                new CheckRecord("ListAgentTokens", "ListAgentTokens lists \"tokens\" <fast>", List.of(warn), Duration.ofMillis(3)),
                new CheckRecord("GetAgentToken", "GetAgentToken by id gives the created token", List.of(leak),
                        Duration.ofMillis(7))),
                Map.of("requests", 42, "duration", "1.2 s"));
    }

    /** One model finding with its reproducer, and the figures a check reports. */
    static RunResult withReproduction() {
        String curl = "# reproduce: 2 steps; set BASE_URL and TOKEN first\n"
                + "curl -sS -X GET \"$BASE_URL/things\" --oauth2-bearer \"$TOKEN\" -w ' -> %{http_code}\\n'\n";
        String junit = "class ModelReproducerTest {\n    // <steps & assertions>\n}\n";
        Finding model = Finding.error("model.list", "ListAgentTokens",
                new SpecLocation("/paths/~1organizations~1{organizationId}/get/responses", "openapi/agent-tokens.yaml", 128),
                "ListAgentTokens listed [a], the model holds []",
                new Evidence("GET http://127.0.0.1:8080/things?limit=1", "HTTP 200",
                        new dev.contractgate.conformance.core.Reproduction(curl, "ModelReproducerTest", junit)));
        return new RunResult("contract check http://127.0.0.1:8080", List.of(
                new CheckRecord("ListAgentTokens", "model: 8 random sequences", List.of(model), Duration.ofMillis(900))),
                new java.util.LinkedHashMap<>(Map.of("durationMillis", 1234, "requests", 42)));
    }

    static RunResult clean() {
        return new RunResult("lint", List.of(CheckRecord.passed("spec", "operationIds are unique", Duration.ZERO)),
                Map.of());
    }
}
