package dev.contractgate.mock.token;

import dev.contractgate.mock.auth.Caller;
import dev.contractgate.mock.error.RequestValidationException;
import dev.contractgate.server.api.AgentTokenApi;
import dev.contractgate.server.model.ApiToken;
import dev.contractgate.server.model.ApiTokensPaginated;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import dev.contractgate.server.model.FieldValidationError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent-token API on the generated interface. Validation comes from the interface's
 * annotations: the body's through {@code @Valid}, the query's through {@link ParameterConstraints}
 * (plus {@link TokenOrder} for the {@code sorts} enum, which the generated code does not check);
 * errors become the spec's Error body in {@code dev.contractgate.mock.error}.
 */
@RestController
public class AgentTokenController implements AgentTokenApi {

    private static final Method LIST = ParameterConstraints.method(AgentTokenController.class, "listAgentTokens");

    private final AgentTokenService tokens;
    private final TokenViews views;
    private final HttpServletRequest request;
    private final ParameterConstraints constraints;

    public AgentTokenController(AgentTokenService tokens, TokenViews views, HttpServletRequest request,
                                Validator validator) {
        this.tokens = tokens;
        this.views = views;
        this.request = request;
        this.constraints = new ParameterConstraints(validator);
    }

    @Override
    public ResponseEntity<ApiToken> createAgentToken(String organizationId, String deploymentId,
                                                     CreateAgentTokenRequest body) {
        NewAgentToken created = tokens.create(new DeploymentKey(organizationId, deploymentId), body.getName(),
                body.getDescription(), body.getTokenExpiryPeriodInDays(), Caller.of(request).subject());
        return ResponseEntity.ok(ApiTokens.withSecret(created));
    }

    @Override
    public ResponseEntity<Void> deleteAgentToken(String organizationId, String deploymentId, String agentTokenId) {
        tokens.delete(new DeploymentKey(organizationId, deploymentId), agentTokenId);
        return ResponseEntity.noContent().build();
    }

    @Override
    public ResponseEntity<ApiToken> getAgentToken(String organizationId, String deploymentId, String agentTokenId) {
        return ResponseEntity.ok(views.of(tokens.get(new DeploymentKey(organizationId, deploymentId), agentTokenId)));
    }

    @Override
    public ResponseEntity<ApiTokensPaginated> listAgentTokens(String organizationId, String deploymentId,
                                                              Integer offset, Integer limit, List<String> sorts) {
        List<FieldValidationError> problems = new ArrayList<>(
                constraints.check(this, LIST, organizationId, deploymentId, offset, limit, sorts));
        problems.addAll(TokenOrder.problems(sorts));
        if (!problems.isEmpty()) {
            throw new RequestValidationException(problems);
        }
        AgentTokenService.Page page = tokens.list(new DeploymentKey(organizationId, deploymentId), offset, limit, sorts);
        List<ApiToken> items = page.tokens().stream().map(views::of).toList();
        return ResponseEntity.ok(new ApiTokensPaginated(limit, offset, page.totalCount(), items));
    }
}
