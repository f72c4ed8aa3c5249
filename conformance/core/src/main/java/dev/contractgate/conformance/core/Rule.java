package dev.contractgate.conformance.core;

/** One rule of an engine's catalogue: a stable key, its default severity, and one line saying when it fires. */
public record Rule(String key, Severity severity, String description) {
}
