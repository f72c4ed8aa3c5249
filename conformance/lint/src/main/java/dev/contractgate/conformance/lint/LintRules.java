package dev.contractgate.conformance.lint;

/** The rule keys of {@link SpecLint}; tests and severity overrides use them. */
public final class LintRules {

    public static final String PARSER = "lint.parser";
    public static final String OPERATION_ID = "lint.operation-id";
    public static final String TAGS = "lint.tags";
    public static final String DESCRIPTION = "lint.description";
    public static final String EXAMPLE_INVALID = "lint.example.invalid";
    public static final String ERROR_RESPONSES = "lint.error-responses";
    public static final String SECURITY = "lint.security";
    public static final String UNUSED_COMPONENT = "lint.unused-component";
    /** An x-invariants rule that does not compile as CEL, names a field its schema lacks, or an x-order/x-unique that is malformed. */
    public static final String INVARIANT_INVALID = "spec.invariant.invalid";
    public static final String PATTERN_UNUSABLE = dev.contractgate.conformance.judge.JudgeRules.PATTERN_UNUSABLE;

    private LintRules() {
    }
}
