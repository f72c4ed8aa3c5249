package dev.contractgate.mock.auth;

import dev.contractgate.mock.token.TokenSecrets;
import dev.contractgate.server.model.BasicSubjectProfile;
import java.util.List;
import java.util.Set;

/**
 * The documented default bearer tokens, for local use only: {@value #DEV_TOKEN} acts on any
 * organization, {@value #RESTRICTED_TOKEN} only on {@value #RESTRICTED_ORGANIZATION}.
 */
public final class DevTokens {

    public static final String DEV_TOKEN = "dev-token";
    public static final String RESTRICTED_TOKEN = "dev-token-restricted";
    public static final String RESTRICTED_ORGANIZATION = "clmrestrictedorg000000001";

    private DevTokens() {
    }

    public static BasicSubjectProfile devUser() {
        return new BasicSubjectProfile("clmdevuser000000000000001")
                .subjectType(BasicSubjectProfile.SubjectTypeEnum.USER)
                .fullName("Dev User")
                .username("dev@contractgate.dev");
    }

    public static BasicSubjectProfile restrictedServiceKey() {
        return new BasicSubjectProfile("clmdevrestricted000000001")
                .subjectType(BasicSubjectProfile.SubjectTypeEnum.SERVICEKEY)
                .apiTokenName(RESTRICTED_TOKEN);
    }

    public static AcceptedTokens defaults() {
        return new AcceptedTokens(List.of(
                new AcceptedToken(TokenSecrets.sha256(DEV_TOKEN), Set.of(), devUser()),
                new AcceptedToken(TokenSecrets.sha256(RESTRICTED_TOKEN), Set.of(RESTRICTED_ORGANIZATION),
                        restrictedServiceKey())));
    }
}
