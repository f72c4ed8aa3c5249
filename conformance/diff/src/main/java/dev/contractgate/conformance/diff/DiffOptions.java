package dev.contractgate.conformance.diff;

import java.nio.file.Path;

/**
 * How to run a diff.
 *
 * @param pactsDir pact files to validate against the changed spec (consumer impact), or {@code null}
 * @param failOn   which breaking changes fail the run
 */
public record DiffOptions(Path pactsDir, FailOn failOn) {

    /** Which breaking changes are errors (exit 1). */
    public enum FailOn {
        /** every breaking change fails the run */
        ANY_BREAKING,
        /** with pacts: breaking changes fail only when a recorded consumer interaction breaks */
        CONSUMER_IMPACT
    }

    public DiffOptions {
        failOn = failOn == null ? FailOn.ANY_BREAKING : failOn;
    }

    public static DiffOptions defaults() {
        return new DiffOptions(null, FailOn.ANY_BREAKING);
    }

    public DiffOptions withPacts(Path dir) {
        return new DiffOptions(dir, failOn);
    }

    public DiffOptions withFailOn(FailOn newFailOn) {
        return new DiffOptions(pactsDir, newFailOn);
    }
}
