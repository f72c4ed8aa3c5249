package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import dev.contractgate.conformance.core.Severity;
import java.util.List;

/**
 * The rule catalogue of the spec diff: every key, its default severity and one line saying
 * when it fires. Breaking changes (for a consumer of the API) are errors, the others
 * warnings. {@code RULES.md} lists exactly these keys (a test compares them).
 */
public final class DiffRules {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue();

    // fail-safe fallback
    public static final String UNCLASSIFIED = CATALOGUE.error("diff.unclassified",
            "a difference that no rule of ours classifies: one openapi-diff reports (its own description and both places are in the message), or any other node of the two documents that differs (its JSON pointer and both values)");

    // breaking: operations and parameters
    public static final String OPERATION_REMOVED = CATALOGUE.error("diff.operation.removed",
            "an operation (method + path) of the base is gone");
    public static final String OPERATION_ID_CHANGED = CATALOGUE.error("diff.operation.id-changed",
            "an operation's `operationId` changed: generated clients rename the method, code that calls it no longer compiles");
    public static final String PARAMETER_REMOVED = CATALOGUE.error("diff.parameter.removed",
            "a parameter of an operation is gone");
    public static final String PARAMETER_REQUIRED_ADDED = CATALOGUE.error("diff.parameter.required-added",
            "a new required parameter, or an optional one became required");
    public static final String PARAMETER_MOVED = CATALOGUE.error("diff.parameter.moved",
            "a parameter keeps its name but moved (`in` changed, e.g. query to header)");
    public static final String PARAMETER_RENAMED = CATALOGUE.error("diff.parameter.renamed",
            "a query, header or cookie parameter was replaced by one of another name in the same place");
    public static final String PARAMETER_STYLE_CHANGED = CATALOGUE.error("diff.parameter.style-changed",
            "a parameter's `style`, `explode` or `allowEmptyValue` changed: the same value is serialised differently");

    // breaking: requests
    public static final String REQUEST_BODY_REQUIRED_ADDED = CATALOGUE.error("diff.request.body-required-added",
            "a request body became required");
    public static final String REQUEST_FIELD_REQUIRED_ADDED = CATALOGUE.error("diff.request.field-required-added",
            "a new required request-body field, or an optional one became required");
    public static final String REQUEST_BOUNDS_NARROWED = CATALOGUE.error("diff.request.bounds-narrowed",
            "a request value's `maxLength`/`maximum`/`maxItems`/`maxProperties` lowered or added, `minLength`/`minimum`/`minItems`/`minProperties` raised or added, `exclusive*`, `pattern`, `multipleOf` or `uniqueItems` added or changed");
    public static final String REQUEST_ENUM_NARROWED = CATALOGUE.error("diff.request.enum-narrowed",
            "a request enum lost values, or a request value got an enum");
    public static final String REQUEST_TYPE_CHANGED = CATALOGUE.error("diff.request.type-changed",
            "a request field or parameter changed type");
    public static final String REQUEST_FORMAT_CHANGED = CATALOGUE.error("diff.request.format-changed",
            "a request field or parameter changed `format` (e.g. `date-time` to `date`, `int64` to `int32`)");
    public static final String REQUEST_NULLABLE_REMOVED = CATALOGUE.error("diff.request.nullable-removed",
            "a request value is no longer `nullable`: clients that send null are rejected");

