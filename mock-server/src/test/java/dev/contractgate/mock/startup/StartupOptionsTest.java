package dev.contractgate.mock.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    @Test
    void turns_the_flags_into_spring_properties_that_win_over_the_defaults() {
        StartupOptions options = StartupOptions.parse("--port", "9090", "--admin", "--seed", "s.json",
                "--tokens", "t.json", "--bind", "0.0.0.0", "--quiet", "--logging.level.root=warn");

        assertThat(options.allSpringArgs()).containsExactly("--server.port=9090", "--mock.admin.enabled=true",
                "--mock.seed-file=s.json", "--mock.tokens-file=t.json", "--server.address=0.0.0.0",
                "--mock.quiet=true", "--logging.level.root=warn");
        assertThat(options.help()).isFalse();
    }

    @Test
    void rejects_an_unknown_flag_a_missing_value_and_a_bad_port() {
        assertThatThrownBy(() -> StartupOptions.parse("--colour")).isInstanceOf(StartupException.class);
        assertThatThrownBy(() -> StartupOptions.parse("--port")).isInstanceOf(StartupException.class);
        assertThatThrownBy(() -> StartupOptions.parse("--port", "--admin")).isInstanceOf(StartupException.class);
        assertThatThrownBy(() -> StartupOptions.parse("--port", "http")).isInstanceOf(StartupException.class);
        assertThatThrownBy(() -> StartupOptions.parse("--port", "70000")).isInstanceOf(StartupException.class);
    }

    @Test
    void a_store_bound_beyond_what_the_heap_holds_is_refused_naming_the_heap_and_the_most_it_may_be() {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long most = (long) (heapMb * StartupOptions.MOST_HEAP_SHARE);

        assertThat(StartupOptions.parse("--max-store-mb", Long.toString(most)).allSpringArgs())
                .contains("--mock.max-store-mb=" + most);
        assertThatThrownBy(() -> StartupOptions.parse("--max-store-mb", Long.toString(most + 1)))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("--max-store-mb " + (most + 1) + " is more than this JVM's heap allows")
                .hasMessageContaining("give at most " + most).hasMessageContaining("-Xmx");
        assertThatThrownBy(() -> StartupOptions.parse("--max-store-mb", "0")).isInstanceOf(StartupException.class)
                .hasMessageContaining("from 1 to 1048576");
    }

    @Test
    void recognises_help() {
        assertThat(StartupOptions.parse("--help").help()).isTrue();
        assertThat(StartupOptions.usage()).contains("--port", "--admin", "--seed", "--tokens");
    }

    @org.junit.jupiter.api.Test
    void a_flag_with_its_value_attached_is_our_flag_not_a_spring_property_of_that_name() {
        StartupOptions options = StartupOptions.parse("--port=8081", "--tokens=tokens.json", "--seed=seed.json", "--bind=127.0.0.2");

        org.assertj.core.api.Assertions.assertThat(options.properties())
                .containsEntry("server.port", "8081").containsEntry("mock.tokens-file", "tokens.json")
                .containsEntry("mock.seed-file", "seed.json").containsEntry("server.address", "127.0.0.2");
        org.assertj.core.api.Assertions.assertThat(options.springArgs()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void an_empty_value_is_refused_instead_of_falling_back_to_the_defaults() {
        for (String[] args : new String[][] {{"--tokens", ""}, {"--tokens="}, {"--seed="}, {"--port="}, {"--bind", " "}}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartupOptions.parse(args))
                    .as(String.join(" ", args)).isInstanceOf(StartupException.class).hasMessageContaining("needs a value");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StartupOptions.parse("--port=http"))
                .isInstanceOf(StartupException.class).hasMessageContaining("--port must be a number");
    }

    @Test
    void a_base_path_becomes_the_servlet_context_path_and_the_root_means_none() {
        assertThat(StartupOptions.parse("--base-path", "/v1").properties()).containsEntry("server.servlet.context-path", "/v1");
        assertThat(StartupOptions.parse("--base-path=/api/v1").properties()).containsEntry("server.servlet.context-path", "/api/v1");
        assertThat(StartupOptions.parse("--base-path", "/").properties()).doesNotContainKey("server.servlet.context-path");
    }

    @Test
    void a_base_path_that_would_not_be_served_as_written_is_refused_naming_the_flag() {
        for (String bad : new String[] {"v1", "/v1/", "/../v1", "/v1//beta", "/v%31", "/v1;x", "/./v1"}) {
            assertThatThrownBy(() -> StartupOptions.parse("--base-path", bad)).as(bad)
                    .isInstanceOf(StartupException.class).hasMessageContaining("--base-path must look like /v1");
        }
    }
}
