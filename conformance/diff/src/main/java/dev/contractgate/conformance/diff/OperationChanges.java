package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.diff.FindingSink.Op;
import dev.contractgate.conformance.diff.SchemaChanges.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedHeader;
import org.openapitools.openapidiff.core.model.ChangedHeaders;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Turns openapi-diff's {@link ChangedOpenApi} into findings: operations, request bodies,
 * status codes, headers and content types here; parameters in {@link ParameterChanges},
 * schemas in {@link SchemaChanges}, security in {@link SecurityChanges}.
 */
final class OperationChanges {

    private final SpecPointers base;
    private final SpecPointers changed;
    private final FindingSink sink;
    private final SchemaChanges schemas;

    OperationChanges(SpecPointers base, SpecPointers changed, FindingSink sink) {
        this.base = base;
        this.changed = changed;
        this.sink = sink;
        this.schemas = new SchemaChanges(base, changed, sink);
    }

    static String key(String method, String path) {
        return SpecOperation.key(method, path);
    }

    void classify(ChangedOpenApi diff) {
        for (Endpoint e : diff.getMissingEndpoints()) {
            String method = e.getMethod().name();
            Op op = new Op(key(method, e.getPathUrl()), base.operationId(e.getPathUrl(), method));
            sink.add(op, DiffRules.OPERATION_REMOVED, key(method, e.getPathUrl()) + " removed",
                    true, base.locate(SpecSource.operationPointer(e.getPathUrl(), method)),
                    changed.locate("/paths"), diff, "endpoints.removed");
        }
        for (Endpoint e : diff.getNewEndpoints()) {
            String method = e.getMethod().name();
            Op op = new Op(key(method, e.getPathUrl()), changed.operationId(e.getPathUrl(), method));
            sink.add(op, DiffRules.OPERATION_ADDED, key(method, e.getPathUrl()) + " added",
                    false, base.locate("/paths"), changed.locate(SpecSource.operationPointer(e.getPathUrl(), method)),
                    diff, "endpoints.added");
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation);
        }
    }

    private void operation(ChangedOperation operation) {
        // openapi-diff reports a changed operation under its path in the changed spec; a path
        // whose parameter was only renamed is not found in the base and falls back to /paths
        String path = operation.getPathUrl();
        String method = operation.getHttpMethod().name();
        Op op = new Op(key(method, path), changed.operationId(path, method));
        Place place = new Place(op, path, method);
        if (operation.getOperationId() != null && operation.getOperationId().isDifferent()) {
            sink.add(op, DiffRules.OPERATION_ID_CHANGED, "operationId changed from " + operation.getOperationId().getLeft()
                            + " to " + operation.getOperationId().getRight() + "; generated clients rename the method",
                    false, base.locate(place.pointer()), changed.locate(place.pointer()), operation.getOperationId(), "");
        }
        new ParameterChanges(base, changed, sink, schemas).classify(op, operation.getParameters(), path, method);
        requestBody(place, operation.getRequestBody());
        responses(place, operation.getApiResponses());
    }

    private void requestBody(Place at, ChangedRequestBody body) {
        if (body == null) {
            return;
        }
        if (body.isChangeRequired()) {
            boolean nowRequired = body.getNewRequestBody() != null && Boolean.TRUE.equals(body.getNewRequestBody().getRequired());
            sink.add(at.op(), nowRequired ? DiffRules.REQUEST_BODY_REQUIRED_ADDED : DiffRules.REQUEST_BODY_NOW_OPTIONAL,
                    "request body " + (nowRequired ? "became required" : "became optional"), false,
                    base.locate(at.pointer() + "/requestBody"), changed.locate(at.pointer() + "/requestBody"), body, "required");
        }
        content(at, body.getContent(), null);
    }

    private void responses(Place at, ChangedApiResponse responses) {
        if (responses == null) {
            return;
        }
        List<String> addedSuccess = new ArrayList<>(responses.getIncreased().keySet().stream().filter(OperationChanges::success).toList());
        for (String status : responses.getMissing().keySet()) {
            boolean successMoved = success(status) && !addedSuccess.isEmpty();
            if (successMoved) {
                sink.add(at.op(), DiffRules.RESPONSE_SUCCESS_STATUS_CHANGED,
                        "success status changed from " + status + " to " + addedSuccess
                                + "; consumers that expect " + status + " treat the answer as a failure",
                        true, base.locate(base.response(at.path(), at.method(), status)),
                        changed.locate(changed.response(at.path(), at.method(), addedSuccess.get(0))), responses, "status.added");
            } else {
                sink.add(at.op(), DiffRules.RESPONSE_STATUS_REMOVED,
                        "response " + status + " no longer documented; consumers that handle it lose it",
                        true, base.locate(base.response(at.path(), at.method(), status)),
                        changed.locate(at.pointer() + "/responses"), responses, "status.removed");
            }
            sink.claim(responses, "status.removed");
        }
        boolean successChanged = responses.getMissing().keySet().stream().anyMatch(OperationChanges::success);
        for (String status : responses.getIncreased().keySet()) {
            if (successChanged && success(status)) {
                continue;
            }
            sink.add(at.op(), DiffRules.RESPONSE_STATUS_ADDED, "response " + status + " newly documented",
                    false, base.locate(at.pointer() + "/responses"),
                    changed.locate(changed.response(at.path(), at.method(), status)), responses, "status.added");
        }
        for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
            headers(at, e.getKey(), e.getValue().getHeaders());
            content(at, e.getValue().getContent(), e.getKey());
        }
    }

    private void headers(Place at, String status, ChangedHeaders headers) {
        if (headers == null) {
            return;
        }
        String responsePointer = changed.response(at.path(), at.method(), status);
        String basePointer = base.response(at.path(), at.method(), status);
        for (String name : headers.getMissing().keySet()) {
            sink.add(at.op(), DiffRules.RESPONSE_HEADER_REMOVED,
                    "response " + status + ": header " + name + " no longer documented; readers that use it break",
                    true, base.locate(basePointer + "/headers/" + name), changed.locate(responsePointer), headers, "headers.removed");
        }
        for (String name : headers.getIncreased().keySet()) {
            sink.add(at.op(), DiffRules.RESPONSE_HEADER_ADDED, "response " + status + ": new header " + name,
                    false, base.locate(basePointer), changed.locate(responsePointer + "/headers/" + name), headers, "headers.added");
        }
        for (Map.Entry<String, ChangedHeader> e : headers.getChanged().entrySet()) {
            header(at, status, e.getKey(), e.getValue(), basePointer + "/headers/" + e.getKey(),
                    responsePointer + "/headers/" + e.getKey());
        }
    }

    private void header(Place at, String status, String name, ChangedHeader header, String basePointer, String changedPointer) {
        String label = "response " + status + " header " + name;
        boolean wasRequired = header.getOldHeader() != null && Boolean.TRUE.equals(header.getOldHeader().getRequired());
        if (header.isRequired()) {
            sink.add(at.op(), wasRequired ? DiffRules.RESPONSE_HEADER_CHANGED : DiffRules.RESPONSE_HEADER_ADDED,
                    label + (wasRequired ? ": no longer required; readers may not get it" : ": now always sent"),
                    false, base.locate(basePointer), changed.locate(changedPointer), header, "required");
        }
        if (header.isStyle() || header.isExplode()) {
            sink.add(at.op(), DiffRules.RESPONSE_HEADER_CHANGED, label + ": style or explode changed; readers parse it differently",
                    false, base.locate(basePointer), changed.locate(changedPointer), header, header.isStyle() ? "style" : "explode");
            sink.claim(header, "style");
            sink.claim(header, "explode");
        }
        schemas.walk(at.op(), header.getSchema(), new SpecPointers.SchemaCursor(basePointer + "/schema", null),
                new SpecPointers.SchemaCursor(changedPointer + "/schema", null), Target.response(label, null), "");
    }

    /** @param status the response status, or {@code null} for the request body */
    private void content(Place at, ChangedContent content, String status) {
        if (content == null) {
            return;
        }
        boolean request = status == null;
        String where = request ? "request body" : "response " + status;
        for (String mediaType : content.getMissing().keySet()) {
            sink.add(at.op(), DiffRules.CONTENT_TYPE_CHANGED,
                    where + ": content type " + mediaType + " no longer offered, now " + content.getNewContent().keySet(),
                    true, base.locate(schemaOf(base, at, status, mediaType).pointer().replaceAll("/schema$", "")),
                    changed.locate(schemaOf(changed, at, status, mediaType).pointer()
                            .replaceAll("/content/[^/]*/schema$", "/content")), content, "content.removed");
        }
        for (String mediaType : content.getIncreased().keySet()) {
            sink.add(at.op(), DiffRules.CONTENT_TYPE_ADDED, where + ": content type " + mediaType + " offered in addition",
                    false, base.locate(schemaOf(base, at, status, mediaType).pointer().replaceAll("/content/[^/]*/schema$", "/content")),
                    changed.locate(schemaOf(changed, at, status, mediaType).pointer().replaceAll("/schema$", "")),
                    content, "content.added");
        }
        for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
            String mediaType = e.getKey();
            schemas.walk(at.op(), e.getValue().getSchema(), schemaOf(base, at, status, mediaType),
                    schemaOf(changed, at, status, mediaType),
                    request ? Target.request(where) : Target.response(where, status), "");
        }
    }

    private static boolean success(String status) {
        return status.startsWith("2") || status.equalsIgnoreCase("2XX");
    }

    private static SpecPointers.SchemaCursor schemaOf(SpecPointers spec, Place at, String status, String mediaType) {
        return status == null ? spec.requestSchema(at.path(), at.method(), mediaType)
                : spec.responseSchema(at.path(), at.method(), status, mediaType);
    }

    /** The operation being classified and where it lives. */
    private record Place(Op op, String path, String method) {
        String pointer() {
            return SpecSource.operationPointer(path, method);
        }
    }
}
