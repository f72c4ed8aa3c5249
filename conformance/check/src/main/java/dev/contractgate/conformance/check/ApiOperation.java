package dev.contractgate.conformance.check;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One operation of the spec as the checker needs it: where it lives, its parameters (path-level
 * ones merged in), its JSON request body and its responses, all read from swagger-parser's
 * resolved model.
 */
record ApiOperation(String id, String method, String path, String pointer, Operation operation,
                    List<Parameter> parameters, Map<String, ApiResponse> sharedResponses) {

    static final String JSON = "application/json";

    List<Parameter> pathParameters() {
        return parameters.stream().filter(p -> "path".equals(p.getIn())).toList();
    }

    List<Parameter> queryParameters() {
        return parameters.stream().filter(p -> "query".equals(p.getIn())).toList();
    }

    Optional<MediaType> jsonRequestBody() {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(operation.getRequestBody().getContent().get(JSON));
    }

    boolean requestBodyRequired() {
        return operation.getRequestBody() != null && Boolean.TRUE.equals(operation.getRequestBody().getRequired());
    }

    /** Documented status codes as numbers ("default" and ranges like "4XX" are kept as text). */
    TreeSet<String> documentedStatuses() {
        return operation.getResponses() == null ? new TreeSet<>() : new TreeSet<>(operation.getResponses().keySet());
    }

    boolean documents(int status) {
        TreeSet<String> codes = documentedStatuses();
        return codes.contains(String.valueOf(status)) || codes.contains((status / 100) + "XX")
                || codes.contains((status / 100) + "xx") || codes.contains("default");
    }

    Optional<ApiResponse> response(int status) {
        if (operation.getResponses() == null) {
            return Optional.empty();
        }
        ApiResponse exact = operation.getResponses().get(String.valueOf(status));
        if (exact != null) {
            return Optional.of(resolve(exact));
        }
        ApiResponse range = operation.getResponses().get((status / 100) + "XX");
        return Optional.ofNullable(resolve(range != null ? range : operation.getResponses().get("default")));
    }

    /** Follows {@code $ref: '#/components/responses/...'}, which swagger-parser leaves in place. */
    private ApiResponse resolve(ApiResponse response) {
        ApiResponse r = response;
        for (int hops = 0; r != null && r.get$ref() != null && hops < 10; hops++) {
            String ref = r.get$ref();
            r = sharedResponses.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return r;
    }

    /** The lowest documented 2xx status: what a valid request must get. */
    int successStatus() {
        return documentedStatuses().stream().filter(s -> s.matches("2\\d\\d")).mapToInt(Integer::parseInt)
                .min().orElse(200);
    }

    Map<String, Link> successLinks() {
        return response(successStatus()).map(ApiResponse::getLinks).orElse(Map.of());
    }
}
