package dev.contractgate.mock.token;

import dev.contractgate.server.model.BasicSubjectProfile;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Create, read, list and delete agent tokens, as the spec describes them. */
@Service
public class AgentTokenService {

    /** One page of a list, and the number of tokens in all. */
    public record Page(int totalCount, List<StoredAgentToken> tokens) {
    }

    private final AgentTokenStore store;
    private final Clock clock;
    private final CuidGenerator ids = new CuidGenerator();

    public AgentTokenService(AgentTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Creates a token. Without a description it gets {@code ""}; with an expiry period it gets
     * {@code endAt = startAt + days}.
     */
    public NewAgentToken create(DeploymentKey deployment, String name, String description,
                                Integer expiryPeriodInDays, BasicSubjectProfile caller) {
        return create(deployment, ids.next(), name, description, expiryPeriodInDays, caller, nowSecond());
    }

    /** Creates a token with a given id and time (seeds and provider states); replaces a token with that id. */
    public NewAgentToken put(DeploymentKey deployment, String id, String name, String description,
                             Integer expiryPeriodInDays, BasicSubjectProfile creator, OffsetDateTime createdAt) {
        NewAgentToken token = build(deployment, id == null ? ids.next() : id, name, description,
                expiryPeriodInDays, creator, createdAt == null ? nowSecond() : createdAt.toEpochSecond());
        store.put(token.stored());
        return token;
    }

    private NewAgentToken create(DeploymentKey deployment, String id, String name, String description,
                                 Integer expiryPeriodInDays, BasicSubjectProfile caller, long createdAtSecond) {
        NewAgentToken token = build(deployment, id, name, description, expiryPeriodInDays, caller, createdAtSecond);
        store.add(token.stored());
        return token;
    }

    private static NewAgentToken build(DeploymentKey deployment, String id, String name, String description,
                                       Integer expiryPeriodInDays, BasicSubjectProfile caller, long createdAtSecond) {
        TokenSecrets.Issued secret = TokenSecrets.issue();
        StoredAgentToken stored = new StoredAgentToken(deployment, id, name, description == null ? "" : description,
                secret.shortToken(), secret.hash(), createdAtSecond, expiryPeriodInDays, caller);
        return new NewAgentToken(stored, secret.token());
    }

    public StoredAgentToken get(DeploymentKey deployment, String agentTokenId) {
        return store.find(deployment, agentTokenId).orElseThrow(() -> new AgentTokenNotFoundException(agentTokenId));
    }

    public void delete(DeploymentKey deployment, String agentTokenId) {
        if (!store.remove(deployment, agentTokenId)) {
            throw new AgentTokenNotFoundException(agentTokenId);
        }
    }

    /** One page in the requested order; {@code sorts} must be valid (see {@link TokenOrder#problems}). */
    public Page list(DeploymentKey deployment, int offset, int limit, List<String> sorts) {
        List<StoredAgentToken> all = store.list(deployment);
        int total = all.size();
        if (offset >= total || limit == 0) {
            return new Page(total, List.of());
        }
        all.sort(TokenOrder.of(sorts));
        return new Page(total, all.subList(offset, (int) Math.min((long) offset + limit, total)));
    }

    private long nowSecond() {
        return clock.instant().getEpochSecond();
    }
}
