package dev.contractgate.mock.request;

import static org.assertj.core.api.Assertions.assertThat;

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
}
