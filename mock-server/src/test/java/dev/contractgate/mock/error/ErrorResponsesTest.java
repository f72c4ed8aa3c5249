package dev.contractgate.mock.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import dev.contractgate.mock.support.ApiTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest extends ApiTest {

    @Test
    void sends_the_request_id_of_every_error_in_the_body_and_the_x_request_id_header() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Response response = api().get(TOKEN, ORG, DEPLOYMENT, "clmnosuchtoken00000000001");
            String header = response.header("X-Request-Id");
            assertThat(response.jsonPath().getString("requestId")).isNotBlank().isEqualTo(header);
            assertThat(response.contentType()).isEqualTo("application/json");
            ids.add(header);
        }
        assertThat(ids).hasSize(3);
    }

    @Test
    void answers_404_with_an_error_body_for_an_unknown_path() {
        String tokens = "/organizations/" + ORG + "/deployments/" + DEPLOYMENT + "/agent-tokens";
        for (String path : new String[] {"/nope", "/organizations/o/deployments/d", tokens + "/x/extra", tokens + "/", "/error"}) {
            Response response = outsideSpec().get(path);
            response.then().statusCode(404).body("statusCode", equalTo(404));
            assertThat(response.header("X-Request-Id")).isEqualTo(response.jsonPath().getString("requestId"));
        }
    }

    @Test
    void answers_405_with_the_allowed_methods_for_a_wrong_method() {
        outsideSpec().put(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(405).header("Allow", containsString("GET")).body("statusCode", equalTo(405));
        outsideSpec().patch(TOKEN, ORG, DEPLOYMENT, "clmsometoken0000000000001")
                .then().statusCode(405).header("Allow", containsString("DELETE"));
    }

    @Test
    void answers_406_with_a_json_error_when_json_is_not_acceptable() {
        outsideSpec().accept(ContentType.XML).get(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(406).contentType(ContentType.JSON).body("statusCode", equalTo(406));
    }

    @Test
    void answers_400_naming_the_body_for_a_missing_content_type() {
        invalid().body("{\"name\": \"x\"}".getBytes()).post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).body("statusCode", equalTo(400))
                .body("fieldErrors[0].field", equalTo("body")).body("fieldErrors[0].code", equalTo("format"));
    }

    @Test
    void writes_no_stack_trace_or_spring_field_into_an_error() {
        String body = invalid().contentType(ContentType.JSON).body("{\"name\": ").post(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).extract().asString();

        assertThat(body).doesNotContain("trace", "exception", "timestamp", "\"error\"", "\"path\"");
    }

    @Test
    void answers_requests_tomcat_refuses_itself_with_a_json_error_body() {
        Response encodedSlash = outsideSpec().urlEncodingEnabled(false).get("/organizations/a%2Fb/deployments/d/agent-tokens"); // Tomcat refuses encoded slashes
        encodedSlash.then().statusCode(400).contentType(ContentType.JSON).body("statusCode", equalTo(400));
        assertThat(encodedSlash.header("X-Request-Id")).isEqualTo(encodedSlash.jsonPath().getString("requestId"));

        outsideSpec().header("X-Padding", "a".repeat(20_000)).get(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(400).contentType(ContentType.JSON).body("statusCode", equalTo(400));
    }
}
