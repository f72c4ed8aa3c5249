package dev.contractgate.mock.token;

import dev.contractgate.server.model.ApiToken;
import dev.contractgate.server.model.BasicSubjectProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * An agent token as the store keeps it: everything but the secret, of which only the SHA-256
 * hash is kept. Immutable, and compact on purpose: under a create-heavy load the store holds every
 * token and the young collector copies each one at least once, paying per object and per byte; with
 * the JVM's default collector settings those copies were what pushed the create p99 up as the store grew.
 * So a token is two objects besides its id: this one and one byte array holding name, description,
 * short token and the hash; its creation time is whole UTC seconds (how the API writes it)
 * instead of an {@link OffsetDateTime} (four objects); and nothing the other values imply is stored:
 * the API has no update, so {@code updatedAt} and {@code startAt} are {@code createdAt} and
 * {@code updatedBy} is {@code createdBy}; {@code endAt} is {@code createdAt} plus the expiry period;
 * {@code lastUsedAt} is never set. Absent optional values are null.
 */
public final class StoredAgentToken {

    private static final int HASH_LENGTH = 32;

    private final DeploymentKey deployment;
    private final String id;
    /** name, description, shortToken ({@link TextBytes}: Latin-1 or UTF-16), then the 32 bytes of the secret's hash */
    private final byte[] packed;
    private final boolean latin1;
    private final int nameEnd;
    private final int descriptionEnd;
    private final long createdAtSecond;
    private final Integer expiryPeriodInDays;
    private final BasicSubjectProfile createdBy;
    /** The token as the API shows it, made on the first read ({@link TokenViews}); null until then. */
    private volatile ApiToken view;

    public StoredAgentToken(DeploymentKey deployment, String id, String name, String description, String shortToken,
                            byte[] secretHash, long createdAtSecond, Integer expiryPeriodInDays,
                            BasicSubjectProfile createdBy) {
        if (secretHash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, not " + secretHash.length);
        }
        this.latin1 = TextBytes.fitLatin1(name, description, shortToken);
        this.packed = new byte[TextBytes.size(name, latin1) + TextBytes.size(description, latin1)
                + TextBytes.size(shortToken, latin1) + HASH_LENGTH];
        this.nameEnd = TextBytes.put(name, latin1, packed, 0);
        this.descriptionEnd = TextBytes.put(description, latin1, packed, nameEnd);
        TextBytes.put(shortToken, latin1, packed, descriptionEnd);
        System.arraycopy(secretHash, 0, packed, packed.length - HASH_LENGTH, HASH_LENGTH);
        this.deployment = deployment;
        this.id = id;
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
        return TextBytes.get(packed, 0, nameEnd, latin1);
    }

    public String description() {
        return TextBytes.get(packed, nameEnd, descriptionEnd, latin1);
    }

    public String shortToken() {
        return TextBytes.get(packed, descriptionEnd, packed.length - HASH_LENGTH, latin1);
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
        return TokenSecrets.matches(Arrays.copyOfRange(packed, packed.length - HASH_LENGTH, packed.length), presented);
    }

    /**
     * What keeping this token costs the heap, estimated high: its objects and packed texts, and the
     * view and JSON a first read caches beside them ({@link TokenViews}), which repeat the texts.
     */
    long footprint() {
        return 400 + 3L * packed.length + 2L * id.length();
    }

    ApiToken view() {
        return view;
    }

    void keepView(ApiToken made) {
        view = made;
    }
}
