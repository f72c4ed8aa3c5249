package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.SpecLines;
import dev.contractgate.conformance.core.SpecLocation;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.spec.SpecOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where things live in one spec, following local {@code $ref}s so a finding points at
 * the line that defines a field ({@code /components/schemas/ApiToken/properties/shortToken}),
 * not at the {@code $ref} that uses it.
 */
final class SpecPointers {

    private final SpecSource spec;
    private final OpenAPI model;
    private SpecTree tree;

    SpecPointers(SpecSource spec) {
        this.spec = spec;
        this.model = spec.openApi();
    }

    SpecSource spec() {
        return spec;
    }

    SpecLocation locate(String pointer) {
        return spec.locate(pointer);
    }

    /** The operation's id in the one spec model: its operationId, or {@code GET /path}. */
    String operationId(String path, String method) {
        return spec.operations().at(path, method).map(SpecOperation::id).orElse(SpecOperation.key(method, path));
    }

    Operation operation(String path, String method) {
        PathItem item = model.getPaths() == null ? null : model.getPaths().get(path);
        if (item == null) {
            return null;
        }
        return item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
    }

    /**
     * The pointer of a parameter: where its definition lives (component or inline), read from
     * the document as written (the parsed model merges path-level parameters into operations).
     */
    String parameter(String path, String method, String name, String in) {
        String opPointer = SpecSource.operationPointer(path, method);
        String found = findParameter(opPointer + "/parameters", name, in);
        if (found == null) {
            found = findParameter("/paths/" + SpecLines.escape(path) + "/parameters", name, in);
        }
        return found == null ? opPointer : found;
    }

    private String findParameter(String listPointer, String name, String in) {
        com.fasterxml.jackson.databind.JsonNode list = tree().root().at(listPointer);
        for (int i = 0; i < list.size(); i++) {
            com.fasterxml.jackson.databind.JsonNode item = list.get(i);
            String target = SpecTree.refPointer(item);
            com.fasterxml.jackson.databind.JsonNode p = target == null ? item : tree().root().at(target);
            if (name.equals(p.path("name").asText(null)) && in.equals(p.path("in").asText(null))) {
                return target != null ? target : listPointer + "/" + i;
            }
        }
        return null;
    }

    /** The document as written, read on first use (shared by the structural diff). */
    SpecTree tree() {
        if (tree == null) {
            tree = SpecTree.of(spec);
        }
        return tree;
    }

    /** The pointer of a response of an operation (its component when referenced). */
    String response(String path, String method, String status) {
        String pointer = SpecSource.operationPointer(path, method) + "/responses/" + SpecLines.escape(status);
        ApiResponse response = responseModel(path, method, status);
        if (response != null && response.get$ref() != null) {
            return refPointer(response.get$ref());
        }
        return pointer;
    }

    private ApiResponse responseModel(String path, String method, String status) {
        Operation op = operation(path, method);
        return op == null || op.getResponses() == null ? null : op.getResponses().get(status);
    }

    SchemaCursor requestSchema(String path, String method, String mediaType) {
        Operation op = operation(path, method);
        String pointer = SpecSource.operationPointer(path, method) + "/requestBody";
        if (op == null || op.getRequestBody() == null) {
            return new SchemaCursor(pointer, null);
        }
        return mediaSchema(pointer, op.getRequestBody().getContent(), mediaType);
    }

    SchemaCursor responseSchema(String path, String method, String status, String mediaType) {
        ApiResponse response = responseModel(path, method, status);
        String pointer = response(path, method, status);
        if (response != null && response.get$ref() != null) {
            response = model.getComponents().getResponses().get(lastSegment(response.get$ref()));
        }
        return response == null ? new SchemaCursor(pointer, null) : mediaSchema(pointer, response.getContent(), mediaType);
    }

    SchemaCursor parameterSchema(String path, String method, String name, String in) {
        String pointer = parameter(path, method, name, in);
        Object node = pointer.startsWith("/components/parameters/")
                ? model.getComponents().getParameters().get(lastSegment(pointer)) : null;
        Parameter p = node instanceof Parameter param ? param : inlineParameter(path, method, name, in);
        return new SchemaCursor(pointer + "/schema", p == null ? null : p.getSchema());
    }

    private Parameter inlineParameter(String path, String method, String name, String in) {
        Operation op = operation(path, method);
        if (op != null && op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                if (name.equals(p.getName()) && in.equals(p.getIn())) {
                    return p;
                }
            }
        }
        return null;
    }

    private SchemaCursor mediaSchema(String pointer, Map<String, MediaType> content, String mediaType) {
        String contentPointer = pointer + "/content/" + SpecLines.escape(mediaType);
        MediaType media = content == null ? null : content.get(mediaType);
        return new SchemaCursor(contentPointer + "/schema", media == null ? null : media.getSchema());
    }

    /** Steps into a property of the schema under the cursor, following {@code $ref}s. */
    SchemaCursor property(SchemaCursor cursor, String name) {
        SchemaCursor at = deref(cursor);
        Schema<?> schema = at.schema();
        Schema<?> prop = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
        return new SchemaCursor(at.pointer() + "/properties/" + SpecLines.escape(name), prop);
    }

    SchemaCursor items(SchemaCursor cursor) {
        SchemaCursor at = deref(cursor);
        Schema<?> schema = at.schema();
        return new SchemaCursor(at.pointer() + "/items", schema == null ? null : schema.getItems());
    }

    SchemaCursor deref(SchemaCursor cursor) {
        SchemaCursor at = cursor;
        for (int hops = 0; hops < 10 && at.schema() != null && at.schema().get$ref() != null; hops++) {
            String ref = at.schema().get$ref();
            Schema<?> target = model.getComponents() == null || model.getComponents().getSchemas() == null
                    ? null : model.getComponents().getSchemas().get(lastSegment(ref));
            at = new SchemaCursor(refPointer(ref), target);
        }
        return at;
    }

    private static String refPointer(String ref) {
        return ref.startsWith("#") ? ref.substring(1) : ref;
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** A place in the spec and the (possibly {@code $ref}) schema found there, or {@code null}. */
    record SchemaCursor(String pointer, Schema<?> schema) {
    }
}
