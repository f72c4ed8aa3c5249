package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input the CLI is known to meet gets exit 2 and one line on stderr
 * ({@code contract: …}; a usage error adds {@code see contract CMD --help}), fast, with no stack
 * trace and no secret, through the real entry point ({@link Main#execute}).
 */
class CliRobustnessTest {

    static final String SECRET = "s3cr3t-robustness-token";

    @TempDir
    static Path dir;

    /** One bad input: the arguments, built in the shared temporary folder. */
    record BadInput(String name, Function<Path, List<String>> arguments, boolean usageError) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static BadInput bad(String name, Function<Path, List<String>> arguments) {
        return new BadInput(name, arguments, false);
    }

    private static BadInput usage(String name, Function<Path, List<String>> arguments) {
        return new BadInput(name, arguments, true);
    }

    private static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String spec() {
        return CliRun.spec();
    }

    private static String specWith(Path dir, String name, String extra) {
        try {
            return write(dir, name, Files.readString(Path.of(spec())) + extra).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The project spec with one path key rewritten. */
    private static String specPaths(Path dir, String name, String from, String to) {
        try {
            String text = Files.readString(Path.of(spec()));
            if (!text.contains(from)) {
                throw new IllegalStateException("the spec no longer has " + from);
            }
            return write(dir, name, text.replace(from, to)).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-lol:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String prev = "*a" + (i - 1);
            yaml.append("  a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        return yaml.toString();
    }

    private static String deepPact() {
        return "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{\"description\":\"d\","
                + "\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200,\"body\":"
                + "[".repeat(50_000) + "]".repeat(50_000) + "}}]}";
    }

    static Stream<BadInput> badInputs() {
        return Stream.of(
                bad("lint: a spec file that does not exist", d -> List.of("lint", "--spec", d.resolve("missing.yaml").toString())),
                bad("lint: a folder as the spec", d -> List.of("lint", "--spec", d.toString())),
                bad("lint: an empty spec", d -> List.of("lint", "--spec", write(d, "empty.yaml", "").toString())),
                bad("lint: YAML that is not OpenAPI", d -> List.of("lint", "--spec", write(d, "other.yaml", "name: x\nitems: [1, 2]\n").toString())),
                bad("lint: a Swagger 2 document", d -> List.of("lint", "--spec", write(d, "swagger2.yaml", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n").toString())),
                bad("lint: binary garbage", d -> List.of("lint", "--spec", write(d, "garbage.yaml", "\u0000\u0001\u0002{{{[[[").toString())),
                bad("lint: a billion-laughs document", d -> List.of("lint", "--spec", write(d, "laughs.yaml", billionLaughs()).toString())),
                bad("lint: a spec of 6 MiB", d -> List.of("lint", "--spec", write(d, "big.yaml",
                        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-big: '" + "x".repeat(6 << 20) + "'\n").toString())),
                bad("lint: a $ref to an unanswering remote server", d -> List.of("lint", "--spec", specWith(d, "remote.yaml",
                        "x-remote:\n  $ref: 'http://10.255.255.1/schemas.yaml#/Thing'\n"))),
                bad("lint: a $ref to a file outside the spec's folder", d -> List.of("lint", "--spec", specWith(d.resolve("inner"), "outside.yaml",
                        "x-outside:\n  $ref: '../../etc/passwd'\n"))),
                bad("lint: a $ref that names nothing", d -> List.of("lint", "--spec", specWith(d, "dangling.yaml",
                        "x-dangling:\n  $ref: '#/components/schemas/NoSuchSchema'\n"))),
                bad("lint: a path that does not start with /", d -> List.of("lint", "--spec", specPaths(d, "nopath.yaml",
                        "  /organizations/{organizationId}/deployments/{deploymentId}/agent-tokens:\n",
                        "  organizations/{organizationId}/deployments/{deploymentId}/agent-tokens:\n"))),
                bad("lint: a schema type that is no type (integr)", d -> List.of("lint", "--spec", specPaths(d, "integr.yaml",
                        "type: integer", "type: integr"))),
                bad("check: required: true in a schema", d -> List.of("check", "--spec", specPaths(d, "required-true.yaml",
                        "      required:\n", "      required: true\n      x-was-required:\n"), "--base-url", "http://127.0.0.1:1", "--token", SECRET)),
                bad("pacts: a misspelt schema keyword (requird)", d -> List.of("pacts", "--spec", specPaths(d, "requird.yaml",
                        "      required:\n", "      requird:\n"), "--pacts", d.toString())),
                bad("check: a misspelt key the validator refuses (requestBody requird)", d -> List.of("check", "--spec",
                        specPaths(d, "body-requird.yaml", "      requestBody:\n        required: true\n",
                                "      requestBody:\n        requird: true\n"), "--base-url", "http://127.0.0.1:1", "--token", SECRET)),
                bad("diff: an array without items", d -> List.of("diff", "--base", spec(), "--spec", specPaths(d, "no-items.yaml",
                        "        type: array\n        items:\n          type: string\n", "        type: array\n        x-items:\n          type: string\n"))),
                bad("check: a path with < and >", d -> List.of("check", "--spec", specPaths(d, "angle.yaml",
                        "/agent-tokens/{agentTokenId}:\n", "/agent-tokens/<{agentTokenId}>:\n"), "--base-url", "http://127.0.0.1:1",
                        "--token", SECRET)),
                bad("diff: a path with braces that name nothing", d -> List.of("diff", "--base", spec(), "--spec", specPaths(d,
                        "braces.yaml", "/agent-tokens/{agentTokenId}:\n", "/agent-tokens/{}:\n"))),
                bad("pacts: a folder that does not exist", d -> List.of("pacts", "--spec", spec(), "--pacts", d.resolve("no-pacts").toString())),
                bad("pacts: a pact nested 50,000 deep", d -> List.of("pacts", "--spec", spec(), "--pacts", write(d, "deep/p.json", deepPact()).getParent().toString())),
                bad("gate: pacts folder that does not exist", d -> List.of("gate", "--spec", spec(), "--pacts", d.resolve("none").toString(),
                        "--report-dir", d.resolve("gate-report").toString())),
                bad("gate: --provider-states-url without --base-url", d -> List.of("gate", "--spec", spec(), "--mock",
                        "--provider-states-url", "http://127.0.0.1:1/state", "--report-dir", d.resolve("g1").toString())),
                bad("gate: --provider-states-url that is not HTTP", d -> List.of("gate", "--spec", spec(), "--base-url",
                        "http://127.0.0.1:1", "--token", SECRET, "--provider-states-url", "ftp://x", "--report-dir", d.resolve("g2").toString())),
                bad("gate: --forbidden-token without --base-url", d -> List.of("gate", "--spec", spec(), "--mock",
                        "--forbidden-token", SECRET, "--report-dir", d.resolve("g3").toString())),
                bad("check: a base URL that is not HTTP", d -> List.of("check", "--spec", spec(), "--base-url", "ftp://x", "--token", SECRET)),
                bad("check: a base URL that is not a URL", d -> List.of("check", "--spec", spec(), "--base-url", "http://[::1", "--token", SECRET)),
                bad("check: nobody listening", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1", "--token", SECRET, "--timeout", "2")),
                bad("check: a token ending in a carriage return", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1",
                        "--token", SECRET + "\r")),
                bad("check: a token with a newline", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1",
                        "--token", SECRET + "\nX-Injected: 1")),
                bad("check: an empty token", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1", "--token", "")),
                bad("check: --max-requests 0", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1", "--token", SECRET, "--max-requests", "0")),
                bad("check: --timeout 0", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1", "--token", SECRET, "--timeout", "0")),
                usage("check: --param without a value", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1", "--token", SECRET, "--param", "tokenId")),
                bad("diff: a base that git would read as an option", d -> List.of("diff", "--base", "--output=" + d.resolve("written").toString(), "--spec", spec())),
                bad("diff: a base that is neither file nor revision", d -> List.of("diff", "--base", "no-such-revision-xyz", "--spec", spec())),
                bad("diff: a client jar that is not a jar", d -> List.of("diff", "--base", spec(), "--spec", spec(), "--client-jar",
                        write(d, "client.jar", "not a jar").toString())),
                bad("any: --severity for a rule that does not exist", d -> List.of("lint", "--spec", spec(), "--severity", "no.such.rule=error")),
                bad("any: --config that does not exist", d -> List.of("lint", "--spec", spec(), "--config", d.resolve("none.yaml").toString())),
                bad("any: --config that is not YAML", d -> List.of("lint", "--spec", spec(), "--config", write(d, "bad-config.yaml", "severity: [\n").toString())),
                bad("any: --report-dir that is a file", d -> List.of("lint", "--spec", spec(), "--report-dir", write(d, "a-file", "x").toString())),
                usage("usage: an unknown option", d -> List.of("lint", "--no-such-flag")),
                usage("usage: an unknown command", d -> List.of("frobnicate")),
                usage("usage: an option without its value", d -> List.of("pacts", "--pacts")),
                usage("usage: a number that is not one", d -> List.of("check", "--spec", spec(), "--base-url", "http://127.0.0.1:1", "--token", SECRET, "--timeout", "soon")),
                bad("any: --severity with an unknown level", d -> List.of("lint", "--spec", spec(), "--severity", "lint.x=loud")),
                bad("gate: --min-coverage with an unknown level", d -> List.of("gate", "--spec", spec(), "--min-coverage", "most")),
                usage("usage: --fail-on with an unknown value", d -> List.of("diff", "--base", spec(), "--spec", spec(), "--fail-on", "sometimes")),
                usage("usage: no command", d -> List.of()));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> notPacts() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("a pact that is {}", "{}"),
                org.junit.jupiter.params.provider.Arguments.of("interactions null",
                        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":null}"),
                org.junit.jupiter.params.provider.Arguments.of("no interactions",
                        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[]}"),
                org.junit.jupiter.params.provider.Arguments.of("not JSON", "not json"));
    }

    /** A file in the pacts folder that proves nothing never passes, and the good pacts beside it are still checked. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notPacts")
    void a_file_that_is_not_a_pact_fails_the_run_naming_the_file(String name, String content) throws IOException {
        Path folder = dir.resolve("not-a-pact-" + name.replaceAll("[^a-z]", ""));
        Path file = write(folder, "broken.json", content);
        write(folder, "good.json", "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{"
                + "\"description\":\"list without a token\",\"request\":{\"method\":\"GET\","
                + "\"path\":\"/organizations/o/deployments/d/agent-tokens\"},\"response\":{\"status\":401,"
                + "\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":{\"message\":\"no token\",\"requestId\":\"r1\",\"statusCode\":401}}}],"
                + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), "pacts", "--spec", spec(),
                "--pacts", folder.toString());

        assertThat(exit).as("never a pass; stdout: %s", out).isEqualTo(1);
        assertThat(out.toString()).contains("pact.file.unreadable").contains(file.toString()).doesNotContain("PASSED");
        assertThat(out.toString()).as("the good pact beside it was still checked").contains("interactions: 1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void bad_input_exits_2_with_one_line_and_no_stack_trace_or_secret(BadInput input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();

        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), input.arguments().apply(dir).toArray(String[]::new));

        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        List<String> lines = err.toString().strip().lines().toList();
        assertThat(exit).as("exit code; stderr: %s", err).isEqualTo(2);
        assertThat(lines).as("stderr").isNotEmpty();
        assertThat(lines.get(0)).startsWith("contract: ");
        if (input.usageError()) {
            assertThat(lines).as("a usage error: the problem and where to look").hasSize(2);
            assertThat(lines.get(1)).startsWith("see contract").endsWith("--help");
        } else {
            assertThat(lines).as("one line").hasSize(1);
        }
        assertThat(out.toString() + err).doesNotContain(SECRET).doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(seconds).as("seconds to refuse").isLessThan(20);
        assertThat(dir.resolve("written")).as("no value became a subprocess option").doesNotExist();
    }
}
