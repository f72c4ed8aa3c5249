package dev.contractgate.contracttests.provider;

import static dev.contractgate.contracttests.Pacts.HAS_50_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.HAS_AGENT_TOKEN;
import static dev.contractgate.contracttests.Pacts.HAS_AGENT_TOKENS;
import static dev.contractgate.contracttests.Pacts.NO_AGENT_TOKENS;

import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.contractgate.contracttests.Pacts;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies every pact in {@code pact.rootDir} against the provider: the mock server started
 * in-process on a random port, or any running implementation given by
 * {@code -Dcontract.provider.url} (states through {@code -Dcontract.provider.states-url}, or
 * interactions that need a state are skipped with a message saying so).
 */
@Provider(Pacts.PROVIDER)
@PactFolder("${pact.rootDir}")
class AgentTokenApiProviderIT {

    private static ProviderTarget target;

    @BeforeAll
    static void startProvider() {
        target = ProviderTarget.fromSystemProperties();
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
        if (target.states().isEmpty() && !context.getInteraction().getProviderStates().isEmpty()) {
            String states = context.getInteraction().getProviderStates().stream()
                    .map(ProviderState::getName).collect(Collectors.joining("', '", "'", "'"));
            Assumptions.abort("skipped '" + context.getInteraction().getDescription() + "': it needs provider state "
                    + states + ", which cannot be set up at " + target.describe()
                    + "; pass -D" + ProviderTarget.STATES_URL_PROPERTY + "=<state change URL> to verify it");
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void provider_honours_the_interaction(PactVerificationContext context, HttpRequest request) {
        Credentials.apply(request);
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
        target.states().ifPresent(states -> states.setUp(state, params));
    }

    private static void tearDown(String state, Map<String, Object> params) {
        target.states().ifPresent(states -> states.tearDown(state, params));
    }
}
