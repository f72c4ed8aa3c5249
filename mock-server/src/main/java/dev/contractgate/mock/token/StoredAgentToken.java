package dev.contractgate.mock.token;

import dev.contractgate.server.model.BasicSubjectProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An agent token: everything but the secret, of which only the SHA-256 hash is kept. Immutable. The
 * store keeps it as a record ({@link TokenRecord}) and makes one of these for each read, so it is a
 * short-lived value; its creation time is whole UTC seconds (how the API writes it), and nothing the
 * other values imply is stored: the API has no update, so {@code updatedAt} and {@code startAt} are
 * {@code createdAt} and {@code updatedBy} is {@code createdBy}; {@code endAt} is {@code createdAt}
 * plus the expiry period; {@code lastUsedAt} is never set. Absent optional values are null.
 */
public final class StoredAgentToken {

    private static final int HASH_LENGTH = 32;

    private final DeploymentKey deployment;
    private final String id;
    private final String name;
    private final String description;
    private final String shortToken;
    private final byte[] secretHash;
    private final long createdAtSecond;
    private final Integer expiryPeriodInDays;
    private final BasicSubjectProfile createdBy;
    /** The handle of the record this token was read from (0 when not read from the store). */
    private final int handle;
    /** The token's JSON as the store kept it after its first read; null until then. */
    private final String json;

    public StoredAgentToken(DeploymentKey deployment, String id, String name, String description, String shortToken,
                            byte[] secretHash, long createdAtSecond, Integer expiryPeriodInDays,
                            BasicSubjectProfile createdBy) {
        this(deployment, id, name, description, shortToken, secretHash.clone(), createdAtSecond, expiryPeriodInDays,
                createdBy, 0, null);
        if (secretHash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, not " + secretHash.length);
        }
    }

    private StoredAgentToken(DeploymentKey deployment, String id, String name, String description, String shortToken,
                             byte[] secretHash, long createdAtSecond, Integer expiryPeriodInDays,
                             BasicSubjectProfile createdBy, int handle, String json) {
        this.deployment = deployment;
        this.id = id;
        this.name = name;
        this.description = description;
        this.shortToken = shortToken;
        this.secretHash = secretHash;
        this.createdAtSecond = createdAtSecond;
        this.expiryPeriodInDays = expiryPeriodInDays;
        this.createdBy = createdBy;
        this.handle = handle;
        this.json = json;
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

    /** The hash itself, for the store's record (never shown). */
    byte[] secretHash() {
        return secretHash;
    }

    /**
     * A token as read from the store's record {@code handle}, with the JSON kept for it (or null). The
     * hash is the reader's own copy, so it is not copied again.
     */
    static StoredAgentToken read(DeploymentKey deployment, String id, String name, String description,
                                 String shortToken, byte[] secretHash, long createdAtSecond,
                                 Integer expiryPeriodInDays, BasicSubjectProfile createdBy, int handle, String json) {
        return new StoredAgentToken(deployment, id, name, description, shortToken, secretHash, createdAtSecond,
                expiryPeriodInDays, createdBy, handle, json);
    }

    int handle() {
        return handle;
    }

    String json() {
        return json;
    }
}
