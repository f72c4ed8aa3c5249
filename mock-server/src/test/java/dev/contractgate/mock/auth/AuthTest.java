package dev.contractgate.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.contractgate.mock.support.ApiTest;
import dev.contractgate.mock.support.SpecValidation;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

class AuthTest extends ApiTest {

    @Test
    void answers_401_without_an_authorization_header_on_every_operation() {
        anonymous(SpecValidation.responseOnly()).get(TOKENS, ORG, DEPLOYMENT).then().statusCode(401).body("statusCode", equalTo(401));
        anonymous(SpecValidation.responseOnly()).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(401);
        anonymous(SpecValidation.responseOnly()).get(TOKEN, ORG, DEPLOYMENT, "clmsometoken0000000000001").then().statusCode(401);
        anonymous(SpecValidation.responseOnly()).delete(TOKEN, ORG, DEPLOYMENT, "clmsometoken0000000000001").then().statusCode(401);
    }

    @Test
    void answers_401_for_a_malformed_authorization_header() {
        for (String header : new String[] {"Basic ZGV2OmRldg==", "Bearer", "Bearer ", "Bearer two words", "dev-token"}) {
            anonymous(SpecValidation.responseOnly()).header("Authorization", header)
                    .get(TOKENS, ORG, DEPLOYMENT).then().statusCode(401).body("statusCode", equalTo(401));
        }
    }

    @Test
    void answers_401_for_an_unknown_token_and_never_echoes_it() {
        as("not-a-known-token", SpecValidation.responseOnly()).get(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(401).body(not(containsString("not-a-known-token")));
    }

    @Test
    void accepts_the_scheme_name_in_any_case() {
        // the Atlassian validator wants "Bearer" as written, so only the response is checked here
        anonymous(SpecValidation.responseOnly()).header("Authorization", "bearer " + DevTokens.DEV_TOKEN)
                .get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200);
    }

    @Test
    void answers_403_when_a_restricted_token_acts_on_another_organization() {
        as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict()).get(TOKENS, ORG, DEPLOYMENT)
                .then().statusCode(403).body("statusCode", equalTo(403));
        as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict()).delete(TOKEN, ORG, DEPLOYMENT, "clmsometoken0000000000001")
                .then().statusCode(403);
    }

    @Test
    void lets_a_restricted_token_act_on_its_own_organization() {
        as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict()).get(TOKENS, DevTokens.RESTRICTED_ORGANIZATION, DEPLOYMENT)
                .then().statusCode(200);
    }

    @Test
    void checks_the_token_before_the_request_so_a_bad_body_without_a_token_is_401() {
        anonymous(SpecValidation.responseOnly()).contentType(ContentType.JSON).body("{not json")
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(401);
    }

    @Test
    void serves_health_without_a_token() {
        anonymous(SpecValidation.outsideApiPaths()).get("/_health")
                .then().statusCode(200).contentType(ContentType.JSON).body("status", equalTo("UP"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void never_logs_a_bearer_token_or_a_token_secret(CapturedOutput output) {
        String secret = create("logged").getString("token");
        as("s3cret-bearer-value", SpecValidation.responseOnly()).get(TOKENS, ORG, DEPLOYMENT).then().statusCode(401);
        as(DevTokens.RESTRICTED_TOKEN, SpecValidation.strict()).get(TOKENS, ORG, DEPLOYMENT).then().statusCode(403);
        invalid().contentType(ContentType.JSON).body("{\"name\": \"" + secret + "\", \"tokenExpiryPeriodInDays\": 0}")
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(400);

        assertThat(output.getAll()).contains("status=401", "status=403", "status=400")
                .doesNotContain("s3cret-bearer-value", secret, DevTokens.DEV_TOKEN);
    }
}
