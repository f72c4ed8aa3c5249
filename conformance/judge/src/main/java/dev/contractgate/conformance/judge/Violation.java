package dev.contractgate.conformance.judge;

/**
 * One thing an exchange got wrong, as the judge found it; each engine turns it into a finding with
 * its own evidence (the live exchange, the pact interaction).
 *
 * @param rule         a key of {@link JudgeRules}
 * @param pointer      where in the spec the broken promise is written (absolute JSON pointer)
 * @param message      one line for a person
 * @param invariantId  the invariant's {@code id} for {@link JudgeRules#INVARIANT_VIOLATED}, else null
 * @param validatorKey the Atlassian validator's own message key for a schema finding, else null
 */
public record Violation(String rule, String pointer, String message, String invariantId, String validatorKey) {

    static Violation of(String rule, String pointer, String message) {
        return new Violation(rule, pointer, message, null, null);
    }
}
