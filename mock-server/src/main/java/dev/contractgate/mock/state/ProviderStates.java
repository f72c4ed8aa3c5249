package dev.contractgate.mock.state;

import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.token.AgentTokenService;
import dev.contractgate.mock.token.AgentTokenStore;
import dev.contractgate.mock.token.DeploymentKey;
import dev.contractgate.mock.token.NewAgentToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The provider states Pact verification (and tests) set up, by name. Every state takes
 * {@code organizationId} and {@code deploymentId} (defaults: the spec's example ids).
 * <ul>
 *   <li>{@value #NO_AGENT_TOKENS}: the Deployment has no agent tokens.</li>
 *   <li>{@value #HAS_AGENT_TOKEN} [agentTokenId, name, optional description]: that token exists
 *       (added, or replaced if the id exists; other tokens stay).</li>
 *   <li>{@value #HAS_AGENT_TOKENS} [count]: the Deployment has exactly {@code count} tokens.</li>
 *   <li>{@value #HAS_50_AGENT_TOKENS}: the Deployment is full.</li>
 * </ul>
 * {@link #apply} returns the ids it made, which Pact can inject into requests.
 */
@Component
public class ProviderStates {

    public static final String NO_AGENT_TOKENS = "no agent tokens";
    public static final String HAS_AGENT_TOKEN = "deployment has agent token";
    public static final String HAS_AGENT_TOKENS = "deployment has agent tokens";
    public static final String HAS_50_AGENT_TOKENS = "deployment has 50 agent tokens";

    public static final String DEFAULT_ORGANIZATION_ID = "clm8pxjjw000008l23jm08hyu";
    public static final String DEFAULT_DEPLOYMENT_ID = "clm8t5u4q000008jq4qoc3031";
    public static final String DEFAULT_AGENT_TOKEN_ID = "clm8q7f6q000008lcgyougpsk";
    public static final String DEFAULT_NAME = "worker-eu-west-1";

    private final AgentTokenService tokens;
    private final AgentTokenStore store;

    public ProviderStates(AgentTokenService tokens, AgentTokenStore store) {
        this.tokens = tokens;
        this.store = store;
    }

    public static Set<String> names() {
        return Set.of(NO_AGENT_TOKENS, HAS_AGENT_TOKEN, HAS_AGENT_TOKENS, HAS_50_AGENT_TOKENS);
    }

    /** Sets the state up; returns organizationId, deploymentId and the agent-token id(s) it made. */
    public Map<String, Object> apply(String state, Map<String, Object> params) {
        StateParams p = new StateParams(params);
        DeploymentKey deployment = new DeploymentKey(p.string("organizationId", DEFAULT_ORGANIZATION_ID),
                p.string("deploymentId", DEFAULT_DEPLOYMENT_ID));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("organizationId", deployment.organizationId());
        result.put("deploymentId", deployment.deploymentId());
        switch (state == null ? "" : state) {
            case NO_AGENT_TOKENS -> store.clear(deployment);
            case HAS_AGENT_TOKEN -> result.put("agentTokenId", tokens.put(deployment,
                    p.string("agentTokenId", DEFAULT_AGENT_TOKEN_ID), p.string("name", DEFAULT_NAME),
                    p.string("description", null), null, DevTokens.devUser(), null).stored().id());
            case HAS_AGENT_TOKENS -> result.put("agentTokenIds", fill(deployment, p.count("count")));
            case HAS_50_AGENT_TOKENS -> result.put("agentTokenIds", fill(deployment, AgentTokenStore.LIMIT_PER_DEPLOYMENT));
            default -> throw new ProviderStateException("Unknown provider state '" + state + "'; known states: "
                    + String.join(", ", List.of(NO_AGENT_TOKENS, HAS_AGENT_TOKEN, HAS_AGENT_TOKENS, HAS_50_AGENT_TOKENS)));
        }
        return result;
    }

    /** Undoes a state: the Deployment it named is emptied. */
    public void tearDown(String state, Map<String, Object> params) {
        StateParams p = new StateParams(params);
        store.clear(new DeploymentKey(p.string("organizationId", DEFAULT_ORGANIZATION_ID),
                p.string("deploymentId", DEFAULT_DEPLOYMENT_ID)));
    }

    /** Empties the whole store. */
    public void reset() {
        store.clearAll();
    }

    private List<String> fill(DeploymentKey deployment, int count) {
        if (count < 0 || count > AgentTokenStore.LIMIT_PER_DEPLOYMENT) {
            throw new ProviderStateException("count must be from 0 to " + AgentTokenStore.LIMIT_PER_DEPLOYMENT);
        }
        store.clear(deployment);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            NewAgentToken token = tokens.put(deployment, null, String.format("agent-token-%02d", i), "", null,
                    DevTokens.devUser(), null);
            ids.add(token.stored().id());
        }
        return ids;
    }
}
