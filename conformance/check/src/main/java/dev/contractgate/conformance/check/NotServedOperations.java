package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.coverage.Coverage;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An operation the server does not serve is one root cause, not dozens: when every request the run sent
 * to an operation (valid or not, with a token or without) answered 404, 405 or 501, nothing behind that
 * route exists, and what the other checks say of it (a valid request refused, auth checked "after" the
 * lookup, a page that does not hold what was created) follows from that. Such an operation gets one
 * {@code coverage.operation-not-served} finding in a check of its own, first in the report; every other
 * finding about it becomes an occurrence of that root cause (its evidence kept), so it is counted once.
 */
final class NotServedOperations {

    private static final Set<Integer> NOT_SERVED = Set.of(404, 405, 501);

    private NotServedOperations() {
    }

    static List<CheckRecord> fold(RunContext run, List<CheckRecord> records, List<Coverage.Observation> seen) {
        Map<String, List<Integer>> statuses = new HashMap<>();
        for (Coverage.Observation o : seen) {
            statuses.computeIfAbsent(o.operation(), k -> new ArrayList<>()).add(o.status());
        }
        Map<String, Finding> rootCauses = new LinkedHashMap<>();
        for (SpecOperation op : run.operations.all()) {
            List<Integer> answered = statuses.getOrDefault(op.id(), List.of());
            if (!answered.isEmpty() && NOT_SERVED.containsAll(answered)) {
                String codes = String.join("/", answered.stream().distinct().sorted().map(String::valueOf).toList());
                rootCauses.put(op.id(), run.findings.of(CheckRules.COVERAGE_NOT_SERVED, op, "", op.id() + " is not served: all "
                        + answered.size() + " requests to " + op.key() + " (valid and invalid, with a token and without)"
                        + " answered " + codes + "; the findings of its other checks follow from that and are counted here",
                        null));
            }
        }
        if (rootCauses.isEmpty()) {
            return records;
        }
        List<CheckRecord> folded = new ArrayList<>();
        rootCauses.forEach((id, finding) -> folded.add(new CheckRecord(id, id + " is served at its documented path",
                List.of(finding), Duration.ZERO)));
        for (CheckRecord record : records) {
            List<Finding> findings = new ArrayList<>();
            for (Finding f : record.findings()) {
                Finding root = f.operation() == null ? null : rootCauses.get(f.operation());
                findings.add(root == null ? f : new Finding(root.rule(), root.severity(), root.operation(), root.location(),
                        root.message(), f.evidence()));
            }
            folded.add(new CheckRecord(record.group(), record.name(), findings, record.duration()));
        }
        return folded;
    }
}
