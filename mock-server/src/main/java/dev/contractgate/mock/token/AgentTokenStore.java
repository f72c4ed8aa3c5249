package dev.contractgate.mock.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The in-memory store of agent tokens, safe under concurrent use. Reads take no lock; adding a
 * token locks only its Deployment, so the limit of {@value #LIMIT_PER_DEPLOYMENT} tokens holds
 * however many clients create at once, and no token is lost or stored twice.
 */
@Component
public class AgentTokenStore {

    /** The documented limit of agent tokens per Deployment. */
    public static final int LIMIT_PER_DEPLOYMENT = 50;

    private final Map<DeploymentKey, Deployment> deployments = new ConcurrentHashMap<>();

    /**
     * The one key object the store keeps for a Deployment: tokens built with it share it, instead of
     * each holding its own copy of the ids parsed from its request's path (about 170 of a stored
     * token's ~750 bytes, and as much of the young-generation copying a create-heavy load costs).
     */
    public DeploymentKey canonical(DeploymentKey key) {
        return deployments.computeIfAbsent(key, Deployment::new).key;
    }

    /** Adds a new token; fails on the limit or (never in practice) on an id already taken. */
    public StoredAgentToken add(StoredAgentToken token) {
        Deployment deployment = deployments.computeIfAbsent(token.deployment(), Deployment::new);
        synchronized (deployment) {
            if (deployment.tokens.size() >= LIMIT_PER_DEPLOYMENT) {
                throw new TokenLimitReachedException(LIMIT_PER_DEPLOYMENT);
            }
            if (deployment.tokens.putIfAbsent(token.id(), token) != null) {
                throw new IllegalStateException("agent token id " + token.id() + " is already taken");
            }
        }
        return token;
    }

    /** Adds a token or replaces the one with the same id (for provider states and seeds). */
    public StoredAgentToken put(StoredAgentToken token) {
        Deployment deployment = deployments.computeIfAbsent(token.deployment(), Deployment::new);
        synchronized (deployment) {
            if (!deployment.tokens.containsKey(token.id()) && deployment.tokens.size() >= LIMIT_PER_DEPLOYMENT) {
                throw new TokenLimitReachedException(LIMIT_PER_DEPLOYMENT);
            }
            deployment.tokens.put(token.id(), token);
        }
        return token;
    }

    public Optional<StoredAgentToken> find(DeploymentKey key, String id) {
        Deployment deployment = deployments.get(key);
        return deployment == null ? Optional.empty() : Optional.ofNullable(deployment.tokens.get(id));
    }

    /** Removes a token; false when it was not there. */
    public boolean remove(DeploymentKey key, String id) {
        Deployment deployment = deployments.get(key);
        return deployment != null && deployment.tokens.remove(id) != null;
    }

    /** A snapshot of the Deployment's tokens, in no particular order. */
    public List<StoredAgentToken> list(DeploymentKey key) {
        Deployment deployment = deployments.get(key);
        return deployment == null ? new ArrayList<>() : new ArrayList<>(deployment.tokens.values());
    }

    public int count(DeploymentKey key) {
        Deployment deployment = deployments.get(key);
        return deployment == null ? 0 : deployment.tokens.size();
    }

    /** Removes every token of one Deployment. */
    public void clear(DeploymentKey key) {
        Deployment deployment = deployments.get(key);
        if (deployment != null) {
            synchronized (deployment) {
                deployment.tokens.clear();
            }
        }
    }

    /** Empties the whole store. */
    public void clearAll() {
        deployments.clear();
    }

    private static final class Deployment {
        private final DeploymentKey key;
        private final Map<String, StoredAgentToken> tokens = new ConcurrentHashMap<>();

        Deployment(DeploymentKey key) {
            this.key = key;
        }
    }
}
