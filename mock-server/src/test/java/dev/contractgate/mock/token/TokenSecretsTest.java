package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void keeps_only_a_sha_256_hash_that_matches_the_secret_and_nothing_else() {
        TokenSecrets.Issued issued = TokenSecrets.issue();

        assertThat(issued.hash()).hasSize(32).isEqualTo(TokenSecrets.sha256(issued.token()));
        assertThat(TokenSecrets.matches(issued.hash(), issued.token())).isTrue();
        assertThat(TokenSecrets.matches(issued.hash(), issued.token() + "x")).isFalse();
        assertThat(TokenSecrets.matches(issued.hash(), issued.shortToken())).isFalse();
        assertThat(TokenSecrets.matches(issued.hash(), null)).isFalse();
    }

    @Test
    void makes_secrets_that_start_with_their_short_token() {
        TokenSecrets.Issued issued = TokenSecrets.issue();

        assertThat(issued.shortToken()).matches("aat_[A-Za-z0-9]{8}");
        assertThat(issued.token()).matches("aat_[A-Za-z0-9]{8}\\.[A-Za-z0-9_-]{43}").startsWith(issued.shortToken() + ".");
        assertThat(TokenSecrets.issue().token()).isNotEqualTo(issued.token());
    }

    @Test
    void makes_25_character_lower_case_ids_starting_with_c_that_never_repeat_and_sort_in_creation_order() {
        CuidGenerator ids = new CuidGenerator();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).allMatch(CuidGenerator::looksLikeId);
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made.get(0).substring(0, 9)).isLessThanOrEqualTo(made.get(made.size() - 1).substring(0, 9));
    }
}
