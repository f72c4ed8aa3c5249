package dev.contractgate.mock.token;

import dev.contractgate.mock.error.ApiException;
import org.springframework.http.HttpStatus;

/** No agent token has the id in this Deployment: 404. */
public class AgentTokenNotFoundException extends ApiException {

    public AgentTokenNotFoundException(String agentTokenId) {
        super(HttpStatus.NOT_FOUND, "Agent token " + agentTokenId + " not found");
    }
}
