package dev.contractgate.conformance.check;

import dev.contractgate.conformance.judge.JudgeRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.report.ReportWriter;
import dev.contractgate.faults.Credentials;
import dev.contractgate.faults.Fault;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.PlantedFaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of the fault server's catalogue, planted one at a time in front of the real mock
 * server, is found under its rule key; where a neighbouring rule would be the wrong reason, the
 * test says that rule must not fire.
 */
class PlantedFaultsTest {

    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();
    private static final Credentials CREDENTIALS = new Credentials(MockServer.TOKEN, MockServer.RESTRICTED_TOKEN,
            MockServer.RESTRICTED_ORGANIZATION);

    /** Per fault, the rules it must raise; a rule after "!" must not be raised. */
    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            entry("read-drops-shortToken", List.of(JudgeRules.BODY_SCHEMA)),
            entry("list-drops-updatedAt", List.of(JudgeRules.BODY_SCHEMA)),
            entry("create-kind-outside-enum", List.of(JudgeRules.BODY_SCHEMA)),
            entry("total-count-as-string", List.of(JudgeRules.BODY_SCHEMA)),
            entry("created-at-not-a-date-time", List.of(JudgeRules.BODY_SCHEMA)),
            entry("json-served-as-text-plain", List.of(JudgeRules.CONTENT_TYPE)),
            entry("error-status-code-mismatch", List.of(invariant("error-status-code"))),
            entry("delete-answers-200", List.of(JudgeRules.STATUS_UNDOCUMENTED, CheckRules.LIFECYCLE_DELETE)),
            entry("missing-token-accepted", List.of(CheckRules.AUTH_MISSING, "!" + CheckRules.AUTH_UNKNOWN)),
            entry("malformed-authorization-accepted", List.of(CheckRules.AUTH_MALFORMED, "!" + CheckRules.AUTH_MISSING)),
            entry("unknown-token-accepted", List.of(CheckRules.AUTH_UNKNOWN, "!" + CheckRules.AUTH_MALFORMED)),
            entry("restricted-token-unrestricted", List.of(CheckRules.AUTH_FORBIDDEN)),
            entry("restricted-token-refused-on-its-organization", List.of(CheckRules.AUTH_RESTRICTED_REFUSED)),
            entry("limit-above-maximum-accepted", List.of(CheckRules.NEGATIVE_ACCEPTED)),
            entry("null-field-accepted", List.of(CheckRules.NEGATIVE_ACCEPTED)),
            entry("expiry-maximum-3000", List.of(CheckRules.POSITIVE_REJECTED)),
            entry("validation-error-as-500", List.of(CheckRules.NEGATIVE_SERVER_ERROR, "!" + invariant("error-status-code"))),
            entry("secret-leaked-on-read", List.of(JudgeRules.SECRET_LEAKED)),
            entry("secret-missing-on-create", List.of(JudgeRules.SECRET_MISSING)),
            entry("create-ignores-name", List.of(CheckRules.POSITIVE_NOT_ECHOED, CheckRules.LIFECYCLE_MISMATCH)),
            entry("created-token-not-readable", List.of(CheckRules.LIFECYCLE_NOT_FOUND)),
            entry("unknown-id-answers-400", List.of(CheckRules.UNKNOWN_ID)),
            entry("deleted-token-still-readable", List.of(CheckRules.LIFECYCLE_READ_AFTER_DELETE)),
            entry("deleted-token-still-listed", List.of(CheckRules.LIFECYCLE_LIST_AFTER_DELETE)),
            entry("second-delete-answers-204", List.of(CheckRules.LIFECYCLE_DELETE_TWICE)),
            entry("list-drops-first-token", List.of(CheckRules.LIFECYCLE_LIST_MISSING)),
            entry("total-count-off-by-one", List.of(CheckRules.LIFECYCLE_TOTAL_COUNT)),
            entry("offset-ignored", List.of(CheckRules.LIFECYCLE_OFFSET)),
            entry("limit-ignored", List.of(CheckRules.LIFECYCLE_LIMIT)),
            entry("sort-direction-ignored", List.of(CheckRules.LIFECYCLE_SORT_ORDER)),
            entry("lookup-before-auth", List.of(CheckRules.AUTH_PRECEDENCE, "!" + CheckRules.AUTH_MISSING, "!" + CheckRules.AUTH_UNKNOWN)),
            entry("body-validated-before-auth", List.of(CheckRules.AUTH_PRECEDENCE, "!" + CheckRules.AUTH_MISSING, "!" + CheckRules.AUTH_UNKNOWN)),
            entry("lookup-ignores-deployment", List.of(CheckRules.TENANCY_READ, CheckRules.TENANCY_WRITE, CheckRules.TENANCY_LOST)),
            entry("list-shows-other-deployments", List.of(CheckRules.TENANCY_LISTED, "!" + CheckRules.TENANCY_READ)),
            entry("token-cap-not-enforced", List.of(CheckRules.LIMIT_NOT_ENFORCED)),
            entry("long-text-truncated", List.of(CheckRules.ROUND_TRIP)),
            entry("non-ascii-mangled", List.of(CheckRules.ROUND_TRIP)),
            entry("charset-parameter-rejected", List.of(CheckRules.POSITIVE_REJECTED, "!" + CheckRules.ROUND_TRIP)),
            entry("request-id-header-differs", List.of(invariant("error-request-id-header"), "!" + invariant("error-status-code"))),
            entry("default-order-newest-first", List.of(invariant("list-order"))),
            entry("sort-ties-broken-by-id-descending", List.of(invariant("list-order"))),
            entry("created-at-in-the-future", List.of(invariant("not-created-in-the-future"), "!" + invariant("start-is-creation"))),
            entry("updated-before-created", List.of(invariant("updated-not-before-created"))),
            entry("same-secret-for-every-token", List.of(invariant("secrets-unique"), "!" + invariant("ids-never-reused"))),
            entry("short-token-is-the-secret", List.of(invariant("short-token-not-the-secret"), JudgeRules.SECRET_LEAKED)),
            entry("end-at-in-hours", List.of(invariant("end-is-start-plus-days"))),
            entry("offset-past-end-is-400", List.of(CheckRules.POSITIVE_REJECTED)),
            entry("total-count-counts-deleted", List.of(invariant("list-page-size"))),
            entry("limit-echo-not-the-default", List.of(invariant("list-echoes-paging"))),
            entry("deleted-id-reused", List.of(invariant("ids-never-reused"), "!" + invariant("secrets-unique"))),
            entry("absent-description-not-empty", List.of(invariant("create-echoes-request"))),
            entry("role-on-the-organization", List.of(invariant("token-of-the-deployment"))),
            entry("delete-removes-the-oldest", List.of("model.*")),
            entry("deleted-token-returns-after-next-create", List.of("model.*")),
            entry("list-cached-beyond-three-tokens", List.of(CheckRules.MODEL_LIST)),
            entry("scheme-ignored", List.of(CheckRules.AUTH_OTHER_SCHEME, "!" + CheckRules.AUTH_UNKNOWN, "!" + CheckRules.AUTH_MISSING)),
            entry("bearer-scheme-case-sensitive", List.of(CheckRules.AUTH_VALID_CREDENTIAL_REFUSED, "!" + CheckRules.AUTH_OTHER_SCHEME)),
            entry("credential-cut-at-delimiter", List.of(CheckRules.AUTH_OTHER_SCHEME, "!" + CheckRules.AUTH_UNKNOWN, "!" + CheckRules.AUTH_MISSING)),
            entry("huge-number-overflows-to-500", List.of(CheckRules.NEGATIVE_SERVER_ERROR, "!" + CheckRules.NEGATIVE_ACCEPTED)),
            entry("text-trimmed", List.of(CheckRules.ROUND_TRIP)),
            entry("markup-stripped", List.of(CheckRules.ROUND_TRIP)),
            entry("text-normalized-nfc", List.of(CheckRules.ROUND_TRIP)),
            entry("unknown-property-refused", List.of(CheckRules.POSITIVE_REJECTED, "!" + CheckRules.NEGATIVE_ACCEPTED)),
            entry("scalar-body-is-500", List.of(CheckRules.NEGATIVE_SERVER_ERROR)),
            entry("many-sorts-refused", List.of(CheckRules.POSITIVE_REJECTED, "!" + CheckRules.NEGATIVE_ACCEPTED)),
            entry("repeated-query-parameter-is-500", List.of(CheckRules.EDGE_SERVER_ERROR, "!" + CheckRules.NEGATIVE_SERVER_ERROR)),
            entry("concurrent-creates-pass-the-limit", List.of(CheckRules.RACE_LIMIT, "!" + CheckRules.LIMIT_NOT_ENFORCED)),
            entry("concurrent-deletes-both-succeed", List.of(CheckRules.RACE_DOUBLE_DELETE, "!" + CheckRules.LIFECYCLE_DELETE_TWICE)));

    private static RunResult runAgainst(Fault fault) throws Exception {
        return runAgainst(fault, UnaryOperator.identity());
    }

    private static RunResult runAgainst(Fault fault, UnaryOperator<CheckOptions> more) throws Exception {
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), fault)) {
            CheckOptions options = more.apply(CheckOptions.of(proxy.url(), MockServer.TOKEN))
                    .withForbiddenToken(MockServer.RESTRICTED_TOKEN, MockServer.RESTRICTED_ORGANIZATION)
                    .withPathValue("deploymentId", "cgfault" + DEPLOYMENTS.incrementAndGet());
            return ConformanceCheck.run(MockServerRunTest.SPEC, options, CheckListener.NONE);
        }
    }

    /** The rules a run raised; an invariant's violation also as {@code invariant.violated:<its id>}. */
    static Set<String> rules(RunResult result) {
        Set<String> rules = result.findings().stream().map(Finding::rule).collect(Collectors.toSet());
        for (Finding f : result.findings()) {
            java.util.regex.Matcher m = INVARIANT_ID.matcher(f.message());
            if (f.rule().equals(JudgeRules.INVARIANT_VIOLATED) && m.find()) {
                rules.add(invariant(m.group(1)));
            }
        }
        return rules;
    }

    private static final java.util.regex.Pattern INVARIANT_ID = java.util.regex.Pattern.compile("^invariant '([^']+)'");

    static String invariant(String id) {
        return JudgeRules.INVARIANT_VIOLATED + ":" + id;
    }

    static Stream<String> catalogue() {
        return PlantedFaults.catalogue(CREDENTIALS).keySet().stream();
    }

    @Test
    void has_an_expectation_for_every_fault_of_the_catalogue() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(catalogue().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void finds_each_planted_fault_under_its_rule_key(String name) throws Exception {
        // a fault its scripted rule finds is checked with one model sequence (the run stays short); one only the
        // model can see gets the default number, as a user's run would
        boolean byTheModel = EXPECTED.get(name).stream().anyMatch(rule -> rule.startsWith("model."));
        Set<String> found = rules(runAgainst(PlantedFaults.named(name, CREDENTIALS).orElseThrow().fault(),
                options -> byTheModel ? options : options.withSequences(1)));

        for (String rule : EXPECTED.get(name)) {
            if (rule.endsWith(".*")) {
                assertThat(found).as(name).anyMatch(f -> f.startsWith(rule.substring(0, rule.length() - 1)));
            } else if (rule.startsWith("!")) {
                assertThat(found).as(name).doesNotContain(rule.substring(1));
            } else {
                assertThat(found).as(name).contains(rule);
            }
        }
    }

    @Test
    void keeps_a_leaked_secret_and_the_bearer_token_out_of_every_report(@TempDir Path dir) throws Exception {
        Set<String> secrets = ConcurrentHashMap.newKeySet();
        Fault leak = PlantedFaults.named("secret-leaked-on-read", CREDENTIALS).orElseThrow().fault();
        Fault recording = (req, up) -> leak.handle(req, r -> {
            var res = up.apply(r);
            if (r.is("POST") && res.isOk()) {
                secrets.add(res.json().path("token").asText());
            }
            return res;
        });
        RunResult result = runAgainst(recording);

        assertThat(rules(result)).contains(JudgeRules.SECRET_LEAKED);
        assertThat(secrets).isNotEmpty();
        ReportWriter.writeAll(result, dir);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String report = Files.readString(file);
                assertThat(report).as(file.toString()).doesNotContain(MockServer.TOKEN);
                secrets.forEach(secret -> assertThat(report).as(file.toString()).doesNotContain(secret));
            }
        }
    }

    @Test
    void reports_a_request_that_outlasts_the_timeout_as_failed() throws Exception {
        Fault slowDelete = (req, up) -> {
            if (req.is("DELETE")) {
                sleep(1500);
            }
            return up.apply(req);
        };
        RunResult result = runAgainst(slowDelete, o -> o.withRequestTimeout(Duration.ofMillis(500)).withSequences(0));

        assertThat(rules(result)).contains(CheckRules.REQUEST_FAILED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
