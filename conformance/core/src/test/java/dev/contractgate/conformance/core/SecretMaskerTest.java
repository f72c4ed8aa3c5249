package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void masks_the_secret_token_field_of_a_json_body_but_keeps_short_token() {
        String body = "{\"shortToken\":\"aat_1\",\"token\":\"aat_1.s3cr3t\",\"name\":\"x\"}";
        String masked = SecretMasker.mask(body);
        assertThat(masked).doesNotContain("s3cr3t").contains("\"token\":\"****\"").contains("\"shortToken\":\"aat_1\"");
    }

    @Test
    void masks_bearer_credentials_in_headers_and_free_text() {
        assertThat(SecretMasker.maskHeader("Authorization", "Bearer abc.def")).isEqualTo("Bearer ****");
        assertThat(SecretMasker.maskHeader("Content-Type", "application/json")).isEqualTo("application/json");
        assertThat(SecretMasker.mask("Authorization: Bearer abc.def")).isEqualTo("Authorization: Bearer ****");
    }
}
