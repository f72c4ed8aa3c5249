package dev.contractgate.conformance.core.spec;

import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every operation of a spec, in document order: built once per {@link SpecSource} ({@link SpecSource#operations()}). */
public final class SpecOperations {

    private static final String PARAMETER_REF = "#/components/parameters/";

    private final List<SpecOperation> operations;
    // indexes: a spec of thousands of operations is asked about each of them, never searched each time
    private final Map<String, SpecOperation> byId = new java.util.HashMap<>();
    private final Map<String, List<SpecOperation>> byPath = new java.util.HashMap<>();
    private final Map<Operation, SpecOperation> byModel = new java.util.IdentityHashMap<>();

    private SpecOperations(List<SpecOperation> operations) {
        this.operations = List.copyOf(operations);
        for (SpecOperation op : this.operations) {
            byId.putIfAbsent(op.id(), op);
            byPath.computeIfAbsent(op.path(), k -> new ArrayList<>()).add(op);
            byModel.putIfAbsent(op.operation(), op);
        }
    }

    public static SpecOperations of(SpecSource spec) {
        OpenAPI api = spec.openApi();
        List<SpecOperation> found = new ArrayList<>();
        if (api.getPaths() == null) {
            return new SpecOperations(found);
        }
        Map<String, ApiResponse> shared = api.getComponents() == null || api.getComponents().getResponses() == null
                ? Map.of() : api.getComponents().getResponses();
        List<SecurityRequirement> documentSecurity = api.getSecurity() == null ? List.of() : api.getSecurity();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String m = method.name().toLowerCase(Locale.ROOT);
            String id = op.getOperationId() != null && !op.getOperationId().isBlank() ? op.getOperationId()
                    : SpecOperation.key(m, path);
            String pointer = SpecSource.operationPointer(path, m);
            found.add(new SpecOperation(id, m, path, pointer, spec.locate(pointer), op, merged(api, item, op), shared,
                    op.getSecurity() != null ? op.getSecurity() : documentSecurity));
        }));
        return new SpecOperations(found);
    }

    /** Operation-level parameters override path-level ones of the same name and place; component refs followed. */
    private static List<Parameter> merged(OpenAPI api, PathItem item, Operation op) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (List<Parameter> level : java.util.Arrays.asList(item.getParameters(), op.getParameters())) {
            if (level != null) {
                level.stream().map(p -> resolve(api, p)).filter(p -> p != null && p.getName() != null)
                        .forEach(p -> byKey.put(p.getIn() + ":" + p.getName(), p));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        if (p.get$ref() == null || !p.get$ref().startsWith(PARAMETER_REF) || api.getComponents() == null
                || api.getComponents().getParameters() == null) {
            return p;
        }
        return api.getComponents().getParameters().get(p.get$ref().substring(PARAMETER_REF.length()));
    }

    public List<SpecOperation> all() {
        return operations;
    }

    public Optional<SpecOperation> byId(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    /** The operations at a path (as written in the spec), in document order. */
    public List<SpecOperation> byPath(String path) {
        return byPath.getOrDefault(path, List.of());
    }

    /** The operation at a path (as written in the spec) and method. */
    public Optional<SpecOperation> at(String path, String method) {
        return byPath(path).stream().filter(o -> o.method().equalsIgnoreCase(method)).findFirst();
    }

    /** The operation whose swagger-parser model is {@code operation} (the same object). */
    public Optional<SpecOperation> of(Operation operation) {
        return Optional.ofNullable(byModel.get(operation));
    }

    /**
     * Path parameters that every operation has (the context: organization, deployment). The others
     * name resources, whose values come from links.
     */
    public List<String> sharedPathParameters() {
        if (operations.isEmpty()) {
            return List.of();
        }
        List<String> shared = new ArrayList<>(operations.get(0).pathParameters().stream().map(Parameter::getName).toList());
        for (SpecOperation op : operations) {
            shared.retainAll(op.pathParameters().stream().map(Parameter::getName).toList());
        }
        return shared;
    }
}
