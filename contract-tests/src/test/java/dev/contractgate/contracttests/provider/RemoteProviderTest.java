package dev.contractgate.contracttests.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import org.junit.jupiter.api.Test;

class RemoteProviderTest {

    @Test
    void aims_at_host_port_and_base_path_of_the_url() {
        HttpTestTarget target = (HttpTestTarget) RemoteProvider.of("http://127.0.0.1:8089/api", null).testTarget();

        assertThat(target.getHost()).isEqualTo("127.0.0.1");
        assertThat(target.getPort()).isEqualTo(8089);
        assertThat(target.getPath()).isEqualTo("/api");
    }

    @Test
    void has_no_state_handler_without_a_state_change_url() {
        assertThat(RemoteProvider.of("http://127.0.0.1:8089", null).states()).isEmpty();
        assertThat(RemoteProvider.of("http://127.0.0.1:8089", "http://127.0.0.1:8089/_admin/provider-states").states())
                .isPresent();
    }

    @Test
    void rejects_a_url_that_is_not_http_naming_the_property() {
        assertThatThrownBy(() -> RemoteProvider.of("ftp://example", null))
                .hasMessageContaining("contract.provider.url");
    }
}
