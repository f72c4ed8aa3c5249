package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An operation of the spec with its path, method and JSON pointer. */
record SpecOperation(String path, PathItem.HttpMethod method, Operation operation) {

    static List<SpecOperation> all(OpenAPI api) {
        List<SpecOperation> operations = new ArrayList<>();
        if (api.getPaths() == null) {
            return operations;
        }
        api.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                operations.add(new SpecOperation(path, entry.getKey(), entry.getValue()));
            }
        });
        return operations;
    }

    String pointer() {
        return SpecSource.operationPointer(path, method.name());
    }

    /** The operationId, or "GET /path" when there is none. */
    String name() {
        String id = operation.getOperationId();
        return id == null || id.isBlank() ? method.name().toUpperCase(Locale.ROOT) + " " + path : id;
    }
}
