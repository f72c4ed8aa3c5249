package dev.contractgate.conformance.check;

/**
 * The stable rule keys of the live conformance check (what an answer gets wrong by itself, against
 * its operation, is the judge's: {@link dev.contractgate.conformance.judge.JudgeRules}). Tests, severity overrides and users' CI
 * filters rely on them: never rename one.
 */
public final class Rules {

    /** A random sequence: a create the model says must succeed was refused, one beyond the limit accepted, or an id given twice. */
    public static final String MODEL_CREATE = "model.create";
    /** A random sequence: a read disagrees with the model (what exists is missing or changed, what does not exist is found). */
    public static final String MODEL_READ = "model.read";
    /** A random sequence: a delete disagrees with the model (what exists cannot be deleted, what does not exist can). */
    public static final String MODEL_DELETE = "model.delete";
    /** A random sequence: a list page is not the model's resources of that parent, in order, sliced, with its total. */
    public static final String MODEL_LIST = "model.list";
    /** A valid request (example, generated or boundary value) got no 2xx. */
    public static final String POSITIVE_REJECTED = "positive.rejected";
    /** A created resource does not carry a value the request gave (same-named field). */
    public static final String POSITIVE_NOT_ECHOED = "positive.field-not-echoed";
    /** A request breaking one constraint got a 2xx. */
    public static final String NEGATIVE_ACCEPTED = "negative.accepted";
    /** A request breaking one constraint got a 5xx. */
    public static final String NEGATIVE_SERVER_ERROR = "negative.server-error";
    /** An input the spec settles neither way (a query parameter given twice) was answered 5xx. */
    public static final String EDGE_SERVER_ERROR = "edge.server-error";
    /** A burst of concurrent creates at a documented limit ended beyond it, or unlike any serial order of the same creates. */
    public static final String RACE_LIMIT = "race.limit-exceeded";
    /** The same resource deleted twice at once: both deletes succeeded (a serial order gives one success and one not-found). */
    public static final String RACE_DOUBLE_DELETE = "race.deleted-twice";
    /** A list sent after a delete had answered still held the deleted resource, while deletes and lists raced. */
    public static final String RACE_DELETED_LISTED = "race.deleted-still-listed";
    public static final String AUTH_MISSING = "auth.missing-token-accepted";
    public static final String AUTH_MALFORMED = "auth.malformed-token-accepted";
    public static final String AUTH_UNKNOWN = "auth.unknown-token-accepted";
    /** The run's own token under another scheme (Basic, Token), without a scheme or followed by another word, and not 401. */
    public static final String AUTH_OTHER_SCHEME = "auth.other-scheme-accepted";
    /** The run's token as a bearer credential in a shape RFC 7235 allows (scheme in other casing, several spaces) refused. */
    public static final String AUTH_VALID_CREDENTIAL_REFUSED = "auth.valid-credential-refused";
    /** Without valid credentials, a request that is also invalid (unknown id or parent, bad body or query) did not get 401. */
    public static final String AUTH_PRECEDENCE = "auth.precedence";
    /** A creating operation accepted one resource more than its x-resource-limit allows. */
    public static final String LIMIT_NOT_ENFORCED = "limit.not-enforced";
    /** The create beyond the limit was refused with another status than the documented one. */
    public static final String LIMIT_WRONG_STATUS = "limit.wrong-status";
    /** After a delete freed a place under the limit, a create was still refused. */
    public static final String LIMIT_NOT_FREED = "limit.not-freed";
    /** A value sent on create came back different from the create response, the read or the list. */
    public static final String ROUND_TRIP = "roundtrip.value-changed";
    /** A resource of one parent was read through a sibling parent's path. */
    public static final String TENANCY_READ = "tenancy.read-through-other-parent";
    /** A resource of one parent was changed or deleted through a sibling parent's path. */
    public static final String TENANCY_WRITE = "tenancy.write-through-other-parent";
    /** A sibling parent's list shows a resource of another parent. */
    public static final String TENANCY_LISTED = "tenancy.listed-under-other-parent";
    /** After a request through a sibling parent, the resource is gone from its own. */
    public static final String TENANCY_LOST = "tenancy.lost-through-other-parent";
    /** The restricted token was not answered 403 on an organization it may not act on. */
    public static final String AUTH_FORBIDDEN = "auth.forbidden-not-enforced";
    /** The restricted token was refused on the organization it is meant for. */
    public static final String AUTH_RESTRICTED_REFUSED = "auth.restricted-token-refused";
    /** Reading a created resource by the id its link names failed. */
    public static final String LIFECYCLE_NOT_FOUND = "lifecycle.created-not-found";
    /** Reading a created resource gave other values than the create response. */
    public static final String LIFECYCLE_MISMATCH = "lifecycle.read-mismatch";
    /** The list lacks a created resource. */
    public static final String LIFECYCLE_LIST_MISSING = "lifecycle.list-missing";
    /** totalCount disagrees with the items a full listing returns. */
    public static final String LIFECYCLE_TOTAL_COUNT = "lifecycle.list-total-count";
    /** A page holds more items than limit, or the limit/offset it echoes differ. */
    public static final String LIFECYCLE_LIMIT = "lifecycle.list-limit";
    /** A page at an offset is not the matching slice of the full list. */
    public static final String LIFECYCLE_OFFSET = "lifecycle.list-offset";
    /** A list sorted by {@code field:asc|desc} (an enum value of an array query parameter) is out of order. */
    public static final String LIFECYCLE_SORT_ORDER = "lifecycle.list-sort-order";
    /** Deleting a created resource did not give the documented success. */
    public static final String LIFECYCLE_DELETE = "lifecycle.delete-failed";
    /** After delete, reading the resource did not give 404. */
    public static final String LIFECYCLE_READ_AFTER_DELETE = "lifecycle.read-after-delete";
    /** After delete, deleting again did not give 404. */
    public static final String LIFECYCLE_DELETE_TWICE = "lifecycle.delete-after-delete";
    /** After delete, the list still holds the resource. */
    public static final String LIFECYCLE_LIST_AFTER_DELETE = "lifecycle.list-after-delete";
    /** An id that names nothing did not give 404. */
    public static final String UNKNOWN_ID = "lifecycle.unknown-id";
    /** (Warning) No link of the spec yields a value for a resource id, so the check could not run. */
    public static final String COVERAGE_NO_LINK = "coverage.no-link";
    /** No case could call an operation with valid inputs (no resource to call it on): the run cannot vouch for it. */
    public static final String COVERAGE_NOT_EXERCISED = "coverage.operation-not-exercised";
    /** A request failed on the wire (timeout, connection reset). */
    public static final String REQUEST_FAILED = "request.failed";
    /** The request budget ran out; the checks it would have needed did not run: an error, never a pass. */
    public static final String BUDGET_EXHAUSTED = "run.request-budget-exhausted";

    private Rules() {
    }
}
