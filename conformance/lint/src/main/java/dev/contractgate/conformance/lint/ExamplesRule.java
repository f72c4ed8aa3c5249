package dev.contractgate.conformance.lint;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every example (schema, property, parameter, media type, named examples) is valid against its
 * schema, by the Atlassian validator's JSON-schema validation (the one the checker uses on live
 * responses), so docs and mocks never show a value the API would refuse.
 */
final class ExamplesRule implements LintRule {

    @Override
    public String key() {
        return LintRules.EXAMPLE_INVALID;
    }

    @Override
    public String description() {
        return "every example is valid against its schema";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        Run run = new Run(spec);
        OpenAPI api = spec.openApi();
        Components components = api.getComponents();
        if (components != null) {
            each(components.getSchemas(), (name, s) -> run.schema(Pointers.child("/components/schemas", name), null, s));
            each(components.getParameters(), (name, p) -> run.parameter(Pointers.child("/components/parameters", name), null, p));
            each(components.getResponses(), (name, r) -> run.content(Pointers.child("/components/responses", name) + "/content",
                    null, r.getContent()));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> run.parameters(Pointers.child("/paths", path) + "/parameters", null,
                    item.getParameters()));
        }
        for (SpecOperation op : SpecOperation.all(api)) {
            run.parameters(op.pointer() + "/parameters", op.name(), op.operation().getParameters());
            if (op.operation().getRequestBody() != null && op.operation().getRequestBody().get$ref() == null) {
                run.content(op.pointer() + "/requestBody/content", op.name(), op.operation().getRequestBody().getContent());
            }
            if (op.operation().getResponses() != null) {
                op.operation().getResponses().forEach((status, response) -> {
                    if (response.get$ref() == null && !run.isComponent(response)) {
                        run.content(op.pointer() + "/responses/" + status + "/content", op.name(), response.getContent());
                    }
                });
            }
        }
        return run.findings;
    }

    private static <T> void each(Map<String, T> map, java.util.function.BiConsumer<String, T> action) {
        if (map != null) {
            map.forEach(action);
        }
    }

    /** One lint run: the validator (built once) and the findings so far. */
    private final class Run {

        private final SpecSource spec;
        private final SchemaValidator validator;
        private final List<Finding> findings = new ArrayList<>();

        Run(SpecSource spec) {
            this.spec = spec;
            this.validator = new SchemaValidator(spec.openApi(), new MessageResolver());
        }

        /** swagger-parser inlines referenced parameters and responses; they are checked once, as components. */
        boolean isComponent(Object resolved) {
            Components components = spec.openApi().getComponents();
            if (components == null) {
                return false;
            }
            return components.getParameters() != null && components.getParameters().containsValue(resolved)
                    || components.getResponses() != null && components.getResponses().containsValue(resolved);
        }

        void schema(String pointer, String operation, Schema<?> schema) {
            if (schema == null || schema.get$ref() != null) {
                return;
            }
            if (schema.getExample() != null) {
                validate(pointer + "/example", operation, schema.getExample(), schema);
            }
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) ->
                        schema(Pointers.child(pointer + "/properties", name), operation, property));
            }
            if (schema.getItems() != null) {
                schema(pointer + "/items", operation, schema.getItems());
            }
        }

        void parameters(String pointer, String operation, List<Parameter> parameters) {
            if (parameters != null) {
                for (int i = 0; i < parameters.size(); i++) {
                    if (parameters.get(i).get$ref() == null && !isComponent(parameters.get(i))) {
                        parameter(pointer + "/" + i, operation, parameters.get(i));
                    }
                }
            }
        }

        void parameter(String pointer, String operation, Parameter parameter) {
            Schema<?> schema = parameter.getSchema();
            if (schema == null) {
                return;
            }
            if (parameter.getExample() != null) {
                validate(pointer + "/example", operation, parameter.getExample(), schema);
            }
            each(parameter.getExamples(), (name, example) -> {
                if (example.getValue() != null) {
                    validate(Pointers.child(pointer + "/examples", name) + "/value", operation, example.getValue(), schema);
                }
            });
            schema(pointer + "/schema", operation, schema);
        }

        void content(String pointer, String operation, Content content) {
            each(content, (mediaType, media) -> {
                String here = Pointers.child(pointer, mediaType);
                Schema<?> schema = media.getSchema();
                if (schema == null) {
                    return;
                }
                if (media.getExample() != null) {
                    validate(here + "/example", operation, media.getExample(), schema);
                }
                each(media.getExamples(), (name, example) -> {
                    if (example.getValue() != null) {
                        validate(Pointers.child(here + "/examples", name) + "/value", operation, example.getValue(), schema);
                    }
                });
                schema(here + "/schema", operation, schema);
            });
        }

        private void validate(String pointer, String operation, Object example, Schema<?> schema) {
            String json;
            try {
                json = Json.mapper().writeValueAsString(example);
            } catch (JsonProcessingException e) {
                findings.add(Finding.error(key(), operation, spec.locate(pointer),
                        "example cannot be written as JSON: " + e.getOriginalMessage(), Evidence.NONE));
                return;
            }
            ValidationReport report = validator.validate(json, schema, "lint.example");
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    findings.add(Finding.error(key(), operation, spec.locate(pointer),
                            "example does not match its schema: " + message.getMessage(), Evidence.NONE));
                }
            }
        }
    }
}
