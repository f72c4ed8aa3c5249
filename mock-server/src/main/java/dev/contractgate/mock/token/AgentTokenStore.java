package dev.contractgate.mock.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;

/**
 * The in-memory store of agent tokens, safe under concurrent use and without locks. A Deployment's
 * tokens are one array, at most {@value #LIMIT_PER_DEPLOYMENT} long, replaced whole on each change
 * (compare-and-set, retried when another change came first): the limit holds however many clients
 * create at once, no token is lost or stored twice, and readers see a consistent snapshot. An array
 * of at most 50 is also what a create-heavy load keeps cheaply: one object per Deployment where a map
 * kept a node per token. (A lock per Deployment did the same work, but under load a thread descheduled
 * while holding it kept the Deployment's other creates waiting, some for over 10 ms.)
 */
@Component
public class AgentTokenStore {

    /** The documented limit of agent tokens per Deployment. */
    public static final int LIMIT_PER_DEPLOYMENT = 50;

    private static final StoredAgentToken[] NONE = new StoredAgentToken[0];
    /** The tokens of a Deployment whose entry left the store (its last token was deleted): look it up again. */
    private static final StoredAgentToken[] RETIRED = new StoredAgentToken[0];

    private final Map<DeploymentKey, Deployment> deployments = new ConcurrentHashMap<>();
    private final StoreBudget budget;

    /** A store that may hold as much as {@code budget} allows; what a create would add beyond it is refused. */
    @org.springframework.beans.factory.annotation.Autowired
    public AgentTokenStore(StoreBudget budget) {
        this.budget = budget;
    }

    /** A store bounded only by the heap (tests). */
    public AgentTokenStore() {
        this(new StoreBudget(Long.MAX_VALUE));
    }

    /**
     * The one key object the store keeps for a Deployment: tokens built with it share it, instead of
     * each holding its own copy of the ids parsed from its request's path.
     */
    public DeploymentKey canonical(DeploymentKey key) {
        return deployment(key).key;
    }

    /**
     * Adds a new token; fails on the limit, when the store's budget is spent ({@link StoreFullException},
     * before anything is stored) or (never in practice) on an id already taken.
     */
    public StoredAgentToken add(StoredAgentToken token) {
        try {
            budget.reserve(token.footprint());
        } catch (StoreFullException full) {
            Deployment entry = deployments.get(token.deployment());
            if (entry != null) {
                retireIfEmpty(entry); // the entry a refused create made in a new Deployment
            }
            throw full;
        }
        try {
            change(token.deployment(), tokens -> {
                if (indexOf(tokens, token.id()) >= 0) {
                    throw new IllegalStateException("agent token id " + token.id() + " is already taken");
                }
                return appended(tokens, token);
            });
        } catch (RuntimeException refused) {
            budget.release(token.footprint());
            throw refused;
        }
        return token;
    }

    /** Adds a token or replaces the one with the same id (for provider states and seeds). */
    public StoredAgentToken put(StoredAgentToken token) {
        budget.reserve(token.footprint());
        StoredAgentToken[] before;
        try {
            before = change(token.deployment(), tokens -> {
                int at = indexOf(tokens, token.id());
                if (at < 0) {
                    return appended(tokens, token);
                }
                StoredAgentToken[] replaced = tokens.clone();
                replaced[at] = token;
                return replaced;
            });
        } catch (RuntimeException refused) {
            budget.release(token.footprint());
            throw refused;
        }
        int replaced = indexOf(before, token.id());
        if (replaced >= 0) {
            budget.release(before[replaced].footprint());
        }
        return token;
    }

    public Optional<StoredAgentToken> find(DeploymentKey key, String id) {
        StoredAgentToken[] tokens = tokensOf(key);
        int at = indexOf(tokens, id);
        return at < 0 ? Optional.empty() : Optional.of(tokens[at]);
    }

    /** Removes a token; false when it was not there. A Deployment left without tokens leaves the store. */
    public boolean remove(DeploymentKey key, String id) {
        Deployment deployment = deployments.get(key);
        if (deployment == null) {
            return false;
        }
        StoredAgentToken[] before;
        try {
            before = deployment.change(tokens -> {
                int at = indexOf(tokens, id);
                if (at < 0) {
                    return tokens;
                }
                StoredAgentToken[] rest = Arrays.copyOf(tokens, tokens.length - 1);
                System.arraycopy(tokens, at + 1, rest, at, tokens.length - at - 1);
                return rest;
            });
        } catch (Retired gone) {
            return false;
        }
        int at = indexOf(before, id);
        if (at < 0) {
            return false;
        }
        budget.release(before[at].footprint());
        retireIfEmpty(deployment);
        return true;
    }

