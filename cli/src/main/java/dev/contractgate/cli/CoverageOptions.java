package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.coverage.CoverageMinimum;
import picocli.CommandLine.Option;

/** {@code --min-coverage}, shared by the commands that exercise operations (pacts, check, gate). */
final class CoverageOptions {

    @Option(names = "--min-coverage", paramLabel = "LEVEL",
            description = "success: every operation must have a documented success status exercised by a source, else"
                    + " the run fails (coverage.success-not-exercised); none: no minimum. Default: success for gate and"
                    + " check, none for pacts and for a gate that checks no server (a consumer's pacts cover the"
                    + " operations it uses).")
    String level;

    private CoverageMinimum byDefault;

    CoverageOptions(CoverageMinimum byDefault) {
        this.byDefault = byDefault;
    }

    /** Changes the default (not a --min-coverage given on the command line). */
    void defaultTo(CoverageMinimum minimum) {
        byDefault = minimum;
    }

    CoverageMinimum minimum() {
        if (level == null) {
            return byDefault;
        }
        try {
            return CoverageMinimum.parse(level);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--min-coverage must be success or none, not '" + level + "'");
        }
    }
}
