package dev.contractgate.conformance.pacts;

import com.atlassian.oai.validator.model.ApiOperation;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.Locale;
import java.util.Map;

/**
 * The spec operation a pact request resolved to: its operationId, its path as written in the
 * spec and the JSON pointer of the operation, for findings' locations.
 */
record SpecOperation(String operationId, String specPath, String method, Operation operation) {

    static SpecOperation of(OpenAPI api, ApiOperation resolved) {
        Operation operation = resolved.getOperation();
        String method = resolved.getMethod().name().toLowerCase(Locale.ROOT);
        String specPath = resolved.getApiPath().original();
        if (api.getPaths() != null) {
            for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
                if (entry.getValue().readOperations().stream().anyMatch(op -> op == operation)) {
                    specPath = entry.getKey();
                    break;
                }
            }
        }
        return new SpecOperation(operation.getOperationId(), specPath, method, operation);
    }

    String pointer() {
        return SpecSource.operationPointer(specPath, method);
    }

    boolean documents(int status) {
        return operation.getResponses() != null
                && (operation.getResponses().containsKey(Integer.toString(status))
                    || operation.getResponses().containsKey(status / 100 + "XX")
                    || operation.getResponses().containsKey("default"));
    }

    String responsePointer(int status) {
        return pointer() + "/responses/" + status;
    }
}
