package dev.contractgate.conformance.check;

import dev.contractgate.conformance.judge.JudgeRules;

import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.core.spec.SpecOperations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.judge.ExchangeJudge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks every response gets, on hand-made responses: no server needed. */
class ResponseChecksTest {

    private static final String ITEM = "/organizations/o/deployments/d/agent-tokens/t1";
    private static final String TOKEN_JSON = "{\"id\":\"t1\",\"name\":\"n\",\"description\":\"\",\"kind\":\"STANDARD\","
            + "\"scope\":\"DEPLOYMENT\",\"shortToken\":\"aat_1\",\"createdAt\":\"2024-01-01T00:00:00Z\","
            + "\"updatedAt\":\"2024-01-01T00:00:00Z\",\"startAt\":\"2024-01-01T00:00:00Z\","
            + "\"roles\":[{\"entityId\":\"d\",\"entityType\":\"DEPLOYMENT\",\"role\":\"DEPLOYMENT_AGENT\"}]";
    private static final Map<String, List<String>> JSON_HEADERS = Map.of("Content-Type", List.of("application/json"));

    private final SpecOperations operations = MockServerRunTest.SPEC.operations();
    private final ResponseChecks checks = new ResponseChecks(ExchangeJudge.of(MockServerRunTest.SPEC),
            new FindingFactory(MockServerRunTest.SPEC));

    private List<String> rules(String operationId, String method, String path, int status,
                               Map<String, List<String>> headers, String body) {
        SpecOperation op = operations.byId(operationId).orElseThrow();
        HttpCall call = method.equals("POST") ? HttpCall.of(method, path).withBody("application/json", "{\"name\":\"n\"}")
                : HttpCall.of(method, path);
        Exchange ex = new Exchange("http://x" + path, call, status, headers, body, null);
        return checks.check(op, ex).stream().map(Finding::rule).toList();
    }

    @Test
    void accepts_a_read_that_matches_its_schema() {
        assertThat(rules("GetAgentToken", "GET", ITEM, 200, JSON_HEADERS, TOKEN_JSON + "}")).isEmpty();
    }

    @Test
    void flags_a_missing_required_field() {
        assertThat(rules("GetAgentToken", "GET", ITEM, 200, JSON_HEADERS,
                TOKEN_JSON.replace("\"shortToken\":\"aat_1\",", "") + "}")).containsExactly(JudgeRules.BODY_SCHEMA);
    }

    @Test
    void a_missing_required_field_points_at_the_required_list_of_its_schema() {
        assertThat(pointers("GetAgentToken", "GET", ITEM, TOKEN_JSON.replace("\"shortToken\":\"aat_1\",", "") + "}"))
                .containsExactly("/components/schemas/ApiToken/required");
    }

    @Test
    void a_bad_field_of_a_listed_token_points_at_the_field_of_the_token_schema() {
        String list = "{\"tokens\":[" + TOKEN_JSON.replace("\"createdAt\":\"2024-01-01T00:00:00Z\"", "\"createdAt\":\"yesterday\"")
                + "}],\"totalCount\":1,\"limit\":20,\"offset\":0}";
        assertThat(pointers("ListAgentTokens", "GET", "/organizations/o/deployments/d/agent-tokens", list))
                .containsExactly("/components/schemas/ApiToken/properties/createdAt");
    }

    private List<String> pointers(String operationId, String method, String path, String body) {
        SpecOperation op = operations.byId(operationId).orElseThrow();
        Exchange ex = new Exchange("http://x" + path, HttpCall.of(method, path), 200, JSON_HEADERS, body, null);
        return checks.check(op, ex).stream().map(f -> f.location().pointer()).toList();
    }

    @Test
    void flags_the_secret_on_a_read() {
        assertThat(rules("GetAgentToken", "GET", ITEM, 200, JSON_HEADERS, TOKEN_JSON + ",\"token\":\"aat_1.the-secret-value\"}"))
                .containsExactly(JudgeRules.SECRET_LEAKED);
    }

    @Test
    void flags_a_create_response_without_the_secret() {
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        assertThat(rules("CreateAgentToken", "POST", "/organizations/o/deployments/d/agent-tokens", 200, JSON_HEADERS,
                TOKEN_JSON.replace("2024-01-01T00:00:00Z", now) + "}")).containsExactly(JudgeRules.SECRET_MISSING);
    }

    @Test
    void flags_an_undocumented_status() {
        assertThat(rules("GetAgentToken", "GET", ITEM, 418, JSON_HEADERS, "{}")).containsExactly(JudgeRules.STATUS_UNDOCUMENTED);
    }

    @Test
    void flags_a_wrong_content_type() {
        assertThat(rules("GetAgentToken", "GET", ITEM, 200, Map.of("Content-Type", List.of("text/plain")), TOKEN_JSON + "}"))
                .contains(JudgeRules.CONTENT_TYPE);
    }

    @Test
    void flags_an_error_whose_status_code_is_not_the_http_status() {
        assertThat(rules("GetAgentToken", "GET", ITEM, 404, Map.of("Content-Type", List.of("application/json"),
                "X-Request-Id", List.of("r")), "{\"message\":\"m\",\"requestId\":\"r\",\"statusCode\":400}"))
                .containsExactly(JudgeRules.INVARIANT_VIOLATED);
    }

    @Test
    void flags_a_body_on_a_204() {
        assertThat(rules("DeleteAgentToken", "DELETE", ITEM, 204, JSON_HEADERS, "{}")).contains(JudgeRules.CONTENT_TYPE);
    }

    @Test
    void reports_a_failed_request_without_checking_more() {
        SpecOperation op = operations.byId("GetAgentToken").orElseThrow();
        Exchange ex = new Exchange("http://x", HttpCall.of("GET", ITEM), 0, Map.of(), "", "timed out");

        assertThat(checks.check(op, ex)).extracting(Finding::rule).containsExactly(CheckRules.REQUEST_FAILED);
    }

    @Test
    void locates_an_invariant_finding_at_the_rule_that_states_it_with_a_line() {
        SpecOperation op = operations.byId("GetAgentToken").orElseThrow();
        Exchange ex = new Exchange("http://x", HttpCall.of("GET", ITEM), 404, Map.of("Content-Type",
                List.of("application/json"), "X-Request-Id", List.of("r")),
                "{\"message\":\"m\",\"requestId\":\"r\",\"statusCode\":400}", null);

        Finding f = checks.check(op, ex).get(0);
        assertThat(f.location().pointer()).isEqualTo("/x-invariants/0");
        assertThat(f.message()).startsWith("invariant 'error-status-code'");
        assertThat(f.location().line()).isPositive();
        assertThat(f.operation()).isEqualTo("GetAgentToken");
    }
}
