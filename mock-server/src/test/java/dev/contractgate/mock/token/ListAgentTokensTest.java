package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.support.ApiTest;
import dev.contractgate.mock.support.SpecValidation;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListAgentTokensTest extends ApiTest {

    private JsonPath list(String query) {
        return api().get(TOKENS + query, ORG, DEPLOYMENT).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void lists_an_empty_deployment_as_an_empty_page_with_total_count_0() {
        JsonPath page = list("");

        assertThat(page.getList("tokens")).isEmpty();
        assertThat(page.getInt("totalCount")).isZero();
        assertThat(page.getInt("limit")).isEqualTo(20);
        assertThat(page.getInt("offset")).isZero();
    }

    @Test
    void orders_by_created_at_then_id_by_default_and_never_shows_secrets() {
        states.apply("deployment has agent tokens", Map.of("organizationId", ORG, "deploymentId", DEPLOYMENT, "count", 5));

        api().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).body("tokens", everyItem(not(hasKey("token"))));
        List<Map<String, String>> tokens = list("").getList("tokens");
        List<String> keys = tokens.stream().map(t -> t.get("createdAt") + "/" + t.get("id")).toList();
        assertThat(keys).hasSize(5).isSorted();
    }

    @Test
    void pages_with_offset_and_limit_while_total_count_stays_the_total() {
        states.apply("deployment has agent tokens", Map.of("organizationId", ORG, "deploymentId", DEPLOYMENT, "count", 25));
        List<String> all = list("?limit=1000").getList("tokens.id");

        JsonPath firstPage = list("");
        assertThat(firstPage.getList("tokens.id")).isEqualTo(all.subList(0, 20));
        assertThat(firstPage.getInt("totalCount")).isEqualTo(25);

        JsonPath middle = list("?offset=10&limit=5");
        assertThat(middle.getList("tokens.id")).isEqualTo(all.subList(10, 15));
        assertThat(middle.getInt("offset")).isEqualTo(10);
        assertThat(middle.getInt("limit")).isEqualTo(5);
        assertThat(middle.getInt("totalCount")).isEqualTo(25);

        assertThat(list("?offset=20&limit=20").getList("tokens.id")).isEqualTo(all.subList(20, 25));
        assertThat(list("?offset=30").getList("tokens")).isEmpty();
        JsonPath countOnly = list("?limit=0");
        assertThat(countOnly.getList("tokens")).isEmpty();
        assertThat(countOnly.getInt("totalCount")).isEqualTo(25);
    }

    @Test
    void sorts_by_every_documented_field_in_both_directions() {
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("bravo").description("2"));
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("alpha").description("3"));
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("charlie").description("1"));

        assertThat(list("?sorts=name:asc").getList("tokens.name")).containsExactly("alpha", "bravo", "charlie");
        assertThat(list("?sorts=name:desc").getList("tokens.name")).containsExactly("charlie", "bravo", "alpha");
        assertThat(list("?sorts=description:asc").getList("tokens.name")).containsExactly("charlie", "bravo", "alpha");
        assertThat(list("?sorts=description:desc").getList("tokens.name")).containsExactly("alpha", "bravo", "charlie");
        List<String> byCreation = list("").getList("tokens.id");
        for (String field : new String[] {"createdAt", "updatedAt", "tokenStartAt", "createdById", "updatedById"}) {
            assertThat(list("?sorts=" + field + ":asc").getList("tokens.id")).as(field).isEqualTo(byCreation);
            assertThat(list("?sorts=" + field + ":desc").getList("tokens")).as(field).hasSize(3);
        }
    }

    @Test
    void applies_several_sorts_in_order_most_significant_first() {
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("same").description("b"));
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("other").description("b"));
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("same").description("a"));

        List<Map<String, String>> tokens = list("?sorts=name:desc&sorts=description:asc").getList("tokens");
        assertThat(tokens).extracting(t -> t.get("name") + "/" + t.get("description"))
                .containsExactly("same/a", "same/b", "other/b");
    }

    @Test
    void sorts_by_creator_id_across_callers() {
        create("by-dev-user");
        as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict()).contentType("application/json")
                .body(new CreateAgentTokenRequest("by-service-key"))
                .post(TOKENS, DevTokens.RESTRICTED_ORGANIZATION, DEPLOYMENT).then().statusCode(200);
        states.apply("deployment has agent token", Map.of("organizationId", DevTokens.RESTRICTED_ORGANIZATION,
                "deploymentId", DEPLOYMENT, "agentTokenId", "clmstatetoken000000000001", "name", "by-state"));

        JsonPath page = as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict())
                .get(TOKENS + "?sorts=createdById:desc&sorts=name:asc", DevTokens.RESTRICTED_ORGANIZATION, DEPLOYMENT)
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("tokens.name")).containsExactly("by-state", "by-service-key");
    }

    @Test
    void accepts_the_largest_limit_of_1000() {
        assertThat(list("?limit=1000").getInt("limit")).isEqualTo(1000);
    }

    @Test
    void rejects_a_limit_above_1000_and_a_negative_offset_naming_both() {
        invalid().get(TOKENS + "?limit=1001&offset=-1", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors", hasSize(2))
                .body("fieldErrors.find { it.field == 'limit' }.code", equalTo("maximum"))
                .body("fieldErrors.find { it.field == 'offset' }.code", equalTo("minimum"));
        invalid().get(TOKENS + "?limit=-1", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].code", equalTo("minimum"));
    }

    @Test
    void rejects_non_integer_and_beyond_int32_paging_values_as_type_errors_that_name_the_range() {
        invalid().get(TOKENS + "?limit=ten", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].field", equalTo("limit")).body("fieldErrors[0].code", equalTo("type"));
        invalid().get(TOKENS + "?offset=1.5", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].field", equalTo("offset")).body("fieldErrors[0].code", equalTo("type"));
        invalid().get(TOKENS + "?offset=2147483648", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].code", equalTo("type"))
                .body("fieldErrors[0].message", equalTo("offset must be an integer from -2147483648 to 2147483647 (int32)"));
    }

    @Test
    void rejects_each_undocumented_sorts_value_as_an_enum_error_naming_its_position() {
        invalid().get(TOKENS + "?sorts=name:asc&sorts=colour:asc&sorts=name:up&sorts=", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors", hasSize(3))
                .body("fieldErrors.field", org.hamcrest.Matchers.contains("sorts[1]", "sorts[2]", "sorts[3]"))
                .body("fieldErrors.code", everyItem(equalTo("enum")));
    }

    @Test
    void reports_sorts_errors_together_with_paging_errors() {
        invalid().get(TOKENS + "?limit=5000&sorts=bad", ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors.field", org.hamcrest.Matchers.containsInAnyOrder("limit", "sorts[0]"));
    }
}
