package dev.contractgate.conformance.pacts;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;

/**
 * The stable rule keys of the pact check, and how the Atlassian validator's message keys
 * ({@code validation.request.body.schema.required}, ...) map onto them. The original key is
 * kept in each finding's message so nothing the validator said is lost.
 */
public final class PactRules {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue();

    public static final String FILE_UNREADABLE = CATALOGUE.error("pact.file.unreadable",
            "a file of the folder is not valid JSON or not a pact (V2, V3 or V4)");
    public static final String INTERACTION_NOT_HTTP = CATALOGUE.warning("pact.interaction.not-http",
            "a message interaction: the spec describes HTTP only, so it is not checked");

    public static final String REQUEST_UNDOCUMENTED_PATH = CATALOGUE.error("pact.request.undocumented-path",
            "the request's path is not a path of the spec");
    public static final String REQUEST_METHOD_NOT_ALLOWED = CATALOGUE.error("pact.request.method-not-allowed",
            "the path is documented, but not for this method");
    public static final String REQUEST_BODY_REQUIRED = CATALOGUE.error("pact.request.body.required",
            "the request body lacks a field its schema requires");
    public static final String REQUEST_BODY_SCHEMA = CATALOGUE.error("pact.request.body.schema",
            "the request body breaks its schema otherwise (type, enum, bounds, format, malformed JSON)");
    public static final String REQUEST_BODY_MISSING = CATALOGUE.error("pact.request.body.missing",
            "the operation requires a body and the request has none");
    public static final String REQUEST_BODY_UNEXPECTED = CATALOGUE.error("pact.request.body.unexpected",
            "the request has a body where the operation documents none");
    public static final String REQUEST_CONTENT_TYPE = CATALOGUE.error("pact.request.content-type",
            "the request's Content-Type is not one the operation accepts");
    public static final String REQUEST_ACCEPT = CATALOGUE.error("pact.request.accept",
            "the request's Accept header allows no media type the operation answers with");
    public static final String REQUEST_QUERY = CATALOGUE.error("pact.request.query",
            "a query parameter missing, unknown or invalid");
    public static final String REQUEST_HEADER = CATALOGUE.error("pact.request.header",
            "a documented request header missing or invalid");
    public static final String REQUEST_PATH_PARAMETER = CATALOGUE.error("pact.request.path-parameter",
            "a path parameter's value breaks its schema");
    public static final String REQUEST_SECURITY = CATALOGUE.error("pact.request.security",
            "the request lacks the credentials the operation's security requires");
    public static final String REQUEST_OTHER = CATALOGUE.error("pact.request.other",
            "any other request message of the validator (its key is in the message)");

    public static final String RESPONSE_STATUS_UNDOCUMENTED = CATALOGUE.error("pact.response.status.undocumented",
            "the recorded status is not documented for the operation");
    public static final String RESPONSE_BODY_REQUIRED = CATALOGUE.error("pact.response.body.required",
            "the recorded response body lacks a field its schema requires");
    public static final String RESPONSE_BODY_SCHEMA = CATALOGUE.error("pact.response.body.schema",
            "the recorded response body breaks its schema otherwise");
    public static final String RESPONSE_BODY_MISSING = CATALOGUE.error("pact.response.body.missing",
            "the status documents a body and the recorded response has none");
    public static final String RESPONSE_BODY_UNEXPECTED = CATALOGUE.error("pact.response.body.unexpected",
            "the recorded response has a body where the status documents none");
    public static final String RESPONSE_CONTENT_TYPE = CATALOGUE.error("pact.response.content-type",
            "the recorded Content-Type is not one the status documents");
    public static final String RESPONSE_HEADER = CATALOGUE.error("pact.response.header",
            "a documented response header missing or invalid");
    public static final String RESPONSE_OTHER = CATALOGUE.error("pact.response.other",
            "any other response message of the validator (its key is in the message)");

    public static final String PROVIDER_RESPONSE_MISMATCH = CATALOGUE.error("pact.provider.response-mismatch",
            "the server's answer does not match the recorded response (each Pact mismatch in the message)");
    public static final String PROVIDER_REQUEST_FAILED = CATALOGUE.error("pact.provider.request-failed",
            "the replayed request got no whole answer: refused, timed out, or a body over 8 MiB");
    public static final String PROVIDER_STATE_FAILED = CATALOGUE.error("pact.provider.state-failed",
            "the state-change URL did not set up the interaction's provider state (not 2xx, or no answer)");
    public static final String PROVIDER_STATE_UNAVAILABLE = CATALOGUE.error("pact.provider.state-unavailable",
            "the interaction needs a provider state and no state-change URL was given: it was not verified (never a pass), and the matrix does not count it");
    public static final String PROVIDER_CREDENTIAL_UNAVAILABLE = CATALOGUE.error("pact.provider.credential-unavailable",
            "the interaction was recorded with a credential that has no counterpart for this server (the bundled mock's restricted token, and no `--forbidden-token`): it was not verified (never a pass), and the matrix does not count it");

