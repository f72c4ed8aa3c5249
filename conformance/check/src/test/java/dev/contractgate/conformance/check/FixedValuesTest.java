package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.faults.Credentials;
import dev.contractgate.mock.admin.AdminController;
import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.state.ProviderStates;
import org.junit.jupiter.api.Test;

/**
 * The mock server's fixed values (its dev tokens, the restricted organization, the admin endpoints, a
 * provider state's name) are declared once, in the mock server; the two places that cannot load its
 * classes, the fault server and the JUnit extension, keep copies, each pinned to the original here.
 */
class FixedValuesTest {

    @Test
    void the_fault_server_s_defaults_are_the_mock_server_s_tokens_and_organization() {
        assertThat(Credentials.MOCK_TOKEN).isEqualTo(DevTokens.DEV_TOKEN);
        assertThat(Credentials.MOCK_RESTRICTED_TOKEN).isEqualTo(DevTokens.RESTRICTED_TOKEN);
        assertThat(Credentials.MOCK_RESTRICTED_ORGANIZATION).isEqualTo(DevTokens.RESTRICTED_ORGANIZATION);
    }

    @Test
    void the_junit_extension_names_the_mock_server_s_tokens_endpoints_and_state() {
        assertThat(dev.contractgate.mock.junit5.MockServer.DEV_TOKEN).isEqualTo(DevTokens.DEV_TOKEN);
        assertThat(dev.contractgate.mock.junit5.MockServer.RESTRICTED_TOKEN).isEqualTo(DevTokens.RESTRICTED_TOKEN);
        assertThat(dev.contractgate.mock.junit5.MockServer.RESTRICTED_ORGANIZATION).isEqualTo(DevTokens.RESTRICTED_ORGANIZATION);
        assertThat(dev.contractgate.mock.junit5.MockServer.PROVIDER_STATES_PATH).isEqualTo(AdminController.PROVIDER_STATES);
        assertThat(dev.contractgate.mock.junit5.MockServer.RESET_PATH).isEqualTo(AdminController.RESET);
        assertThat(dev.contractgate.mock.junit5.MockServer.HAS_AGENT_TOKENS).isEqualTo(ProviderStates.HAS_AGENT_TOKENS);
    }
}
