package dev.contractgate.conformance.judge;

import java.util.List;

/**
 * One {@code x-invariants} entry, compiled: {@code id} (the finding's name for it), {@code rule} (a CEL
 * expression that must be true), {@code message} (what it means, for a person), where it is written,
 * and the value expressions it names ({@code response.body.requestId}) for the evidence.
 */
record Invariant(String id, String rule, String message, String pointer, CelEnvironment.Compiled program,
                 List<Seen> seen) {

    private static final java.util.regex.Pattern NOW = java.util.regex.Pattern.compile("\\bnow\\b");

    /** Whether the rule names {@code now}: a recording has no time of arrival, so it is not judged there. */
    boolean usesNow() {
        return NOW.matcher(rule.replaceAll("'[^']*'|\"[^\"]*\"", "")).find();
    }

    /** One value a rule names, compiled on its own so the evidence can show it. */
    record Seen(String expression, CelEnvironment.Compiled program) {
    }
}
