package dev.contractgate.conformance.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeJudgeTest {

    static final SpecSource SPEC = SpecSource.load(Path.of(System.getProperty("contract.spec")));
    static final ExchangeJudge JUDGE = ExchangeJudge.of(SPEC);
    static final String ORG = "clm8pxjjw000008l23jm08hyu";
    static final String DEP = "clm8t5u4q000008jq4qoc3031";
    static final String TOKENS = "/organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens";
    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    static SpecOperation op(String id) {
        return SPEC.operations().byId(id).orElseThrow();
    }

    static JudgedExchange live(String method, String path, List<Map.Entry<String, String>> query, String requestBody,
                               int status, Map<String, List<String>> headers, String body) {
        return new JudgedExchange(method, path, query, Map.of(), requestBody, status, headers, body, NOW, false);
    }

    static Map<String, List<String>> json(String requestId) {
        return requestId == null ? Map.of("Content-Type", List.of("application/json"))
                : Map.of("Content-Type", List.of("application/json"), "X-Request-Id", List.of(requestId));
    }

    static String token(String id, String createdAt, String extra) {
        return "{\"id\":\"" + id + "\",\"name\":\"n\",\"description\":\"\",\"kind\":\"STANDARD\",\"scope\":\"DEPLOYMENT\","
                + "\"shortToken\":\"aat_12345678\",\"createdAt\":\"" + createdAt + "\",\"updatedAt\":\"" + createdAt
                + "\",\"startAt\":\"" + createdAt + "\",\"roles\":[{\"entityId\":\"" + DEP
                + "\",\"entityType\":\"DEPLOYMENT\",\"role\":\"DEPLOYMENT_AGENT\"}]" + extra + "}";
    }

    static List<String> ids(List<Violation> violations) {
        return violations.stream().map(v -> v.invariantId() == null ? v.rule() : v.invariantId()).toList();
    }

    @Test
    void the_specs_invariants_all_compile_and_name_fields_their_schemas_have() {
        assertThat(SpecInvariants.of(SPEC).problems()).isEmpty();
        assertThat(JUDGE.declaredInvariants()).isEqualTo(23); // 20 x-invariants, one x-order, two x-unique
    }

    @Test
    void a_well_formed_read_passes_every_rule() {
        String body = token("tok1", "2026-12-02T09:59:00Z", "");
        assertThat(JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/tok1", List.of(), null, 200, json(null), body),
                RunFacts.run())).isEmpty();
    }

    @Test
    void an_error_whose_request_id_header_differs_from_its_body_breaks_error_request_id_header() {
        String body = "{\"message\":\"no\",\"requestId\":\"abc\",\"statusCode\":404}";
        List<Violation> v = JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/x", List.of(), null, 404, json("def"), body),
                RunFacts.run());
        assertThat(ids(v)).containsExactly("error-request-id-header");
        assertThat(v.get(0).message()).contains("response.body.requestId = \"abc\"").contains("'x-request-id'] = \"def\"");
        assertThat(SPEC.locate(v.get(0).pointer()).line()).isPositive();
    }

    @Test
    void a_live_error_without_the_request_id_header_cannot_be_judged_and_is_a_violation_but_a_recorded_one_is_not_judged() {
        String body = "{\"message\":\"no\",\"requestId\":\"abc\",\"statusCode\":404}";
        JudgedExchange liveOne = live("GET", TOKENS + "/x", List.of(), null, 404, json(null), body);
        assertThat(ids(JUDGE.judge(op("GetAgentToken"), liveOne, RunFacts.run()))).containsExactly("error-request-id-header");
        JudgedExchange recorded = new JudgedExchange("GET", TOKENS + "/x", List.of(), Map.of(), null, 404, json(null), body, NOW, true);
        assertThat(JUDGE.judge(op("GetAgentToken"), recorded, RunFacts.none())).isEmpty();
    }

    @Test
    void an_error_body_whose_status_code_differs_from_the_status_breaks_error_status_code() {
        String body = "{\"message\":\"no\",\"requestId\":\"abc\",\"statusCode\":400}";
        assertThat(ids(JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/x", List.of(), null, 404, json("abc"), body),
                RunFacts.run()))).containsExactly("error-status-code");
    }

    @Test
    void a_list_without_sorts_that_comes_newest_first_breaks_list_order_and_one_sorted_as_asked_passes() {
        String page = "{\"limit\":20,\"offset\":0,\"totalCount\":2,\"tokens\":[" + token("b", "2026-12-02T09:59:00Z", "")
                + "," + token("a", "2026-12-02T09:58:00Z", "") + "]}";
        assertThat(ids(JUDGE.judge(op("ListAgentTokens"), live("GET", TOKENS, List.of(), null, 200, json(null), page),
                RunFacts.run()))).containsExactly("list-order");
        assertThat(JUDGE.judge(op("ListAgentTokens"), live("GET", TOKENS, List.of(Map.entry("sorts", "createdAt:desc")),
                null, 200, json(null), page), RunFacts.run())).isEmpty();
    }

    @Test
    void ties_the_requested_sorts_leave_must_be_broken_by_id() {
        String page = "{\"limit\":20,\"offset\":0,\"totalCount\":2,\"tokens\":[" + token("b", "2026-12-02T09:59:00Z", "")
                + "," + token("a", "2026-12-02T09:59:00Z", "") + "]}";
        List<Violation> v = JUDGE.judge(op("ListAgentTokens"), live("GET", TOKENS, List.of(Map.entry("sorts", "name:asc")),
                null, 200, json(null), page), RunFacts.run());
        assertThat(ids(v)).containsExactly("list-order");
        assertThat(v.get(0).message()).contains("at id:asc");
    }

    @Test
    void an_echoed_limit_that_is_not_the_documented_default_breaks_list_echoes_paging() {
        String page = "{\"limit\":50,\"offset\":0,\"totalCount\":0,\"tokens\":[]}";
        assertThat(ids(JUDGE.judge(op("ListAgentTokens"), live("GET", TOKENS, List.of(), null, 200, json(null), page),
                RunFacts.run()))).containsExactly("list-echoes-paging");
    }

    @Test
    void a_page_with_more_tokens_than_the_limit_allows_breaks_list_page_size() {
        String page = "{\"limit\":1,\"offset\":0,\"totalCount\":2,\"tokens\":[" + token("a", "2026-12-02T09:58:00Z", "")
                + "," + token("b", "2026-12-02T09:59:00Z", "") + "]}";
        assertThat(ids(JUDGE.judge(op("ListAgentTokens"), live("GET", TOKENS, List.of(Map.entry("limit", "1")), null, 200,
                json(null), page), RunFacts.run()))).containsExactly("list-page-size");
    }

    @Test
    void time_rules_hold_each_token_of_a_page_through_its_schema() {
        String page = "{\"limit\":20,\"offset\":0,\"totalCount\":1,\"tokens\":["
                + token("a", "2026-12-02T09:58:00Z", "").replace("\"updatedAt\":\"2026-12-02T09:58:00Z\"",
                "\"updatedAt\":\"2026-12-01T09:58:00Z\"") + "]}";
        List<Violation> v = JUDGE.judge(op("ListAgentTokens"), live("GET", TOKENS, List.of(), null, 200, json(null), page),
                RunFacts.run());
        assertThat(ids(v)).containsExactly("updated-not-before-created");
        assertThat(v.get(0).message()).contains("at $.tokens[0]");
    }

    @Test
    void a_token_created_in_the_future_breaks_not_created_in_the_future_live_but_not_in_a_recording() {
        String body = token("tok1", "2027-01-01T00:00:00Z", "");
        assertThat(ids(JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/tok1", List.of(), null, 200, json(null), body),
                RunFacts.run()))).containsExactly("not-created-in-the-future");
        JudgedExchange recorded = new JudgedExchange("GET", TOKENS + "/tok1", List.of(), Map.of(), null, 200, json(null), body, NOW, true);
        assertThat(JUDGE.judge(op("GetAgentToken"), recorded, RunFacts.none())).isEmpty();
    }

    @Test
    void an_end_computed_in_hours_instead_of_days_breaks_end_is_start_plus_days() {
        String body = token("tok1", "2026-12-02T09:00:00Z", ",\"expiryPeriodInDays\":2,\"endAt\":\"2026-12-02T11:00:00Z\"");
        assertThat(ids(JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/tok1", List.of(), null, 200, json(null), body),
                RunFacts.run()))).containsExactly("end-is-start-plus-days");
    }

    @Test
    void a_read_that_carries_the_secret_is_a_leak_and_so_is_a_secret_echoed_under_another_name() {
        RunFacts run = RunFacts.run();
        String created = token("tok1", "2026-12-02T09:59:00Z", ",\"token\":\"aat_12345678.secretsecretsecret\"");
        assertThat(JUDGE.judge(op("CreateAgentToken"), live("POST", TOKENS, List.of(), "{\"name\":\"n\"}", 200, json(null),
                created), run)).isEmpty();
        String leaked = token("tok1", "2026-12-02T09:59:00Z", ",\"token\":\"aat_12345678.secretsecretsecret\"");
        assertThat(ids(JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/tok1", List.of(), null, 200, json(null), leaked),
                run))).containsExactly("secret.token-leaked");
        String echoed = "{\"message\":\"bad aat_12345678.secretsecretsecret\",\"requestId\":\"r\",\"statusCode\":404}";
        List<Violation> v = JUDGE.judge(op("GetAgentToken"), live("GET", TOKENS + "/x", List.of(), null, 404, json("r"), echoed), run);
        assertThat(ids(v)).containsExactly("secret.token-leaked");
        assertThat(v.get(0).message()).doesNotContain("secretsecret");
    }

    @Test
    void a_create_without_its_secret_is_secret_missing() {
        String created = token("tok1", "2026-12-02T09:59:00Z", "");
        assertThat(ids(JUDGE.judge(op("CreateAgentToken"), live("POST", TOKENS, List.of(), "{\"name\":\"n\"}", 200, json(null),
                created), RunFacts.run()))).containsExactly("secret.token-missing");
    }

    @Test
    void an_id_given_twice_in_one_run_breaks_ids_never_reused_and_one_secret_for_two_tokens_breaks_secrets_unique() {
        RunFacts run = RunFacts.run();
        String first = token("tok1", "2026-12-02T09:59:00Z", ",\"token\":\"aat_1.same-secret-value\"");
        String second = token("tok1", "2026-12-02T09:59:00Z", ",\"token\":\"aat_1.same-secret-value\"");
        assertThat(JUDGE.judge(op("CreateAgentToken"), live("POST", TOKENS, List.of(), "{\"name\":\"n\"}", 200, json(null), first), run)).isEmpty();
        List<Violation> v = JUDGE.judge(op("CreateAgentToken"), live("POST", TOKENS, List.of(), "{\"name\":\"n\"}", 200, json(null), second), run);
        assertThat(ids(v)).containsExactlyInAnyOrder("ids-never-reused", "secrets-unique");
        assertThat(String.join(" ", v.stream().map(Violation::message).toList())).doesNotContain("same-secret-value");
    }

    @Test
    void a_create_that_ignores_the_description_sent_breaks_create_echoes_request() {
        String created = token("tok1", "2026-12-02T09:59:00Z", ",\"token\":\"aat_12345678.other-secret-value\"");
        assertThat(ids(JUDGE.judge(op("CreateAgentToken"), live("POST", TOKENS, List.of(), "{\"name\":\"n\",\"description\":\"d\"}",
                200, json(null), created), RunFacts.run()))).containsExactly("create-echoes-request");
    }

    @Test
    void a_rule_that_does_not_compile_or_names_a_field_its_schema_lacks_is_bad_input_naming_its_line(@TempDir Path dir) throws Exception {
        String text = Files.readString(SPEC.path());
        Path broken = Files.writeString(dir.resolve("a.yaml"), text.replace(
                "rule: \"timestamp(self.updatedAt) >= timestamp(self.createdAt)\"",
                "rule: \"timestamp(self.updatedAt) >= \""));
        SpecInvariants invariants = SpecInvariants.of(SpecSource.load(broken));
        assertThat(invariants.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("updated-not-before-created").contains("does not compile"));
        assertThatThrownBy(() -> ExchangeJudge.of(SpecSource.load(broken))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("a.yaml:");
        Path misspelt = Files.writeString(dir.resolve("b.yaml"), text.replace(
                "rule: \"timestamp(self.updatedAt) >= timestamp(self.createdAt)\"",
                "rule: \"timestamp(self.updatedat) >= timestamp(self.createdAt)\""));
        assertThat(SpecInvariants.of(SpecSource.load(misspelt)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'updatedat'"));
    }
}
