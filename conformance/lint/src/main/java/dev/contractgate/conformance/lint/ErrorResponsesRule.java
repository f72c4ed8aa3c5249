package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;

/** Every operation documents the errors every client meets (400, 401, 403, 404, 500), each with a body. */
final class ErrorResponsesRule implements LintRule {

    static final List<String> REQUIRED = List.of("400", "401", "403", "404", "500");

    @Override
    public String key() {
        return LintRules.ERROR_RESPONSES;
    }

    @Override
    public String description() {
        return "every operation documents 400, 401, 403, 404 and 500 with a body";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        List<Finding> findings = new ArrayList<>();
        for (SpecOperation op : spec.operations().all()) {
            ApiResponses responses = op.operation().getResponses();
            for (String status : REQUIRED) {
                ApiResponse response = responses == null ? null : Refs.response(spec.openApi(), responses.get(status));
                if (response == null) {
                    findings.add(Finding.error(key(), op.id(), spec.locate(op.pointer() + "/responses"),
                            op.id() + " does not document a " + status + " response", Evidence.NONE));
                } else if (response.getContent() == null || response.getContent().isEmpty()) {
                    findings.add(Finding.error(key(), op.id(), spec.locate(op.pointer() + "/responses/" + status),
                            op.id() + ": the " + status + " response has no body (document the error schema)",
                            Evidence.NONE));
                }
            }
        }
        return findings;
    }
}
