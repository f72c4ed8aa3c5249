package dev.contractgate.contracttests.consumer;

import static dev.contractgate.contracttests.Pacts.CONSUMER;
import static dev.contractgate.contracttests.Pacts.DEPLOYMENT;
import static dev.contractgate.contracttests.Pacts.DEV_TOKEN;
import static dev.contractgate.contracttests.Pacts.EMPTY_DEPLOYMENT;
import static dev.contractgate.contracttests.Pacts.HAS_AGENT_TOKENS;
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
import dev.contractgate.client.model.ApiTokensPaginated;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ListAgentTokens: 200 (default page, offset/limit/sorts, empty), 400 with fieldErrors, 401, 403. */
@ExtendWith({SpecValidatedPacts.class, PactConsumerTestExt.class})
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class ListAgentTokensPactTest {

    private static final Map<String, Object> THREE_TOKENS =
            Map.of("organizationId", ORGANIZATION, "deploymentId", DEPLOYMENT, "count", 3);

    private static String tokensOf(String deployment) {
        return "/organizations/" + ORGANIZATION + "/deployments/" + deployment + "/agent-tokens";
    }

    @Pact(consumer = CONSUMER)
    V4Pact listsTheFirstPage(PactDslWithProvider builder) {
        return json(bearer(builder.given(HAS_AGENT_TOKENS, THREE_TOKENS)
                        .uponReceiving("a request for the first page of agent tokens")
                        .method("GET").path(tokensOf(DEPLOYMENT)), DEV_TOKEN),
                200, Bodies.page(20, 0))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listsTheFirstPage")
    void lists_the_first_page_with_the_default_limit(MockServer mockServer) throws ApiException {
        ApiTokensPaginated page = Clients.withToken(mockServer, DEV_TOKEN)
                .listAgentTokens(ORGANIZATION, DEPLOYMENT, null, null, null);

        assertThat(page.getLimit()).isEqualTo(20);
        assertThat(page.getOffset()).isZero();
        assertThat(page.getTokens()).isNotEmpty().allSatisfy(t -> assertThat(t.getToken()).isNull());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listsASortedPage(PactDslWithProvider builder) {
        return json(bearer(builder.given(HAS_AGENT_TOKENS, THREE_TOKENS)
                        .uponReceiving("a request for a page of agent tokens with offset, limit and two sorts")
                        .method("GET").path(tokensOf(DEPLOYMENT))
                        .query("offset=1&limit=2&sorts=name:asc&sorts=createdAt:desc"), DEV_TOKEN),
                200, Bodies.page(2, 1))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listsASortedPage")
    void lists_a_page_with_offset_limit_and_sorts(MockServer mockServer) throws ApiException {
        ApiTokensPaginated page = Clients.withToken(mockServer, DEV_TOKEN)
                .listAgentTokens(ORGANIZATION, DEPLOYMENT, 1, 2, List.of("name:asc", "createdAt:desc"));

        assertThat(page.getLimit()).isEqualTo(2);
        assertThat(page.getOffset()).isEqualTo(1);
        assertThat(page.getTotalCount()).isGreaterThanOrEqualTo(page.getTokens().size());
    }

    @Pact(consumer = CONSUMER)
    V4Pact listsAnEmptyDeployment(PactDslWithProvider builder) {
        return json(bearer(builder
                        .given(NO_AGENT_TOKENS, Map.of("organizationId", ORGANIZATION, "deploymentId", EMPTY_DEPLOYMENT))
                        .uponReceiving("a request for the agent tokens of a deployment that has none")
                        .method("GET").path(tokensOf(EMPTY_DEPLOYMENT)), DEV_TOKEN),
                200, Bodies.emptyPage())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listsAnEmptyDeployment")
    void lists_an_empty_page_with_total_count_zero(MockServer mockServer) throws ApiException {
        ApiTokensPaginated page = Clients.withToken(mockServer, DEV_TOKEN)
                .listAgentTokens(ORGANIZATION, EMPTY_DEPLOYMENT, null, null, null);

        assertThat(page.getTokens()).isEmpty();
        assertThat(page.getTotalCount()).isZero();
    }

    @Pact(consumer = CONSUMER)
    V4Pact rejectsALimitAbove1000(PactDslWithProvider builder) {
        return error(bearer(builder
                        .uponReceiving("a request for a page of agent tokens with a limit above 1000")
                        .method("GET").path(tokensOf(DEPLOYMENT)).query("limit=1001"), DEV_TOKEN),
                400, Bodies.fieldError("limit"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rejectsALimitAbove1000")
    void rejects_a_limit_above_1000_naming_the_field(MockServer mockServer) {
        ApiException.BadRequestException e = catchThrowableOfType(ApiException.BadRequestException.class, () ->
                Clients.withToken(mockServer, DEV_TOKEN).listAgentTokens(ORGANIZATION, DEPLOYMENT, null, 1001, null));

        assertThat(e.getCode()).isEqualTo(400);
        assertThat(e.getError().getFieldErrors()).extracting("field").contains("limit");
    }

    @Pact(consumer = CONSUMER)
    V4Pact listWithUnknownToken(PactDslWithProvider builder) {
        return error(bearer(builder
                        .uponReceiving("a request for a page of agent tokens with an unknown bearer token")
                        .method("GET").path(tokensOf(DEPLOYMENT)), UNKNOWN_TOKEN),
                401)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listWithUnknownToken")
    void gets_401_for_listing_with_an_unknown_bearer_token(MockServer mockServer) {
        ApiException.UnauthorizedException e = catchThrowableOfType(ApiException.UnauthorizedException.class, () ->
                Clients.withToken(mockServer, UNKNOWN_TOKEN).listAgentTokens(ORGANIZATION, DEPLOYMENT, null, null, null));

        assertThat(e.getCode()).isEqualTo(401);
    }

    @Pact(consumer = CONSUMER)
    V4Pact listWithRestrictedToken(PactDslWithProvider builder) {
        return error(bearer(builder
                        .uponReceiving("a request for a page of agent tokens with a token restricted to another organization")
                        .method("GET").path(tokensOf(DEPLOYMENT)), RESTRICTED_TOKEN),
                403)
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "listWithRestrictedToken")
    void gets_403_for_listing_with_a_token_of_another_organization(MockServer mockServer) {
        ApiException.ForbiddenException e = catchThrowableOfType(ApiException.ForbiddenException.class, () ->
                Clients.withToken(mockServer, RESTRICTED_TOKEN).listAgentTokens(ORGANIZATION, DEPLOYMENT, null, null, null));

        assertThat(e.getCode()).isEqualTo(403);
        assertThat(e.getError().getStatusCode()).isEqualTo(403);
    }
}
