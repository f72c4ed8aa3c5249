package dev.contractgate.conformance.diff;

import java.nio.file.Path;

/**
 * How to run a diff.
 *
 * @param pactsDir pact files to validate against the changed spec (consumer impact), or {@code null}
 * @param failOn   which breaking changes fail the run
 * @param oldClientJar the Java client built from the base spec, or {@code null}
 * @param newClientJar the Java client regenerated from the changed spec, or {@code null}
 * @param allowSpecMismatch go on although {@code oldClientJar} records another spec than the base
 */
public record DiffOptions(Path pactsDir, FailOn failOn, Path oldClientJar, Path newClientJar, boolean allowSpecMismatch) {

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

    public DiffOptions(Path pactsDir, FailOn failOn) {
        this(pactsDir, failOn, null, null, false);
    }

    public DiffOptions(Path pactsDir, FailOn failOn, Path oldClientJar, Path newClientJar) {
        this(pactsDir, failOn, oldClientJar, newClientJar, false);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(null, FailOn.ANY_BREAKING);
    }

    /** Compares the public API of two client jars (japicmp); both are needed when either is given. */
    public DiffOptions withClientJars(Path oldJar, Path newJar) {
        return new DiffOptions(pactsDir, failOn, oldJar, newJar, allowSpecMismatch);
    }

    public DiffOptions withPacts(Path dir) {
        return new DiffOptions(dir, failOn, oldClientJar, newClientJar, allowSpecMismatch);
    }

    public DiffOptions withFailOn(FailOn newFailOn) {
        return new DiffOptions(pactsDir, newFailOn, oldClientJar, newClientJar, allowSpecMismatch);
    }
}
