package dev.contractgate.conformance.core.coverage;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of the matrix a run must cover. {@link #SUCCESS} (the default): every operation has
 * a documented success status exercised by at least one source; each operation that has not is
 * an error {@value #RULE}, saying how to close the hole. {@link #NONE}: no minimum.
 */
public enum CoverageMinimum {
    SUCCESS, NONE;

    public static final String RULE = CoverageRules.SUCCESS_NOT_EXERCISED;

    public static CoverageMinimum parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The run with one check per operation the minimum asks about; unchanged for a run without coverage. */
    public RunResult apply(RunResult result) {
        if (this == NONE || result.coverage().isEmpty()) {
            return result;
        }
        CoverageMatrix matrix = CoverageMatrix.of(result.coverage());
        List<String> holes = matrix.operationsWithoutSuccess();
        List<CheckRecord> checks = new ArrayList<>();
        for (String operation : matrix.rows().stream().map(CoverageMatrix.Row::operation).distinct().toList()) {
            List<Finding> findings = holes.contains(operation) ? List.of(Finding.error(RULE, operation, SpecLocation.of(""),
                    "no source exercised a documented success status of " + operation + ": record a consumer pact"
                            + " interaction that succeeds, or check a server where it can succeed"
                            + " (--min-coverage none to allow it)", Evidence.NONE)) : List.of();
            checks.add(new CheckRecord("coverage", operation + " had a success response exercised by a source", findings,
                    Duration.ZERO));
        }
        return result.withChecks(checks);
    }
}
