package dev.contractgate.mock.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The in-memory store of agent tokens, safe under concurrent use and without locks of its own. A
 * token takes one of its Deployment's {@value #LIMIT_PER_DEPLOYMENT} places before it goes in and
 * gives it back when it leaves, so the limit holds however many clients create at once, and no token
 * is lost or stored twice. (A lock per Deployment did the same, but under load a thread descheduled
 * while holding it kept the Deployment's other creates waiting, some for over 10 ms.)
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
        return deployment(key).key;
    }

    /** Adds a new token; fails on the limit or (never in practice) on an id already taken. */
    public StoredAgentToken add(StoredAgentToken token) {
        Deployment deployment = deployment(token.deployment());
        deployment.takePlace();
        if (deployment.tokens.putIfAbsent(token.id(), token) != null) {
            deployment.places.decrementAndGet();
            throw new IllegalStateException("agent token id " + token.id() + " is already taken");
        }
        return token;
    }

    /** Adds a token or replaces the one with the same id (for provider states and seeds). */
    public StoredAgentToken put(StoredAgentToken token) {
        Deployment deployment = deployment(token.deployment());
        deployment.tokens.compute(token.id(), (id, replaced) -> {
            if (replaced == null) {
                deployment.takePlace();
            }
            return token;
        });
        return token;
    }

    public Optional<StoredAgentToken> find(DeploymentKey key, String id) {
        Deployment deployment = deployments.get(key);
        return deployment == null ? Optional.empty() : Optional.ofNullable(deployment.tokens.get(id));
    }

    /** Removes a token; false when it was not there. */
    public boolean remove(DeploymentKey key, String id) {
        Deployment deployment = deployments.get(key);
        return deployment != null && deployment.remove(id);
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
            deployment.tokens.keySet().forEach(deployment::remove);
        }
    }

    /** Empties the whole store. */
    public void clearAll() {
        deployments.clear();
    }

    /**
     * The Deployment's entry, made on first use. A plain read first: {@code computeIfAbsent} locks the
     * key's bin, and every create comes here twice.
     */
    private Deployment deployment(DeploymentKey key) {
        Deployment known = deployments.get(key);
        return known != null ? known : deployments.computeIfAbsent(key, Deployment::new);
    }

    private static final class Deployment {
        private final DeploymentKey key;
        private final Map<String, StoredAgentToken> tokens = new ConcurrentHashMap<>();
        /** Places taken: tokens stored plus tokens on their way in; never fewer than {@code tokens.size()}. */
        private final AtomicInteger places = new AtomicInteger();

        Deployment(DeploymentKey key) {
            this.key = key;
        }

        void takePlace() {
            if (places.incrementAndGet() > LIMIT_PER_DEPLOYMENT) {
                places.decrementAndGet();
                throw new TokenLimitReachedException(LIMIT_PER_DEPLOYMENT);
            }
        }

        boolean remove(String id) {
            if (tokens.remove(id) == null) {
                return false;
            }
            places.decrementAndGet();
            return true;
        }
    }
}
