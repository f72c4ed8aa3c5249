package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.CheckRecord;

/**
 * Progress of a run, for a terminal progress line. Called from worker threads; implementations
 * must be thread-safe and quick. Every method has an empty default.
 */
public interface CheckListener {

    CheckListener NONE = new CheckListener() {
    };

    /** The run has planned {@code checks} checks and starts sending requests. */
    default void started(int checks) {
    }

    /** One check finished; {@code done} of {@code total} are finished now. */
    default void checkFinished(CheckRecord check, int done, int total) {
    }
}
