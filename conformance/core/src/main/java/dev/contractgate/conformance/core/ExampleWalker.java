package dev.contractgate.conformance.core;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Visits every example of a spec with the schema it must match and its JSON pointer: schema and
 * property {@code example}s, parameter and header {@code example}/{@code examples}, media-type
 * {@code example}/{@code examples} of request bodies and responses. Items defined under
 * {@code components} are visited once, where they are defined, even where swagger-parser has
 * inlined them into operations. One walker for lint and for the spec's own tests.
 */
public final class ExampleWalker {

    /** What to do with one example. {@code schema} is null when the example has none. */
    @FunctionalInterface
    public interface Visitor {
        void example(String pointer, String operation, Object value, Schema<?> schema);
    }

    private final OpenAPI api;
    private final Visitor visitor;

    private ExampleWalker(OpenAPI api, Visitor visitor) {
        this.api = api;
        this.visitor = visitor;
    }

    public static void walk(OpenAPI api, Visitor visitor) {
        new ExampleWalker(api, visitor).walk();
    }

    private void walk() {
        Components components = api.getComponents();
        if (components != null) {
            each(components.getSchemas(), (name, s) -> schemaDefinition(child("/components/schemas", name), null, s));
            each(components.getParameters(), (name, p) -> parameter(child("/components/parameters", name), null, p));
            each(components.getHeaders(), (name, h) -> header(child("/components/headers", name), null, h));
            each(components.getRequestBodies(), (name, b) -> content(child("/components/requestBodies", name) + "/content",
                    null, b.getContent()));
            each(components.getResponses(), (name, r) -> response(child("/components/responses", name), null, r));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach(this::path);
        }
    }

    private void path(String path, PathItem item) {
        String here = child("/paths", path);
        parameters(here + "/parameters", null, item.getParameters());
        item.readOperationsMap().forEach((method, op) ->
                operation(here + "/" + method.name().toLowerCase(Locale.ROOT), op));
    }

    private void operation(String pointer, Operation op) {
        String id = op.getOperationId();
        parameters(pointer + "/parameters", id, op.getParameters());
        RequestBody body = op.getRequestBody();
        if (body != null && body.get$ref() == null && !isComponent(body)) {
            content(pointer + "/requestBody/content", id, body.getContent());
        }
        each(op.getResponses(), (status, r) -> {
            if (r.get$ref() == null && !isComponent(r)) {
                response(pointer + "/responses/" + status, id, r);
            }
        });
    }

    private void response(String pointer, String operation, ApiResponse response) {
        each(response.getHeaders(), (name, h) -> {
            if (h.get$ref() == null && !isComponent(h)) {
                header(child(pointer + "/headers", name), operation, h);
            }
        });
        content(pointer + "/content", operation, response.getContent());
    }

    private void parameters(String pointer, String operation, List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.get$ref() == null && !isComponent(p)) {
                parameter(pointer + "/" + i, operation, p);
            }
        }
    }

    private void parameter(String pointer, String operation, Parameter p) {
        examples(pointer, operation, p.getExample(), p.getExamples(), p.getSchema());
        schema(pointer + "/schema", operation, p.getSchema());
    }

    private void header(String pointer, String operation, Header h) {
        examples(pointer, operation, h.getExample(), h.getExamples(), h.getSchema());
        schema(pointer + "/schema", operation, h.getSchema());
    }

    private void content(String pointer, String operation, Content content) {
        each(content, (mediaType, media) -> {
            String here = child(pointer, mediaType);
            examples(here, operation, media.getExample(), media.getExamples(), media.getSchema());
            schema(here + "/schema", operation, media.getSchema());
        });
    }

    private void examples(String pointer, String operation, Object example,
                          Map<String, io.swagger.v3.oas.models.examples.Example> examples, Schema<?> schema) {
        if (example != null) {
            visitor.example(pointer + "/example", operation, example, schema);
        }
        each(examples, (name, e) -> {
            if (e.get$ref() == null && e.getValue() != null) {
                visitor.example(child(pointer + "/examples", name) + "/value", operation, e.getValue(), schema);
            }
        });
    }

    private void schema(String pointer, String operation, Schema<?> schema) {
        if (schema != null && !isComponent(schema)) {
            schemaDefinition(pointer, operation, schema);
        }
    }

    private void schemaDefinition(String pointer, String operation, Schema<?> schema) {
        if (schema.get$ref() != null) {
            return;
        }
        if (schema.getExample() != null) {
            visitor.example(pointer + "/example", operation, schema.getExample(), schema);
        }
        each(schema.getProperties(), (name, property) -> schema(child(pointer + "/properties", name), operation, property));
        if (schema.getItems() != null) {
            schema(pointer + "/items", operation, schema.getItems());
        }
    }

    /** swagger-parser inlines what a {@code $ref} names; such items are visited where they are defined. */
    private boolean isComponent(Object resolved) {
        Components c = api.getComponents();
        return c != null && (contains(c.getParameters(), resolved) || contains(c.getResponses(), resolved)
                || contains(c.getHeaders(), resolved) || contains(c.getRequestBodies(), resolved)
                || contains(c.getSchemas(), resolved));
    }

    private static boolean contains(Map<String, ?> map, Object value) {
        if (map == null) {
            return false;
        }
        for (Object v : map.values()) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static String child(String pointer, String token) {
        return pointer + "/" + SpecLines.escape(token);
    }

    private static <T> void each(Map<String, T> map, BiConsumer<String, T> action) {
        if (map != null) {
            map.forEach(action);
        }
    }
}
