package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.faults.Credentials;
import dev.contractgate.faults.Fault;
import dev.contractgate.faults.FaultProxy;
import dev.contractgate.faults.PlantedFaults;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model-based run on its own: the bundled mock server passes every sequence of 20 seeds; a fault
 * that shows only over a Deployment's history is found under its model rule, shrunk to a few steps,
 * with a reproducer whose curl lines use placeholders, never the run's token, and a JUnit test that
 * calls the generated client (compiled here against the real one).
 */
class ModelSequencesTest {

    private static final Credentials CREDENTIALS = new Credentials(MockServer.TOKEN, MockServer.RESTRICTED_TOKEN,
            MockServer.RESTRICTED_ORGANIZATION);

    /** Runs only the model's sequences (the default number, of the one collection) against {@code url} with {@code seed}. */
    static List<Finding> sequences(URI url, long seed) {
        CheckOptions options = CheckOptions.of(url, MockServer.TOKEN).withSeed(seed);
        RunContext run = new RunContext(MockServerRunTest.SPEC, MockServerRunTest.SPEC.operations(),
                new HttpRunner(url, options.requestTimeout(), options.maxRequests()),
                new FindingFactory(MockServerRunTest.SPEC), options);
        List<PlannedCheck> plan = ModelCases.plan(run);
        assertThat(plan).as("a collection the model can follow").hasSize(1);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Probe probe = new Probe(run, new Random(seed * 1_000_003L + i));
            plan.get(i).body().accept(probe);
            probe.cleanUp();
            findings.addAll(probe.findings());
        }
        return findings;
    }

    @Test
    void the_bundled_mock_server_passes_every_sequence_of_20_seeds() {
        for (long seed = 1; seed <= 20; seed++) {
            assertThat(sequences(MockServer.url(), seed)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void the_junit_reproducer_compiles_fails_against_the_planted_fault_and_passes_against_the_mock_server(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Throwable {
        Fault fault = PlantedFaults.named("deleted-token-returns-after-next-create", CREDENTIALS).orElseThrow().fault();
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), fault)) {
            Finding finding = sequences(proxy.url(), 42).stream().filter(f -> f.rule().startsWith("model.")).findFirst()
                    .orElseThrow();
            String source = finding.evidence().reproduction().junit();
            assertThat(source).as("a test that calls the generated client")
                    .contains("import dev.contractgate.client.api.AgentTokenApi;").contains("agentTokenApi.")
                    .doesNotContain(MockServer.TOKEN);
            Class<?> test = compile(dir, finding.evidence().reproduction().junitClass(), source);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runAgainst(test, proxy.url()))
                    .isInstanceOf(org.opentest4j.AssertionFailedError.class)
                    .hasMessageMatching("(?s)\\d+\\. (create|read|delete|list) .*"); // the step whose answer broke the model
            runAgainst(test, MockServer.url()); // the same test, against a server that holds what the spec states: passes
        }
    }

    private static Class<?> compile(java.nio.file.Path dir, String name, String source) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve(name + ".java"), source);
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-d", dir.toString(), "-cp", System.getProperty("java.class.path"),
                file.toString());
        assertThat(status).as("javac: " + errors + "\n" + source).isZero();
        java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                ModelSequencesTest.class.getClassLoader());
        return loader.loadClass(name);
    }

    private static void runAgainst(Class<?> test, URI base) throws Throwable {
        System.setProperty("BASE_URL", base.toString());
        System.setProperty("TOKEN", MockServer.TOKEN);
        try {
            java.lang.reflect.Constructor<?> constructor = test.getDeclaredConstructor();
            constructor.setAccessible(true); // package-private, as JUnit 5 test classes are
            Object instance = constructor.newInstance();
            java.lang.reflect.Method method = test.getDeclaredMethod("the_shortest_failing_sequence_holds_to_the_model");
            method.setAccessible(true);
            method.invoke(instance);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        } finally {
            System.clearProperty("BASE_URL");
            System.clearProperty("TOKEN");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "delete-removes-the-oldest, model.",
            "deleted-token-returns-after-next-create, model.",
            "list-cached-beyond-three-tokens, model.list"})
    void a_fault_only_a_history_shows_is_found_by_the_model_and_shrunk_to_a_few_steps(String name, String rule) throws Exception {
        Fault fault = PlantedFaults.named(name, CREDENTIALS).orElseThrow().fault();
        List<Finding> model;
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), fault)) {
            model = sequences(proxy.url(), 42).stream().filter(f -> f.rule().startsWith("model.")).toList();
        }
        assertThat(model).as(name).singleElement().satisfies(f -> {
            assertThat(f.rule()).startsWith(rule);
            assertThat(f.message()).contains("shrunk to");
            String script = f.evidence().reproduction().curl();
            assertThat(script).startsWith(Reproducer.HEADER).contains("curl -sS -X").contains("$BASE_URL")
                    .contains("--oauth2-bearer \"$TOKEN\"").doesNotContain(MockServer.TOKEN);
            long curls = script.lines().filter(l -> l.contains("curl ")).count();
            assertThat(curls).as("steps of the shrunk sequence: " + script).isBetween(1L, 8L);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"total-count-off-by-one", "offset-ignored", "limit-ignored", "sort-direction-ignored", "list-drops-first-token",
            "deleted-token-still-listed", "deleted-token-still-readable", "second-delete-answers-204", "created-token-not-readable",
            "create-ignores-name", "list-shows-other-deployments", "lookup-ignores-deployment"})
    // not token-cap-not-enforced: the cap (50) is beyond a 24-step sequence; LimitCases fills a parent to it
    void the_model_alone_finds_what_a_scripted_family_was_written_for(String name) throws Exception {
        Fault fault = PlantedFaults.named(name, CREDENTIALS).orElseThrow().fault();
        List<Finding> model;
        try (FaultProxy proxy = FaultProxy.start(MockServer.url(), fault)) {
            model = sequences(proxy.url(), 42).stream().filter(f -> f.rule().startsWith("model.")).toList();
        }
        assertThat(model).as(name).isNotEmpty();
    }
}