    // breaking: responses
    public static final String RESPONSE_TYPE_CHANGED = CATALOGUE.error("diff.response.type-changed",
            "a response field changed type");
    public static final String RESPONSE_FORMAT_CHANGED = CATALOGUE.error("diff.response.format-changed",
            "a response field changed `format` (e.g. `date-time` to `date`, `int32` to `int64`): readers parse it differently");
    public static final String RESPONSE_FIELD_REMOVED = CATALOGUE.error("diff.response.field-removed",
            "a response field is gone");
    public static final String RESPONSE_FIELD_OPTIONAL = CATALOGUE.error("diff.response.field-no-longer-required",
            "a response field is no longer required: readers that rely on it may not get it");
    public static final String RESPONSE_NULLABLE_ADDED = CATALOGUE.error("diff.response.nullable-added",
            "a response field became `nullable`: readers may get null where they never did");
    public static final String RESPONSE_ENUM_WIDENED = CATALOGUE.error("diff.response.enum-widened",
            "a response enum gained values (or lost its enum): consumers may get values they do not know");
    public static final String RESPONSE_BOUNDS_WIDENED = CATALOGUE.error("diff.response.bounds-widened",
            "a response value may now be longer, larger or of a pattern readers do not expect (`maxLength`/`maximum`/`maxItems` raised or dropped, `minLength`/`minimum` lowered or dropped, `pattern` changed or dropped)");
    public static final String RESPONSE_STATUS_REMOVED = CATALOGUE.error("diff.response.status-removed",
            "a documented response status is gone");
    public static final String RESPONSE_SUCCESS_STATUS_CHANGED = CATALOGUE.error("diff.response.success-status-changed",
            "the success status changed (e.g. 200 to 201, 204 to 200): one 2xx removed and another added");
    public static final String RESPONSE_HEADER_REMOVED = CATALOGUE.error("diff.response.header-removed",
            "a documented response header is gone");
    public static final String RESPONSE_HEADER_CHANGED = CATALOGUE.error("diff.response.header-changed",
            "a documented response header is no longer required, or its `style`/`explode` changed");
    public static final String CONTENT_TYPE_CHANGED = CATALOGUE.error("diff.content-type.changed",
            "a request or response media type is no longer offered");

    // breaking: security
    public static final String SECURITY_REQUIREMENT_ADDED = CATALOGUE.error("diff.security.requirement-added",
            "an operation without security now requires credentials, or a requirement now needs another scheme as well");
    public static final String SECURITY_REQUIREMENT_REMOVED = CATALOGUE.error("diff.security.requirement-removed",
            "a way to authenticate is gone (a security requirement removed, or removed and replaced by another)");
    public static final String SECURITY_SCHEME_CHANGED = CATALOGUE.error("diff.security.scheme-changed",
            "a security scheme in use changed its `type`, `in`, `name`, `scheme`, `bearerFormat`, OpenID Connect URL or OAuth URLs");
    public static final String SECURITY_SCOPES_ADDED = CATALOGUE.error("diff.security.scopes-added",
            "a security requirement needs more scopes");

    // breaking: what openapi-diff does not model (the structural diff of both documents)
    public static final String PARAMETER_ORDER_CHANGED = CATALOGUE.error("diff.parameter.order-changed",
            "an operation's parameters changed order: generated client methods take them in that order, so two of one type swap their meaning and still compile");
    public static final String SERVER_CHANGED = CATALOGUE.error("diff.server.changed",
            "a server URL (or a variable's default or values) changed or a server is gone: clients built from the spec call another base URL");
    public static final String OPERATION_TAG_REMOVED = CATALOGUE.error("diff.operation.tag-removed",
            "an operation lost a tag: generated clients group operations into API classes by tag, so the method leaves its class");
    public static final String LINK_CHANGED = CATALOGUE.error("diff.link.changed",
            "a response link is gone or names another operation, parameter or body: clients (and the checker's model) that follow it break");
    public static final String DISCRIMINATOR_CHANGED = CATALOGUE.error("diff.schema.discriminator-changed",
            "a schema's `discriminator` (property name or mapping) changed: readers pick another type for the same body");
    public static final String REQUEST_READ_ONLY_ADDED = CATALOGUE.error("diff.request.read-only-added",
            "a value clients send became `readOnly`: servers may refuse or drop it");
    public static final String RESPONSE_WRITE_ONLY_ADDED = CATALOGUE.error("diff.response.write-only-added",
            "a value readers get became `writeOnly`: responses no longer carry it");
    public static final String REQUEST_ADDITIONAL_PROPERTIES_NARROWED = CATALOGUE.error("diff.request.additional-properties-narrowed",
            "a request object accepts fewer extra properties (`additionalProperties` became `false` or a schema): clients that send others are refused");
    public static final String RESPONSE_ADDITIONAL_PROPERTIES_WIDENED = CATALOGUE.error("diff.response.additional-properties-widened",
            "a response object may carry more extra properties (`additionalProperties` no longer `false`, or its schema changed): strict readers break");
    public static final String RESOURCE_LIMIT_NARROWED = CATALOGUE.error("diff.resource-limit.narrowed",
            "`x-resource-limit` lowered, added, or its `per`/`status` changed: a create that succeeded is refused");
    public static final String INVARIANT_REMOVED = CATALOGUE.error("diff.invariant.removed",
            "an `x-invariants` rule is gone: a fact consumers rely on is no longer promised");
    public static final String INVARIANT_CHANGED = CATALOGUE.error("diff.invariant.changed",
            "an `x-invariants` rule's expression changed (and is not the old one with a condition added by `&&`): the promise may be weaker");
    public static final String ORDER_CHANGED = CATALOGUE.error("diff.order.changed",
            "`x-order` removed, or its default order, tiebreak, sort parameter, items or a sortable field changed: lists come in another order");
    public static final String UNIQUE_REMOVED = CATALOGUE.error("diff.unique.removed",
            "an `x-unique` entry is gone or names another value: values consumers took as unique may repeat");
    public static final String SECRET_CHANGED = CATALOGUE.error("diff.secret.changed",
            "`x-secret` or `x-returns-secrets` changed: a value became or stopped being secret, or a response stopped returning secrets");

