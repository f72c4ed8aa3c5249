package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.Finding;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The working state of one check while it runs: its seeded {@link Random}, the findings so far,
 * and helpers that send a request and run the response checks on what comes back.
 */
final class Probe {

    final RunContext run;
    final Random random;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Runnable> cleanups = new ArrayList<>();

    Probe(RunContext run, Random random) {
        this.run = run;
        this.random = random;
    }

    List<Finding> findings() {
        return findings;
    }

    /** Sends the call and checks the response against what {@code op} documents. */
    Exchange send(ApiOperation op, HttpCall call) {
        Exchange ex = run.http.send(call);
        findings.addAll(run.responses.check(op, ex));
        return ex;
    }

    void report(String rule, ApiOperation op, String pointerSuffix, String message, Exchange ex) {
        findings.add(run.findings.of(rule, op, pointerSuffix, message, ex));
    }

    /**
     * Makes a resource for each resource path parameter of {@code target} through the operation that
     * links to it (CreateAgentToken for agentTokenId), and schedules its deletion. Empty when a
     * parameter has no provider or creating failed (the failure is already reported).
     */
    Optional<Map<String, String>> resourcesFor(ApiOperation target) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : run.resourceParameters(target)) {
            Optional<RunContext.Provider> provider = run.provider(target, p.getName());
            if (provider.isEmpty()) {
                findings.add(run.findings.warning(Rules.COVERAGE_NO_LINK, target, "no link in the spec yields "
                        + p.getName() + " for " + target.id() + ", so this check could not run; add a link to the"
                        + " operation that creates it"));
                return Optional.empty();
            }
            Optional<Exchange> created = create(provider.get().source(), run.values.valid(
                    provider.get().source().jsonRequestBody().map(m -> m.getSchema()).orElse(null), random, false));
            if (created.isEmpty()) {
                return Optional.empty();
            }
            JsonNode value = ResponseChecks.json(created.get().body()).at(provider.get().bodyPointer());
            if (value.isMissingNode()) {
                return Optional.empty();
            }
            values.put(p.getName(), value.asText());
        }
        return Optional.of(values);
    }

    /** Calls a creating operation with {@code body}; a 2xx is scheduled for deletion via its links. */
    Optional<Exchange> create(ApiOperation source, JsonNode body) {
        return create(source, body, true);
    }

    /** As {@link #create(ApiOperation, JsonNode)}; without {@code cleanUp} the caller deletes it. */
    Optional<Exchange> create(ApiOperation source, JsonNode body, boolean cleanUp) {
        HttpCall call = run.call(source, Map.of()).withBody(ApiOperation.JSON, body == null ? "" : body.toString());
        Exchange ex = send(source, call);
        if (!ex.is2xx()) {
            report(Rules.POSITIVE_REJECTED, source, "/requestBody", source.id() + " refused a valid request with "
                    + (ex.failed() ? ex.failure() : String.valueOf(ex.status())), ex);
            return Optional.empty();
        }
        if (cleanUp) {
            scheduleDelete(source, ex);
        }
        return ResponseChecks.json(ex.body()) == null ? Optional.empty() : Optional.of(ex);
    }

    /** After a 2xx from {@code source}, follows its links to a DELETE operation when the check ends. */
    void scheduleDelete(ApiOperation source, Exchange created) {
        JsonNode body = ResponseChecks.json(created.body());
        if (body == null) {
            return;
        }
        for (Link link : source.successLinks().values()) {
            run.operations.byId(link.getOperationId()).filter(t -> "delete".equals(t.method())).ifPresent(target -> {
                Map<String, String> ids = linkValues(link, body);
                if (ids.size() == run.resourceParameters(target).size()) {
                    cleanups.add(() -> send(target, run.call(target, ids)));
                }
            });
        }
    }

    /** The resource path values a link names in a response body. */
    static Map<String, String> linkValues(Link link, JsonNode body) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (link.getParameters() == null) {
            return ids;
        }
        link.getParameters().forEach((name, expression) -> {
            String s = expression; if (s != null && s.startsWith("$response.body#")) {
                JsonNode v = body.at(s.substring("$response.body#".length()));
                if (!v.isMissingNode() && !v.isNull()) {
                    ids.put(name, v.asText());
                }
            }
        });
        return ids;
    }

    void cleanUp() {
        List<Runnable> todo = new ArrayList<>(cleanups);
        cleanups.clear();
        todo.forEach(Runnable::run);
    }
}
