package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Valid requests that must succeed: the spec's examples, generated bodies with only the required
 * fields and with every field, each boundary of each number (and each enum value of an array
 * query parameter). A created resource must echo the fields it was given, and is deleted after.
 */
final class PositiveCases {

    private PositiveCases() {
    }

    @SuppressWarnings("rawtypes")
    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            if (!run.resourceParameters(op).isEmpty()) {
                checks.add(new PlannedCheck(op.id(), op.id() + " on a resource made through its link succeeds",
                        PlannedCheck.Phase.MUTATING,
                        probe -> probe.resourcesFor(op).ifPresent(ids -> expectSuccess(probe, op, run.call(op, ids), null))));
                continue;
            }
            checks.add(PlannedCheck.of(op, op.id() + " with no optional parameter succeeds",
                    probe -> withBody(probe, op, r -> r.values.valid(schemaOf(op), probe.random, false))));
            for (Parameter p : op.queryParameters()) {
                for (Map.Entry<String, JsonNode> edge : run.values.boundaries(p.getSchema()).entrySet()) {
                    checks.add(query(run, op, p, edge.getKey(), edge.getValue()));
                }
                JsonNode example = p.getExample() != null ? ValueGenerator.JSON.valueToTree(p.getExample()) : null;
                if (example != null) {
                    checks.add(query(run, op, p, "the spec's example " + example, example));
                }
            }
            Optional<MediaType> body = op.jsonRequestBody();
            if (body.isEmpty()) {
                continue;
            }
            if (body.get().getExamples() != null) {
                for (Map.Entry<String, Example> e : body.get().getExamples().entrySet()) {
                    JsonNode value = ValueGenerator.JSON.valueToTree(e.getValue().getValue());
                    checks.add(PlannedCheck.of(op, op.id() + " with the spec's example '" + e.getKey() + "' succeeds",
                            probe -> withBody(probe, op, r -> value)));
                }
            }
            checks.add(PlannedCheck.of(op, op.id() + " with every optional field present succeeds",
                    probe -> withBody(probe, op, r -> r.values.valid(schemaOf(op), probe.random, true))));
            Schema schema = Schemas.resolve(run.spec.openApi(), schemaOf(op));
            Schemas.properties(schema).forEach((field, fieldSchema) -> {
                for (Map.Entry<String, JsonNode> edge : run.values.boundaries(fieldSchema).entrySet()) {
                    checks.add(PlannedCheck.of(op, op.id() + " with " + field + " at its " + edge.getKey() + " succeeds",
                            probe -> withBody(probe, op, r -> {
                                ObjectNode full = (ObjectNode) r.values.valid(schemaOf(op), probe.random, false);
                                full.set(field, edge.getValue());
                                return full;
                            })));
                }
            });
        }
        return checks;
    }

    private static PlannedCheck query(RunContext run, SpecOperation op, Parameter p, String what, JsonNode value) {
        return PlannedCheck.of(op, op.id() + " with " + p.getName() + " " + what + " succeeds",
                probe -> expectSuccess(probe, op, QueryValues.add(run.call(op, Map.of()), p.getName(), value), null));
    }

    @SuppressWarnings("rawtypes")
    static Schema schemaOf(SpecOperation op) {
        return op.jsonRequestBody().map(MediaType::getSchema).orElse(null);
    }

    private static void withBody(Probe probe, SpecOperation op, Function<RunContext, JsonNode> body) {
        HttpCall call = probe.run.call(op, Map.of());
        JsonNode value = null;
        if (op.jsonRequestBody().isPresent()) {
            value = body.apply(probe.run);
            call = call.withBody(SpecOperation.JSON, value.toString());
        }
        expectSuccess(probe, op, call, value);
    }

    static void expectSuccess(Probe probe, SpecOperation op, HttpCall call, JsonNode sent) {
        Exchange ex = probe.sendValid(op, call);
        if (!ex.is2xx()) {
            if (!ex.failed()) {
                probe.report(CheckRules.POSITIVE_REJECTED, op, "", op.id() + " refused a valid request with " + ex.status(), ex);
            }
            return;
        }
        probe.scheduleDelete(op, ex);
        JsonNode got = ResponseChecks.json(ex.body());
        if (sent != null && sent.isObject() && got != null && got.isObject()) {
            sent.fields().forEachRemaining(field -> {
                JsonNode echoed = got.get(field.getKey());
                if (echoed != null && !echoed.equals(field.getValue())) {
                    probe.report(CheckRules.POSITIVE_NOT_ECHOED, op, "/requestBody", op.id() + " was sent "
                            + field.getKey() + "=" + field.getValue() + " but answered " + echoed, ex);
                }
            });
        }
    }
}
