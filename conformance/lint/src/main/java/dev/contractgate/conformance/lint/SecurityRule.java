package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;

/** Every operation says how it is authenticated (its own security, or the document's). */
final class SecurityRule implements LintRule {

    @Override
    public String key() {
        return LintRules.SECURITY;
    }

    @Override
    public String description() {
        return "every operation declares its security";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        List<SecurityRequirement> global = spec.openApi().getSecurity();
        List<Finding> findings = new ArrayList<>();
        for (SpecOperation op : spec.operations().all()) {
            List<SecurityRequirement> own = op.operation().getSecurity();
            List<SecurityRequirement> effective = own != null ? own : global;
            if (effective == null || effective.isEmpty() || effective.stream().allMatch(SecurityRequirement::isEmpty)) {
                findings.add(Finding.error(key(), op.id(), spec.locate(op.pointer()),
                        op.id() + " declares no security requirement (add `security:` with a scheme from "
                                + "components.securitySchemes)", Evidence.NONE));
            }
        }
        return findings;
    }
}
