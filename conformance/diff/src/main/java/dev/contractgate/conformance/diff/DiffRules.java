package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rule catalogue of the spec diff: every key, its default severity and one line saying
 * when it fires. Breaking changes (for a consumer of the API) are errors, the others
 * warnings. {@code RULES.md} lists exactly these keys (a test compares them).
 */
public final class DiffRules {

    /** One rule: a stable key, its severity, and when it fires (for RULES.md and --help). */
    public record Rule(String key, Severity severity, String description) {
    }

    private static final List<Rule> CATALOGUE = new ArrayList<>();

    // fail-safe fallback
    public static final String UNCLASSIFIED = error("diff.unclassified",
            "a difference openapi-diff reports that no rule of ours classifies (its own description and both places are in the message)");

    // breaking: operations and parameters
    public static final String OPERATION_REMOVED = error("diff.operation.removed",
            "an operation (method + path) of the base is gone");
    public static final String OPERATION_ID_CHANGED = error("diff.operation.id-changed",
            "an operation's `operationId` changed: generated clients rename the method, code that calls it no longer compiles");
    public static final String PARAMETER_REMOVED = error("diff.parameter.removed",
            "a parameter of an operation is gone");
    public static final String PARAMETER_REQUIRED_ADDED = error("diff.parameter.required-added",
            "a new required parameter, or an optional one became required");
    public static final String PARAMETER_MOVED = error("diff.parameter.moved",
            "a parameter keeps its name but moved (`in` changed, e.g. query to header)");
    public static final String PARAMETER_RENAMED = error("diff.parameter.renamed",
            "a query, header or cookie parameter was replaced by one of another name in the same place");
    public static final String PARAMETER_STYLE_CHANGED = error("diff.parameter.style-changed",
            "a parameter's `style`, `explode` or `allowEmptyValue` changed: the same value is serialised differently");

    // breaking: requests
    public static final String REQUEST_BODY_REQUIRED_ADDED = error("diff.request.body-required-added",
            "a request body became required");
    public static final String REQUEST_FIELD_REQUIRED_ADDED = error("diff.request.field-required-added",
            "a new required request-body field, or an optional one became required");
    public static final String REQUEST_BOUNDS_NARROWED = error("diff.request.bounds-narrowed",
            "a request value's `maxLength`/`maximum`/`maxItems`/`maxProperties` lowered or added, `minLength`/`minimum`/`minItems`/`minProperties` raised or added, `exclusive*`, `pattern`, `multipleOf` or `uniqueItems` added or changed");
    public static final String REQUEST_ENUM_NARROWED = error("diff.request.enum-narrowed",
            "a request enum lost values, or a request value got an enum");
    public static final String REQUEST_TYPE_CHANGED = error("diff.request.type-changed",
            "a request field or parameter changed type");
    public static final String REQUEST_FORMAT_CHANGED = error("diff.request.format-changed",
            "a request field or parameter changed `format` (e.g. `date-time` to `date`, `int64` to `int32`)");
    public static final String REQUEST_NULLABLE_REMOVED = error("diff.request.nullable-removed",
            "a request value is no longer `nullable`: clients that send null are rejected");

    // breaking: responses
    public static final String RESPONSE_TYPE_CHANGED = error("diff.response.type-changed",
            "a response field changed type");
    public static final String RESPONSE_FORMAT_CHANGED = error("diff.response.format-changed",
            "a response field changed `format` (e.g. `date-time` to `date`, `int32` to `int64`): readers parse it differently");
    public static final String RESPONSE_FIELD_REMOVED = error("diff.response.field-removed",
            "a response field is gone");
    public static final String RESPONSE_FIELD_OPTIONAL = error("diff.response.field-no-longer-required",
            "a response field is no longer required: readers that rely on it may not get it");
    public static final String RESPONSE_NULLABLE_ADDED = error("diff.response.nullable-added",
            "a response field became `nullable`: readers may get null where they never did");
    public static final String RESPONSE_ENUM_WIDENED = error("diff.response.enum-widened",
            "a response enum gained values (or lost its enum): consumers may get values they do not know");
    public static final String RESPONSE_BOUNDS_WIDENED = error("diff.response.bounds-widened",
            "a response value may now be longer, larger or of a pattern readers do not expect (`maxLength`/`maximum`/`maxItems` raised or dropped, `minLength`/`minimum` lowered or dropped, `pattern` changed or dropped)");
    public static final String RESPONSE_STATUS_REMOVED = error("diff.response.status-removed",
            "a documented response status is gone");
    public static final String RESPONSE_SUCCESS_STATUS_CHANGED = error("diff.response.success-status-changed",
            "the success status changed (e.g. 200 to 201, 204 to 200): one 2xx removed and another added");
    public static final String RESPONSE_HEADER_REMOVED = error("diff.response.header-removed",
            "a documented response header is gone");
    public static final String RESPONSE_HEADER_CHANGED = error("diff.response.header-changed",
            "a documented response header is no longer required, or its `style`/`explode` changed");
    public static final String CONTENT_TYPE_CHANGED = error("diff.content-type.changed",
            "a request or response media type is no longer offered");

