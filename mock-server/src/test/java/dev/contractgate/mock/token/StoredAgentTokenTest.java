package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.server.model.BasicSubjectProfile;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A token read back from the store is exactly the one stored, whatever its texts hold. */
class StoredAgentTokenTest {

    private static final DeploymentKey KEY = new DeploymentKey("clmpackorg000000000000001", "clmpackdep000000000000001");

    private final AgentTokenStore store = new AgentTokenStore();

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "Latin-1 only: café, naïve, ÿ, \u00a0, \u0080",
            "beyond Latin-1: Zürich — 東京", "an emoji 🚀 is a surrogate pair", "a lone high surrogate \ud800 here",
            "a lone low surrogate \udc00 and a NUL \u0000"})
    void keeps_names_and_descriptions_as_given_even_what_utf_8_cannot_hold(String text) {
        String other = "the other field: " + new StringBuilder(text).reverse();
        store.put(new StoredAgentToken(KEY, "cid", text, other, "aat_Ab3dEf9h", hash(), 0, null, null));
        store.put(new StoredAgentToken(KEY, "swapped " + text, other, text, "aat_Ab3dEf9h", hash(), 0, null, null));

        StoredAgentToken token = store.find(KEY, "cid").orElseThrow();
        StoredAgentToken swapped = store.find(KEY, "swapped " + text).orElseThrow();

        assertThat(token.name()).isEqualTo(text);
        assertThat(token.description()).isEqualTo(other);
        assertThat(swapped.id()).isEqualTo("swapped " + text);
        assertThat(swapped.name()).isEqualTo(other);
        assertThat(swapped.description()).isEqualTo(text);
        assertThat(token.shortToken()).isEqualTo("aat_Ab3dEf9h");
    }

    @Test
    void keeps_the_hash_of_the_secret_the_creator_and_the_times_they_imply() {
        TokenSecrets.Issued secret = TokenSecrets.issue();
        long created = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
        BasicSubjectProfile creator = new BasicSubjectProfile().id("clmcreator000000000000001").fullName("C");
        store.add(new StoredAgentToken(KEY, "cid", "n", "", secret.shortToken(), secret.hash(), created, 30, creator));
        store.add(new StoredAgentToken(KEY, "other", "n", "", secret.shortToken(), hash(), -1, null, null));

        StoredAgentToken token = store.find(KEY, "cid").orElseThrow();
        assertThat(token.isSecret(secret.token())).isTrue();
        assertThat(token.isSecret(secret.token() + "x")).isFalse();
        assertThat(token.shortToken()).isEqualTo(secret.shortToken());
        assertThat(token.createdBy()).isEqualTo(creator);
        assertThat(token.updatedBy()).isEqualTo(creator);
        assertThat(token.createdAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(token.updatedAt()).isEqualTo(token.createdAt());
        assertThat(token.startAt()).isEqualTo(token.createdAt());
        assertThat(token.endAt()).isEqualTo(OffsetDateTime.of(2026, 3, 31, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(token.expiryPeriodInDays()).isEqualTo(30);
        assertThat(token.lastUsedAt()).isNull();

        StoredAgentToken other = store.find(KEY, "other").orElseThrow();
        assertThat(other.createdBy()).isNull();
        assertThat(other.expiryPeriodInDays()).isNull();
        assertThat(other.endAt()).isNull();
        assertThat(other.createdAtSecond()).isEqualTo(-1);
        assertThat(other.isSecret(secret.token())).isFalse();
    }

    private static byte[] hash() {
        return TokenSecrets.sha256("x");
    }
}
