package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every operation of a spec, in document order, found by walking {@code paths}. */
final class ApiOperations {

    private final List<ApiOperation> operations;

    private ApiOperations(List<ApiOperation> operations) {
        this.operations = List.copyOf(operations);
    }

    static ApiOperations of(SpecSource spec) {
        List<ApiOperation> found = new ArrayList<>();
        if (spec.openApi().getPaths() == null) {
            return new ApiOperations(found);
        }
        Map<String, io.swagger.v3.oas.models.responses.ApiResponse> shared =
                spec.openApi().getComponents() == null || spec.openApi().getComponents().getResponses() == null
                        ? Map.of() : spec.openApi().getComponents().getResponses();
        spec.openApi().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String m = method.name().toLowerCase(Locale.ROOT);
            String id = op.getOperationId() != null ? op.getOperationId() : m.toUpperCase(Locale.ROOT) + " " + path;
            found.add(new ApiOperation(id, m, path, SpecSource.operationPointer(path, m), op, merged(item, op), shared));
        }));
        return new ApiOperations(found);
    }

    /** Operation-level parameters override path-level ones of the same name and place. */
    private static List<Parameter> merged(PathItem item, Operation op) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        if (item.getParameters() != null) {
            item.getParameters().forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
        }
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
        }
        return new ArrayList<>(byKey.values());
    }

    List<ApiOperation> all() {
        return operations;
    }

    Optional<ApiOperation> byId(String operationId) {
        return operations.stream().filter(o -> o.id().equals(operationId)).findFirst();
    }

    /**
     * Path parameters that every operation has (the context: organization, deployment). The others
     * name resources, whose values come from links.
     */
    List<String> sharedPathParameters() {
        if (operations.isEmpty()) {
            return List.of();
        }
        List<String> shared = new ArrayList<>(operations.get(0).pathParameters().stream().map(Parameter::getName).toList());
        for (ApiOperation op : operations) {
            shared.retainAll(op.pathParameters().stream().map(Parameter::getName).toList());
        }
        return shared;
    }
}