    /** An empty Deployment's entry leaves the store (and gives its bytes back); a racing create takes a new one. */
    private void retireIfEmpty(Deployment deployment) {
        StoredAgentToken[] now = deployment.tokens.get();
        if (now.length == 0 && now != RETIRED && deployment.tokens.compareAndSet(now, RETIRED)) {
            deployments.remove(deployment.key, deployment);
            budget.release(deploymentBytes(deployment.key));
        }
    }

    /** A snapshot of the Deployment's tokens, in no particular order. */
    public List<StoredAgentToken> list(DeploymentKey key) {
        return new ArrayList<>(Arrays.asList(tokensOf(key)));
    }

    public int count(DeploymentKey key) {
        return tokensOf(key).length;
    }

    /** Removes every token of one Deployment. */
    public void clear(DeploymentKey key) {
        Deployment deployment = deployments.get(key);
        if (deployment == null) {
            return;
        }
        StoredAgentToken[] before;
        try {
            before = deployment.change(tokens -> NONE);
        } catch (Retired gone) {
            return;
        }
        for (StoredAgentToken token : before) {
            budget.release(token.footprint());
        }
        retireIfEmpty(deployment);
    }

    /** Empties the whole store. */
    public void clearAll() {
        deployments.clear();
        budget.reset();
    }

    /** What the store holds, in estimated bytes, and what it may hold. */
    public StoreBudget budget() {
        return budget;
    }

    private StoredAgentToken[] tokensOf(DeploymentKey key) {
        Deployment deployment = deployments.get(key);
        return deployment == null ? NONE : deployment.tokens.get();
    }

    /**
     * The Deployment's entry, made on first use. A plain read first: {@code computeIfAbsent} locks the
     * key's bin, and every create comes here twice.
     */
    private Deployment deployment(DeploymentKey key) {
        Deployment known = deployments.get(key);
        return known != null ? known : deployments.computeIfAbsent(key, k -> {
            budget.reserve(deploymentBytes(k));
            return new Deployment(k);
        });
    }

    /** Applies a change to a Deployment's tokens, on a new entry when the one found was retired meanwhile. */
    private StoredAgentToken[] change(DeploymentKey key, UnaryOperator<StoredAgentToken[]> change) {
        while (true) {
            try {
                return deployment(key).change(change);
            } catch (Retired gone) {
                Thread.onSpinWait();
            }
        }
    }

    private static long deploymentBytes(DeploymentKey key) {
        return StoreBudget.DEPLOYMENT_BYTES + 2L * (key.organizationId().length() + key.deploymentId().length());
    }

    /** Thrown inside a change to a retired Deployment entry: the caller looks the Deployment up again. */
    private static final class Retired extends RuntimeException {
        private static final Retired INSTANCE = new Retired();

        private Retired() {
            super(null, null, false, false);
        }
    }

    private static int indexOf(StoredAgentToken[] tokens, String id) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static StoredAgentToken[] appended(StoredAgentToken[] tokens, StoredAgentToken token) {
        if (tokens.length >= LIMIT_PER_DEPLOYMENT) {
            throw new TokenLimitReachedException(LIMIT_PER_DEPLOYMENT);
        }
        StoredAgentToken[] more = Arrays.copyOf(tokens, tokens.length + 1);
        more[tokens.length] = token;
        return more;
    }

    private static final class Deployment {
        private final DeploymentKey key;
        private final AtomicReference<StoredAgentToken[]> tokens = new AtomicReference<>(NONE);

        Deployment(DeploymentKey key) {
            this.key = key;
        }

        /**
         * Applies a change to the current tokens, again on the newer ones if another change came first;
         * returns the tokens the change was applied to.
         */
        StoredAgentToken[] change(UnaryOperator<StoredAgentToken[]> change) {
            StoredAgentToken[] current;
            StoredAgentToken[] next;
            do {
                current = tokens.get();
                if (current == RETIRED) {
                    throw Retired.INSTANCE;
                }
                next = change.apply(current);
            } while (next != current && !tokens.compareAndSet(current, next));
            return current;
        }
    }
}
