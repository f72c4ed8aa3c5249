package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * After the run: every documented operation must have been called at least once with valid
 * inputs (on a resource that exists). One that no case could call is an error: a run that never
 * reached it cannot say the server implements it.
 */
final class ExercisedOperations {

    private ExercisedOperations() {
    }

    static List<CheckRecord> records(RunContext run) {
        List<CheckRecord> records = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            if (!run.options.selects(op)) {
                continue;
            }
            List<Finding> findings = new ArrayList<>();
            if (!run.wasExercised(op)) {
                findings.add(run.findings.of(CheckRules.COVERAGE_NOT_EXERCISED, op, "", op.id()
                        + " was never called with valid inputs, so nothing shows the server implements it; "
                        + fix(run, op), null));
            }
            records.add(new CheckRecord(op.id(), op.id() + " was called with valid inputs at least once", findings, Duration.ZERO));
        }
        return records;
    }

    private static String fix(RunContext run, SpecOperation op) {
        List<String> missing = run.resourceParameters(op).stream()
                .filter(p -> run.provider(op, p.getName()).isEmpty())
                .map(p -> p.getName()).toList();
        if (missing.isEmpty()) {
            return "the cases that would call it did not run (request budget, or the operation that makes its resource failed)";
        }
        return "no link yields " + String.join(", ", missing) + ": add a link to " + op.id()
                + " from the operation that creates the resource, or pass "
                + missing.stream().map(n -> "--param " + n + "=VALUE").collect(Collectors.joining(" "));
    }
}
