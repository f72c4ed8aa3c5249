package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.support.ApiTest;
import dev.contractgate.mock.support.SpecValidation;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CreateAgentTokenTest extends ApiTest {

    @Test
    void creates_a_standard_deployment_token_with_the_agent_role_and_returns_its_secret_once() {
        JsonPath created = create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("worker-eu")
                .description("Agent in eu").tokenExpiryPeriodInDays(30));

        assertThat(created.getString("name")).isEqualTo("worker-eu");
        assertThat(created.getString("description")).isEqualTo("Agent in eu");
        assertThat(created.getString("kind")).isEqualTo("STANDARD");
        assertThat(created.getString("scope")).isEqualTo("DEPLOYMENT");
        assertThat(created.getList("roles")).hasSize(1);
        assertThat(created.getString("roles[0].entityId")).isEqualTo(DEPLOYMENT);
        assertThat(created.getString("roles[0].entityType")).isEqualTo("DEPLOYMENT");
        assertThat(created.getString("roles[0].role")).isEqualTo("DEPLOYMENT_AGENT");
        assertThat(created.getString("token")).startsWith(created.getString("shortToken") + ".");

        api().get(TOKEN, ORG, DEPLOYMENT, created.getString("id"))
                .then().statusCode(200).body("token", nullValue()).body("shortToken", equalTo(created.getString("shortToken")));
    }

    @Test
    void gives_ids_that_look_like_the_apis_cuids_and_never_repeat_them() {
        String first = create("one").getString("id");
        String second = create("two").getString("id");

        assertThat(first).matches("c[0-9a-z]{24}");
        assertThat(second).matches("c[0-9a-z]{24}").isNotEqualTo(first);
    }

    @Test
    void writes_date_times_in_utc_to_the_second_and_sets_end_at_from_the_expiry_period() {
        JsonPath created = create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("expiring").tokenExpiryPeriodInDays(30));

        for (String field : new String[] {"createdAt", "updatedAt", "startAt", "endAt"}) {
            assertThat(created.getString(field)).as(field).matches(DATE_TIME);
        }
        OffsetDateTime start = OffsetDateTime.parse(created.getString("startAt"));
        assertThat(Duration.between(start, OffsetDateTime.parse(created.getString("endAt")))).isEqualTo(Duration.ofDays(30));
        assertThat(created.getString("createdAt")).isEqualTo(created.getString("startAt"));
        assertThat(created.getInt("expiryPeriodInDays")).isEqualTo(30);
        assertThat(Duration.between(start, OffsetDateTime.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void leaves_out_end_at_and_expiry_period_for_a_token_that_never_expires_and_uses_an_empty_description() {
        String body = api().contentType(ContentType.JSON).body(new CreateAgentTokenRequest("forever"))
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).extract().asString();

        assertThat(body).doesNotContain("endAt").doesNotContain("expiryPeriodInDays").doesNotContain("null");
        assertThat(JsonPath.from(body).getString("description")).isEmpty();
    }

    @Test
    void describes_the_caller_in_created_by_and_updated_by() {
        JsonPath byUser = create("by-user");
        assertThat(byUser.getString("createdBy.id")).isEqualTo(DevTokens.devUser().getId());
        assertThat(byUser.getString("createdBy.subjectType")).isEqualTo("USER");
        assertThat(byUser.getMap("updatedBy")).isEqualTo(byUser.getMap("createdBy"));

        JsonPath byServiceKey = as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict())
                .contentType(ContentType.JSON).body(new CreateAgentTokenRequest("by-key"))
                .post(TOKENS, DevTokens.RESTRICTED_ORGANIZATION, DEPLOYMENT).then().statusCode(200).extract().jsonPath();
        assertThat(byServiceKey.getString("createdBy.subjectType")).isEqualTo("SERVICEKEY");
        assertThat(byServiceKey.getString("createdBy.apiTokenName")).isEqualTo(DevTokens.RESTRICTED_TOKEN);
    }

    @Test
    void refuses_the_51st_token_of_a_deployment_with_400_and_no_field_errors() {
        states.apply("deployment has 50 agent tokens", java.util.Map.of("organizationId", ORG, "deploymentId", DEPLOYMENT));

        api().contentType(ContentType.JSON).body(new CreateAgentTokenRequest("one-too-many"))
                .post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("statusCode", equalTo(400)).body("fieldErrors", nullValue())
                .body("message", startsWith("The Deployment already has 50 agent tokens"));

        create(ORG, "clmotherdeployment0000001", new CreateAgentTokenRequest("another-deployment-is-not-full"));
    }

    @Test
    void rejects_a_missing_name_as_required() {
        invalid().contentType(ContentType.JSON).body("{}").post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors", hasSize(1))
                .body("fieldErrors[0].field", equalTo("name")).body("fieldErrors[0].code", equalTo("required"));
    }

    @Test
    void rejects_expiry_below_1_day_as_minimum_and_above_3650_days_as_maximum() {
        invalid().contentType(ContentType.JSON).body(new CreateAgentTokenRequest("x").tokenExpiryPeriodInDays(0))
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(400)
                .body("fieldErrors[0].field", equalTo("tokenExpiryPeriodInDays")).body("fieldErrors[0].code", equalTo("minimum"));
        invalid().contentType(ContentType.JSON).body(new CreateAgentTokenRequest("x").tokenExpiryPeriodInDays(3651))
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(400)
                .body("fieldErrors[0].field", equalTo("tokenExpiryPeriodInDays")).body("fieldErrors[0].code", equalTo("maximum"));
        create(ORG, DEPLOYMENT, new CreateAgentTokenRequest("longest").tokenExpiryPeriodInDays(3650));
    }

    @Test
    void rejects_values_of_the_wrong_json_type_including_null_without_coercing_them() {
        String[][] cases = {
                {"{\"name\": null}", "name"},
                {"{\"name\": \"x\", \"description\": null}", "description"},
                {"{\"name\": \"x\", \"tokenExpiryPeriodInDays\": null}", "tokenExpiryPeriodInDays"},
                {"{\"name\": 5}", "name"},
                {"{\"name\": true}", "name"},
                {"{\"name\": \"x\", \"tokenExpiryPeriodInDays\": \"30\"}", "tokenExpiryPeriodInDays"},
                {"{\"name\": \"x\", \"tokenExpiryPeriodInDays\": 1.5}", "tokenExpiryPeriodInDays"},
                {"{\"name\": \"x\", \"tokenExpiryPeriodInDays\": 99999999999}", "tokenExpiryPeriodInDays"},
                {"[\"name\"]", "body"},
        };
        for (String[] c : cases) {
            invalid().contentType(ContentType.JSON).body(c[0]).post(TOKENS, ORG, DEPLOYMENT)
                    .then().statusCode(400).body("fieldErrors", hasSize(1))
                    .body("fieldErrors[0].field", equalTo(c[1])).body("fieldErrors[0].code", equalTo("type"));
        }
        api().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void rejects_malformed_json_as_malformed_body() {
        invalid().contentType(ContentType.JSON).body("{\"name\": ").post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].field", equalTo("body"))
                .body("fieldErrors[0].code", equalTo("malformed"));
    }

    @Test
    void rejects_a_missing_or_null_body_as_required() {
        invalid().contentType(ContentType.JSON).post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].field", equalTo("body"))
                .body("fieldErrors[0].code", equalTo("required"));
        invalid().contentType(ContentType.JSON).body("null").post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("fieldErrors[0].code", equalTo("required"));
    }

    @Test
    void rejects_a_body_that_is_not_json_with_a_documented_400() {
        invalid().contentType(ContentType.TEXT).body("name=x").post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("statusCode", equalTo(400))
                .body("fieldErrors[0].code", equalTo("format"));
    }

    @Test
    void rejects_an_oversized_body_with_413_whether_its_length_is_declared_or_chunked() {
        String huge = "{\"name\": \"" + "a".repeat(5000) + "\"}";
        outsideSpec().contentType(ContentType.JSON).body(huge).post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(413).body("statusCode", equalTo(413));
        outsideSpec().contentType(ContentType.JSON) // a stream of unknown length goes out chunked
                .body(new java.io.ByteArrayInputStream(huge.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(413).body("statusCode", equalTo(413));
    }

    /** A JSON body of exactly {@code size} bytes (the tests' limit is 4,096). */
    private static String bodyOf(int size) {
        String frame = "{\"name\": \"\"}";
        return "{\"name\": \"" + "b".repeat(size - frame.length()) + "\"}";
    }

    @Test
    void takes_a_body_of_exactly_the_limit_and_refuses_one_byte_more_declared_or_chunked() {
        for (int size : new int[] {4096, 4097}) {
            int expected = size == 4096 ? 200 : 413;
            byte[] body = bodyOf(size).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(body).hasSize(size);
            (size == 4096 ? api() : outsideSpec()).contentType(ContentType.JSON).body(body).post(TOKENS, ORG, DEPLOYMENT)
                    .then().statusCode(expected);
            (size == 4096 ? invalid() : outsideSpec()).contentType(ContentType.JSON)
                    .body(new java.io.ByteArrayInputStream(body)) // chunked
                    .post(TOKENS, ORG, DEPLOYMENT)
                    .then().statusCode(expected);
        }
        assertThat(api().get(TOKENS, ORG, DEPLOYMENT).then().extract().jsonPath().getList("tokens.name", String.class))
                .hasSize(2).allMatch(name -> name.length() == 4096 - "{\"name\": \"\"}".length());
    }

    @Test
    void accepts_unknown_body_fields_and_ignores_them() {
        invalid().contentType(ContentType.JSON).body("{\"name\": \"x\", \"colour\": \"blue\"}").post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(200).body("name", equalTo("x")).body("id", matchesPattern("c[0-9a-z]{24}"))
                .body("$", not(org.hamcrest.Matchers.hasKey("colour")));
    }
}
