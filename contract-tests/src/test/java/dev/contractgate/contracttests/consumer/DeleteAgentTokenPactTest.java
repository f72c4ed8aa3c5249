package dev.contractgate.contracttests.consumer;

import static dev.contractgate.contracttests.Pacts.AGENT_TOKEN;
import static dev.contractgate.contracttests.Pacts.CONSUMER;
import static dev.contractgate.contracttests.Pacts.DEPLOYMENT;
import static dev.contractgate.contracttests.Pacts.DEV_TOKEN;
import static dev.contractgate.contracttests.Pacts.HAS_AGENT_TOKEN;
import static dev.contractgate.contracttests.Pacts.MISSING_AGENT_TOKEN;
import static dev.contractgate.contracttests.Pacts.NO_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.ORGANIZATION;
import static dev.contractgate.contracttests.Pacts.PROVIDER;
import static dev.contractgate.contracttests.Pacts.RESTRICTED_TOKEN;
import static dev.contractgate.contracttests.Pacts.UNKNOWN_TOKEN;
import static dev.contractgate.contracttests.consumer.Interactions.bearer;
import static dev.contractgate.contracttests.consumer.Interactions.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.contractgate.client.ApiException;
import dev.contractgate.client.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DeleteAgentToken: 204, 404, 401, 403. */
@ExtendWith({SpecValidatedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class DeleteAgentTokenPactTest {

    private static final String TOKENS = "/organizations/" + ORGANIZATION + "/deployments/" + DEPLOYMENT
            + "/agent-tokens/";
    private static final Map<String, Object> TOKEN_STATE = Map.of("organizationId", ORGANIZATION,
            "deploymentId", DEPLOYMENT, "agentTokenId", AGENT_TOKEN, "name", "worker-eu-west-1");

    @Pact(consumer = CONSUMER)
    V4Pact deletesAnAgentToken(PactDslWithProvider builder) {
        return bearer(builder.given(HAS_AGENT_TOKEN, TOKEN_STATE)
                        .uponReceiving("a request to delete an agent token")
                        .method("DELETE").path(TOKENS + AGENT_TOKEN), DEV_TOKEN)
                .willRespondWith()
                .status(204)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deletesAnAgentToken")
    void deletes_an_agent_token_with_204_and_no_body(MockServer mockServer) throws ApiException {
        ApiResponse<Void> response = Clients.withToken(mockServer, DEV_TOKEN)
                .deleteAgentTokenWithHttpInfo(ORGANIZATION, DEPLOYMENT, AGENT_TOKEN);

        assertThat(response.getStatusCode()).isEqualTo(204);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deletesAMissingAgentToken(PactDslWithProvider builder) {
        return error(bearer(builder
                        .given(NO_AGENT_TOKENS, Map.of("organizationId", ORGANIZATION, "deploymentId", DEPLOYMENT))
                        .uponReceiving("a request to delete an agent token that does not exist")
                        .method("DELETE").path(TOKENS + MISSING_AGENT_TOKEN), DEV_TOKEN),
                404)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deletesAMissingAgentToken")
    void gets_404_for_deleting_a_missing_token(MockServer mockServer) {
        ApiException.NotFoundException e = catchThrowableOfType(ApiException.NotFoundException.class, () ->
                Clients.withToken(mockServer, DEV_TOKEN).deleteAgentToken(ORGANIZATION, DEPLOYMENT, MISSING_AGENT_TOKEN));

        assertThat(e.getCode()).isEqualTo(404);
        assertThat(e.getError().getStatusCode()).isEqualTo(404);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteWithUnknownToken(PactDslWithProvider builder) {
        return error(bearer(builder
                        .uponReceiving("a request to delete an agent token with an unknown bearer token")
                        .method("DELETE").path(TOKENS + AGENT_TOKEN), UNKNOWN_TOKEN),
                401)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deleteWithUnknownToken")
    void gets_401_for_deleting_with_an_unknown_bearer_token(MockServer mockServer) {
        ApiException.UnauthorizedException e = catchThrowableOfType(ApiException.UnauthorizedException.class, () ->
                Clients.withToken(mockServer, UNKNOWN_TOKEN).deleteAgentToken(ORGANIZATION, DEPLOYMENT, AGENT_TOKEN));

        assertThat(e.getCode()).isEqualTo(401);
    }

    @Pact(consumer = CONSUMER)
    V4Pact deleteWithRestrictedToken(PactDslWithProvider builder) {
        return error(bearer(builder.given(HAS_AGENT_TOKEN, TOKEN_STATE)
                        .uponReceiving("a request to delete an agent token with a token restricted to another organization")
                        .method("DELETE").path(TOKENS + AGENT_TOKEN), RESTRICTED_TOKEN),
                403)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "deleteWithRestrictedToken")
    void gets_403_for_deleting_with_a_token_of_another_organization(MockServer mockServer) {
        ApiException.ForbiddenException e = catchThrowableOfType(ApiException.ForbiddenException.class, () ->
                Clients.withToken(mockServer, RESTRICTED_TOKEN).deleteAgentToken(ORGANIZATION, DEPLOYMENT, AGENT_TOKEN));

        assertThat(e.getCode()).isEqualTo(403);
        assertThat(e.getError().getStatusCode()).isEqualTo(403);
    }
}
