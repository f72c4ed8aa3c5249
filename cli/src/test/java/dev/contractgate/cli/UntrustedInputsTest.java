package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security suite: a CI gate runs on inputs a pull request controls (a changed spec, pact files,
 * the server it is pointed at) while it holds real credentials. Each nested class is one row of the
 * table of issue #28, rerun as written through the {@code contract} command (and the bundled mock
 * server where the row is about it), asserting the safe outcome: nothing leaves for a host an input
 * names (a {@link Trap} listens there and must see no connection), nothing outside the spec's or the
 * pacts' folder is read, reports never write through links, every run ends in bounded time with exit
 * 0, 1 or 2 (never 3), and no secret, encoded or not, reaches a report.
 * The unit tests of each defence live beside its code (HostileSpecTest, ProviderVerificationTest,
 * ReportWriterTest, BoundedRegexTest, ValueGeneratorTest, SlowBodyTest, BasePathTest, SecretMaskerTest);
 * this suite is the end-to-end index of the rows. The HTTP attacks that held are mock-server's
 * HostileInputTest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedInputsTest {

    private static final String ORG = "clm8pxjjw000008l23jm08hyu";
    private static final String TOKEN = "dev-token";
    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\n";

    @TempDir
    Path dir;

    private BundledMockServer mock;

    @BeforeAll
    void startMock() {
        mock = BundledMockServer.startOnFreePort(false);
    }

    @AfterAll
    void stopMock() {
        mock.close();
    }

    // ---- shared pieces ----

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String projectSpec() throws IOException {
        return Files.readString(Path.of(CliRun.spec()));
    }

    /** The project spec with one piece of text replaced (the piece must be there). */
    private Path projectSpecWith(String name, String from, String to) throws IOException {
        String text = projectSpec();
        assertThat(text).as("the project spec still has the text this row edits").contains(from);
        return write(dir.resolve("spec").resolve(name), text.replace(from, to));
    }

    /** A one-operation spec whose 200 answer is {@code ref}. */
    private static String specAnswering(String ref) {
        return HEAD + "paths:\n  /things:\n    get:\n      operationId: ListThings\n      responses:\n        '200':\n"
                + "          $ref: '" + ref + "'\n";
    }

    private static String pact(String interactions) {
        return "{\"consumer\":{\"name\":\"pr-consumer\"},\"provider\":{\"name\":\"agent-tokens-api\"},\"interactions\":["
                + interactions + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}";
    }

    private static String listInteraction(String description, String method, String path, String extraHeaders,
                                          String matchingRules) {
        return "{\"description\":\"" + description + "\",\"providerState\":\"no agent tokens\",\"request\":{\"method\":\""
                + method + "\",\"path\":\"" + path + "\",\"headers\":{\"Authorization\":\"Bearer dev-token\"" + extraHeaders
                + "}},\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"limit\":20,\"offset\":0,\"totalCount\":0,\"tokens\":[]}" + matchingRules + "}}";
    }

    private static String listPath(String deployment) {
        return "/organizations/" + ORG + "/deployments/" + deployment + "/agent-tokens";
    }

    private static void assertNoInternalError(CliRun run) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1, 2);
        assertThat(run.out() + run.err()).doesNotContain("internal error").doesNotContain("\tat ")
                .doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
    }

    /** Bad input: exit 2, and one line on stderr that names each of {@code named} (the file, the place, why). */
    private static void assertRefused(CliRun run, String... named) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        for (String name : named) {
            assertThat(run.err()).contains(name);
        }
    }

    /** Every report file in the folder, read whole (JSON, JUnit XML, HTML, SARIF, Markdown). */
    private static String reports(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private String mockUrl() {
        return mock.baseUrl().toString();
    }

    // ---- the rows ----

    @Nested
    @DisplayName("critical: provider verification sends the real token to a host the pact chooses")
    class PactPathNamesAnotherHost {

        @Test
        void a_pact_path_with_userinfo_is_bad_input_naming_the_interaction_and_no_token_leaves() throws IOException {
            try (Trap trap = Trap.open()) {
                Path pacts = dir.resolve("pacts");
                write(pacts.resolve("steal.json"), pact(listInteraction("steal the token", "GET",
                        "@127.0.0.1:" + trap.port() + "/steal", "", "")));

                CliRun named = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(),
                        "--base-url", mockUrl(), "--token", TOKEN, "--provider-states-url", mock.providerStatesUrl().toString(),
                        "--report-dir", dir.resolve("r1").toString());
                CliRun bundled = CliRun.of("gate", "--mock", "--spec", CliRun.spec(), "--pacts", pacts.toString(),
                        "--report-dir", dir.resolve("r2").toString());

                for (CliRun run : List.of(named, bundled)) {
                    assertRefused(run, "steal the token", "not an absolute path");
                }
                assertThat(trap.received()).as("connections to the host the pact named").isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("high: discriminator.mapping values are fetched and read")
    class DiscriminatorMapping {

        @Test
        void a_mapping_to_a_url_or_a_file_outside_is_refused_by_lint_diff_and_check_and_nothing_is_fetched() throws IOException {
            Path outside = write(dir.resolve("outside.yaml"), "B:\n  type: object\n");
            try (Trap trap = Trap.open()) {
                for (String target : List.of("http://127.0.0.1:" + trap.port() + "/m.yaml#/A", outside.toAbsolutePath() + "#/B")) {
                    Path spec = write(dir.resolve("mapping").resolve("api.yaml"), HEAD + "paths: {}\ncomponents:\n  schemas:\n"
                            + "    Pet:\n      type: object\n      discriminator:\n        propertyName: kind\n        mapping:\n"
                            + "          a: '" + target + "'\n");
                    for (CliRun run : List.of(CliRun.of("lint", "--spec", spec.toString()),
                            CliRun.of("diff", "--base", spec.toString(), "--spec", spec.toString(), "--no-client"),
                            CliRun.of("check", "--spec", spec.toString(), "--base-url", mockUrl(), "--token", TOKEN))) {
                        assertRefused(run, "api.yaml", "discriminator/mapping/a");
                    }
                }
                assertThat(trap.received()).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("high: $refs inside referenced files are never checked")
    class RefsInsideReferencedFiles {

        @Test
        void a_referenced_file_that_refers_out_of_the_folder_or_to_a_url_is_refused_naming_that_file() throws IOException {
            write(dir.resolve("x.yaml"), "Ok:\n  description: outside\n");
            try (Trap trap = Trap.open()) {
                Path folder = dir.resolve("nested").resolve("spec");
                Path spec = write(folder.resolve("spec.yaml"), specAnswering("sub.yaml#/Ok"));
                for (String ref : List.of(dir.resolve("x.yaml").toAbsolutePath() + "#/Ok", "../../x.yaml#/Ok",
                        "http://127.0.0.1:" + trap.port() + "/x.yaml#/Ok")) {
                    write(folder.resolve("sub.yaml"), "Ok:\n  $ref: '" + ref + "'\n");

                    CliRun run = CliRun.of("lint", "--spec", spec.toString());

                    assertRefused(run, "sub.yaml", ref.contains("http") ? "remote references are not followed"
                            : "outside the spec's folder");
                }
                assertThat(trap.received()).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("high: reports write through symlinks")
    class ReportsThroughLinks {

        @Test
        void a_report_file_that_is_a_link_is_refused_and_the_file_it_names_is_left_as_it_was() throws IOException {
            Path victim = write(dir.resolve("victim.txt"), "precious");
            Path reportDir = Files.createDirectories(dir.resolve("reports"));
            Files.createSymbolicLink(reportDir.resolve("contract-report.md"), victim);

            CliRun run = CliRun.of("lint", "--spec", CliRun.spec(), "--report-dir", reportDir.toString());

            assertRefused(run, "contract-report.md", "symbolic link");
            assertThat(Files.readString(victim)).isEqualTo("precious");
        }

        @Test
        void a_dangling_link_creates_no_file_and_the_gates_junit_report_is_not_written_through_one() throws IOException {
            Path reportDir = Files.createDirectories(dir.resolve("gate-reports"));
            Path target = dir.resolve("created-by-the-link.xml");
            Files.createSymbolicLink(reportDir.resolve("junit.xml"), target);

            CliRun run = CliRun.of("gate", "--spec", CliRun.spec(), "--report-dir", reportDir.toString());

            assertRefused(run, "junit.xml", "symbolic link");
            assertThat(target).doesNotExist();
        }
    }

    @Nested
    @DisplayName("medium: other URL schemes pass the guard")
    class OtherSchemes {

        @Test
        void an_ftp_reference_is_refused_and_nothing_connects() throws IOException {
            try (Trap trap = Trap.open()) {
                Path spec = write(dir.resolve("ftp").resolve("api.yaml"),
                        specAnswering("ftp://127.0.0.1:" + trap.port() + "/x.yaml#/Ok"));

                CliRun run = CliRun.of("lint", "--spec", spec.toString());

                assertRefused(run, "remote references are not followed");
                assertThat(trap.received()).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("medium: relative refs resolve against the working directory, symlinks followed")
    class RelativeRefsAndLinks {

        @Test
        void run_from_another_folder_holding_a_file_of_that_name_the_spec_still_reads_its_own_sibling() throws Exception {
            Path folder = dir.resolve("spec-home");
            write(folder.resolve("side.yaml"), "Ok:\n  description: ok\n");
            Path spec = write(folder.resolve("api.yaml"), specAnswering("side.yaml#/Ok"));
            Path elsewhere = write(dir.resolve("elsewhere").resolve("side.yaml"), "Ok: [this is: not the sibling\n").getParent();
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            // as written in the issue: cd elsewhere && contract lint --spec /abs/spec.yaml (a process of its own: a
            // test cannot change its own working folder)
            Process lint = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(), "lint", "--spec", spec.toAbsolutePath().toString())
                    .directory(elsewhere.toFile()).redirectErrorStream(true).start();
            String printed = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(lint.waitFor()).as(printed).isIn(0, 1);
            assertThat(printed).doesNotContain("elsewhere");
        }

        @Test
        void a_sibling_that_links_outside_the_folder_is_refused() throws IOException {
            Path outside = write(dir.resolve("outside-target.yaml"), "Ok:\n  description: outside\n");
            Path folder = Files.createDirectories(dir.resolve("linked-spec"));
            Files.createSymbolicLink(folder.resolve("link.yaml"), outside);
            Path spec = write(folder.resolve("api.yaml"), specAnswering("link.yaml#/Ok"));

            CliRun run = CliRun.of("lint", "--spec", spec.toString());

            assertRefused(run, "link.yaml", "outside the spec's folder");
        }
    }

    @Nested
    @DisplayName("medium: catastrophic regexes")
    class CatastrophicRegexes {

        private static final String EVIL = "(.*a){30}";
        private final String nearMiss = "a".repeat(40) + "!";

        @Test
        void lint_of_a_backtracking_pattern_with_a_long_example_ends_and_says_the_pattern_is_unusable() throws IOException {
            Path spec = projectSpecWith("regex-lint.yaml", "        name:\n          type: string\n          description: The name of the agent token.\n",
                    "        name:\n          type: string\n          pattern: '" + EVIL + "'\n          example: '" + nearMiss + "'\n"
                            + "          description: The name of the agent token.\n");

            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("lint", "--spec", spec.toString()));

            assertNoInternalError(run);
            assertThat(run.out()).contains("spec.pattern.unusable");
        }

        @Test
        void check_of_answers_a_backtracking_response_pattern_meets_ends_within_its_bounds() throws Exception {
            String deployment = "cgregexdeployment0001";
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(mockUrl() + listPath(deployment))).header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + nearMiss + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(200);
            String text = projectSpec();
            int apiToken = text.indexOf("    ApiToken:");
            String responseName = "        name:\n          type: string\n          description: The name of the agent token.\n";
            int at = text.indexOf(responseName, apiToken);
            assertThat(at).isPositive();
            Path spec = write(dir.resolve("spec").resolve("regex-check.yaml"), text.substring(0, at)
                    + "        name:\n          type: string\n          pattern: '" + EVIL + "'\n"
                    + text.substring(at + "        name:\n          type: string\n".length()));

            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of("check", "--spec", spec.toString(),
                    "--base-url", mockUrl(), "--token", TOKEN, "--organization", ORG, "--deployment", deployment, "--operation", "ListAgentTokens",
                    "--timeout", "5"));

            assertNoInternalError(run);
            assertThat(run.out()).contains("spec.pattern.unusable");
        }

        @Test
        void a_pact_matcher_with_a_backtracking_regex_is_a_finding_within_the_matching_bound() throws IOException {
            Path pacts = dir.resolve("regex-pacts");
            write(pacts.resolve("regex.json"), pact("{\"description\":\"create a named token\",\"providerState\":\"no agent tokens\","
                    + "\"request\":{\"method\":\"POST\",\"path\":\"" + listPath("cgregexpact") + "\",\"headers\":{\"Authorization\":"
                    + "\"Bearer dev-token\",\"Content-Type\":\"application/json\"},\"body\":{\"name\":\"" + nearMiss + "\"}},"
                    + "\"response\":{\"status\":200,\"body\":{\"name\":\"" + "a".repeat(40) + "\"},\"matchingRules\":{\"body\":"
                    + "{\"$.name\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"" + EVIL + "\"}]}}}}}"));

            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("gate", "--spec", CliRun.spec(),
                    "--pacts", pacts.toString(), "--base-url", mockUrl(), "--token", TOKEN, "--provider-states-url",
                    mock.providerStatesUrl().toString(), "--operation", "CreateAgentToken", "--report-dir", dir.resolve("rx").toString()));

            assertNoInternalError(run);
            assertThat(run.out()).contains("create a named token").contains("pact.provider.response-mismatch");
        }
    }

    @Nested
    @DisplayName("medium: huge schema bounds")
    class HugeBounds {

        @Test
        void a_huge_max_length_or_min_length_is_checked_without_running_out_of_memory() throws IOException {
            String from = "        name:\n          type: string\n          description: The name of the agent token.\n";
            for (String bound : List.of("maxLength: 2147483647", "maxLength: 1e9", "minLength: 300000")) {
                Path spec = projectSpecWith("bound.yaml", from, "        name:\n          type: string\n          " + bound
                        + "\n          description: The name of the agent token.\n");

                CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> CliRun.of("check", "--spec", spec.toString(),
                        "--base-url", mockUrl(), "--token", TOKEN, "--operation", "CreateAgentToken", "--deployment", "cgbounds"));

                assertNoInternalError(run);
                assertThat(run.exitCode()).as(bound + ": " + run.out() + run.err()).isIn(0, 1);
            }
        }
    }

    @Nested
    @DisplayName("medium: slow bodies still starve the mock")
    class SlowBodies {

        @Test
        void two_hundred_connections_dripping_their_bodies_do_not_keep_a_normal_request_waiting() throws Exception {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), mock.baseUrl().getPort());
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST " + listPath("cgslow") + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer dev-token\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    slow.add(socket);
                }
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                long started = System.nanoTime();
                HttpResponse<String> list = client.send(HttpRequest.newBuilder(URI.create(mockUrl() + listPath("cgslow")))
                        .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(15)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the issue saw 73.5 s").isLessThan(Duration.ofSeconds(15));
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Nested
    @DisplayName("medium: spec size")
    class SpecSize {

        @Test
        void a_spec_of_ten_thousand_trivial_operations_is_checked_and_diffed_with_itself_in_bounded_time() throws IOException {
            StringBuilder spec = new StringBuilder(HEAD + "paths:\n");
            for (int i = 0; i < 10_000; i++) {
                spec.append("  /things").append(i).append(":\n    get:\n      operationId: GetThing").append(i)
                        .append("\n      responses:\n        '200':\n          description: ok\n");
            }
            Path file = write(dir.resolve("size").resolve("api.yaml"), spec.toString());

            CliRun check = assertTimeoutPreemptively(Duration.ofSeconds(150), () -> CliRun.of("check", "--spec", file.toString(),
                    "--base-url", mockUrl(), "--token", TOKEN, "--timeout", "5"));
            Path copy = write(dir.resolve("size-copy").resolve("api.yaml"), spec.toString());
            CliRun diff = assertTimeoutPreemptively(Duration.ofSeconds(150), () -> CliRun.of("diff", "--base", file.toString(),
                    "--spec", copy.toString(), "--no-client"));

            assertNoInternalError(check);
            assertThat(check.exitCode()).isIn(0, 1);
            assertNoInternalError(diff);
            assertThat(diff.exitCode()).as(diff.err()).isZero();
            assertThat(diff.out()).contains("10000 checks");
        }
    }

    @Nested
    @DisplayName("low: pact symlinks followed")
    class PactLinks {

        @Test
        void a_pact_that_links_outside_its_folder_is_refused_and_never_read() throws IOException {
            Path outside = write(dir.resolve("outside.json"), pact(listInteraction("the outside pact", "GET", listPath("d1"), "", ""))
                    .replace("pr-consumer", "outside-consumer"));
            for (Path target : List.of(outside, Path.of("/etc/passwd"))) {
                Path pacts = Files.createDirectories(dir.resolve("linked-pacts-" + target.getFileName()));
                Files.createSymbolicLink(pacts.resolve(target.getFileName() + ".json"), target);

                CliRun run = CliRun.of("gate", "--spec", CliRun.spec(), "--pacts", pacts.toString(), "--report-dir",
                        dir.resolve("pl-" + target.getFileName()).toString());

                assertRefused(run, target.getFileName() + ".json", "outside");
                assertThat(run.out() + run.err()).doesNotContain("outside-consumer").doesNotContain("root:");
            }
        }
    }

    @Nested
    @DisplayName("low: legal or merely odd input is an internal error")
    class OddInput {

        @Test
        void a_schema_that_names_itself_is_linted_and_checked() throws IOException {
            String text = projectSpec();
            String anchor = "    CreateAgentTokenRequest:\n      type: object\n";
            assertThat(text).contains(anchor);
            // legal OpenAPI: an optional property whose schema is the schema itself
            int properties = text.indexOf("      properties:\n", text.indexOf(anchor));
            Path spec = write(dir.resolve("spec").resolve("self.yaml"), text.substring(0, properties)
                    + "      properties:\n        again:\n          $ref: '#/components/schemas/CreateAgentTokenRequest'\n"
                    + text.substring(properties + "      properties:\n".length()));

            for (CliRun run : List.of(CliRun.of("lint", "--spec", spec.toString()), CliRun.of("check", "--spec", spec.toString(),
                    "--base-url", mockUrl(), "--token", TOKEN, "--sequences", "1", "--deployment", "cgselfref"))) {
                assertNoInternalError(run);
                assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
                assertThat(run.out()).contains("checks,");
            }
        }

        @Test
        void a_path_key_that_is_no_url_template_is_bad_input_naming_its_line() throws IOException {
            for (String key : List.of("things", "/th<in>gs", "/things/{}")) {
                Path spec = write(dir.resolve("paths").resolve("api.yaml"), HEAD + "paths:\n  '" + key + "':\n    get:\n"
                        + "      operationId: ListThings\n      responses:\n        '200':\n          description: ok\n");

                CliRun run = CliRun.of("lint", "--spec", spec.toString());

                assertRefused(run, "api.yaml:");
            }
        }

        @Test
        void pact_requests_no_http_request_can_carry_are_findings_and_the_good_ones_are_still_verified() throws IOException {
            Path pacts = dir.resolve("odd-pacts");
            write(pacts.resolve("odd.json"), pact(String.join(",",
                    listInteraction("a method that is no method", "GET X", listPath("d1"), "", ""),
                    listInteraction("a header with a line break", "GET", listPath("d1"), ",\"X-Evil\":\"a\\r\\nInjected: b\"", ""),
                    listInteraction("a space in the path", "GET", listPath("d 1"), "", ""),
                    listInteraction("a regex that does not compile", "GET", listPath("d1"), "",
                            ",\"matchingRules\":{\"body\":{\"$.totalCount\":{\"matchers\":[{\"match\":\"regex\",\"regex\":\"([\"}]}}}"),
                    listInteraction("a good one", "GET", listPath("d1"), "", ""))));

            CliRun run = CliRun.of("gate", "--mock", "--spec", CliRun.spec(), "--pacts", pacts.toString(),
                    "--report-dir", dir.resolve("odd-reports").toString());

            assertNoInternalError(run);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("pact.request.method-not-allowed").contains("cannot be sent as HTTP")
                    .contains("matching rules cannot be applied");
        }
    }

    @Nested
    @DisplayName("low: terminal and report injection")
    class TerminalAndReportInjection {

        @Test
        void terminal_escapes_in_an_operation_id_reach_neither_the_console_nor_a_report() throws IOException {
            Path spec = write(dir.resolve("esc").resolve("api.yaml"), HEAD + "paths:\n  /things:\n    get:\n"
                    + "      operationId: \"List\\e[2JThings\\e]0;owned\\a\"\n      responses:\n        '200':\n"
                    + "          description: ok\n");
            Path reportDir = dir.resolve("esc-reports");

            CliRun run = CliRun.of("lint", "--spec", spec.toString(), "--report-dir", reportDir.toString());

            assertNoInternalError(run);
            assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
            assertThat(reports(reportDir)).isNotEmpty().doesNotContain("\u001b").doesNotContain("\u0007");
        }

        @Test
        void a_lone_surrogate_does_not_stop_any_report_from_being_written() throws IOException {
            Path spec = write(dir.resolve("surrogate").resolve("api.yaml"), HEAD + "paths:\n  /things:\n    get:\n"
                    + "      operationId: \"List\\uD800Things\"\n      summary: \"odd \\uDC00 text\"\n      responses:\n"
                    + "        '200':\n          description: ok\n");
            Path reportDir = dir.resolve("surrogate-reports");

            CliRun run = CliRun.of("lint", "--spec", spec.toString(), "--report-dir", reportDir.toString());

            assertNoInternalError(run);
            assertThat(run.exitCode()).isIn(0, 1);
            try (Stream<Path> files = Files.list(reportDir)) {
                assertThat(files.map(f -> f.getFileName().toString()).toList())
                        .contains("contract-report.json", "contract-report.html", "contract-report.md", "junit.xml");
            }
        }
    }

    @Nested
    @DisplayName("low: open redirect")
    class OpenRedirect {

        @Test
        void the_bare_base_path_answers_an_error_body_and_never_a_redirect_to_the_host_a_request_names() throws IOException {
            try (BundledMockServer v1 = BundledMockServer.start(List.of("--port", "0", "--bind", "127.0.0.1", "--quiet",
                    "--base-path", "/v1", "--logging.level.root=WARN"), false);
                 Socket socket = new Socket(InetAddress.getLoopbackAddress(), v1.baseUrl().getPort())) {
                socket.getOutputStream().write("GET /v1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

                assertThat(answer).doesNotContainIgnoringCase("evil.example").doesNotContainIgnoringCase("Location:");
                assertThat(answer.lines().findFirst().orElse("")).doesNotMatch("HTTP/1.1 3\\d\\d.*");
                assertThat(answer).contains("application/json").contains("\"statusCode\"").contains("\"message\"");
            }
        }
    }

    @Nested
    @DisplayName("info: encoded echoes of the token")
    class EncodedEchoes {

        @Test
        void a_server_echoing_the_token_encoded_leaves_no_form_of_it_in_the_console_or_any_report() throws IOException {
            String secret = "s3cret-echo-Token_42";
            List<String> forms = List.of(secret, Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                    URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("_", "%5F"),
                    new StringBuilder(secret).reverse().toString());
            HttpServer echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            echo.createContext("/", exchange -> {
                String body = "{\"message\":\"seen " + String.join(" ", forms) + "\",\"requestId\":\"r1\",\"statusCode\":400}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-Seen", forms.get(1));
                exchange.sendResponseHeaders(400, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            echo.start();
            Path reportDir = dir.resolve("echo-reports");
            try {
                CliRun run = CliRun.of("check", "--spec", CliRun.spec(), "--base-url", "http://127.0.0.1:" + echo.getAddress().getPort(),
                        "--token", secret, "--report-dir", reportDir.toString(), "--timeout", "5");

                assertNoInternalError(run);
                String everything = run.out() + run.err() + reports(reportDir);
                assertThat(everything).contains("seen ");
                for (String form : forms) {
                    assertThat(everything).as("the token as " + form).doesNotContain(form);
                }
            } finally {
                echo.stop(0);
            }
        }
    }
}
