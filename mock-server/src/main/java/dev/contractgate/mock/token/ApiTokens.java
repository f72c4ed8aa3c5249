package dev.contractgate.mock.token;

import dev.contractgate.server.model.ApiToken;
import dev.contractgate.server.model.ApiTokenRole;
import java.util.List;

/** Turns stored tokens into the API's {@link ApiToken}: kind STANDARD, scope DEPLOYMENT, role DEPLOYMENT_AGENT. */
public final class ApiTokens {

    public static final String AGENT_ROLE = "DEPLOYMENT_AGENT";

    private ApiTokens() {
    }

    /** The token as every response but create's shows it: without the secret. */
    public static ApiToken of(StoredAgentToken token) {
        return fill(new ApiToken(), token);
    }

    /** The token as the create response shows it, once: with the secret. */
    public static ApiToken withSecret(NewAgentToken token) {
        return of(token.stored()).token(token.secret());
    }

    /** Sets every field of {@code api} but the secret from the stored token. */
    static <T extends ApiToken> T fill(T api, StoredAgentToken token) {
        api.setId(token.id());
        api.setName(token.name());
        api.setDescription(token.description());
        api.setKind(ApiToken.KindEnum.STANDARD);
        api.setScope(ApiToken.ScopeEnum.DEPLOYMENT);
        api.setShortToken(token.shortToken());
        api.setCreatedAt(token.createdAt());
        api.setUpdatedAt(token.updatedAt());
        api.setStartAt(token.startAt());
        api.setEndAt(token.endAt());
        api.setExpiryPeriodInDays(token.expiryPeriodInDays());
        api.setLastUsedAt(token.lastUsedAt());
        api.setCreatedBy(token.createdBy());
        api.setUpdatedBy(token.updatedBy());
        api.setRoles(List.of(new ApiTokenRole(token.deployment().deploymentId(),
                ApiTokenRole.EntityTypeEnum.DEPLOYMENT, AGENT_ROLE)));
        return api;
    }
}
