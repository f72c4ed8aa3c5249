package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

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
    // synchronized: a check may race requests of its own (RaceCases)
    private final List<Finding> findings = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<Runnable> cleanups = java.util.Collections.synchronizedList(new ArrayList<>());
    /** Each answer this check saw: operation id and status, for the coverage matrix. */
    private final List<Map.Entry<String, Integer>> observed = java.util.Collections.synchronizedList(new ArrayList<>());

    Probe(RunContext run, Random random) {
        this.run = run;
        this.random = random;
    }

    List<Finding> findings() {
        return findings;
    }

    List<Map.Entry<String, Integer>> observed() {
        return observed;
    }

    /**
     * A valid body with only the required fields for {@code op}'s request, from this check's seeded
     * random (synchronized: a check may race requests of its own, each with a body).
     */
    synchronized com.fasterxml.jackson.databind.JsonNode validBody(SpecOperation op) {
        return run.values.valid(PositiveCases.schemaOf(op), random, false);
    }

    /** Sends the call and checks the response against what {@code op} documents. */
    Exchange send(SpecOperation op, HttpCall call) {
        Exchange ex = run.http.send(call);
        if (!ex.failed()) {
            observed.add(Map.entry(op.id(), ex.status()));
        }
        findings.addAll(run.responses.check(op, ex));
        return ex;
    }

    /** Sends a request whose inputs are valid (a positive case): the operation counts as exercised. */
    Exchange sendValid(SpecOperation op, HttpCall call) {
        run.exercised(op);
        return send(op, call);
    }

    void report(String rule, SpecOperation op, String pointerSuffix, String message, Exchange ex) {
        findings.add(run.findings.of(rule, op, pointerSuffix, message, ex));
    }

    /**
     * Makes a resource for each resource path parameter of {@code target} through the operation that
     * links to it (CreateAgentToken for agentTokenId), and schedules its deletion. Empty when a
     * parameter has no provider or creating failed (the failure is already reported).
     */
    Optional<Map<String, String>> resourcesFor(SpecOperation target) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : run.resourceParameters(target)) {
            Optional<RunContext.Provider> provider = run.provider(target, p.getName());
            if (provider.isEmpty()) {
                findings.add(run.findings.of(CheckRules.COVERAGE_NO_LINK, target, "", "no link in the spec yields "
                        + p.getName() + " for " + target.id() + ", so this check could not run; add a link to the"
                        + " operation that creates it", null));
                return Optional.empty();
            }
            Optional<Exchange> created = create(provider.get().source(), run.values.valid(
                    provider.get().source().jsonRequestBody().map(m -> m.getSchema()).orElse(null), random, false));
            if (created.isEmpty()) {
                return Optional.empty();
            }
            String value = providedValue(provider.get(), created.get());
            if (value == null) {
                return Optional.empty();
            }
            values.put(p.getName(), value);
        }
        return Optional.of(values);
    }

    /** The value a provider names in a create response: a body field, or the last segment of Location. */
    static String providedValue(RunContext.Provider provider, Exchange created) {
        if (LinkInference.LOCATION.equals(provider.bodyPointer())) {
            String location = created.header(LinkInference.LOCATION).orElse(null);
            return location == null || location.isBlank() ? null : location.substring(location.lastIndexOf('/') + 1);
        }
        JsonNode body = ResponseChecks.json(created.body());
        JsonNode value = body == null ? null : body.at(provider.bodyPointer());
        return value == null || value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    /** Calls a creating operation with {@code body}; a 2xx is scheduled for deletion via its links. */
    Optional<Exchange> create(SpecOperation source, JsonNode body) {
        return create(source, body, true);
    }

    /** As {@link #create(SpecOperation, JsonNode)}; without {@code cleanUp} the caller deletes it. */
    Optional<Exchange> create(SpecOperation source, JsonNode body, boolean cleanUp) {
        HttpCall call = run.call(source, Map.of()).withBody(SpecOperation.JSON, body == null ? "" : body.toString());
        Exchange ex = sendValid(source, call);
        if (!ex.is2xx()) {
            report(CheckRules.POSITIVE_REJECTED, source, "/requestBody", source.id() + " refused a valid request with "
                    + (ex.failed() ? ex.failure() : String.valueOf(ex.status())), ex);
            return Optional.empty();
        }
        if (cleanUp) {
            scheduleDelete(source, ex);
        }
        return ResponseChecks.json(ex.body()) == null ? Optional.empty() : Optional.of(ex);
    }

    /**
     * After a 2xx from {@code source}, deletes what it made when the check ends: through the
     * DELETE operation whose resource ids {@code source} provides (by a link, or inferred).
     */
    void scheduleDelete(SpecOperation source, Exchange created) {
        for (SpecOperation target : run.operations.all()) {
            List<Parameter> needed = run.resourceParameters(target);
            if (!"delete".equals(target.method()) || needed.isEmpty()) {
                continue;
            }
            Map<String, String> ids = new LinkedHashMap<>();
            for (Parameter p : needed) {
                run.provider(target, p.getName()).filter(found -> found.source().id().equals(source.id()))
                        .map(found -> providedValue(found, created)).ifPresent(v -> ids.put(p.getName(), v));
            }
            if (ids.size() == needed.size()) {
                cleanups.add(() -> send(target, run.call(target, ids)));
                return;
            }
        }
    }

    /** The resource path values a link names in a response body. */
    static Map<String, String> linkValues(Link link, JsonNode body) {
        Map<String, String> ids = new LinkedHashMap<>();
        SpecOperation.linkParameters(link).forEach((name, expression) -> expression.responseBodyPointer().ifPresent(pointer -> {
            JsonNode v = body.at(pointer);
            if (!v.isMissingNode() && !v.isNull()) {
                ids.put(name, v.asText());
            }
        }));
        return ids;
    }

    void cleanUp() {
        List<Runnable> todo = new ArrayList<>(cleanups);
        cleanups.clear();
        todo.forEach(Runnable::run);
    }
}
