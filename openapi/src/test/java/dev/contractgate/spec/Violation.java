package dev.contractgate.spec;

/** One broken fact of the spec: a stable rule key, the JSON pointer it concerns, and a detail for people. */
record Violation(String rule, String pointer, String detail) {
    @Override
    public String toString() {
        return rule + " at " + pointer + ": " + detail;
    }
}
