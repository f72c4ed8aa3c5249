package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import java.util.List;

/**
 * The stable rule keys of the live conformance check (what an answer gets wrong by itself, against
 * its operation, is the judge's: {@link dev.contractgate.conformance.judge.JudgeRules}). Tests, severity overrides and users' CI
 * filters rely on them: never rename one.
 */
public final class CheckRules {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue();

    public static final String MODEL_CREATE = CATALOGUE.error("model.create",
            "a random sequence (judged against a model of what the server must hold): a create the model has room for was refused, one beyond `x-resource-limit` was accepted, or a new resource got an id an earlier one of the sequence had");
    public static final String MODEL_READ = CATALOGUE.error("model.read",
            "a random sequence: a read of a resource that exists (created in that parent, never deleted) did not succeed or returned other values than its create (secrets aside), or a read of one that does not exist there (deleted, in the other parent, never given) was not the documented 404");
    public static final String MODEL_DELETE = CATALOGUE.error("model.delete",
            "a random sequence: a delete of a resource that exists did not succeed, or one of a resource that does not exist there was not the documented 404");
    public static final String MODEL_LIST = CATALOGUE.error("model.list",
            "a random sequence: a list page is not exactly the model's resources of that parent in the documented order for the sorts asked (`x-order`), sliced by offset and limit, or its total differs from the model's count");
    public static final String POSITIVE_REJECTED = CATALOGUE.error("positive.rejected",
            "a valid request (spec example, generated value, boundary, a body sent as `application/json; charset=utf-8`, a body with a property its schema does not name when `additionalProperties` is not `false`, an operation called on a resource that exists) got no 2xx: a 404 or 405 there means the operation is not implemented");
    public static final String POSITIVE_NOT_ECHOED = CATALOGUE.error("positive.field-not-echoed",
            "a created resource differs from a same-named field of the request");
    public static final String NEGATIVE_ACCEPTED = CATALOGUE.error("negative.accepted",
            "a request breaking one constraint got a 2xx");
    public static final String NEGATIVE_SERVER_ERROR = CATALOGUE.error("negative.server-error",
            "a request breaking one constraint got a 5xx (the constraints include numbers past the 64-bit range and 10^30 written out where a maximum, minimum or integer format makes them invalid, a fraction for an integer, null where nothing is nullable, and a body that is a JSON array, string, number, `null` or `true` instead of an object)");
    public static final String EDGE_SERVER_ERROR = CATALOGUE.error("edge.server-error",
            "an input the spec settles neither way (a query parameter given twice) was answered 5xx");
    public static final String RACE_LIMIT = CATALOGUE.error("race.limit-exceeded",
            "with `max - 2` resources under an `x-resource-limit`, 4 creates sent at once did not end the way a serial order would (exactly 2 succeed and the list counts `max`): more got through, fewer did, or the count is off");
    public static final String RACE_DOUBLE_DELETE = CATALOGUE.error("race.deleted-twice",
            "one resource deleted by two requests at once: both succeeded (or neither); a serial order gives one success and one not-found");
    public static final String RACE_DELETED_LISTED = CATALOGUE.error("race.deleted-still-listed",
            "while lists raced a delete, a list sent after the delete had answered still held the deleted resource");
    public static final String AUTH_MISSING = CATALOGUE.error("auth.missing-token-accepted",
            "no Authorization header, and not 401");
    public static final String AUTH_MALFORMED = CATALOGUE.error("auth.malformed-token-accepted",
            "`Authorization: Bearer` without a token, and not 401");
    public static final String AUTH_UNKNOWN = CATALOGUE.error("auth.unknown-token-accepted",
            "a bearer token the server cannot know, and not 401");
    public static final String AUTH_OTHER_SCHEME = CATALOGUE.error("auth.other-scheme-accepted",
            "the run's own token sent under another scheme (`Basic user:token`, `Token token`), with no scheme, followed by another word, or followed by a character outside token68 (`;x`), and not 401: only a bearer credential may let a caller in");
    public static final String AUTH_VALID_CREDENTIAL_REFUSED = CATALOGUE.error("auth.valid-credential-refused",
            "the run's token sent as `bearer …`, `BEARER …` or with several spaces after the scheme (RFC 7235: the scheme is case-insensitive, `1*SP` separates it) was refused");
    public static final String AUTH_PRECEDENCE = CATALOGUE.error("auth.precedence",
            "no token or an unknown one, on a request that is also wrong in another way (an id or parent that names nothing, a body that breaks its schema, a query value of the wrong type), and not 401: the server validated or looked up before it authenticated");
    public static final String LIMIT_NOT_ENFORCED = CATALOGUE.error("limit.not-enforced",
            "a creating operation with `x-resource-limit: {max, per, status}` accepted resource `max + 1` in a fresh parent");
    public static final String LIMIT_WRONG_STATUS = CATALOGUE.error("limit.wrong-status",
            "the create beyond the limit was refused, but not with the documented status");
    public static final String LIMIT_NOT_FREED = CATALOGUE.error("limit.not-freed",
            "after a delete freed a place under the limit, a create was still refused");
    public static final String ROUND_TRIP = CATALOGUE.error("roundtrip.value-changed",
            "a value a create sent (free text of 1, 255 and 1,000 characters, other scripts, emoji and other astral-plane text, padding spaces, markup, combining marks, right-to-left text, tabs and line breaks, zero-width characters; every optional field) came back different in the create response, the read or the list");
    public static final String TENANCY_READ = CATALOGUE.error("tenancy.read-through-other-parent",
            "a resource made under one organization/deployment is read through another's path, and the answer is not 404 (or a documented 403)");
    public static final String TENANCY_WRITE = CATALOGUE.error("tenancy.write-through-other-parent",
            "likewise for any other operation on it (delete, …)");
    public static final String TENANCY_LISTED = CATALOGUE.error("tenancy.listed-under-other-parent",
            "another deployment's (organization's) list shows the resource");
    public static final String TENANCY_LOST = CATALOGUE.error("tenancy.lost-through-other-parent",
            "after a request through another parent's path, the resource is gone under its own");
    public static final String AUTH_FORBIDDEN = CATALOGUE.error("auth.forbidden-not-enforced",
            "the restricted token on an organization it may not act on, and not 403");
    public static final String AUTH_RESTRICTED_REFUSED = CATALOGUE.error("auth.restricted-token-refused",
            "the restricted token refused on its own organization (the 403 check would prove nothing)");
    public static final String LIFECYCLE_NOT_FOUND = CATALOGUE.error("lifecycle.created-not-found",
            "reading a just-created resource by the id its link names failed");
    public static final String LIFECYCLE_MISMATCH = CATALOGUE.error("lifecycle.read-mismatch",
            "the read gave other values than the create response (secret aside)");
    public static final String LIFECYCLE_LIST_MISSING = CATALOGUE.error("lifecycle.list-missing",
            "the list lacks a just-created resource");
    public static final String LIFECYCLE_TOTAL_COUNT = CATALOGUE.error("lifecycle.list-total-count",
            "`totalCount` disagrees with the full list, or changes with the page size");
    public static final String LIFECYCLE_LIMIT = CATALOGUE.error("lifecycle.list-limit",
            "a page holds more than `limit` items, or echoes another `limit`");
    public static final String LIFECYCLE_OFFSET = CATALOGUE.error("lifecycle.list-offset",
            "a page at an offset is not the matching slice of the full list");
    public static final String LIFECYCLE_SORT_ORDER = CATALOGUE.error("lifecycle.list-sort-order",
            "a list sorted by a `field:asc|desc` value of `sorts` is out of order");
    public static final String LIFECYCLE_DELETE = CATALOGUE.error("lifecycle.delete-failed",
            "deleting a just-created resource did not give the documented 204");
    public static final String LIFECYCLE_READ_AFTER_DELETE = CATALOGUE.error("lifecycle.read-after-delete",
            "reading a deleted resource did not give 404");
    public static final String LIFECYCLE_DELETE_TWICE = CATALOGUE.error("lifecycle.delete-after-delete",
            "deleting a deleted resource did not give 404");
    public static final String LIFECYCLE_LIST_AFTER_DELETE = CATALOGUE.error("lifecycle.list-after-delete",
            "the list still holds a deleted resource");
    public static final String UNKNOWN_ID = CATALOGUE.error("lifecycle.unknown-id",
            "an id that names nothing did not give 404");
    public static final String COVERAGE_NO_LINK = CATALOGUE.warning("coverage.no-link",
            "no link yields a resource id an operation needs, so its check could not run");
    public static final String COVERAGE_NOT_SERVED = CATALOGUE.error("coverage.operation-not-served",
            "every request to an operation (valid or not, with a token or without) answered 404, 405 or 501: the server does not serve it. One root cause, first in the report; the findings of its other checks are occurrences of it (their evidence kept), so an operation that is not implemented is counted once");
    public static final String COVERAGE_NOT_EXERCISED = CATALOGUE.error("coverage.operation-not-exercised",
            "no case could call an operation with valid inputs (no link, no inferable create operation, no `--param`): the run cannot say the server implements it; the message says how to fix it");
    public static final String REQUEST_FAILED = CATALOGUE.error("request.failed",
            "no response: timeout, connection reset");
    public static final String BUDGET_EXHAUSTED = CATALOGUE.error("run.request-budget-exhausted",
            "the request limit was reached, so the check did not run in full: an error (a check that did not run is not passed; raise `--max-requests`)");

    private CheckRules() {
    }

    /** Every rule, in the order declared: key, default severity, when it fires. */
    public static List<Rule> catalogue() {
        return CATALOGUE.rules();
    }
}
