package dev.contractgate.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.contractgate.mock.support.ApiTest;
import dev.contractgate.mock.support.SpecValidation;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderStatesTest extends ApiTest {

    private static Map<String, Object> here(Object... more) {
        java.util.Map<String, Object> params = new java.util.HashMap<>(Map.of("organizationId", ORG, "deploymentId", DEPLOYMENT));
        for (int i = 0; i < more.length; i += 2) {
            params.put(more[i].toString(), more[i + 1]);
        }
        return params;
    }

    @Test
    void no_agent_tokens_empties_the_deployment() {
        create("old");

        states.apply("no agent tokens", here());

        api().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void deployment_has_agent_token_makes_that_token_readable_by_its_id() {
        Map<String, Object> result = states.apply("deployment has agent token",
                here("agentTokenId", "clmstatetoken000000000001", "name", "worker", "description", "from a state"));

        assertThat(result).containsEntry("agentTokenId", "clmstatetoken000000000001");
        api().get(TOKEN, ORG, DEPLOYMENT, "clmstatetoken000000000001").then().statusCode(200)
                .body("name", equalTo("worker")).body("description", equalTo("from a state"));
    }

    @Test
    void deployment_has_agent_tokens_leaves_exactly_count_tokens_whether_count_is_a_number_or_text() {
        create("extra");
        states.apply("deployment has agent tokens", here("count", 3));
        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(3)).body("tokens", hasSize(3));

        states.apply("deployment has agent tokens", here("count", "7"));
        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(7));
    }

    @Test
    void deployment_has_50_agent_tokens_fills_the_deployment() {
        List<?> ids = (List<?>) states.apply("deployment has 50 agent tokens", here()).get("agentTokenIds");

        assertThat(ids).hasSize(50).doesNotHaveDuplicates();
        api().get(TOKENS + "?limit=1000", ORG, DEPLOYMENT).then().body("totalCount", equalTo(50));
    }

    @Test
    void uses_the_specs_example_ids_when_a_state_names_none() {
        Map<String, Object> result = states.apply("deployment has agent token", Map.of());

        api().get(TOKEN, ProviderStates.DEFAULT_ORGANIZATION_ID, ProviderStates.DEFAULT_DEPLOYMENT_ID,
                result.get("agentTokenId")).then().statusCode(200).body("name", equalTo(ProviderStates.DEFAULT_NAME));
    }

    @Test
    void refuses_an_unknown_state_or_a_bad_count() {
        assertThatThrownBy(() -> states.apply("deployment is on fire", here())).isInstanceOf(ProviderStateException.class);
        assertThatThrownBy(() -> states.apply("deployment has agent tokens", here("count", "many")))
                .isInstanceOf(ProviderStateException.class);
        assertThatThrownBy(() -> states.apply("deployment has agent tokens", here("count", 51)))
                .isInstanceOf(ProviderStateException.class);
    }

    @Test
    void sets_states_up_and_tears_them_down_over_the_admin_endpoint() {
        Map<String, Object> setup = Map.of("state", "deployment has agent tokens", "action", "setup", "params", here("count", 4));
        anonymous(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON).body(setup)
                .post("/_admin/provider-states").then().statusCode(200)
                .body("agentTokenIds", hasSize(4)).body("deploymentId", equalTo(DEPLOYMENT));
        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(4));

        Map<String, Object> teardown = Map.of("state", "deployment has agent tokens", "action", "teardown", "params", here());
        anonymous(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON).body(teardown)
                .post("/_admin/provider-states").then().statusCode(200);
        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(0));
    }

    @Test
    void answers_an_unknown_state_over_http_with_a_400_error_body() {
        anonymous(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON)
                .body(Map.of("state", "deployment is on fire", "params", here()))
                .post("/_admin/provider-states").then().statusCode(400).body("statusCode", equalTo(400));
    }

    @Test
    void resets_the_whole_store_over_the_admin_endpoint() {
        create("doomed");

        anonymous(SpecValidation.outsideApiPaths()).post("/_admin/reset").then().statusCode(204);

        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(0));
    }

    /** The exact request bodies the official verifiers send (Pact JVM 4.6, the Rust pact_verifier 1.x). */
    @Test
    void accepts_the_state_change_body_pact_jvm_sends() {
        String pactJvm = "{\"state\":\"deployment has agent tokens\",\"params\":{\"organizationId\":\"" + ORG
                + "\",\"deploymentId\":\"" + DEPLOYMENT + "\",\"count\":2},\"action\":\"setup\"}";
        anonymous(SpecValidation.outsideApiPaths()).contentType("application/json; charset=UTF-8").body(pactJvm)
                .post("/_admin/provider-states").then().statusCode(200).body("agentTokenIds", hasSize(2));
        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(2));
    }

    @Test
    void an_interaction_without_a_state_is_a_no_op_as_the_rust_verifier_sends_it() {
        create("kept");

        anonymous(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON)
                .body("{\"action\":\"setup\",\"params\":{},\"state\":\"\"}")
                .post("/_admin/provider-states").then().statusCode(200);
        anonymous(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON).body("{\"action\":\"setup\"}")
                .post("/_admin/provider-states").then().statusCode(200);
        anonymous(SpecValidation.outsideApiPaths()).post("/_admin/provider-states").then().statusCode(200);

        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(1));
    }

    @Test
    void tears_a_state_down_as_the_rust_verifier_sends_it() {
        create("doomed");

        anonymous(SpecValidation.outsideApiPaths()).contentType(ContentType.JSON)
                .body("{\"action\":\"teardown\",\"params\":{\"organizationId\":\"" + ORG + "\",\"deploymentId\":\""
                        + DEPLOYMENT + "\"},\"state\":\"deployment has agent token\"}")
                .post("/_admin/provider-states").then().statusCode(200);

        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(0));
    }

    @Test
    void accepts_a_state_change_sent_as_query_parameters() {
        anonymous(SpecValidation.outsideApiPaths())
                .queryParam("state", ProviderStates.HAS_AGENT_TOKENS).queryParam("action", "setup")
                .queryParam("organizationId", ORG).queryParam("deploymentId", DEPLOYMENT).queryParam("count", "3")
                .post("/_admin/provider-states").then().statusCode(200).body("agentTokenIds", hasSize(3));
    }
}
