package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import java.util.List;

/** The rule keys of {@link SpecLint}; tests and severity overrides use them. */
public final class LintRules {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue();

    public static final String PARSER = CATALOGUE.error("lint.parser",
            "a swagger-parser message on a document that did parse (unexpected or missing attribute, repeated operationId, ...)");
    public static final String OPERATION_ID = CATALOGUE.error("lint.operation-id",
            "an operation without an `operationId`, or two operations sharing one");
    public static final String TAGS = CATALOGUE.warning("lint.tags",
            "an operation without tags, a tag not declared in the top-level `tags`, a declared tag without a description");
    public static final String DESCRIPTION = CATALOGUE.warning("lint.description",
            "no description on the API (`info`), an operation, a parameter, a component schema or one of its properties (inline objects included; a `$ref` is described where it points)");
    public static final String EXAMPLE_INVALID = CATALOGUE.error("lint.example.invalid",
            "an example (schema, property, parameter, media type, named `examples`) that its schema rejects, by the Atlassian validator's `SchemaValidator` (the validator `check` uses on live responses)");
    public static final String ERROR_RESPONSES = CATALOGUE.error("lint.error-responses",
            "an operation that does not document 400, 401, 403, 404 and 500, or documents one without a body");
    public static final String SECURITY = CATALOGUE.error("lint.security",
            "an operation with no security requirement (neither its own `security` nor the document's)");
    public static final String UNUSED_COMPONENT = CATALOGUE.warning("lint.unused-component",
            "a component schema, parameter, response or header that no `$ref` in the text names");
    public static final String INVARIANT_INVALID = CATALOGUE.error("spec.invariant.invalid",
            "an `x-invariants` rule that does not compile as a CEL expression of type bool, or names a field (under `self` or `response.body`) its schema does not have; an `x-order` or `x-unique` without its id or pointer (`file:line` of the rule; the other engines refuse such a spec with exit 2)");
    public static final String PATTERN_UNUSABLE = dev.contractgate.conformance.judge.JudgeRules.PATTERN_UNUSABLE;

    private LintRules() {
    }

    /** Every rule, in the order declared: key, default severity, when it fires. */
    public static List<Rule> catalogue() {
        return CATALOGUE.rules();
    }
}
