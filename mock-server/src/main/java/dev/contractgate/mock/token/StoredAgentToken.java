package dev.contractgate.mock.token;

import dev.contractgate.server.model.BasicSubjectProfile;
import java.time.OffsetDateTime;

/**
 * An agent token as the store keeps it: everything but the secret, of which only the SHA-256
 * hash is kept. Optional values ({@code endAt}, {@code expiryPeriodInDays}, {@code lastUsedAt},
 * {@code createdBy}, {@code updatedBy}) are null when absent.
 */
public record StoredAgentToken(
        DeploymentKey deployment,
        String id,
        String name,
        String description,
        String shortToken,
        byte[] secretHash,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime startAt,
        OffsetDateTime endAt,
        Integer expiryPeriodInDays,
        OffsetDateTime lastUsedAt,
        BasicSubjectProfile createdBy,
        BasicSubjectProfile updatedBy) {

    /** Whether the presented value is this token's secret (constant-time comparison of hashes). */
    public boolean isSecret(String presented) {
        return TokenSecrets.matches(secretHash, presented);
    }
}
