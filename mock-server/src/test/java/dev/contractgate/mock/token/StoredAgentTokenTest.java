package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A stored token gives back exactly what it was made from, however it packs it. */
class StoredAgentTokenTest {

    private static final DeploymentKey KEY = new DeploymentKey("clmpackorg000000000000001", "clmpackdep000000000000001");

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "Latin-1 only: café, naïve, ÿ, \u00a0, \u0080",
            "beyond Latin-1: Zürich — 東京", "an emoji 🚀 is a surrogate pair", "a lone high surrogate \ud800 here",
            "a lone low surrogate \udc00 and a NUL \u0000"})
    void keeps_names_and_descriptions_as_given_even_what_utf_8_cannot_hold(String text) {
        String other = "the other field: " + new StringBuilder(text).reverse();
        StoredAgentToken token = new StoredAgentToken(KEY, "cid", text, other, "aat_Ab3dEf9h", hash(), 0, null, null);
        StoredAgentToken swapped = new StoredAgentToken(KEY, "cid", other, text, "aat_Ab3dEf9h", hash(), 0, null, null);

        assertThat(token.name()).isEqualTo(text);
        assertThat(token.description()).isEqualTo(other);
        assertThat(swapped.name()).isEqualTo(other);
        assertThat(swapped.description()).isEqualTo(text);
        assertThat(token.shortToken()).isEqualTo("aat_Ab3dEf9h");
    }

    @Test
    void keeps_the_hash_of_the_secret_and_the_times_it_implies() {
        TokenSecrets.Issued secret = TokenSecrets.issue();
        long created = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        StoredAgentToken token = new StoredAgentToken(KEY, "cid", "n", "", secret.shortToken(), secret.hash(), created, 30, null);

        assertThat(token.isSecret(secret.token())).isTrue();
        assertThat(token.isSecret(secret.token() + "x")).isFalse();
        assertThat(token.shortToken()).isEqualTo(secret.shortToken());
        assertThat(token.createdAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(token.updatedAt()).isEqualTo(token.createdAt());
        assertThat(token.startAt()).isEqualTo(token.createdAt());
        assertThat(token.endAt()).isEqualTo(OffsetDateTime.of(2026, 3, 31, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(token.lastUsedAt()).isNull();
    }

    private static byte[] hash() {
        return TokenSecrets.sha256("x");
    }
}
