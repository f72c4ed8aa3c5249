package dev.contractgate.conformance.lint;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.ExampleWalker;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.judge.PatternCheck;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * Every example (schema, property, parameter, header, media type, named examples) is valid against its
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
        // the validator's regular expressions have no time bound: it gets the spec without patterns,
        // and each example's strings are matched against the patterns by the judge's bounded matcher
        io.swagger.v3.oas.models.OpenAPI patternFree = dev.contractgate.conformance.core.PatternFreeSpec.openApi(spec);
        SchemaValidator validator = new SchemaValidator(patternFree, new MessageResolver());
        List<Finding> findings = new ArrayList<>();
        ExampleWalker.walk(patternFree, (pointer, operation, example, schema) -> {
            if (schema != null) {
                findings.addAll(validate(spec, validator, pointer, operation, example, schema));
            }
        });
        PatternCheck patterns = new PatternCheck(spec.openApi());
        ExampleWalker.walk(spec.openApi(), (pointer, operation, example, schema) -> {
            if (schema != null) {
                for (PatternCheck.Problem problem : patterns.check(schema, pointer, Json.mapper().valueToTree(example))) {
                    findings.add(Finding.error(problem.unusable() ? LintRules.PATTERN_UNUSABLE : key(), operation,
                            spec.locate(pointer), "example: " + problem.message(), Evidence.NONE));
                }
            }
        });
        return findings;
    }

    private List<Finding> validate(SpecSource spec, SchemaValidator validator, String pointer, String operation,
                                   Object example, Schema<?> schema) {
        String json;
        try {
            json = Json.mapper().writeValueAsString(example);
        } catch (JsonProcessingException e) {
            return List.of(Finding.error(key(), operation, spec.locate(pointer),
                    "example cannot be written as JSON: " + e.getOriginalMessage(), Evidence.NONE));
        }
        List<Finding> findings = new ArrayList<>();
        ValidationReport report = validator.validate(json, schema, "lint.example");
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                findings.add(Finding.error(key(), operation, spec.locate(pointer),
                        "example does not match its schema: " + message.getMessage(), Evidence.NONE));
            }
        }
        return findings;
    }
}