    // breaking: security
    public static final String SECURITY_REQUIREMENT_ADDED = error("diff.security.requirement-added",
            "an operation without security now requires credentials, or a requirement now needs another scheme as well");
    public static final String SECURITY_REQUIREMENT_REMOVED = error("diff.security.requirement-removed",
            "a way to authenticate is gone (a security requirement removed, or removed and replaced by another)");
    public static final String SECURITY_SCHEME_CHANGED = error("diff.security.scheme-changed",
            "a security scheme in use changed its `type`, `in`, `name`, `scheme`, `bearerFormat`, OpenID Connect URL or OAuth URLs");
    public static final String SECURITY_SCOPES_ADDED = error("diff.security.scopes-added",
            "a security requirement needs more scopes");

    // breaking: recorded consumers and the Java client
    public static final String CONSUMER_BROKEN = error("diff.consumer.broken",
            "with `--pacts`: a recorded pact interaction is not valid against the changed spec, or relies (by its body or its matching rules) on a response field whose change is breaking");
    /** the regenerated Java client breaks code compiled against the old one (japicmp: binary incompatible) */
    public static final String CLIENT_BINARY_INCOMPATIBLE = error("diff.client.binary-incompatible",
            "with `--client-jar`/`--new-client-jar`: a class or member of the old Java client is gone or changed so that compiled code breaks (japicmp)");
    /** code written against the old Java client no longer compiles (japicmp: source incompatible) */
    public static final String CLIENT_SOURCE_INCOMPATIBLE = error("diff.client.source-incompatible",
            "likewise, but only recompiling breaks");
    public static final String CLIENT_RUNTIME_INCOMPATIBLE = error(dev.contractgate.conformance.diff.client.ClientRuntimeCompat.RULE,
            "with `--client-jar`: the old client's model classes cannot read a response that is valid under the changed spec");

    // not breaking
    public static final String OPERATION_ADDED = warning("diff.operation.added",
            "a new operation");
    public static final String PARAMETER_OPTIONAL_ADDED = warning("diff.parameter.optional-added",
            "a new optional parameter");
    public static final String PARAMETER_NOW_OPTIONAL = warning("diff.parameter.now-optional",
            "a required parameter became optional");
    public static final String REQUEST_BODY_NOW_OPTIONAL = warning("diff.request.body-now-optional",
            "a required request body became optional");
    public static final String REQUEST_FIELD_OPTIONAL_ADDED = warning("diff.request.field-optional-added",
            "a new optional request-body field");
    public static final String REQUEST_FIELD_NOW_OPTIONAL = warning("diff.request.field-now-optional",
            "a required request field became optional");
    public static final String REQUEST_FIELD_REMOVED = warning("diff.request.field-removed",
            "a request field is no longer documented: servers should ignore it (a server that rejects unknown fields breaks senders)");
    public static final String REQUEST_BOUNDS_RELAXED = warning("diff.request.bounds-relaxed",
            "the opposite of `bounds-narrowed`");
    public static final String REQUEST_ENUM_WIDENED = warning("diff.request.enum-widened",
            "a request enum accepts more values, or lost its enum");
    public static final String REQUEST_NULLABLE_ADDED = warning("diff.request.nullable-added",
            "a request value became `nullable`");
    public static final String RESPONSE_FIELD_ADDED = warning("diff.response.field-added",
            "a new response field");
    public static final String RESPONSE_FIELD_NOW_REQUIRED = warning("diff.response.field-now-required",
            "an optional response field became required: readers always get it");
    public static final String RESPONSE_NULLABLE_REMOVED = warning("diff.response.nullable-removed",
            "a response field is no longer `nullable`");
    public static final String RESPONSE_ENUM_NARROWED = warning("diff.response.enum-narrowed",
            "a response enum lost values: readers get fewer of the values they know");
    public static final String RESPONSE_BOUNDS_NARROWED = warning("diff.response.bounds-narrowed",
            "the opposite of `diff.response.bounds-widened`");
    public static final String RESPONSE_STATUS_ADDED = warning("diff.response.status-added",
            "a new documented response status (a new error status, or a second success status beside the old one)");
    public static final String RESPONSE_HEADER_ADDED = warning("diff.response.header-added",
            "a new documented response header, or a header became required");
    public static final String CONTENT_TYPE_ADDED = warning("diff.content-type.added",
            "a request or response media type is offered in addition");
    public static final String SECURITY_ALTERNATIVE_ADDED = warning("diff.security.alternative-added",
            "a new way to authenticate beside the old ones");
    public static final String SECURITY_REMOVED = warning("diff.security.removed",
            "an operation no longer requires credentials");
    public static final String SECURITY_SCOPES_REMOVED = warning("diff.security.scopes-removed",
            "a security requirement needs fewer scopes");
    public static final String DEFAULT_CHANGED = warning("diff.schema.default-changed",
            "the `default` of a value changed: a server fills omitted values differently");
    public static final String DOCS_CHANGED = warning("diff.docs.changed",
            "documentation only: a description, summary, example, `deprecated` flag or the name of a path parameter (the URL on the wire is the same) changed");

    private DiffRules() {
    }

    /** Every rule, in the order declared. */
    public static List<Rule> catalogue() {
        return Collections.unmodifiableList(CATALOGUE);
    }

    public static Severity severity(String key) {
        return CATALOGUE.stream().filter(r -> r.key().equals(key)).findFirst()
                .map(Rule::severity)
                .orElseThrow(() -> new IllegalArgumentException("no diff rule " + key));
    }

    private static String error(String key, String description) {
        CATALOGUE.add(new Rule(key, Severity.ERROR, description));
        return key;
    }

    private static String warning(String key, String description) {
        CATALOGUE.add(new Rule(key, Severity.WARNING, description));
        return key;
    }
}
