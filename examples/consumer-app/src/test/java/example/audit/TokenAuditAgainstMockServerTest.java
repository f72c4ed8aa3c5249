package example.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contractgate.client.ApiClient;
import dev.contractgate.client.api.AgentTokenApi;
import dev.contractgate.client.model.CreateAgentTokenRequest;
import dev.contractgate.mock.junit5.AgentTokenMockServer;
import dev.contractgate.mock.junit5.MockServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit against the faithful mock server, started out of process by the toolkit's JUnit 5 extension. */
@AgentTokenMockServer
class TokenAuditAgainstMockServerTest {

    private static final String ORGANIZATION = "clmexampleorg000000000001";
    private static final String DEPLOYMENT = "clmexampledeploy000000001";

    private static AgentTokenApi api(MockServer mock) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(mock.baseUrl());
        client.setBearerToken(mock.devToken());
        return new AgentTokenApi(client);
    }

    @Test
    void names_only_the_token_created_without_a_description(MockServer mock) throws Exception {
        AgentTokenApi api = api(mock);
        api.createAgentToken(ORGANIZATION, DEPLOYMENT, new CreateAgentTokenRequest().name("described").description("ETL worker"));
        api.createAgentToken(ORGANIZATION, DEPLOYMENT, new CreateAgentTokenRequest().name("mystery"));

        assertEquals(List.of("mystery"), new TokenAudit(mock.baseUrl(), mock.devToken()).undescribedTokens(ORGANIZATION, DEPLOYMENT));
    }

    @Test
    void a_provider_state_puts_tokens_in_place_that_the_client_reads_back(MockServer mock) throws Exception {
        List<String> ids = mock.givenAgentTokens(ORGANIZATION, DEPLOYMENT, 3);

        assertEquals(3, ids.size());
        assertEquals(3, api(mock).listAgentTokens(ORGANIZATION, DEPLOYMENT, null, null, null).getTotalCount());
    }

    @Test
    void each_test_starts_from_an_empty_mock_server(MockServer mock) throws Exception {
        assertEquals(List.of(), new TokenAudit(mock.baseUrl(), mock.devToken()).undescribedTokens(ORGANIZATION, DEPLOYMENT));
    }
}
