package dev.contractgate.mock.token;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.contractgate.mock.support.ApiTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

class GetAndDeleteAgentTokenTest extends ApiTest {

    @Test
    void reads_a_token_as_created_but_without_its_secret() {
        JsonPath created = create("reader");

        api().get(TOKEN, ORG, DEPLOYMENT, created.getString("id"))
                .then().statusCode(200).contentType("application/json")
                .body("id", equalTo(created.getString("id")))
                .body("name", equalTo("reader"))
                .body("createdAt", equalTo(created.getString("createdAt")))
                .body("token", nullValue());
    }

    @Test
    void answers_404_for_an_unknown_id() {
        api().get(TOKEN, ORG, DEPLOYMENT, "clmnosuchtoken00000000001")
                .then().statusCode(404).body("statusCode", equalTo(404)).body("fieldErrors", nullValue());
    }

    @Test
    void answers_404_for_a_token_of_another_deployment_or_organization() {
        String id = create("elsewhere").getString("id");

        api().get(TOKEN, ORG, "clmotherdeployment0000001", id).then().statusCode(404);
        api().get(TOKEN, "clmotherorg00000000000001", DEPLOYMENT, id).then().statusCode(404);
        api().delete(TOKEN, ORG, "clmotherdeployment0000001", id).then().statusCode(404);
        api().get(TOKEN, ORG, DEPLOYMENT, id).then().statusCode(200);
    }

    @Test
    void deletes_with_204_and_no_body_after_which_the_token_is_gone() {
        String id = create("short-lived").getString("id");

        api().delete(TOKEN, ORG, DEPLOYMENT, id)
                .then().statusCode(204).body(emptyString()).header("Content-Type", nullValue());
        api().get(TOKEN, ORG, DEPLOYMENT, id).then().statusCode(404);
        api().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void answers_404_when_deleting_a_token_twice() {
        String id = create("twice").getString("id");
        api().delete(TOKEN, ORG, DEPLOYMENT, id).then().statusCode(204);

        api().delete(TOKEN, ORG, DEPLOYMENT, id).then().statusCode(404).body("statusCode", equalTo(404));
    }

    @Test
    void frees_a_place_under_the_limit_when_a_token_is_deleted() {
        java.util.Map<String, Object> made = states.apply("deployment has 50 agent tokens",
                java.util.Map.of("organizationId", ORG, "deploymentId", DEPLOYMENT));
        String first = ((java.util.List<?>) made.get("agentTokenIds")).get(0).toString();

        api().delete(TOKEN, ORG, DEPLOYMENT, first).then().statusCode(204);

        create("fits-again");
        api().get(TOKENS, ORG, DEPLOYMENT).then().body("totalCount", equalTo(50));
    }
}
