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

    @Test
    void a_registered_secret_is_masked_however_a_server_chose_to_percent_encode_it() {
        String secret = "pct_Echo.9 z~";
        SecretMasker.register(secret);
        for (String echoed : java.util.List.of("pct%5FEcho.9+z~", "pct%5fEcho%2E9%20z%7E",
                "%70%63%74%5F%45%63%68%6F%2E%39%20%7A%7E", "pct_Echo.9%20z~")) {
            assertThat(SecretMasker.mask("seen " + echoed + " here")).as(echoed).isEqualTo("seen **** here");
        }
        assertThat(SecretMasker.mask("pct%5FEcho.8 z~ is another value")).isEqualTo("pct%5FEcho.8 z~ is another value");
    }
}
