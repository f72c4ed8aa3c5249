package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inputs real clients send that the positive and negative cases do not: a body with a property
 * its schema does not name (valid unless {@code additionalProperties: false}, so it must be
 * served), and a query parameter given twice (the spec settles neither way, so any documented
 * answer will do, but never a 5xx).
 */
final class EdgeInputCases {

    /** The name of the property no schema names. */
    static final String UNKNOWN_PROPERTY = "cgPropertyNoSchemaNames";

    private EdgeInputCases() {
    }

    @SuppressWarnings("rawtypes")
    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            if (!run.resourceParameters(op).isEmpty()) {
                continue;
            }
            Schema schema = Schemas.resolve(run.spec.openApi(), PositiveCases.schemaOf(op));
            if (schema != null && "object".equals(Schemas.type(schema)) && !Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                checks.add(PlannedCheck.of(op, op.id() + " serves a body with a property its schema does not name", probe -> {
                    JsonNode valid = probe.run.values.valid(PositiveCases.schemaOf(op), probe.random, false);
                    ObjectNode sent = ((ObjectNode) valid).deepCopy();
                    sent.put(UNKNOWN_PROPERTY, "a property the schema does not name");
                    PositiveCases.expectSuccess(probe, op, probe.run.call(op, Map.of()).withBody(SpecOperation.JSON, sent.toString()), valid);
                }));
            }
            for (Parameter p : op.queryParameters()) {
                if (p.getSchema() == null || "array".equals(Schemas.type(Schemas.resolve(run.spec.openApi(), p.getSchema())))) {
                    continue;
                }
                checks.add(PlannedCheck.of(op, op.id() + " answers " + p.getName() + " given twice without a 5xx", probe -> {
                    JsonNode value = probe.run.values.valid(p.getSchema(), probe.random, false);
                    HttpCall call = QueryValues.add(QueryValues.add(probe.run.call(op, Map.of()), p.getName(), value),
                            p.getName(), value);
                    if (op.jsonRequestBody().isPresent()) {
                        call = call.withBody(SpecOperation.JSON, probe.run.values.valid(PositiveCases.schemaOf(op), probe.random, false).toString());
                    }
                    Exchange ex = probe.send(op, call);
                    if (ex.is2xx()) {
                        probe.scheduleDelete(op, ex);
                    } else if (!ex.failed() && ex.status() >= 500) {
                        probe.report(CheckRules.EDGE_SERVER_ERROR, op, "/parameters", op.id() + " answered " + p.getName()
                                + " given twice with " + ex.status(), ex);
                    }
                }));
            }
        }
        return checks;
    }
}
