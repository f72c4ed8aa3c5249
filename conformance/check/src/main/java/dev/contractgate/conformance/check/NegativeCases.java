package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Requests that break exactly one documented constraint: a query value of the wrong type, out of
 * bounds or outside its enum; a body missing a required field, with a field of the wrong type,
 * null where the schema is not nullable, out of bounds or outside its enum; malformed JSON; a
 * wrong Content-Type; an empty body. Each must get a documented 4xx: never a 2xx, never a 5xx.
 */
final class NegativeCases {

    private NegativeCases() {
    }

    @SuppressWarnings("rawtypes")
    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            if (!run.resourceParameters(op).isEmpty()) {
                continue; // this spec's constraints on such operations are path ids only: see unknown ids
            }
            for (Parameter p : op.queryParameters()) {
                for (ValueGenerator.Violation v : run.values.violations(p.getSchema())) {
                    if (QueryValues.fits(v.value())) {
                        checks.add(check(op, "a query " + p.getName() + " " + v.constraint() + " (" + v.value() + ")",
                                "/parameters", probe -> QueryValues.add(withValidBody(probe, op), p.getName(), v.value())));
                    }
                }
            }
            if (op.jsonRequestBody().isEmpty()) {
                continue;
            }
            Schema schema = Schemas.resolve(run.spec.openApi(), PositiveCases.schemaOf(op));
            for (String field : Schemas.required(schema)) {
                checks.add(check(op, "a body without required " + field, "/requestBody", probe -> {
                    ObjectNode body = full(probe, op);
                    body.remove(field);
                    return probe.run.call(op, Map.of()).withBody(SpecOperation.JSON, body.toString());
                }));
            }
            Schemas.properties(schema).forEach((field, fieldSchema) -> {
                for (ValueGenerator.Violation v : run.values.fieldViolations(fieldSchema)) {
                    checks.add(check(op, "a body " + field + " " + v.constraint() + " (" + v.value() + ")", "/requestBody",
                            probe -> {
                                ObjectNode body = full(probe, op);
                                body.set(field, v.value());
                                return probe.run.call(op, Map.of()).withBody(SpecOperation.JSON, body.toString());
                            }));
                }
            });
            for (String[] notAnObject : new String[][] {{"a JSON array", "[]"}, {"a JSON string", "\"text\""},
                    {"a JSON number", "42"}, {"JSON null", "null"}, {"JSON true", "true"}}) {
                checks.add(check(op, "a body that is not an object (" + notAnObject[0] + ")", "/requestBody",
                        probe -> probe.run.call(op, Map.of()).withBody(SpecOperation.JSON, notAnObject[1])));
            }
            checks.add(check(op, "a malformed JSON body", "/requestBody", probe -> probe.run.call(op, Map.of())
                    .withBody(SpecOperation.JSON, full(probe, op).toString().replaceFirst("}$", ""))));
            checks.add(check(op, "a body sent as text/plain", "/requestBody", probe -> probe.run.call(op, Map.of())
                    .withBody("text/plain", full(probe, op).toString())));
            if (op.requestBodyRequired()) {
                checks.add(check(op, "an empty body", "/requestBody",
                        probe -> probe.run.call(op, Map.of()).withBody(SpecOperation.JSON, "")));
            }
        }
        return checks;
    }

    private static ObjectNode full(Probe probe, SpecOperation op) {
        return (ObjectNode) probe.run.values.valid(PositiveCases.schemaOf(op), probe.random, true);
    }

    private static HttpCall withValidBody(Probe probe, SpecOperation op) {
        HttpCall call = probe.run.call(op, Map.of());
        return op.jsonRequestBody().isPresent() ? call.withBody(SpecOperation.JSON, full(probe, op).toString()) : call;
    }

    private static PlannedCheck check(SpecOperation op, String what, String pointer, Function<Probe, HttpCall> request) {
        return PlannedCheck.of(op, op.id() + " rejects " + what + " with a documented 4xx", probe -> {
            Exchange ex = probe.send(op, request.apply(probe));
            if (ex.failed()) {
                return;
            }
            if (ex.is2xx()) {
                probe.scheduleDelete(op, ex);
                probe.report(CheckRules.NEGATIVE_ACCEPTED, op, pointer, op.id() + " accepted " + what + " with "
                        + ex.status(), ex);
            } else if (ex.status() >= 500) {
                probe.report(CheckRules.NEGATIVE_SERVER_ERROR, op, pointer, op.id() + " answered " + what + " with "
                        + ex.status() + " instead of a documented 4xx", ex);
            }
            // an undocumented 4xx is already response.status.undocumented
        });
    }

}
