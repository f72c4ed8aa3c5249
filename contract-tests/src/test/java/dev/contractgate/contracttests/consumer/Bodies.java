package dev.contractgate.contracttests.consumer;

import static dev.contractgate.contracttests.Pacts.AGENT_TOKEN;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;

/**
 * Response bodies as the consumer relies on them, built with Pact matchers: types for
 * values it only reads, regexes for ids and enums, the spec's date-time format for times,
 * {@code minArrayLike} for lists. Exact values only where the consumer depends on them
 * ({@code statusCode}, an echoed {@code limit}, the failed field's name).
 */
final class Bodies {

    /** Astro's ids: 25-character lower-case CUIDs (our fixtures keep to the same shape). */
    static final String ID = "[a-z0-9]{25}";
    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    static final String JSON = "application/json";
    static final String JSON_CONTENT_TYPE = "application/json.*";
    static final Map<String, String> JSON_REQUEST = Map.of("Content-Type", JSON);

    private static final Instant CREATED = Instant.parse("2022-11-22T04:37:12Z");
    private static final Instant EXPIRES = Instant.parse("2022-12-22T04:37:12Z");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Bodies() {
    }

    /** An agent token as read back (no secret): every field the spec requires. */
    static void token(LambdaDslObject o) {
        token(o, "Agent in the eu-west-1 cluster");
    }

    /** An agent token with the description it was created with ({@code ""} for none: the spec's create-echoes-request). */
    private static void token(LambdaDslObject o, String description) {
        o.stringMatcher("id", ID, AGENT_TOKEN);
        o.stringType("name", "worker-eu-west-1");
        o.stringType("description", description);
        o.stringMatcher("kind", "STANDARD|DIRECT_ACCESS", "STANDARD");
        o.stringMatcher("scope", "DEPLOYMENT|WORKSPACE|ORGANIZATION", "DEPLOYMENT");
        o.stringType("shortToken", "aat_7Hq2Xw9c");
        time(o, "createdAt", CREATED);
        time(o, "updatedAt", CREATED);
        time(o, "startAt", CREATED);
    }

    /** The answer to a create without a description: the token, its secret, its expiry and its one role. */
    static DslPart createdToken() {
        return LambdaDsl.newJsonBody(o -> {
            token(o, "");
            o.stringType("token", "aat_7Hq2Xw9c.example-secret-of-the-pact");
            time(o, "endAt", EXPIRES);
            o.numberValue("expiryPeriodInDays", 30);
            o.object("createdBy", by -> by.stringMatcher("id", ID, "clm8qv74h000008mlf08scq7k"));
            o.minArrayLike("roles", 1, role -> {
                role.stringType("entityId", "clm8t5u4q000008jq4qoc3031");
                role.stringMatcher("entityType", "DEPLOYMENT|WORKSPACE|ORGANIZATION|DAG|DAG_TAG", "DEPLOYMENT");
                role.stringType("role", "DEPLOYMENT_AGENT");
            });
        }).build();
    }

    static DslPart readToken() {
        return LambdaDsl.newJsonBody(Bodies::token).build();
    }

    /**
     * A page holding at least one token; {@code limit} and {@code offset} echo the request. The example
     * is one page as the spec states it (list-page-size): one token, so totalCount is offset + 1.
     */
    static DslPart page(int limit, int offset) {
        return LambdaDsl.newJsonBody(o -> {
            o.numberValue("limit", limit);
            o.numberValue("offset", offset);
            o.integerType("totalCount", offset + 1);
            o.minArrayLike("tokens", 1, Bodies::token);
        }).build();
    }

    /** The page of a Deployment without agent tokens. */
    static DslPart emptyPage() {
        return LambdaDsl.newJsonBody(o -> {
            o.numberValue("limit", 20);
            o.numberValue("offset", 0);
            o.numberValue("totalCount", 0);
            o.array("tokens", tokens -> { });
        }).build();
    }

    /** The spec's {@code Error} body for {@code status}. */
    static DslPart error(int status) {
        return LambdaDsl.newJsonBody(o -> errorFields(o, status)).build();
    }

    /** A 400 that names the failed request field. */
    static DslPart fieldError(String field) {
        return LambdaDsl.newJsonBody(o -> {
            errorFields(o, 400);
            o.minArrayLike("fieldErrors", 1, f -> {
                f.stringValue("field", field);
                f.stringType("code", "maximum");
                f.stringType("message", field + " is too large");
            });
        }).build();
    }

    private static void errorFields(LambdaDslObject o, int status) {
        o.stringType("message", "what went wrong");
        o.stringType("requestId", "5f1c2b7e-8d3a-4c55-9b0e-2f6a1d4c9e71");
        o.numberValue("statusCode", status);
    }

    private static void time(LambdaDslObject o, String name, Instant example) {
        o.datetime(name, DATE_TIME, Date.from(example), UTC);
    }
}
