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
    void recognises_help() {
        assertThat(StartupOptions.parse("--help").help()).isTrue();
        assertThat(StartupOptions.usage()).contains("--port", "--admin", "--seed", "--tokens");
    }
}