    // breaking: recorded consumers and the Java client
    public static final String CONSUMER_BROKEN = CATALOGUE.error("diff.consumer.broken",
            "with `--pacts`: a recorded pact interaction is not valid against the changed spec, or relies (by its body or its matching rules) on a response field whose change is breaking");
    /** the regenerated Java client breaks code compiled against the old one (japicmp: binary incompatible) */
    public static final String CLIENT_BINARY_INCOMPATIBLE = CATALOGUE.error("diff.client.binary-incompatible",
            "with `--client-jar`/`--new-client-jar`: a class or member of the old Java client is gone or changed so that compiled code breaks (japicmp)");
    /** code written against the old Java client no longer compiles (japicmp: source incompatible) */
    public static final String CLIENT_SOURCE_INCOMPATIBLE = CATALOGUE.error("diff.client.source-incompatible",
            "likewise, but only recompiling breaks");
    public static final String CLIENT_PARAMETERS_REORDERED = CATALOGUE.error("diff.client.parameters-reordered",
            "with `--client-jar`: a public method of the Java client keeps its signature but its parameters changed places (names read from the class files): calls still compile and pass each value where another was meant");
    public static final String CLIENT_RUNTIME_INCOMPATIBLE = CATALOGUE.error("diff.client.runtime-incompatible",
            "with `--client-jar`: the old client's model classes cannot read a response that is valid under the changed spec");

    // not breaking
    public static final String OPERATION_ADDED = CATALOGUE.warning("diff.operation.added",
            "a new operation");
    public static final String PARAMETER_OPTIONAL_ADDED = CATALOGUE.warning("diff.parameter.optional-added",
            "a new optional parameter");
    public static final String PARAMETER_NOW_OPTIONAL = CATALOGUE.warning("diff.parameter.now-optional",
            "a required parameter became optional");
    public static final String REQUEST_BODY_NOW_OPTIONAL = CATALOGUE.warning("diff.request.body-now-optional",
            "a required request body became optional");
    public static final String REQUEST_FIELD_OPTIONAL_ADDED = CATALOGUE.warning("diff.request.field-optional-added",
            "a new optional request-body field");
    public static final String REQUEST_FIELD_NOW_OPTIONAL = CATALOGUE.warning("diff.request.field-now-optional",
            "a required request field became optional");
    public static final String REQUEST_FIELD_REMOVED = CATALOGUE.warning("diff.request.field-removed",
            "a request field is no longer documented: servers should ignore it (a server that rejects unknown fields breaks senders)");
    public static final String REQUEST_BOUNDS_RELAXED = CATALOGUE.warning("diff.request.bounds-relaxed",
            "the opposite of `bounds-narrowed`");
    public static final String REQUEST_ENUM_WIDENED = CATALOGUE.warning("diff.request.enum-widened",
            "a request enum accepts more values, or lost its enum");
    public static final String REQUEST_NULLABLE_ADDED = CATALOGUE.warning("diff.request.nullable-added",
            "a request value became `nullable`");
    public static final String RESPONSE_FIELD_ADDED = CATALOGUE.warning("diff.response.field-added",
            "a new response field");
    public static final String RESPONSE_FIELD_NOW_REQUIRED = CATALOGUE.warning("diff.response.field-now-required",
            "an optional response field became required: readers always get it");
    public static final String RESPONSE_NULLABLE_REMOVED = CATALOGUE.warning("diff.response.nullable-removed",
            "a response field is no longer `nullable`");
    public static final String RESPONSE_ENUM_NARROWED = CATALOGUE.warning("diff.response.enum-narrowed",
            "a response enum lost values: readers get fewer of the values they know");
    public static final String RESPONSE_BOUNDS_NARROWED = CATALOGUE.warning("diff.response.bounds-narrowed",
            "the opposite of `diff.response.bounds-widened`");
    public static final String RESPONSE_STATUS_ADDED = CATALOGUE.warning("diff.response.status-added",
            "a new documented response status (a new error status, or a second success status beside the old one)");
    public static final String RESPONSE_HEADER_ADDED = CATALOGUE.warning("diff.response.header-added",
            "a new documented response header, or a header became required");
    public static final String CONTENT_TYPE_ADDED = CATALOGUE.warning("diff.content-type.added",
            "a request or response media type is offered in addition");
    public static final String SECURITY_ALTERNATIVE_ADDED = CATALOGUE.warning("diff.security.alternative-added",
            "a new way to authenticate beside the old ones");
    public static final String SECURITY_REMOVED = CATALOGUE.warning("diff.security.removed",
            "an operation no longer requires credentials");
    public static final String SECURITY_SCOPES_REMOVED = CATALOGUE.warning("diff.security.scopes-removed",
            "a security requirement needs fewer scopes");
    public static final String DEFAULT_CHANGED = CATALOGUE.warning("diff.schema.default-changed",
            "the `default` of a value changed: a server fills omitted values differently");
    public static final String DOCS_CHANGED = CATALOGUE.warning("diff.docs.changed",
            "documentation only: a description, summary, example, `deprecated` flag or the name of a path parameter (the URL on the wire is the same) changed");

