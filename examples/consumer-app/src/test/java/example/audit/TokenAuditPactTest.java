package example.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Records what the audit relies on: a page of tokens, one of them without a description. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "agent-token-api", pactVersion = PactSpecVersion.V4)
class TokenAuditPactTest {

    private static final String ORGANIZATION = "clm8pxjjw000008l23jm08hyu";
    private static final String DEPLOYMENT = "clm8t5u4q000008jq4qoc3031";
    private static final String ID = "[a-z0-9]{25}";
    private static final Date CREATED = Date.from(java.time.Instant.parse("2022-11-22T04:37:12Z"));

    @Pact(consumer = "token-audit")
    V4Pact aPageWithAnUndescribedToken(PactDslWithProvider builder) {
        return builder.given("the deployment has agent tokens",
                        Map.of("organizationId", ORGANIZATION, "deploymentId", DEPLOYMENT))
                .uponReceiving("a request for the deployment's agent tokens")
                .method("GET")
                .path("/organizations/" + ORGANIZATION + "/deployments/" + DEPLOYMENT + "/agent-tokens")
                .headers("Authorization", "Bearer dev-token")
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(LambdaDsl.newJsonBody(page -> {
                    page.numberType("limit", 20);
                    page.numberType("offset", 0);
                    page.integerType("totalCount", 1);
                    page.array("tokens", tokens -> tokens.object(TokenAuditPactTest::undescribedToken));
                }).build())
                .toPact(V4Pact.class);
    }

    private static void undescribedToken(LambdaDslObject token) {
        token.stringMatcher("id", ID, "clm8q7f6q000008lcgyougpsk");
        token.stringType("name", "nightly-export");
        token.stringValue("description", "");
        token.stringMatcher("kind", "STANDARD|DIRECT_ACCESS", "STANDARD");
        token.stringMatcher("scope", "DEPLOYMENT|WORKSPACE|ORGANIZATION", "DEPLOYMENT");
        token.stringType("shortToken", "aat_7Hq2Xw9c");
        for (String time : List.of("createdAt", "updatedAt", "startAt")) {
            token.datetime(time, "yyyy-MM-dd'T'HH:mm:ss'Z'", CREATED, TimeZone.getTimeZone("UTC"));
        }
    }

    @Test
    void names_the_tokens_nobody_described(MockServer server) throws Exception {
        TokenAudit audit = new TokenAudit(server.getUrl(), "dev-token");

        assertEquals(List.of("nightly-export"), audit.undescribedTokens(ORGANIZATION, DEPLOYMENT));
    }
}
