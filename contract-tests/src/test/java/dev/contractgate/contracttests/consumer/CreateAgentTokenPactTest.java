package dev.contractgate.contracttests.consumer;

import static dev.contractgate.contracttests.Pacts.CONSUMER;
import static dev.contractgate.contracttests.Pacts.DEPLOYMENT;
import static dev.contractgate.contracttests.Pacts.DEV_TOKEN;
import static dev.contractgate.contracttests.Pacts.FULL_DEPLOYMENT;
import static dev.contractgate.contracttests.Pacts.HAS_50_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.NO_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.ORGANIZATION;
import static dev.contractgate.contracttests.Pacts.PROVIDER;
import static dev.contractgate.contracttests.Pacts.RESTRICTED_TOKEN;
import static dev.contractgate.contracttests.Pacts.UNKNOWN_TOKEN;
import static dev.contractgate.contracttests.consumer.Interactions.bearer;
import static dev.contractgate.contracttests.consumer.Interactions.error;
import static dev.contractgate.contracttests.consumer.Interactions.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.contractgate.client.ApiException;
import dev.contractgate.client.model.ApiError;
import dev.contractgate.client.model.ApiToken;
import dev.contractgate.client.model.CreateAgentTokenRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CreateAgentToken: 200, 400 with fieldErrors, 400 at the 50-token limit, 401, 403. */
@ExtendWith({SpecValidatedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class CreateAgentTokenPactTest {

    private static String tokensOf(String deployment) {
        return "/organizations/" + ORGANIZATION + "/deployments/" + deployment + "/agent-tokens";
    }

    private static CreateAgentTokenRequest request(int days) {
        return new CreateAgentTokenRequest().name("worker-eu-west-1").tokenExpiryPeriodInDays(days);
    }

    /** The request body the consumer sends: a name of its choosing and a lifetime in days. */
    private static PactDslRequestWithPath creating(PactDslRequestWithPath request, int days) {
        return request.headers(Bodies.JSON_REQUEST)
                .body(LambdaDsl.newJsonBody(o -> {
                    o.stringType("name", "worker-eu-west-1");
                    o.numberValue("tokenExpiryPeriodInDays", days);
                }).build());
    }

    @Pact(consumer = CONSUMER)
    V4Pact createsAnAgentToken(PactDslWithProvider builder) {
        return json(bearer(creating(builder
                        .given(NO_AGENT_TOKENS, Map.of("organizationId", ORGANIZATION, "deploymentId", DEPLOYMENT))
                        .uponReceiving("a request to create an agent token that expires after 30 days")
                        .method("POST").path(tokensOf(DEPLOYMENT)), 30), DEV_TOKEN),
                200, Bodies.createdToken())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createsAnAgentToken")
    void creates_an_agent_token_and_receives_its_secret_once(MockServer mockServer) throws ApiException {
        ApiToken token = Clients.withToken(mockServer, DEV_TOKEN).createAgentToken(ORGANIZATION, DEPLOYMENT, request(30));

        assertThat(token.getToken()).isNotBlank();
        assertThat(token.getExpiryPeriodInDays()).isEqualTo(30);
        assertThat(token.getEndAt()).isAfter(token.getStartAt());
        assertThat(token.getRoles()).isNotEmpty();
    }

    @Pact(consumer = CONSUMER)
    V4Pact rejectsAnExpiryAbove3650Days(PactDslWithProvider builder) {
        return error(bearer(creating(builder
                        .uponReceiving("a request to create an agent token that expires after 3651 days")
                        .method("POST").path(tokensOf(DEPLOYMENT)), 3651), DEV_TOKEN),
                400, Bodies.fieldError("tokenExpiryPeriodInDays"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rejectsAnExpiryAbove3650Days")
    void rejects_expiry_above_3650_days_naming_the_field(MockServer mockServer) {
        ApiException.BadRequestException e = catchThrowableOfType(ApiException.BadRequestException.class, () ->
                Clients.withToken(mockServer, DEV_TOKEN).createAgentToken(ORGANIZATION, DEPLOYMENT, request(3651)));

        ApiError error = e.getError();
        assertThat(e.getCode()).isEqualTo(400);
        assertThat(error.getFieldErrors()).extracting("field").contains("tokenExpiryPeriodInDays");
    }

    @Pact(consumer = CONSUMER)
    V4Pact rejectsThe51stAgentToken(PactDslWithProvider builder) {
        return error(bearer(creating(builder
                        .given(HAS_50_AGENT_TOKENS, Map.of("organizationId", ORGANIZATION, "deploymentId", FULL_DEPLOYMENT))
                        .uponReceiving("a request to create a 51st agent token in a deployment")
                        .method("POST").path(tokensOf(FULL_DEPLOYMENT)), 30), DEV_TOKEN),
                400)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rejectsThe51stAgentToken")
    void rejects_the_51st_agent_token_with_400(MockServer mockServer) {
        ApiException.BadRequestException e = catchThrowableOfType(ApiException.BadRequestException.class, () ->
                Clients.withToken(mockServer, DEV_TOKEN).createAgentToken(ORGANIZATION, FULL_DEPLOYMENT, request(30)));

        assertThat(e.getCode()).isEqualTo(400);
        assertThat(e.getError().getMessage()).isNotBlank();
    }

    @Pact(consumer = CONSUMER)
    V4Pact createWithUnknownToken(PactDslWithProvider builder) {
        return error(bearer(creating(builder
                        .uponReceiving("a request to create an agent token with an unknown bearer token")
                        .method("POST").path(tokensOf(DEPLOYMENT)), 30), UNKNOWN_TOKEN),
                401)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWithUnknownToken")
    void gets_401_for_creating_with_an_unknown_bearer_token(MockServer mockServer) {
        ApiException.UnauthorizedException e = catchThrowableOfType(ApiException.UnauthorizedException.class, () ->
                Clients.withToken(mockServer, UNKNOWN_TOKEN).createAgentToken(ORGANIZATION, DEPLOYMENT, request(30)));

        assertThat(e.getCode()).isEqualTo(401);
        assertThat(e.getError().getStatusCode()).isEqualTo(401);
    }

    @Pact(consumer = CONSUMER)
    V4Pact createWithRestrictedToken(PactDslWithProvider builder) {
        return error(bearer(creating(builder
                        .uponReceiving("a request to create an agent token with a token restricted to another organization")
                        .method("POST").path(tokensOf(DEPLOYMENT)), 30), RESTRICTED_TOKEN),
                403)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "createWithRestrictedToken")
    void gets_403_for_creating_with_a_token_of_another_organization(MockServer mockServer) {
        ApiException.ForbiddenException e = catchThrowableOfType(ApiException.ForbiddenException.class, () ->
                Clients.withToken(mockServer, RESTRICTED_TOKEN).createAgentToken(ORGANIZATION, DEPLOYMENT, request(30)));

        assertThat(e.getCode()).isEqualTo(403);
    }
}
