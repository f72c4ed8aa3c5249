package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authentication comes first: a caller without valid credentials gets 401 even when the
 * request is wrong in another way too (an unknown id or parent, an invalid body or query). A
 * server that validates or looks up first answers 400 or 404, and so tells an anonymous caller
 * what exists and what it accepts.
 */
final class AuthOrderCases {

    private AuthOrderCases() {
    }

    /** One way a request can be wrong besides its credentials. */
    private record Invalidity(String what, Function<Probe, HttpCall> request) {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            List<Invalidity> invalid = invalidities(run, op);
            checks.add(PlannedCheck.of(op, op.id() + " without valid credentials gives 401 before anything else", probe -> {
                for (Invalidity invalidity : invalid) {
                    expect401(probe, op, invalidity, "without a token", null);
                    expect401(probe, op, invalidity, "with an unknown token", "Bearer cg-unknown-" + ValueGenerator.word(probe.random));
                }
            }));
        }
        return checks;
    }

    private static void expect401(Probe probe, SpecOperation op, Invalidity invalidity, String credentials, String header) {
        HttpCall call = invalidity.request().apply(probe).withHeader("Authorization", header);
        Exchange ex = probe.send(op, call);
        if (ex.failed() || ex.status() == 401) {
            return;
        }
        if (ex.is2xx()) {
            probe.scheduleDelete(op, ex);
        }
        probe.report(CheckRules.AUTH_PRECEDENCE, op, "/responses/401", op.id() + " " + credentials + " and " + invalidity.what()
                + " answered " + ex.status() + " instead of 401: the server validated or looked up the request before it"
                + " checked the caller", ex);
    }

    private static List<Invalidity> invalidities(RunContext run, SpecOperation op) {
        List<Invalidity> out = new ArrayList<>();
        if (!run.resourceParameters(op).isEmpty()) {
            out.add(new Invalidity("an id that names nothing",
                    probe -> withValidBody(probe, op, probe.run.call(op, AuthCases.unknownIds(probe, op), probe.run.contextValues))));
        }
        if (!run.contextValues.isEmpty()) {
            out.add(new Invalidity("a parent that does not exist", probe -> {
                Map<String, String> context = new LinkedHashMap<>(probe.run.contextValues);
                context.replaceAll((name, value) -> "cgnoparent" + ValueGenerator.word(probe.random));
                return withValidBody(probe, op, probe.run.call(op, AuthCases.unknownIds(probe, op), context));
            }));
        }
        if (op.jsonRequestBody().isPresent()) {
            out.add(new Invalidity("a body that breaks its schema", probe -> probe.run
                    .call(op, AuthCases.unknownIds(probe, op), probe.run.contextValues)
                    .withBody(SpecOperation.JSON, "[\"not an object\"]")));
        }
        invalidQuery(op).ifPresent(bad -> out.add(new Invalidity("query " + bad.getKey() + "=" + bad.getValue(),
                probe -> withValidBody(probe, op, probe.run.call(op, AuthCases.unknownIds(probe, op), probe.run.contextValues)
                        .withQuery(bad.getKey(), bad.getValue())))));
        return out;
    }

    /** A query value its schema refuses: text for a number, a word outside an enum. */
    private static Optional<Map.Entry<String, String>> invalidQuery(SpecOperation op) {
        for (Parameter p : op.queryParameters()) {
            String type = Schemas.type(p.getSchema());
            if ("integer".equals(type) || "number".equals(type)) {
                return Optional.of(Map.entry(p.getName(), "not-a-number"));
            }
            boolean enumerated = p.getSchema() != null && (p.getSchema().getEnum() != null
                    || (p.getSchema().getItems() != null && p.getSchema().getItems().getEnum() != null));
            if (enumerated) {
                return Optional.of(Map.entry(p.getName(), "cg-not-a-value"));
            }
        }
        return Optional.empty();
    }

    private static HttpCall withValidBody(Probe probe, SpecOperation op, HttpCall call) {
        return op.jsonRequestBody().isEmpty() ? call : call.withBody(SpecOperation.JSON,
                probe.run.values.valid(PositiveCases.schemaOf(op), probe.random, false).toString());
    }
}
