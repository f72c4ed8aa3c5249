package dev.contractgate.conformance.core;

/** How much a finding matters: an {@link #ERROR} fails the run (exit 1), a {@link #WARNING} does not. */
public enum Severity {
    ERROR,
    WARNING
}