    // not breaking: the structural diff
    public static final String SERVER_ADDED = CATALOGUE.warning("diff.server.added",
            "a server offered in addition, after the one clients use by default");
    public static final String OPERATION_TAG_ADDED = CATALOGUE.warning("diff.operation.tag-added",
            "an operation got another tag, or its tags were reordered: the method also appears in another API class");
    public static final String LINK_ADDED = CATALOGUE.warning("diff.link.added",
            "a new response link");
    public static final String ACCESS_CHANGED = CATALOGUE.warning("diff.schema.access-changed",
            "`readOnly`/`writeOnly` changed where no client sends (or reads) the value, or was removed");
    public static final String REQUEST_ADDITIONAL_PROPERTIES_RELAXED = CATALOGUE.warning("diff.request.additional-properties-relaxed",
            "the opposite of `diff.request.additional-properties-narrowed`");
    public static final String RESPONSE_ADDITIONAL_PROPERTIES_NARROWED = CATALOGUE.warning("diff.response.additional-properties-narrowed",
            "the opposite of `diff.response.additional-properties-widened`");
    public static final String RESOURCE_LIMIT_RELAXED = CATALOGUE.warning("diff.resource-limit.relaxed",
            "`x-resource-limit` raised or removed: more creates succeed");
    public static final String INVARIANT_ADDED = CATALOGUE.warning("diff.invariant.added",
            "a new `x-invariants` rule: one more fact promised");
    public static final String INVARIANT_STRENGTHENED = CATALOGUE.warning("diff.invariant.strengthened",
            "an `x-invariants` rule kept its old expression and added a condition with `&&`: the promise is stronger");
    public static final String ORDER_ADDED = CATALOGUE.warning("diff.order.added",
            "`x-order` added, or a sortable field added to it");
    public static final String UNIQUE_ADDED = CATALOGUE.warning("diff.unique.added",
            "a new `x-unique` entry: one more value promised unique");
    public static final String DEPRECATED = CATALOGUE.warning("diff.deprecated",
            "an operation, parameter or schema became deprecated (with its sunset date, from `x-sunset`, where the spec gives one), or no longer is");
    public static final String REF_RETARGETED = CATALOGUE.warning("diff.ref.retargeted",
            "a `$ref` names another definition: what the two define is compared in its place, and reported on its own");
    public static final String COMPONENT_UNREFERENCED = CATALOGUE.warning("diff.component.unreferenced-changed",
            "a component that no operation of either document reaches changed: no request or response carries it (a generated client's model class may still change: see `--client-jar`)");
    public static final String SET_REORDERED = CATALOGUE.warning("diff.schema.reordered",
            "the members of a set-valued keyword (`required`, `enum`, `x-invariants`) changed order only");

    private DiffRules() {
    }

    /** Every rule, in the order declared. */
    public static List<Rule> catalogue() {
        return CATALOGUE.rules();
    }

    public static Severity severity(String key) {
        return CATALOGUE.severity(key);
    }
}
