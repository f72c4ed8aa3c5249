package dev.contractgate.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.token.TokenSecrets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptedTokensTest {

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
