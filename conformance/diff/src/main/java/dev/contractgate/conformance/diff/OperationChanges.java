package dev.contractgate.conformance.diff;

import static dev.contractgate.conformance.core.Severity.ERROR;
import static dev.contractgate.conformance.core.Severity.WARNING;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.FindingSink.Op;
import java.util.Locale;
import java.util.Map;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.Endpoint;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Turns openapi-diff's {@link ChangedOpenApi} into findings: operations, parameters, status
 * codes and content types here, schemas in {@link SchemaChanges}.
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
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    void classify(ChangedOpenApi diff) {
        for (Endpoint e : diff.getMissingEndpoints()) {
            String method = e.getMethod().name();
            Op op = new Op(key(method, e.getPathUrl()), base.operationId(e.getPathUrl(), method));
            sink.add(op, DiffRules.OPERATION_REMOVED, ERROR, key(method, e.getPathUrl()) + " removed",
                    true, base.locate(SpecSource.operationPointer(e.getPathUrl(), method)),
                    changed.locate("/paths"));
        }
        for (Endpoint e : diff.getNewEndpoints()) {
            String method = e.getMethod().name();
            Op op = new Op(key(method, e.getPathUrl()), changed.operationId(e.getPathUrl(), method));
            sink.add(op, DiffRules.OPERATION_ADDED, WARNING, key(method, e.getPathUrl()) + " added",
                    false, base.locate("/paths"), changed.locate(SpecSource.operationPointer(e.getPathUrl(), method)));
        }
        for (ChangedOperation operation : diff.getChangedOperations()) {
            operation(operation);
        }
    }

    private void operation(ChangedOperation operation) {
        // openapi-diff reports a changed operation under its path in the changed spec; a path
        // whose parameter was only renamed is not found in the base and falls back to /paths
        String path = operation.getPathUrl();
        String basePath = path;
        String method = operation.getHttpMethod().name();
        Op op = new Op(key(method, path), changed.operationId(path, method));
        parameters(op, operation.getParameters(), basePath, path, method);
        if (operation.getRequestBody() != null) {
            content(op, operation.getRequestBody().getContent(), basePath, path, method, null);
        }
        ChangedApiResponse responses = operation.getApiResponses();
        if (responses != null) {
            for (String status : responses.getMissing().keySet()) {
                sink.add(op, DiffRules.RESPONSE_STATUS_REMOVED, ERROR,
                        "response " + status + " no longer documented; consumers that handle it lose it",
                        true, base.locate(base.response(basePath, method, status)),
                        changed.locate(SpecSource.operationPointer(path, method) + "/responses"));
            }
            for (Map.Entry<String, ChangedResponse> e : responses.getChanged().entrySet()) {
                content(op, e.getValue().getContent(), basePath, path, method, e.getKey());
            }
        }
    }

    private void parameters(Op op, ChangedParameters params, String basePath, String path, String method) {
        if (params == null) {
            return;
        }
        for (Parameter p : params.getMissing()) {
            sink.add(op, DiffRules.PARAMETER_REMOVED, ERROR,
                    p.getIn() + " parameter '" + p.getName() + "' removed",
                    true, base.locate(base.parameter(basePath, method, p.getName(), p.getIn())),
                    changed.locate(SpecSource.operationPointer(path, method)));
        }
        for (Parameter p : params.getIncreased()) {
            if (Boolean.TRUE.equals(p.getRequired())) {
                sink.add(op, DiffRules.PARAMETER_REQUIRED_ADDED, ERROR,
                        "new required " + p.getIn() + " parameter '" + p.getName() + "'",
                        false, base.locate(SpecSource.operationPointer(basePath, method)),
                        changed.locate(changed.parameter(path, method, p.getName(), p.getIn())));
            }
        }
        for (ChangedParameter p : params.getChanged()) {
            boolean nowRequired = p.getNewParameter() != null && Boolean.TRUE.equals(p.getNewParameter().getRequired());
            if (p.isChangeRequired() && nowRequired) {
                sink.add(op, DiffRules.PARAMETER_REQUIRED_ADDED, ERROR,
                        p.getIn() + " parameter '" + p.getName() + "' became required",
                        false, base.locate(base.parameter(basePath, method, p.getName(), p.getIn())),
                        changed.locate(changed.parameter(path, method, p.getName(), p.getIn())));
            }
            schemas.walk(op, p.getSchema(), base.parameterSchema(basePath, method, p.getName(), p.getIn()),
                    changed.parameterSchema(path, method, p.getName(), p.getIn()), true,
                    p.getIn() + " parameter '" + p.getName() + "'", "");
        }
    }

    /** @param status the response status, or {@code null} for the request body */
    private void content(Op op, ChangedContent content, String basePath, String path, String method, String status) {
        if (content == null) {
            return;
        }
        boolean request = status == null;
        String where = request ? "request body" : "response " + status;
        for (String mediaType : content.getMissing().keySet()) {
            sink.add(op, DiffRules.CONTENT_TYPE_CHANGED, ERROR,
                    where + ": content type " + mediaType + " no longer offered, now " + content.getNewContent().keySet(),
                    true, base.locate(schemaOf(base, basePath, method, status, mediaType).pointer().replaceAll("/schema$", "")),
                    changed.locate(schemaOf(changed, path, method, status, mediaType).pointer()
                            .replaceAll("/content/[^/]*/schema$", "/content")));
        }
        for (Map.Entry<String, ChangedMediaType> e : content.getChanged().entrySet()) {
            String mediaType = e.getKey();
            schemas.walk(op, e.getValue().getSchema(), schemaOf(base, basePath, method, status, mediaType),
                    schemaOf(changed, path, method, status, mediaType), request, where, "");
        }
    }

    private static SpecPointers.SchemaCursor schemaOf(SpecPointers spec, String path, String method, String status,
                                                     String mediaType) {
        return status == null ? spec.requestSchema(path, method, mediaType)
                : spec.responseSchema(path, method, status, mediaType);
    }
}
