package dev.contractgate.client;

import dev.contractgate.client.ApiException.NotFoundException;
import dev.contractgate.client.api.AgentTokenApi;
import dev.contractgate.client.model.ApiToken;
import dev.contractgate.client.model.ApiTokensPaginated;
import dev.contractgate.client.model.CreateAgentTokenRequest;

import java.util.List;

/** The README's client example, compiled and run by {@link ReadmeExampleTest}. */
final class ReadmeExample {

    private ReadmeExample() {
    }

    static void run(String baseUri, String bearerToken, String org, String deployment) throws ApiException {
        ApiClient client = new ApiClient()
                .setBearerToken(bearerToken);                 // sends Authorization: Bearer <token>
        client.updateBaseUri(baseUri);                         // default: https://api.astronomer.io/v1
        AgentTokenApi tokens = new AgentTokenApi(client);

        ApiToken created = tokens.createAgentToken(org, deployment,
                new CreateAgentTokenRequest().name("worker-eu-west-1").tokenExpiryPeriodInDays(30));
        String secret = created.getToken();   // returned only now: hand it to the agent's secret store
        System.out.println("created " + created.getId() + " (" + created.getShortToken() + "), secret of "
                + secret.length() + " characters");

        ApiTokensPaginated page = tokens.listAgentTokens(org, deployment, 0, 20, List.of("name:asc"));
        System.out.println(page.getTotalCount() + " agent tokens");

        ApiToken read = tokens.getAgentToken(org, deployment, created.getId());
        tokens.deleteAgentToken(org, deployment, read.getId());

        try {
            tokens.getAgentToken(org, deployment, created.getId());
        } catch (NotFoundException gone) {
            System.out.println("deleted: " + gone.getError().getMessage()
                    + " (request " + gone.getError().getRequestId() + ")");
        }
    }
}
