package dev.contractgate.contracttests.provider;

import static dev.contractgate.contracttests.Pacts.HAS_50_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.HAS_AGENT_TOKEN;
import static dev.contractgate.contracttests.Pacts.HAS_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.NO_AGENT_TOKENS;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.contractgate.contracttests.Pacts;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies every pact in {@code pact.rootDir} against the mock server started in-process on a random
 * port, with Pact JVM's own provider test: an independent cross-check of the toolkit's one provider
 * verification ({@code contract gate}, {@code ProviderVerification}), which is how any other running
 * implementation is verified ({@code contract gate --base-url URL --provider-states-url URL}).
 */
@Provider(Pacts.PROVIDER)
@PactFolder("${pact.rootDir}")
class AgentTokenApiProviderIT {

    /** The property the removed remote mode read: said, not silently ignored, by a run that still passes it. */
    static final String REMOVED_URL_PROPERTY = "contract.provider.url";

    private static InProcessMockServer target;

    @BeforeAll
    static void startProvider() {
        if (!System.getProperty(REMOVED_URL_PROPERTY, "").isBlank()) {
            throw new IllegalStateException("-D" + REMOVED_URL_PROPERTY + " is no longer read here: verify a running"
                    + " implementation with ./contract gate --base-url URL --token T [--forbidden-token T2]"
                    + " --provider-states-url URL (the toolkit's one provider verification)");
        }
        target = InProcessMockServer.start();
    }

    @AfterAll
    static void stopProvider() {
        if (target != null) {
            target.close();
        }
    }

    @BeforeEach
    void aimAt(PactVerificationContext context) {
        context.setTarget(target.testTarget());
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void provider_honours_the_interaction(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State(NO_AGENT_TOKENS)
    void noAgentTokens(Map<String, Object> params) {
        setUp(NO_AGENT_TOKENS, params);
    }

    @State(HAS_AGENT_TOKEN)
    void deploymentHasAgentToken(Map<String, Object> params) {
        setUp(HAS_AGENT_TOKEN, params);
    }

    @State(HAS_AGENT_TOKENS)
    void deploymentHasAgentTokens(Map<String, Object> params) {
        setUp(HAS_AGENT_TOKENS, params);
    }

    @State(HAS_50_AGENT_TOKENS)
    void deploymentHas50AgentTokens(Map<String, Object> params) {
        setUp(HAS_50_AGENT_TOKENS, params);
    }

    @State(value = NO_AGENT_TOKENS, action = StateChangeAction.TEARDOWN)
    void noAgentTokensDone(Map<String, Object> params) {
        tearDown(NO_AGENT_TOKENS, params);
    }

    @State(value = HAS_AGENT_TOKEN, action = StateChangeAction.TEARDOWN)
    void deploymentHasAgentTokenDone(Map<String, Object> params) {
        tearDown(HAS_AGENT_TOKEN, params);
    }

    @State(value = HAS_AGENT_TOKENS, action = StateChangeAction.TEARDOWN)
    void deploymentHasAgentTokensDone(Map<String, Object> params) {
        tearDown(HAS_AGENT_TOKENS, params);
    }

    @State(value = HAS_50_AGENT_TOKENS, action = StateChangeAction.TEARDOWN)
    void deploymentHas50AgentTokensDone(Map<String, Object> params) {
        tearDown(HAS_50_AGENT_TOKENS, params);
    }

    private static void setUp(String state, Map<String, Object> params) {
        target.setUp(state, params);
    }

    private static void tearDown(String state, Map<String, Object> params) {
        target.tearDown(state, params);
    }
}
