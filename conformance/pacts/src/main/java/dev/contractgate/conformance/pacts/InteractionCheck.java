package dev.contractgate.conformance.pacts;

import dev.contractgate.conformance.core.Text;

import dev.contractgate.conformance.core.spec.SpecOperation;

import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.pact.PactRequest;
import com.atlassian.oai.validator.pact.PactResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecLines;
import dev.contractgate.conformance.core.SpecSource;
import au.com.dius.pact.core.model.OptionalBody;
import dev.contractgate.conformance.judge.ExchangeJudge;
import dev.contractgate.conformance.judge.JudgeRules;
import dev.contractgate.conformance.judge.JudgedExchange;
import dev.contractgate.conformance.judge.RunFacts;
import dev.contractgate.conformance.judge.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one HTTP interaction of a pact against the spec: its request with the Atlassian validator
 * (through the Pact adapter's {@link PactRequest#of}), its recorded answer with the one
 * {@link ExchangeJudge} every engine uses (schema, invariants, order, secrets: a recorded answer gets
 * every check a live one gets), each under our rule keys.
 */
final class InteractionCheck {

    private final SpecSource spec;
    private final OpenApiInteractionValidator validator;
    private final ApiOperationResolver resolver;
    private final ExchangeJudge judge;
    private int expectedFaults;

    InteractionCheck(SpecSource spec) {
        this.spec = spec;
        // The validator parses the text itself: it needs every $ref resolved its own way
        // (SpecSource keeps component refs such as '#/components/responses/NotFound').
        // without patterns: the validator's regular expressions have no time bound (the judge matches patterns)
        try {
            this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                    dev.contractgate.conformance.core.PatternFreeSpec.text(spec)).build();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw dev.contractgate.conformance.core.ParserMessages.refusal(spec, e.getParseMessages());
        }
        this.resolver = new ApiOperationResolver(spec.openApi(), null, false);
        this.judge = ExchangeJudge.of(spec);
    }

    /** The one judge this check holds the recorded answers to (provider verification holds live answers to it too). */
    ExchangeJudge judge() {
        return judge;
    }

    /** How many request faults were accepted as deliberate (400/401 interactions) so far. */
    int expectedFaults() {
        return expectedFaults;
    }

    /** The spec's operation a recorded request calls, or null for a path or method the spec does not have. */
    SpecOperation operationOf(IRequest request) {
        return httpMethod(request) ? operationOf(PactRequest.of(request)) : null;
    }

    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "TRACE");

    /** A recorded method is one of HTTP's (a pact file may say anything, {@code GET X} included). */
    static boolean httpMethod(IRequest request) {
        return request.getMethod() != null && METHODS.contains(request.getMethod().toUpperCase(java.util.Locale.ROOT));
    }

    private SpecOperation operationOf(Request request) {
        ApiOperationMatch match = resolver.findApiOperation(request.getPath(), request.getMethod());
        return match.isPathFound() && match.isOperationAllowed()
                ? spec.operations().of(match.getApiOperation().getOperation()).orElse(null) : null;
    }

    CheckRecord check(String pactFile, SynchronousRequestResponse interaction) {
        long started = System.nanoTime();
        IRequest request = interaction.getRequest();
        IResponse response = interaction.getResponse();
        if (!httpMethod(request)) {
            return new CheckRecord(pactFile, interaction.getDescription(), List.of(new Finding(PactRules.REQUEST_METHOD_NOT_ALLOWED,
                    Severity.ERROR, null, spec.locate("/paths"), prefix(pactFile, interaction) + "the recorded method '"
                    + dev.contractgate.conformance.core.Text.oneLine(request.getMethod(), 40) + "' is not an HTTP method",
                    InteractionEvidence.of(request, response))), Duration.ofNanos(System.nanoTime() - started));
        }
        Request validatorRequest = PactRequest.of(request);
        SpecOperation operation = operationOf(validatorRequest);
        boolean statusDocumented = operation != null && operation.documents(response.getStatus());

        ValidationReport report = operation == null ? validator.validate(validatorRequest, PactResponse.of(response))
                : validator.validateRequest(validatorRequest);
        Evidence evidence = InteractionEvidence.of(request, response);
        List<Finding> findings = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            Severity severity = severityOf(message.getLevel());
            if (severity == null) {
                continue;
            }
            String rule = PactRules.ruleFor(message);
            if (ExpectedFaults.isExpected(rule, response.getStatus(), statusDocumented)) {
                expectedFaults++;
                continue;
            }
            findings.add(new Finding(rule, severity, operation == null ? null : operation.id(),
                    spec.locate(pointerFor(rule, operation, response.getStatus())),
                    messageFor(pactFile, interaction, message), evidence));
        }
        if (operation != null) {
            // a request that drifted from the spec is the root cause: what its answer breaks beside the schema follows from it
            boolean requestDrifted = !findings.isEmpty();
            for (Violation v : judge.judge(operation, recorded(request, response), RunFacts.none())) {
                if (requestDrifted && v.rule().equals(JudgeRules.INVARIANT_VIOLATED)) {
                    continue;
                }
                findings.add(new Finding(PactRules.forJudged(v), Severity.ERROR, operation.id(), spec.locate(v.pointer()),
                        prefix(pactFile, interaction) + v.message(), evidence));
            }
        }
        return new CheckRecord(pactFile, interaction.getDescription(), findings,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static Severity severityOf(ValidationReport.Level level) {
        return switch (level) {
            case ERROR -> Severity.ERROR;
            case WARN -> Severity.WARNING;
            default -> null;
        };
    }

    /** Where in the spec the finding points: the response, request body, parameters or security it broke. */
    private static String pointerFor(String rule, SpecOperation operation, int status) {
        if (operation == null) {
            return "/paths";
        }
        if (rule.equals(PactRules.RESPONSE_STATUS_UNDOCUMENTED)) {
            return operation.pointer() + "/responses";
        }
        if (rule.startsWith("pact.response.")) {
            return operation.documents(status) ? operation.responsePointer(status) : operation.pointer() + "/responses";
        }
        if (rule.startsWith("pact.request.body")) {
            return operation.pointer() + "/requestBody";
        }
        if (rule.equals(PactRules.REQUEST_SECURITY)) {
            return operation.pointer() + "/security";
        }
        if (rule.equals(PactRules.REQUEST_QUERY) || rule.equals(PactRules.REQUEST_HEADER)) {
            return operation.pointer() + "/parameters";
        }
        if (rule.equals(PactRules.REQUEST_PATH_PARAMETER)) {
            return "/paths/" + SpecLines.escape(operation.path()) + "/parameters";
        }
        return operation.pointer();
    }

    /** A recorded interaction as the judge sees it: what it leaves out says nothing about the provider. */
    static JudgedExchange recorded(IRequest request, IResponse response) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        request.getQuery().forEach((name, values) -> values.forEach(v -> query.add(Map.entry(name, v == null ? "" : v))));
        return new JudgedExchange(request.getMethod(), request.getPath(), query, request.getHeaders(),
                text(request.getBody()), response.getStatus(), response.getHeaders(), text(response.getBody()),
                Instant.now(), true);
    }

    private static String text(OptionalBody body) {
        return body == null || !body.isPresent() ? null : body.valueAsString();
    }

    private static String prefix(String pactFile, SynchronousRequestResponse interaction) {
        return pactFile + ": interaction '" + interaction.getDescription() + "' ("
                + InteractionEvidence.requestLine(interaction.getRequest()) + " -> "
                + interaction.getResponse().getStatus() + "): ";
    }

    private static String messageFor(String pactFile, SynchronousRequestResponse interaction,
                                     ValidationReport.Message message) {
        String where = message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .filter(p -> !p.isEmpty() && !p.equals("/"))
                .map(p -> " at " + Text.jsonPath(p))
                .orElse("");
        return prefix(pactFile, interaction) + Text.oneLine(message.getMessage()) + where + " [" + message.getKey() + "]";
    }
}
