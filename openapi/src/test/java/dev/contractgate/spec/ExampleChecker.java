package dev.contractgate.spec;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.contractgate.conformance.core.ExampleWalker;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Validates every example of the spec (media-type {@code examples} and {@code example},
 * parameter and header examples, schema examples) against its schema with the Atlassian validator.
 * Each failure names the JSON pointer of the example. The spec's own conventions (no
 * {@code null}, UTC date-times) are checked on each example too, see {@link ExampleConventions}. The walk is conformance-core's
 * {@link ExampleWalker}, the one lint uses: items given by {@code $ref} are checked where they are
 * defined, under {@code components}.
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
        ExampleWalker.walk(api, (pointer, operation, value, schema) -> checker.validate(pointer, value, schema));
        return checker.violations;
    }

    private void validate(String pointer, Object value, Schema<?> schema) {
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
}
