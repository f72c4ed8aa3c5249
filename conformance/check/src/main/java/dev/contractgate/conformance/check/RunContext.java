package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.LinkExpression;
import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.core.spec.SpecOperations;

import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every check of one run shares: the spec's operations, the value generator, the HTTP
 * runner, the response checks, the options and the path values of the context (organization,
 * deployment) every operation is called with.
 */
final class RunContext {

    /**
     * An operation whose success response yields a parameter's value for another operation: by a
     * link of the spec, or inferred by {@link LinkInference} ({@code link} null, {@code inferred} true).
     */
    record Provider(SpecOperation source, Link link, String bodyPointer, boolean inferred) {

        /** How the value is found, for the report: {@code CreateAgentToken $response.body#/id}. */
        String describe() {
            return source.id() + " " + (LinkInference.LOCATION.equals(bodyPointer) ? "$response.header.Location (last segment)"
                    : "$response.body#" + bodyPointer);
        }
    }

    final SpecSource spec;
    final SpecOperations operations;
    final ValueGenerator values;
    final HttpRunner http;
    final ResponseChecks responses;
    /** The one judge of every answer, also asked which fields the spec marks secret. */
    final dev.contractgate.conformance.judge.ExchangeJudge judge;
    final FindingFactory findings;
    final CheckOptions options;
    final Map<String, String> contextValues;
    /**
     * Names this run's own parents (the model's fresh Deployments): never the same in two runs, so a run
     * never meets what another left on the server, whatever their seeds. What a run sends is still the seed's.
     */
    final String nonce = Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    private final java.util.Set<String> exercised = java.util.concurrent.ConcurrentHashMap.newKeySet();

    RunContext(SpecSource spec, SpecOperations operations, HttpRunner http, FindingFactory findings,
               CheckOptions options) {
        this.spec = spec;
        this.operations = operations;
        this.values = new ValueGenerator(spec.openApi());
        this.http = http;
        this.findings = findings;
        this.judge = dev.contractgate.conformance.judge.ExchangeJudge.of(spec);
        this.responses = new ResponseChecks(judge, findings);
        this.options = options;
        this.contextValues = contextValues(operations, options);
    }

    private static Map<String, String> contextValues(SpecOperations operations, CheckOptions options) {
        Map<String, String> out = new LinkedHashMap<>();
        out.putAll(options.pathValues());
        for (String name : operations.sharedPathParameters()) {
            if (out.containsKey(name)) {
                continue;
            }
            out.put(name, operations.all().get(0).pathParameters().stream().filter(p -> p.getName().equals(name))
                    .map(RunContext::example).filter(v -> v != null).findFirst().orElse("cg-" + name));
        }
        return out;
    }

    private static String example(Parameter p) {
        if (p.getExample() != null) {
            return String.valueOf(p.getExample());
        }
        return p.getSchema() != null && p.getSchema().getExample() != null ? String.valueOf(p.getSchema().getExample()) : null;
    }

    /** Path parameters that are not context: they name a resource (agentTokenId). */
    List<Parameter> resourceParameters(SpecOperation op) {
        return op.pathParameters().stream().filter(p -> !contextValues.containsKey(p.getName())).toList();
    }

    /** The first GET that names no resource (a list): what needs only the run's context to call. */
    java.util.Optional<SpecOperation> plainRead() {
        return operations.all().stream()
                .filter(op -> "get".equals(op.method()) && resourceParameters(op).isEmpty())
                .findFirst();
    }

    /** Whether links yield every resource id {@code op} needs. */
    boolean linksProvide(SpecOperation op) {
        return resourceParameters(op).stream().allMatch(p -> provider(op, p.getName()).isPresent());
    }

    /**
     * Which operation's success response yields a value for {@code parameter} of {@code target}, by a link
     * (or an inferred one). Found once per operation and parameter, through an index of the links by the
     * operation they name, so a spec of thousands of operations is not searched once per question.
     */
    Optional<Provider> provider(SpecOperation target, String parameter) {
        return providers.computeIfAbsent(target.id() + "\u0000" + parameter, k -> findProvider(target, parameter));
    }

    private final java.util.Map<String, Optional<Provider>> providers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.Map<String, List<java.util.Map.Entry<SpecOperation, Link>>> linksByTarget;

    private Optional<Provider> findProvider(SpecOperation target, String parameter) {
        for (java.util.Map.Entry<SpecOperation, Link> found : linksTo(target.id())) {
            Optional<String> pointer = Optional.ofNullable(SpecOperation.linkParameters(found.getValue()).get(parameter))
                    .flatMap(LinkExpression::responseBodyPointer);
            if (pointer.isPresent()) {
                return Optional.of(new Provider(found.getKey(), found.getValue(), pointer.get(), false));
            }
        }
        return LinkInference.infer(operations, spec.openApi(), target, parameter);
    }

    /** The links of every operation's success response that name {@code operationId}, in document order. */
    private List<java.util.Map.Entry<SpecOperation, Link>> linksTo(String operationId) {
        java.util.Map<String, List<java.util.Map.Entry<SpecOperation, Link>>> index = linksByTarget;
        if (index == null) {
            index = new java.util.HashMap<>();
            for (SpecOperation source : operations.all()) {
                for (Link link : source.successLinks().values()) {
                    if (link.getOperationId() != null) {
                        index.computeIfAbsent(link.getOperationId(), k -> new java.util.ArrayList<>()).add(java.util.Map.entry(source, link));
                    }
                }
            }
            linksByTarget = index;
        }
        return index.getOrDefault(operationId, List.of());
    }

    /** Each inferred link, as the report names it: {@code RotateAgentToken.agentTokenId <- CreateAgentToken $response.body#/id}. */
    List<String> inferredLinks() {
        List<String> inferred = new java.util.ArrayList<>();
        for (SpecOperation op : operations.all()) {
            for (Parameter p : resourceParameters(op)) {
                provider(op, p.getName()).filter(Provider::inferred)
                        .ifPresent(found -> inferred.add(op.id() + "." + p.getName() + " <- " + found.describe()));
            }
        }
        return inferred;
    }

    /** Marks an operation as called with valid inputs (a positive case reached the server). */
    void exercised(SpecOperation op) {
        exercised.add(op.id());
    }

    boolean wasExercised(SpecOperation op) {
        return exercised.contains(op.id());
    }

    /** A request for {@code op} with the context values, {@code resourceValues}, and the run's token. */
    HttpCall call(SpecOperation op, Map<String, String> resourceValues) {
        return call(op, resourceValues, contextValues).withHeader("Authorization", "Bearer " + options.token());
    }

    /** A request without Authorization, for the given path values. */
    HttpCall call(SpecOperation op, Map<String, String> resourceValues, Map<String, String> context) {
        String path = op.path();
        for (Parameter p : op.pathParameters()) {
            String value = resourceValues.getOrDefault(p.getName(), context.get(p.getName()));
            if (value == null) {
                value = "cg-missing";
            }
            path = path.replace("{" + p.getName() + "}",
                    URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return HttpCall.of(op.method().toUpperCase(java.util.Locale.ROOT), path).withHeader("Accept", "application/json");
    }
}
