package dev.contractgate.conformance.pacts;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * The stable rule keys of the pact check, and how the Atlassian validator's message keys
 * ({@code validation.request.body.schema.required}, ...) map onto them. The original key is
 * kept in each finding's message so nothing the validator said is lost.
 */
public final class PactRules {

    /** A pact file that is not valid JSON or not a pact. */
    public static final String FILE_UNREADABLE = "pact.file.unreadable";
    /** A message interaction: the spec describes HTTP only, so it is not checked. */
    public static final String INTERACTION_NOT_HTTP = "pact.interaction.not-http";

    public static final String REQUEST_UNDOCUMENTED_PATH = "pact.request.undocumented-path";
    public static final String REQUEST_METHOD_NOT_ALLOWED = "pact.request.method-not-allowed";
    public static final String REQUEST_BODY_REQUIRED = "pact.request.body.required";
    public static final String REQUEST_BODY_SCHEMA = "pact.request.body.schema";
    public static final String REQUEST_BODY_MISSING = "pact.request.body.missing";
    public static final String REQUEST_BODY_UNEXPECTED = "pact.request.body.unexpected";
    public static final String REQUEST_CONTENT_TYPE = "pact.request.content-type";
    public static final String REQUEST_ACCEPT = "pact.request.accept";
    public static final String REQUEST_QUERY = "pact.request.query";
    public static final String REQUEST_HEADER = "pact.request.header";
    public static final String REQUEST_PATH_PARAMETER = "pact.request.path-parameter";
    public static final String REQUEST_SECURITY = "pact.request.security";
    public static final String REQUEST_OTHER = "pact.request.other";

    public static final String RESPONSE_STATUS_UNDOCUMENTED = "pact.response.status.undocumented";
    public static final String RESPONSE_BODY_REQUIRED = "pact.response.body.required";
    public static final String RESPONSE_BODY_SCHEMA = "pact.response.body.schema";
    public static final String RESPONSE_BODY_MISSING = "pact.response.body.missing";
    public static final String RESPONSE_BODY_UNEXPECTED = "pact.response.body.unexpected";
    public static final String RESPONSE_CONTENT_TYPE = "pact.response.content-type";
    public static final String RESPONSE_HEADER = "pact.response.header";
    public static final String RESPONSE_OTHER = "pact.response.other";

    /** Provider verification: the provider's answer to a replayed interaction does not match the recorded one. */
    public static final String PROVIDER_RESPONSE_MISMATCH = "pact.provider.response-mismatch";
    /** Provider verification: the replayed request got no whole answer (timeout, refused, too large). */
    public static final String PROVIDER_REQUEST_FAILED = "pact.provider.request-failed";
    /** Provider verification: the state-change URL refused or failed to set up an interaction's provider state. */
    public static final String PROVIDER_STATE_FAILED = "pact.provider.state-failed";
    /** Provider verification: an interaction needs a provider state and no state-change URL was given: not verified, so an error. */
    public static final String PROVIDER_STATE_UNAVAILABLE = "pact.provider.state-unavailable";
    /**
     * Provider verification: an interaction was recorded with a credential that has no counterpart for
     * this provider (e.g. the bundled mock's restricted token, and no --forbidden-token): not verified, so an error.
     */
    public static final String PROVIDER_CREDENTIAL_UNAVAILABLE = "pact.provider.credential-unavailable";

    private PactRules() {
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
