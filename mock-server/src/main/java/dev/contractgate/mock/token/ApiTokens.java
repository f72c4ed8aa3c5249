package dev.contractgate.mock.token;

import dev.contractgate.server.model.ApiToken;
import dev.contractgate.server.model.ApiTokenRole;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Turns stored tokens into the API's {@link ApiToken}: kind STANDARD, scope DEPLOYMENT, role DEPLOYMENT_AGENT. */
public final class ApiTokens {

    public static final String AGENT_ROLE = "DEPLOYMENT_AGENT";

    private ApiTokens() {
    }

    /** The token as every response but create's shows it: without the secret. */
    public static ApiToken of(StoredAgentToken token) {
        OffsetDateTime created = utc(token.createdAt());
        ApiToken api = new ApiToken(token.id(), token.name(), token.description(), ApiToken.KindEnum.STANDARD,
                ApiToken.ScopeEnum.DEPLOYMENT, token.shortToken(), created, same(token.updatedAt(), token.createdAt(), created),
                same(token.startAt(), token.createdAt(), created));
        api.setEndAt(utc(token.endAt()));
        api.setExpiryPeriodInDays(token.expiryPeriodInDays());
        api.setLastUsedAt(utc(token.lastUsedAt()));
        api.setCreatedBy(token.createdBy());
        api.setUpdatedBy(token.updatedBy());
        api.setRoles(List.of(new ApiTokenRole(token.deployment().deploymentId(),
                ApiTokenRole.EntityTypeEnum.DEPLOYMENT, AGENT_ROLE)));
        return api;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** {@code value} in UTC, reusing {@code converted} when it is the same instant (a new token's times are). */
    private static OffsetDateTime same(Instant value, Instant original, OffsetDateTime converted) {
        return value != null && value.equals(original) ? converted : utc(value);
    }

    /** The token as the create response shows it, once: with the secret. */
    public static ApiToken withSecret(NewAgentToken token) {
        return of(token.stored()).token(token.secret());
    }
}
