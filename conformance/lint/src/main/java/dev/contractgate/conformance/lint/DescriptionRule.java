package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Descriptions where readers need them: the API, each operation, each parameter, each component
 * schema and each of its properties (inline objects included). A {@code $ref} is described where
 * it points.
 */
final class DescriptionRule implements LintRule {

    @Override
    public String key() {
        return LintRules.DESCRIPTION;
    }

    @Override
    public String description() {
        return "the API, operations, parameters, schemas and properties are described";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        OpenAPI api = spec.openApi();
        List<Finding> findings = new ArrayList<>();
        if (api.getInfo() == null || blank(api.getInfo().getDescription())) {
            findings.add(missing(spec, null, "/info", "the API (info.description)"));
        }
        for (SpecOperation op : spec.operations().all()) {
            if (blank(op.operation().getDescription())) {
                findings.add(missing(spec, op.id(), op.pointer(), "operation " + op.id()));
            }
            parameters(spec, op.id(), op.pointer() + "/parameters", op.operation().getParameters(), findings);
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> parameters(spec, null,
                    Pointers.child("/paths", path) + "/parameters", item.getParameters(), findings));
        }
        if (api.getComponents() != null) {
            Map<String, Parameter> componentParameters = api.getComponents().getParameters();
            if (componentParameters != null) {
                componentParameters.forEach((name, p) -> {
                    if (p.get$ref() == null && blank(p.getDescription())) {
                        findings.add(missing(spec, null, Pointers.child("/components/parameters", name),
                                "parameter " + name));
                    }
                });
            }
            Map<String, Schema> schemas = api.getComponents().getSchemas();
            if (schemas != null) {
                schemas.forEach((name, schema) -> schema(spec, Pointers.child("/components/schemas", name),
                        "schema " + name, schema, findings));
            }
        }
        return findings;
    }

    private void parameters(SpecSource spec, String operation, String pointer, List<Parameter> parameters,
                            List<Finding> findings) {
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.get$ref() == null && blank(p.getDescription())) {
                findings.add(missing(spec, operation, pointer + "/" + i, "parameter " + p.getName()));
            }
        }
    }

    private void schema(SpecSource spec, String pointer, String what, Schema<?> schema, List<Finding> findings) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        if (blank(schema.getDescription())) {
            findings.add(missing(spec, null, pointer, what));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> schema(spec, Pointers.child(pointer + "/properties", name),
                    what + "." + name, property, findings));
        }
        if (schema.getItems() != null && schema.getItems().getProperties() != null) {
            schema.getItems().getProperties().forEach((name, property) -> schema(spec,
                    Pointers.child(pointer + "/items/properties", name), what + "[]." + name, property, findings));
        }
    }

    private Finding missing(SpecSource spec, String operation, String pointer, String what) {
        return Finding.warning(key(), operation, spec.locate(pointer), what + " has no description", Evidence.NONE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
