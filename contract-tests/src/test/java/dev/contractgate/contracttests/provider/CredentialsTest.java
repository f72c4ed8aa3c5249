package dev.contractgate.contracttests.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @AfterEach
    void clear() {
        System.clearProperty(Credentials.TOKEN_PROPERTY);
        System.clearProperty(Credentials.RESTRICTED_TOKEN_PROPERTY);
    }

    @Test
    void swaps_the_pacts_dev_token_for_the_providers_own() {
        System.setProperty(Credentials.TOKEN_PROPERTY, "their-token");
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("GET", "/x");
        request.setHeader("Authorization", "Bearer dev-token");

        Credentials.apply(request);

        assertThat(request.getFirstHeader("Authorization").getValue()).isEqualTo("Bearer their-token");
    }

    @Test
    void swaps_the_restricted_token_separately() {
        System.setProperty(Credentials.TOKEN_PROPERTY, "their-token");
        System.setProperty(Credentials.RESTRICTED_TOKEN_PROPERTY, "their-restricted-token");
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("GET", "/x");
        request.setHeader("Authorization", "Bearer dev-token-restricted");

        Credentials.apply(request);

        assertThat(request.getFirstHeader("Authorization").getValue()).isEqualTo("Bearer their-restricted-token");
    }

    @Test
    void leaves_requests_alone_when_no_token_is_given_or_none_is_sent() {
        BasicClassicHttpRequest withToken = new BasicClassicHttpRequest("GET", "/x");
        withToken.setHeader("Authorization", "Bearer dev-token");
        BasicClassicHttpRequest withoutToken = new BasicClassicHttpRequest("GET", "/x");

        Credentials.apply(withToken);
        System.setProperty(Credentials.TOKEN_PROPERTY, "their-token");
        Credentials.apply(withoutToken);

        assertThat(withToken.getFirstHeader("Authorization").getValue()).isEqualTo("Bearer dev-token");
        assertThat(withoutToken.getFirstHeader("Authorization")).isNull();
    }
}
