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

    @Test
    void a_registered_secret_is_masked_when_a_server_echoes_it_encoded() {
        String secret = "echo-me-7f3a9c2e51";
        SecretMasker.register(secret);
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        String basic = b64.encodeToString(("user:" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String echoed : java.util.List.of(
                b64.encodeToString(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("x" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                basic,
                java.net.URLEncoder.encode(secret + " ", java.nio.charset.StandardCharsets.UTF_8),
                new StringBuilder(secret).reverse().toString(),
                java.util.HexFormat.of().formatHex(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            String masked = SecretMasker.mask("{\"message\":\"you sent " + echoed + "\"}");
            assertThat(masked).as(echoed).contains(SecretMasker.MASK);
            assertThat(masked).as(echoed + " is not left whole").doesNotContain(echoed);
        }
        assertThat(SecretMasker.mask("an ordinary message")).isEqualTo("an ordinary message");
    }
}
