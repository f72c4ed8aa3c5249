package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation without a token, with a malformed one and with an unknown one must give 401;
 * with the user's restricted token on an organization it may not act on, 403 (and, when its own
 * organization is given, that token must work there). Resource ids are unknown ones: the server
 * must refuse the caller before it looks anything up.
 */
final class AuthCases {

    /** The path parameter that selects the organization a restricted token is checked against. */
    static final String ORGANIZATION_PARAMETER = "organizationId";

    private AuthCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        for (SpecOperation op : run.operations.all()) {
            checks.add(unauthorized(run, op, "without a token", CheckRules.AUTH_MISSING, null));
            checks.add(unauthorized(run, op, "with a malformed Authorization header", CheckRules.AUTH_MALFORMED, probe -> "Bearer"));
            checks.add(unauthorized(run, op, "with an unknown bearer token", CheckRules.AUTH_UNKNOWN,
                    probe -> "Bearer cg-unknown-" + ValueGenerator.word(probe.random)));
            // the run's own token in shapes that are not a bearer credential: never a way in
            checks.add(unauthorized(run, op, "with the token under the Basic scheme", CheckRules.AUTH_OTHER_SCHEME, probe ->
                    "Basic " + java.util.Base64.getEncoder().encodeToString(("user:" + probe.run.options.token())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            checks.add(unauthorized(run, op, "with the token under a Token scheme", CheckRules.AUTH_OTHER_SCHEME,
                    probe -> "Token " + probe.run.options.token()));
            checks.add(unauthorized(run, op, "with the token and no scheme", CheckRules.AUTH_OTHER_SCHEME,
                    probe -> probe.run.options.token()));
            checks.add(unauthorized(run, op, "with the token followed by another word", CheckRules.AUTH_OTHER_SCHEME,
                    probe -> "Bearer " + probe.run.options.token() + " extra"));
            // token68 (RFC 7235) has no ';' or ',': a server that cuts the credential there lets a forged one in
            checks.add(unauthorized(run, op, "with the token followed by a character outside token68", CheckRules.AUTH_OTHER_SCHEME,
                    probe -> "Bearer " + probe.run.options.token() + ";x"));
            if (run.options.forbiddenToken() != null) {
                checks.add(PlannedCheck.of(op, op.id() + " with a token restricted to another organization gives 403",
                        probe -> {
                            HttpCall call = probe.run.call(op, unknownIds(probe, op), probe.run.contextValues)
                                    .withHeader("Authorization", "Bearer " + probe.run.options.forbiddenToken());
                            call = withBodyIfAny(probe, op, call);
                            Exchange ex = probe.send(op, call);
                            if (!ex.failed() && ex.status() != 403) {
                                if (ex.is2xx()) {
                                    probe.scheduleDelete(op, ex);
                                }
                                probe.report(CheckRules.AUTH_FORBIDDEN, op, "/responses/403", op.id()
                                        + " let a token restricted to another organization through: " + ex.status(), ex);
                            }
                        }));
            }
        }
        // RFC 7235: the scheme is case-insensitive and one or more spaces separate it from the credential
        for (String shape : new String[] {"bearer ", "BEARER ", "Bearer   "}) {
            run.plainRead().ifPresent(op -> checks.add(PlannedCheck.of(op, op.id() + " with '" + shape.strip()
                    + "' and " + (shape.length() - shape.strip().length()) + " space(s) before the token succeeds", probe -> {
                        Exchange ex = probe.send(op, probe.run.call(op, Map.of(), probe.run.contextValues)
                                .withHeader("Authorization", shape + probe.run.options.token()));
                        if (!ex.failed() && !ex.is2xx()) {
                            probe.report(CheckRules.AUTH_VALID_CREDENTIAL_REFUSED, op, "/security", op.id() + " refused the run's"
                                    + " token sent as '" + shape.strip() + "' with " + (shape.length() - shape.strip().length())
                                    + " space(s) (the scheme is case-insensitive, RFC 7235): " + ex.status(), ex);
                            }
                    })));
        }
        if (run.options.forbiddenToken() != null && run.options.forbiddenTokenOrganizationId() != null) {
            run.plainRead().ifPresent(op -> checks.add(PlannedCheck.of(op,
                            op.id() + " with the restricted token on its own organization succeeds", probe -> {
                                Map<String, String> own = new LinkedHashMap<>(probe.run.contextValues);
                                own.put(ORGANIZATION_PARAMETER, probe.run.options.forbiddenTokenOrganizationId());
                                Exchange ex = probe.send(op, probe.run.call(op, Map.of(), own)
                                        .withHeader("Authorization", "Bearer " + probe.run.options.forbiddenToken()));
                                if (!ex.failed() && !ex.is2xx()) {
                                    probe.report(CheckRules.AUTH_RESTRICTED_REFUSED, op, "", op.id()
                                            + " refused the restricted token on its own organization: " + ex.status(), ex);
                                }
                            })));
        }
        return checks;
    }

    private interface Header {
        String value(Probe probe);
    }

    /**
     * An operation on a resource is tried on a real one, made through its link (an unknown id
     * could let a server answer 404 before it checks the caller); the resource is deleted after.
     */
    private static PlannedCheck unauthorized(RunContext run, SpecOperation op, String what, String rule, Header header) {
        String name = op.id() + " " + what + " gives 401";
        java.util.function.Consumer<Probe> body = probe -> {
            Map<String, String> ids = probe.run.resourceParameters(op).isEmpty() ? Map.of()
                    : !probe.run.linksProvide(op) ? unknownIds(probe, op)
                    : probe.resourcesFor(op).orElseGet(() -> unknownIds(probe, op));
            HttpCall call = probe.run.call(op, ids, probe.run.contextValues);
            if (header != null) {
                call = call.withHeader("Authorization", header.value(probe));
            }
            Exchange ex = probe.send(op, withBodyIfAny(probe, op, call));
            if (!ex.failed() && ex.status() != 401) {
                if (ex.is2xx()) {
                    probe.scheduleDelete(op, ex);
                }
                probe.report(rule, op, "/responses/401", op.id() + " " + what + " answered " + ex.status()
                        + " instead of 401", ex);
            }
        };
        return run.resourceParameters(op).isEmpty() ? PlannedCheck.of(op, name, body)
                : PlannedCheck.creating(op, name, body);
    }

    static Map<String, String> unknownIds(Probe probe, SpecOperation op) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Parameter p : probe.run.resourceParameters(op)) {
            ids.put(p.getName(), "cgunknown" + ValueGenerator.word(probe.random));
        }
        return ids;
    }

    private static HttpCall withBodyIfAny(Probe probe, SpecOperation op, HttpCall call) {
        return op.jsonRequestBody().isEmpty() ? call : call.withBody(SpecOperation.JSON,
                probe.run.values.valid(PositiveCases.schemaOf(op), probe.random, false).toString());
    }
}
