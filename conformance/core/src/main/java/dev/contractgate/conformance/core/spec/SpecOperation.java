package dev.contractgate.conformance.core.spec;

import dev.contractgate.conformance.core.SpecLocation;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One operation of a spec, the one model every engine reads (lint, pacts, check, diff): its id
 * (the operationId, or {@code GET /path} where there is none), method and path, JSON pointer
 * and {@code file:line}, its parameters (path-level ones merged in), request body per media
 * type, responses per status (exact, {@code 2XX}/{@code 2xx} ranges, {@code default}; shared
 * {@code components/responses} followed), links with parsed runtime expressions, and security
 * requirements (the operation's, else the document's). Built once per spec by
 * {@link SpecOperations}; immutable.
 */
public record SpecOperation(String id, String method, String path, String pointer, SpecLocation location,
                            Operation operation, List<Parameter> parameters, Map<String, ApiResponse> sharedResponses,
                            List<SecurityRequirement> security) {

    public static final String JSON = "application/json";

    public SpecOperation {
        parameters = List.copyOf(parameters);
        sharedResponses = Map.copyOf(sharedResponses);
        security = List.copyOf(security);
    }

    /** {@code GET /path}: the name of an operation without an operationId, and a key for any. */
    public static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    public String key() {
        return key(method, path);
    }

    public boolean hasOperationId() {
        return operation.getOperationId() != null && !operation.getOperationId().isBlank();
    }

    public List<Parameter> pathParameters() {
        return parameters.stream().filter(p -> "path".equals(p.getIn())).toList();
    }

    public List<Parameter> queryParameters() {
        return parameters.stream().filter(p -> "query".equals(p.getIn())).toList();
    }

    public Optional<MediaType> jsonRequestBody() {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(operation.getRequestBody().getContent().get(JSON));
    }

    public boolean requestBodyRequired() {
        return operation.getRequestBody() != null && Boolean.TRUE.equals(operation.getRequestBody().getRequired());
    }

    /** The documented statuses as written: {@code 200}, {@code 4XX}, {@code default}. */
    public TreeSet<String> documentedStatuses() {
        return operation.getResponses() == null ? new TreeSet<>() : new TreeSet<>(operation.getResponses().keySet());
    }

    /** Whether a status is documented: exactly, by a range ({@code 4XX} or {@code 4xx}) or by {@code default}. */
    public boolean documents(int status) {
        return documentedKey(status).isPresent();
    }

    /** The response key that documents a status, most specific first. */
    public Optional<String> documentedKey(int status) {
        TreeSet<String> codes = documentedStatuses();
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", (status / 100) + "xx", "default")) {
            if (codes.contains(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** The response documented for a status, shared responses followed. */
    public Optional<ApiResponse> response(int status) {
        return documentedKey(status).map(key -> resolve(operation.getResponses().get(key)));
    }

    /** The JSON pointer of the response that documents a status ({@code …/responses/404}). */
    public String responsePointer(int status) {
        return pointer + "/responses/" + documentedKey(status).orElse(String.valueOf(status));
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
    public int successStatus() {
        return documentedStatuses().stream().filter(s -> s.matches("2\\d\\d")).mapToInt(Integer::parseInt)
                .min().orElse(200);
    }

    /**
     * Whether this operation creates resources in the collection at its path, as the spec says it: its
     * success answer links a {@code $response.body} value into an operation under its path (the new
     * resource's id), or, without links, it takes a required JSON body on a collection path (one that
     * ends in no path parameter) and answers it with a JSON body. The HTTP method is not asked.
     */
    public boolean createsResources() {
        for (Link link : successLinks().values()) {
            for (LinkExpression expression : linkParameters(link).values()) {
                if (expression.source() == LinkExpression.Source.RESPONSE_BODY) {
                    return true;
                }
            }
        }
        boolean collection = !path.endsWith("}");
        boolean answersJson = response(successStatus()).map(ApiResponse::getContent).map(c -> c.containsKey(JSON)).orElse(false);
        return collection && requestBodyRequired() && jsonRequestBody().isPresent() && answersJson;
    }

    /** The links of the success response, by name. */
    public Map<String, Link> successLinks() {
        return response(successStatus()).map(ApiResponse::getLinks).orElse(Map.of());
    }

    /** The parsed runtime expressions of a link's parameters, by parameter name. */
    public static Map<String, LinkExpression> linkParameters(Link link) {
        Map<String, LinkExpression> out = new java.util.LinkedHashMap<>();
        if (link.getParameters() != null) {
            link.getParameters().forEach((name, expression) -> LinkExpression.parse(expression).ifPresent(e -> out.put(name, e)));
        }
        return out;
    }
}
