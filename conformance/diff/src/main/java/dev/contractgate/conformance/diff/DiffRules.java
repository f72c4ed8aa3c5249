package dev.contractgate.conformance.diff;

/**
 * Stable rule keys of the spec diff. Breaking changes (for a consumer of the API) are errors,
 * the others warnings; tests and severity overrides use these keys.
 */
public final class DiffRules {

    // breaking
    public static final String OPERATION_REMOVED = "diff.operation.removed";
    public static final String PARAMETER_REMOVED = "diff.parameter.removed";
    public static final String PARAMETER_REQUIRED_ADDED = "diff.parameter.required-added";
    public static final String REQUEST_FIELD_REQUIRED_ADDED = "diff.request.field-required-added";
    public static final String REQUEST_BOUNDS_NARROWED = "diff.request.bounds-narrowed";
    public static final String REQUEST_ENUM_NARROWED = "diff.request.enum-narrowed";
    public static final String REQUEST_TYPE_CHANGED = "diff.request.type-changed";
    public static final String RESPONSE_TYPE_CHANGED = "diff.response.type-changed";
    public static final String RESPONSE_FIELD_REMOVED = "diff.response.field-removed";
    public static final String RESPONSE_ENUM_WIDENED = "diff.response.enum-widened";
    public static final String RESPONSE_STATUS_REMOVED = "diff.response.status-removed";
    public static final String CONTENT_TYPE_CHANGED = "diff.content-type.changed";
    public static final String CONSUMER_BROKEN = "diff.consumer.broken";
    /** the regenerated Java client breaks code compiled against the old one (japicmp: binary incompatible) */
    public static final String CLIENT_BINARY_INCOMPATIBLE = "diff.client.binary-incompatible";
    /** code written against the old Java client no longer compiles (japicmp: source incompatible) */
    public static final String CLIENT_SOURCE_INCOMPATIBLE = "diff.client.source-incompatible";

    // not breaking
    public static final String OPERATION_ADDED = "diff.operation.added";
    public static final String REQUEST_FIELD_OPTIONAL_ADDED = "diff.request.field-optional-added";
    public static final String RESPONSE_FIELD_ADDED = "diff.response.field-added";
    public static final String REQUEST_BOUNDS_RELAXED = "diff.request.bounds-relaxed";

    private DiffRules() {
    }
}
