package dev.contractgate.mock.token;

import dev.contractgate.server.model.ApiToken;
import dev.contractgate.server.model.BasicSubjectProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An agent token as the store keeps it: everything but the secret, of which only the SHA-256
 * hash is kept. Immutable, and compact on purpose: under a create-heavy load the store holds every
 * token, and the young collector copies each one at least once, so each object a token holds is
 * paid for in pause time. Hence creation time in whole UTC seconds (how the API writes it) instead of
 * an {@link OffsetDateTime} (four objects), and nothing the token's other values imply:
 * the API has no update, so {@code updatedAt} and {@code startAt} are {@code createdAt} and
 * {@code updatedBy} is {@code createdBy}; {@code endAt} is {@code createdAt} plus the expiry period;
 * {@code lastUsedAt} is never set. Absent optional values are null.
 */
public final class StoredAgentToken {

    private final DeploymentKey deployment;
    private final String id;
    private final String name;
    private final String description;
    private final String shortToken;
    private final byte[] secretHash;
    private final long createdAtSecond;
    private final Integer expiryPeriodInDays;
    private final BasicSubjectProfile createdBy;
    /** The token as the API shows it, made on the first read ({@link TokenViews}); null until then. */
    private volatile ApiToken view;

    public StoredAgentToken(DeploymentKey deployment, String id, String name, String description, String shortToken,
                            byte[] secretHash, long createdAtSecond, Integer expiryPeriodInDays,
                            BasicSubjectProfile createdBy) {
        this.deployment = deployment;
        this.id = id;
        this.name = name;
        this.description = description;
        this.shortToken = shortToken;
        this.secretHash = secretHash;
        this.createdAtSecond = createdAtSecond;
        this.expiryPeriodInDays = expiryPeriodInDays;
        this.createdBy = createdBy;
    }

    public DeploymentKey deployment() {
        return deployment;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String shortToken() {
        return shortToken;
    }

    /** Creation time in seconds since the epoch (UTC): what lists are sorted by. */
    public long createdAtSecond() {
        return createdAtSecond;
    }

    public OffsetDateTime createdAt() {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(createdAtSecond), ZoneOffset.UTC);
    }

    public OffsetDateTime updatedAt() {
        return createdAt();
    }

    public OffsetDateTime startAt() {
        return createdAt();
    }

    public OffsetDateTime endAt() {
        return expiryPeriodInDays == null ? null : createdAt().plusDays(expiryPeriodInDays);
    }

    public Integer expiryPeriodInDays() {
        return expiryPeriodInDays;
    }

    public OffsetDateTime lastUsedAt() {
        return null;
    }

    public BasicSubjectProfile createdBy() {
        return createdBy;
    }

    public BasicSubjectProfile updatedBy() {
        return createdBy;
    }

    /** Whether the presented value is this token's secret (constant-time comparison of hashes). */
    public boolean isSecret(String presented) {
        return TokenSecrets.matches(secretHash, presented);
    }

    ApiToken view() {
        return view;
    }

    void keepView(ApiToken made) {
        view = made;
    }
}
