package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.report.ReportWriter;
import dev.contractgate.conformance.check.FaultProxy.Fault;
import dev.contractgate.conformance.check.FaultProxy.Request;
import dev.contractgate.conformance.check.FaultProxy.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One planted fault per test, each found under its rule key. */
class PlantedFaultsTest {

    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();
    private static final String ITEM = "/agent-tokens/";

    private static RunResult runAgainst(Fault fault) throws Exception {
        try (FaultProxy proxy = new FaultProxy(MockServer.url(), fault)) {
            CheckOptions options = CheckOptions.of(proxy.url(), MockServer.TOKEN)
                    .withForbiddenToken(MockServer.RESTRICTED_TOKEN, MockServer.RESTRICTED_ORGANIZATION)
                    .withDeploymentId("cgfault" + DEPLOYMENTS.incrementAndGet());
            return ConformanceCheck.run(MockServerRunTest.SPEC, options, CheckListener.NONE);
        }
    }

    private static Set<String> rules(RunResult result) {
        return result.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    private static boolean isItem(Request r) {
        return r.path().contains(ITEM);
    }

    private static Fault onResponse(java.util.function.BiFunction<Request, Response, Response> change) {
        return (request, upstream) -> change.apply(request, upstream.apply(request));
    }

    private static Response editJson(Response r, UnaryOperator<ObjectNode> edit) {
        return r.withBody(edit.apply((ObjectNode) r.json()).toString());
    }

    @Test
    void finds_a_required_field_missing_from_a_read() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "GET".equals(req.method()) && isItem(req)
                && res.status() == 200 ? editJson(res, o -> { o.remove("shortToken"); return o; }) : res));

        assertThat(rules(result)).contains(Rules.BODY_SCHEMA);
    }

    @Test
    void finds_a_request_without_token_accepted() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(req.header("Authorization") == null
                ? req.withHeader("Authorization", "Bearer " + MockServer.TOKEN) : req));

        assertThat(rules(result)).contains(Rules.AUTH_MISSING).doesNotContain(Rules.AUTH_UNKNOWN);
    }

    @Test
    void finds_a_malformed_token_accepted() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply("Bearer".equals(req.header("Authorization"))
                ? req.withHeader("Authorization", "Bearer " + MockServer.TOKEN) : req));

        assertThat(rules(result)).contains(Rules.AUTH_MALFORMED).doesNotContain(Rules.AUTH_MISSING);
    }

    @Test
    void finds_an_unknown_token_accepted() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(String.valueOf(req.header("Authorization")).startsWith("Bearer cg-unknown")
                ? req.withHeader("Authorization", "Bearer " + MockServer.TOKEN) : req));

        assertThat(rules(result)).contains(Rules.AUTH_UNKNOWN).doesNotContain(Rules.AUTH_MALFORMED);
    }

    @Test
    void finds_a_restricted_token_let_through_on_another_organization() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(
                ("Bearer " + MockServer.RESTRICTED_TOKEN).equals(req.header("Authorization"))
                        && !req.path().contains(MockServer.RESTRICTED_ORGANIZATION)
                        ? req.withHeader("Authorization", "Bearer " + MockServer.TOKEN) : req));

        assertThat(rules(result)).contains(Rules.AUTH_FORBIDDEN);
    }

    @Test
    void finds_the_secret_token_leaked_by_a_read_and_keeps_it_out_of_every_report(@TempDir Path dir) throws Exception {
        String leaked = "aat_LEAKED.c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1ub3Qtc2hvdw";
        RunResult result = runAgainst(onResponse((req, res) -> "GET".equals(req.method()) && isItem(req)
                && res.status() == 200 ? editJson(res, o -> o.put("token", leaked)) : res));

        assertThat(rules(result)).contains(Rules.SECRET_LEAKED);
        ReportWriter.writeAll(result, dir);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain(leaked).doesNotContain(MockServer.TOKEN);
            }
        }
    }

    @Test
    void finds_the_secret_token_missing_from_the_create_response() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "POST".equals(req.method()) && res.status() == 200
                ? editJson(res, o -> { o.remove("token"); return o; }) : res));

        assertThat(rules(result)).contains(Rules.SECRET_MISSING);
    }

    @Test
    void finds_a_validation_error_answered_with_500() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> res.status() == 400
                ? editJson(res, o -> o.put("statusCode", 500)).withStatus(500) : res));

        assertThat(rules(result)).contains(Rules.NEGATIVE_SERVER_ERROR).doesNotContain(Rules.ERROR_STATUS_CODE);
    }

    @Test
    void finds_a_wrong_content_type() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "GET".equals(req.method()) && res.status() == 200
                ? res.withHeader("Content-Type", "text/plain") : res));

        assertThat(rules(result)).contains(Rules.CONTENT_TYPE);
    }

    @Test
    void finds_an_error_whose_status_code_differs_from_the_http_status() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> res.status() == 404
                ? editJson(res, o -> o.put("statusCode", 400)) : res));

        assertThat(rules(result)).contains(Rules.ERROR_STATUS_CODE);
    }

    @Test
    void finds_an_out_of_range_limit_accepted() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(req.query() != null && req.query().contains("limit=1001")
                ? req.withQuery(req.query().replace("limit=1001", "limit=1000")) : req));

        assertThat(rules(result)).contains(Rules.NEGATIVE_ACCEPTED);
    }

    @Test
    void finds_a_deleted_token_still_readable() throws Exception {
        Map<String, String> seen = new ConcurrentHashMap<>();
        RunResult result = runAgainst(onResponse((req, res) -> {
            if ("GET".equals(req.method()) && isItem(req) && res.status() == 200) {
                seen.put(req.path(), res.body());
            } else if ("GET".equals(req.method()) && res.status() == 404 && seen.containsKey(req.path())) {
                return new Response(200, Map.of("content-type", "application/json"), seen.get(req.path()));
            }
            return res;
        }));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_READ_AFTER_DELETE);
    }

    @Test
    void finds_a_list_that_ignores_its_limit() throws Exception {
        RunResult result = runAgainst((req, up) -> {
            boolean list = "GET".equals(req.method()) && !isItem(req) && req.query() != null;
            return up.apply(list ? req.withQuery(req.query().replaceAll("limit=[01](?![0-9])", "limit=20")) : req);
        });

        assertThat(rules(result)).contains(Rules.LIFECYCLE_LIMIT);
    }

    @Test
    void finds_a_total_count_that_is_not_the_number_of_tokens() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "GET".equals(req.method()) && !isItem(req)
                && res.status() == 200 ? editJson(res, o -> o.put("totalCount", o.path("totalCount").asInt() + 1)) : res));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_TOTAL_COUNT);
    }

    @Test
    void finds_an_offset_that_is_ignored() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(req.query() != null && req.query().contains("offset=")
                ? req.withQuery(req.query().replaceAll("offset=[0-9]+", "offset=0")) : req));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_OFFSET);
    }

    @Test
    void finds_a_delete_answered_with_an_undocumented_200() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "DELETE".equals(req.method()) && res.status() == 204
                ? res.withStatus(200) : res));

        assertThat(rules(result)).contains(Rules.STATUS_UNDOCUMENTED, Rules.LIFECYCLE_DELETE);
    }

    @Test
    void finds_a_created_token_that_does_not_keep_its_name() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "POST".equals(req.method()) && res.status() == 200
                ? editJson(res, o -> o.put("name", "renamed")) : res));

        assertThat(rules(result)).contains(Rules.POSITIVE_NOT_ECHOED, Rules.LIFECYCLE_MISMATCH);
    }

    @Test
    void finds_a_created_token_missing_from_the_list() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> {
            if ("GET".equals(req.method()) && !isItem(req) && res.status() == 200) {
                return editJson(res, o -> {
                    JsonNode tokens = o.path("tokens");
                    if (tokens.size() > 0) {
                        ((com.fasterxml.jackson.databind.node.ArrayNode) tokens).remove(0);
                    }
                    return o;
                });
            }
            return res;
        }));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_LIST_MISSING);
    }

    @Test
    void finds_an_unknown_id_not_answered_with_404() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> isItem(req) && req.path().contains("cgunknown")
                && res.status() == 404 ? editJson(res, o -> o.put("statusCode", 400)).withStatus(400) : res));

        assertThat(rules(result)).contains(Rules.UNKNOWN_ID);
    }

    @Test
    void finds_a_valid_boundary_value_refused() throws Exception {
        RunResult result = runAgainst((req, up) -> req.body().contains("\"tokenExpiryPeriodInDays\":3650")
                ? new Response(400, Map.of("content-type", "application/json"),
                "{\"message\":\"no\",\"requestId\":\"r1\",\"statusCode\":400}") : up.apply(req));

        assertThat(rules(result)).contains(Rules.POSITIVE_REJECTED);
    }

    @Test
    void finds_a_request_that_times_out() throws Exception {
        try (FaultProxy proxy = new FaultProxy(MockServer.url(), (req, up) -> {
            if ("DELETE".equals(req.method()) && req.path().contains("cgunknown")) {
                sleep(1500);
            }
            return up.apply(req);
        })) {
            CheckOptions options = CheckOptions.of(proxy.url(), MockServer.TOKEN).withDeploymentId("cgtimeout")
                    .withRequestTimeout(java.time.Duration.ofMillis(500));
            RunResult result = ConformanceCheck.run(MockServerRunTest.SPEC, options, CheckListener.NONE);

            assertThat(rules(result)).contains(Rules.REQUEST_FAILED);
        }
    }

    @Test
    void finds_a_list_sorted_the_wrong_way() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(req.query() != null && req.query().contains("sorts=name%3Aasc")
                ? req.withQuery(req.query().replace("sorts=name%3Aasc", "sorts=name%3Adesc")) : req));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_SORT_ORDER);
    }

    @Test
    void finds_a_deleted_token_still_listed() throws Exception {
        Map<String, String> read = new ConcurrentHashMap<>();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        RunResult result = runAgainst(onResponse((req, res) -> {
            if ("GET".equals(req.method()) && isItem(req) && res.status() == 200) {
                read.put(req.path(), res.body());
            } else if ("DELETE".equals(req.method()) && res.status() == 204) {
                deleted.add(req.path());
            } else if ("GET".equals(req.method()) && !isItem(req) && res.status() == 200) {
                return editJson(res, o -> {
                    deleted.stream().filter(read::containsKey).forEach(path -> {
                        try {
                            ((com.fasterxml.jackson.databind.node.ArrayNode) o.path("tokens"))
                                    .add(FaultProxy.JSON.readTree(read.get(path)));
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return o;
                });
            }
            return res;
        }));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_LIST_AFTER_DELETE);
    }

    @Test
    void finds_a_second_delete_of_the_same_token_answered_204() throws Exception {
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        RunResult result = runAgainst(onResponse((req, res) -> {
            if ("DELETE".equals(req.method()) && res.status() == 204) {
                deleted.add(req.path());
            } else if ("DELETE".equals(req.method()) && res.status() == 404 && deleted.contains(req.path())) {
                return new Response(204, Map.of(), "");
            }
            return res;
        }));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_DELETE_TWICE);
    }

    @Test
    void finds_a_created_token_that_cannot_be_read() throws Exception {
        RunResult result = runAgainst(onResponse((req, res) -> "GET".equals(req.method()) && isItem(req)
                && res.status() == 200 ? new Response(404, Map.of("content-type", "application/json"),
                "{\"message\":\"gone\",\"requestId\":\"r1\",\"statusCode\":404}") : res));

        assertThat(rules(result)).contains(Rules.LIFECYCLE_NOT_FOUND);
    }

    @Test
    void finds_the_restricted_token_refused_on_its_own_organization() throws Exception {
        RunResult result = runAgainst((req, up) -> up.apply(req.path().contains(MockServer.RESTRICTED_ORGANIZATION)
                ? req.withHeader("Authorization", "Bearer cg-wrong") : req));

        assertThat(rules(result)).contains(Rules.AUTH_RESTRICTED_REFUSED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
