package dev.contractgate.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.token.TokenSecrets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BearerAuthFilterTest {

    @Test
    void reads_the_token_of_a_well_formed_bearer_header_only() {
        assertThat(BearerAuthFilter.bearerValue("Bearer abc")).isEqualTo("abc");
        assertThat(BearerAuthFilter.bearerValue("BEARER abc")).isEqualTo("abc");
        assertThat(BearerAuthFilter.bearerValue("Bearer")).isNull();
        assertThat(BearerAuthFilter.bearerValue("Bearer  ")).isNull();
        assertThat(BearerAuthFilter.bearerValue("Bearer a b")).isNull();
        assertThat(BearerAuthFilter.bearerValue("Basic abc")).isNull();
    }

    @Test
    void finds_the_organization_of_an_api_path() {
        assertThat(BearerAuthFilter.organizationOf("/organizations/clmorg/deployments/d/agent-tokens")).isEqualTo("clmorg");
        assertThat(BearerAuthFilter.organizationOf("/organizations/a%20b")).isEqualTo("a b");
        assertThat(BearerAuthFilter.organizationOf("/organizations/")).isNull();
        assertThat(BearerAuthFilter.organizationOf("/elsewhere")).isNull();
    }

    @Test
    void matches_accepted_tokens_by_hash_and_applies_organization_restrictions() {
        AcceptedTokens tokens = new AcceptedTokens(List.of(
                new AcceptedToken(TokenSecrets.sha256("a"), Set.of(), DevTokens.devUser()),
                new AcceptedToken(TokenSecrets.sha256("b"), Set.of("org-b"), DevTokens.restrictedServiceKey())));

        assertThat(tokens.match("a")).get().extracting(t -> t.mayActOn("anything")).isEqualTo(true);
        assertThat(tokens.match("b")).get().extracting(t -> t.mayActOn("org-a")).isEqualTo(false);
        assertThat(tokens.match("b")).get().extracting(t -> t.mayActOn("org-b")).isEqualTo(true);
        assertThat(tokens.match("c")).isEmpty();
    }

    @Test
    void documents_dev_subject_ids_shaped_like_the_apis() {
        assertThat(DevTokens.devUser().getId()).matches("c[0-9a-z]{24}");
        assertThat(DevTokens.restrictedServiceKey().getId()).matches("c[0-9a-z]{24}");
        assertThat(DevTokens.RESTRICTED_ORGANIZATION).matches("c[0-9a-z]{24}");
    }
}
