package dev.contractgate.spec;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates every example of the spec (media-type {@code examples} and {@code example},
 * parameter and header {@code example}) against its schema with the Atlassian validator.
 * Each failure names the JSON pointer of the example. The spec's own conventions (no
 * {@code null}, UTC date-times) are checked on each example too, see {@link ExampleConventions}. Items given by {@code $ref} are checked
 * where they are defined, under {@code components}.
 */
final class ExampleChecker {
    static final String RULE = "example.invalid";

    private final SchemaValidator validator;
    private final List<Violation> violations = new ArrayList<>();
    private final ExampleConventions conventions;

    private ExampleChecker(OpenAPI api) {
        this.validator = new SchemaValidator(api, new MessageResolver());
        this.conventions = new ExampleConventions(api, violations);
    }

    static List<Violation> check(OpenAPI api) {
        ExampleChecker checker = new ExampleChecker(api);
        checker.walk(api);
        return checker.violations;
    }

    private void walk(OpenAPI api) {
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> walkPath(path, item));
        }
        Components components = api.getComponents();
        if (components == null) {
            return;
        }
        forEach(components.getParameters(), (name, p) -> parameter(p, "components", "parameters", name));
        forEach(components.getHeaders(), (name, h) -> header(h, "components", "headers", name));
        forEach(components.getRequestBodies(), (name, b) -> content(b.getContent(), "components", "requestBodies", name));
        forEach(components.getResponses(), (name, r) -> response(r, "components", "responses", name));
    }

    private void walkPath(String path, PathItem item) {
        list(item.getParameters(), i -> parameter(item.getParameters().get(i), "paths", path, "parameters", String.valueOf(i)));
        item.readOperationsMap().forEach((method, op) -> walkOperation(op, path, method.name().toLowerCase()));
    }

    private void walkOperation(Operation op, String path, String method) {
        list(op.getParameters(), i -> parameter(op.getParameters().get(i), "paths", path, method, "parameters", String.valueOf(i)));
        RequestBody body = op.getRequestBody();
        if (body != null && body.get$ref() == null) {
            content(body.getContent(), "paths", path, method, "requestBody");
        }
        forEach(op.getResponses(), (status, r) -> {
            if (r.get$ref() == null) {
                response(r, "paths", path, method, "responses", status);
            }
        });
    }

    private void response(ApiResponse response, String... at) {
        forEach(response.getHeaders(), (name, h) -> header(h, concat(at, "headers", name)));
        content(response.getContent(), at);
    }

    private void parameter(Parameter p, String... at) {
        if (p.get$ref() == null && p.getExample() != null) {
            validate(p.getExample(), p.getSchema(), concat(at, "example"));
        }
    }

    private void header(Header h, String... at) {
        if (h.get$ref() == null && h.getExample() != null) {
            validate(h.getExample(), h.getSchema(), concat(at, "example"));
        }
    }

    private void content(Content content, String... at) {
        forEach(content, (mediaType, media) -> media(media, concat(at, "content", mediaType)));
    }

    private void media(MediaType media, String... at) {
        if (media.getExample() != null) {
            validate(media.getExample(), media.getSchema(), concat(at, "example"));
        }
        forEach(media.getExamples(), (name, example) -> {
            if (example.get$ref() == null) {
                validate(valueOf(example), media.getSchema(), concat(at, "examples", name, "value"));
            }
        });
    }

    private static Object valueOf(Example example) {
        return example.getValue();
    }

    private void validate(Object value, Schema<?> schema, String... at) {
        String pointer = Pointer.of(at);
        if (schema == null) {
            violations.add(new Violation(RULE, pointer, "example has no schema to validate against"));
            return;
        }
        String json;
        try {
            json = Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            violations.add(new Violation(RULE, pointer, "example cannot be written as JSON: " + e.getOriginalMessage()));
            return;
        }
        ValidationReport report = validator.validate(json, schema, "example");
        report.getMessages().forEach(m -> violations.add(new Violation(RULE, pointer, m.getMessage())));
        conventions.check(Json.mapper().valueToTree(value), schema, pointer);
    }

    private static <V> void forEach(Map<String, V> map, java.util.function.BiConsumer<String, V> action) {
        if (map != null) {
            map.forEach(action);
        }
    }

    private static void list(List<?> items, java.util.function.IntConsumer action) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                action.accept(i);
            }
        }
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
