package dev.contractgate.conformance.judge;

/** An invariant the spec declares that cannot be applied: it does not compile, or names a field its schema lacks. */
public record InvariantProblem(String pointer, String message) {
}
