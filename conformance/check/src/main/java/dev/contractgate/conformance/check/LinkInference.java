package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.core.spec.SpecOperations;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the spec has no link, where a resource id can still come from: the operation that
 * creates resources in the parameter's parent collection ({@code POST …/agent-tokens} for the
 * {@code agentTokenId} of {@code …/agent-tokens/{agentTokenId}/rotate}). The value is the field
 * of its success body named like the parameter ({@code agentTokenId}), or {@code id} for a
 * parameter named {@code …Id}; else the last segment of a documented {@code Location} header.
 */
final class LinkInference {

    /** The body pointer that stands for "the last path segment of the Location header". */
    static final String LOCATION = "Location";

    private LinkInference() {
    }

    static Optional<RunContext.Provider> infer(SpecOperations operations, OpenAPI api, SpecOperation target, String parameter) {
        String marker = "/{" + parameter + "}";
        int at = target.path().indexOf(marker);
        if (at < 0) {
            return Optional.empty();
        }
        String collection = target.path().substring(0, at);
        for (SpecOperation source : operations.byPath(collection)) {
            if (!source.createsResources() || source.id().equals(target.id())) {
                continue;
            }
            Optional<ApiResponse> success = source.response(source.successStatus());
            if (success.isEmpty()) {
                continue;
            }
            Optional<String> pointer = bodyField(api, success.get(), parameter);
            if (pointer.isPresent()) {
                return Optional.of(new RunContext.Provider(source, null, pointer.get(), true));
            }
            if (success.get().getHeaders() != null && success.get().getHeaders().keySet().stream()
                    .anyMatch(h -> h.equalsIgnoreCase(LOCATION))) {
                return Optional.of(new RunContext.Provider(source, null, LOCATION, true));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("rawtypes")
    private static Optional<String> bodyField(OpenAPI api, ApiResponse response, String parameter) {
        MediaType json = response.getContent() == null ? null : response.getContent().get(SpecOperation.JSON);
        Schema schema = json == null ? null : Schemas.resolve(api, json.getSchema());
        Map<String, Schema> properties = Schemas.properties(schema);
        if (properties.containsKey(parameter)) {
            return Optional.of("/" + parameter);
        }
        if (parameter.toLowerCase(Locale.ROOT).endsWith("id") && properties.containsKey("id")) {
            return Optional.of("/id");
        }
        return Optional.empty();
    }
}
