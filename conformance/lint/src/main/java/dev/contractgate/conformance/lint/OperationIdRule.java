package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every operation has an operationId (the generated client's method names) and no two share one. */
final class OperationIdRule implements LintRule {

    @Override
    public String key() {
        return LintRules.OPERATION_ID;
    }

    @Override
    public String description() {
        return "every operation has a unique operationId";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        List<Finding> findings = new ArrayList<>();
        Map<String, SpecOperation> seen = new HashMap<>();
        for (SpecOperation op : spec.operations().all()) {
            String id = op.operation().getOperationId();
            if (id == null || id.isBlank()) {
                findings.add(Finding.error(key(), null, spec.locate(op.pointer()),
                        op.id() + " has no operationId (add one; generated code names its method after it)",
                        Evidence.NONE));
                continue;
            }
            SpecOperation first = seen.putIfAbsent(id, op);
            if (first != null) {
                findings.add(Finding.error(key(), id, spec.locate(op.pointer() + "/operationId"),
                        "operationId '" + id + "' is used by " + first.key() + " and "
                                + op.key() + " (operationIds must be unique)", Evidence.NONE));
            }
        }
        return findings;
    }
}
