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
import static dev.contractgate.contracttests.consumer.Interactions.json;
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
import dev.contractgate.client.model.ApiToken;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GetAgentToken: 200, 404, 401, 403. */
@ExtendWith({SpecValidatedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class GetAgentTokenPactTest {

    private static final String TOKENS = "/organizations/" + ORGANIZATION + "/deployments/" + DEPLOYMENT
            + "/agent-tokens/";
    private static final Map<String, Object> TOKEN_STATE = Map.of("organizationId", ORGANIZATION,
            "deploymentId", DEPLOYMENT, "agentTokenId", AGENT_TOKEN, "name", "worker-eu-west-1",
            "description", "Agent in the eu-west-1 cluster");

    @Pact(consumer = CONSUMER)
    V4Pact readsAnAgentToken(PactDslWithProvider builder) {
        return json(bearer(builder.given(HAS_AGENT_TOKEN, TOKEN_STATE)
                        .uponReceiving("a request for an agent token")
                        .method("GET").path(TOKENS + AGENT_TOKEN), DEV_TOKEN),
                200, Bodies.readToken())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "readsAnAgentToken")
    void reads_an_agent_token_without_its_secret(MockServer mockServer) throws ApiException {
        ApiToken token = Clients.withToken(mockServer, DEV_TOKEN).getAgentToken(ORGANIZATION, DEPLOYMENT, AGENT_TOKEN);

        assertThat(token.getId()).isEqualTo(AGENT_TOKEN);
        assertThat(token.getKind()).isEqualTo(ApiToken.KindEnum.STANDARD);
        assertThat(token.getCreatedAt()).isNotNull();
        assertThat(token.getToken()).isNull();
    }

    @Pact(consumer = CONSUMER)
    V4Pact missingAgentToken(PactDslWithProvider builder) {
        return error(bearer(builder
                        .given(NO_AGENT_TOKENS, Map.of("organizationId", ORGANIZATION, "deploymentId", DEPLOYMENT))
                        .uponReceiving("a request for an agent token that does not exist")
                        .method("GET").path(TOKENS + MISSING_AGENT_TOKEN), DEV_TOKEN),
                404)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "missingAgentToken")
    void gets_404_with_an_error_body_for_a_missing_token(MockServer mockServer) {
        ApiException.NotFoundException e = catchThrowableOfType(ApiException.NotFoundException.class, () ->
                Clients.withToken(mockServer, DEV_TOKEN).getAgentToken(ORGANIZATION, DEPLOYMENT, MISSING_AGENT_TOKEN));

        assertThat(e.getCode()).isEqualTo(404);
        assertThat(e.getError().getStatusCode()).isEqualTo(404);
    }

    @Pact(consumer = CONSUMER)
    V4Pact readWithUnknownToken(PactDslWithProvider builder) {
        return error(bearer(builder
                        .uponReceiving("a request for an agent token with an unknown bearer token")
                        .method("GET").path(TOKENS + AGENT_TOKEN), UNKNOWN_TOKEN),
                401)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "readWithUnknownToken")
    void gets_401_with_an_unknown_bearer_token(MockServer mockServer) {
        ApiException.UnauthorizedException e = catchThrowableOfType(ApiException.UnauthorizedException.class, () ->
                Clients.withToken(mockServer, UNKNOWN_TOKEN).getAgentToken(ORGANIZATION, DEPLOYMENT, AGENT_TOKEN));

        assertThat(e.getCode()).isEqualTo(401);
        assertThat(e.getError().getStatusCode()).isEqualTo(401);
    }

    @Pact(consumer = CONSUMER)
    V4Pact readWithRestrictedToken(PactDslWithProvider builder) {
        return error(bearer(builder.given(HAS_AGENT_TOKEN, TOKEN_STATE)
                        .uponReceiving("a request for an agent token with a token restricted to another organization")
                        .method("GET").path(TOKENS + AGENT_TOKEN), RESTRICTED_TOKEN),
                403)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "readWithRestrictedToken")
    void gets_403_with_a_token_of_another_organization(MockServer mockServer) {
        ApiException.ForbiddenException e = catchThrowableOfType(ApiException.ForbiddenException.class, () ->
                Clients.withToken(mockServer, RESTRICTED_TOKEN).getAgentToken(ORGANIZATION, DEPLOYMENT, AGENT_TOKEN));

        assertThat(e.getCode()).isEqualTo(403);
        assertThat(e.getError().getStatusCode()).isEqualTo(403);
    }
}
