package example.audit;

import dev.contractgate.client.ApiClient;
import dev.contractgate.client.ApiException;
import dev.contractgate.client.api.AgentTokenApi;
import dev.contractgate.client.model.ApiToken;
import java.util.List;

/** What this consumer does with the API: lists a deployment's agent tokens and names the ones without a description. */
public final class TokenAudit {

    private final AgentTokenApi api;

    public TokenAudit(String baseUrl, String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setBearerToken(bearerToken);
        this.api = new AgentTokenApi(client);
    }

    /** The names of the deployment's tokens that nobody described. */
    public List<String> undescribedTokens(String organizationId, String deploymentId) throws ApiException {
        return api.listAgentTokens(organizationId, deploymentId, null, null, null).getTokens().stream()
                .filter(token -> token.getDescription() == null || token.getDescription().isBlank())
                .map(ApiToken::getName)
                .toList();
    }
}