    private PactRules() {
    }

    /** Every rule, in the order declared: key, default severity, when it fires. */
    public static List<Rule> catalogue() {
        return CATALOGUE.rules();
    }

    /**
     * The pact check's key for what the judge found in a recorded answer: the schema's findings under
     * {@code pact.response.*} (by the validator's own message key where it gave one), the rest (invariants,
     * secrets) under the judge's own keys, the same as in a live check.
     */
    static String forJudged(dev.contractgate.conformance.judge.Violation violation) {
        String rule = violation.rule();
        if (violation.validatorKey() != null && violation.validatorKey().startsWith("validation.response.")) {
            return responseRule(violation.validatorKey().substring("validation.response.".length()));
        }
        if (rule.equals(dev.contractgate.conformance.judge.JudgeRules.STATUS_UNDOCUMENTED)) {
            return RESPONSE_STATUS_UNDOCUMENTED;
        }
        if (rule.equals(dev.contractgate.conformance.judge.JudgeRules.CONTENT_TYPE)) {
            return violation.validatorKey() != null && violation.validatorKey().endsWith("body.unexpected")
                    ? RESPONSE_BODY_UNEXPECTED : RESPONSE_CONTENT_TYPE;
        }
        if (rule.equals(dev.contractgate.conformance.judge.JudgeRules.BODY_SCHEMA)) {
            return RESPONSE_BODY_SCHEMA;
        }
        if (rule.equals(dev.contractgate.conformance.judge.JudgeRules.HEADER)) {
            return RESPONSE_HEADER;
        }
        return rule;
    }

    /** Our rule key for one validator message. */
    static String ruleFor(ValidationReport.Message message) {
        String key = message.getKey();
        if (key.startsWith("validation.response.")) {
            return responseRule(key.substring("validation.response.".length()));
        }
        if (key.startsWith("validation.request.")) {
            return requestRule(key.substring("validation.request.".length()), parameterIn(message));
        }
        // validation.schema.* (invalid JSON and the like) concern a body
        return isResponse(message) ? RESPONSE_BODY_SCHEMA : REQUEST_BODY_SCHEMA;
    }

    private static String responseRule(String key) {
        if (key.equals("status.unknown")) {
            return RESPONSE_STATUS_UNDOCUMENTED;
        }
        if (key.equals("body.schema.required")) {
            return RESPONSE_BODY_REQUIRED;
        }
        if (key.startsWith("body.schema")) {
            return RESPONSE_BODY_SCHEMA;
        }
        if (key.equals("body.missing")) {
            return RESPONSE_BODY_MISSING;
        }
        if (key.equals("body.unexpected")) {
            return RESPONSE_BODY_UNEXPECTED;
        }
        if (key.startsWith("contentType")) {
            return RESPONSE_CONTENT_TYPE;
        }
        if (key.startsWith("header")) {
            return RESPONSE_HEADER;
        }
        return RESPONSE_OTHER;
    }

    private static String requestRule(String key, String parameterIn) {
        if (key.equals("path.missing")) {
            return REQUEST_UNDOCUMENTED_PATH;
        }
        if (key.equals("operation.notAllowed")) {
            return REQUEST_METHOD_NOT_ALLOWED;
        }
        if (key.equals("body.schema.required")) {
            return REQUEST_BODY_REQUIRED;
        }
        if (key.startsWith("body.schema")) {
            return REQUEST_BODY_SCHEMA;
        }
        if (key.equals("body.missing")) {
            return REQUEST_BODY_MISSING;
        }
        if (key.equals("body.unexpected")) {
            return REQUEST_BODY_UNEXPECTED;
        }
        if (key.startsWith("contentType")) {
            return REQUEST_CONTENT_TYPE;
        }
        if (key.startsWith("accept")) {
            return REQUEST_ACCEPT;
        }
        if (key.startsWith("security")) {
            return REQUEST_SECURITY;
        }
        if (key.startsWith("parameter.query")) {
            return REQUEST_QUERY;
        }
        if (key.startsWith("parameter.header")) {
            return REQUEST_HEADER;
        }
        if (key.startsWith("parameter")) {
            if ("query".equals(parameterIn)) {
                return REQUEST_QUERY;
            }
            if ("header".equals(parameterIn)) {
                return REQUEST_HEADER;
            }
            return REQUEST_PATH_PARAMETER;
        }
        return REQUEST_OTHER;
    }

    private static String parameterIn(ValidationReport.Message message) {
        return message.getContext()
                .flatMap(ValidationReport.MessageContext::getParameter)
                .map(Parameter::getIn)
                .orElse(null);
    }

    static boolean isResponse(ValidationReport.Message message) {
        return message.getKey().startsWith("validation.response.")
                || message.getContext()
                        .flatMap(ValidationReport.MessageContext::getLocation)
                        .map(l -> l == ValidationReport.MessageContext.Location.RESPONSE)
                        .orElse(false);
    }
}
