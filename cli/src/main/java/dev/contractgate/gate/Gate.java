package dev.contractgate.gate;

import dev.contractgate.conformance.check.CheckListener;
import dev.contractgate.conformance.check.CheckOptions;
import dev.contractgate.conformance.check.ConformanceCheck;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecProvenance;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.lint.SpecLint;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.conformance.pacts.ProviderVerification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The gate, as an engine both front ends call (the {@code contract gate} command and the Maven plugin's
 * {@code gate} goal): lint the spec, check the pacts against it, check a server (the one named, or the
 * bundled mock server started meanwhile), replay the pacts against it; one combined run, each stage under
 * its name, a stage that could not run said as skipped.
 */
public final class Gate {

    /** A running bundled mock server: where it answers and where its provider states are set up. */
    public interface MockServer extends AutoCloseable {
        URI baseUrl();

        URI providerStatesUrl();

        @Override
        void close();
    }

    /** The check's progress as a front end shows it, ended when the check is over. */
    public interface Progress extends CheckListener, AutoCloseable {
        @Override
        void close();

        /** No progress shown (a Maven build logs the summary only). */
        static Progress quiet() {
            return () -> { };
        }
    }

    /** What the front end shows while stages run: notes (a skipped stage) and the check's progress. */
    public record Listener(Consumer<String> notes, Supplier<? extends Progress> progress) {
    }

    /** The combined run, and whether coverage has only the consumer's pacts to go by (no server checked). */
    public record Outcome(RunResult result, boolean serverChecked) {
    }

    private final Supplier<MockServer> startMock;
    private final Listener listener;

    /** @param startMock starts the bundled mock server on a free port (called only when the gate checks it) */
    public Gate(Supplier<MockServer> startMock, Listener listener) {
        this.startMock = startMock;
        this.listener = listener;
    }

    public Outcome run(GateOptions options) {
        SpecSource source = options.spec();
        if (options.target() == GateOptions.Target.MOCK && !options.allowSpecMismatch()) {
            SpecProvenance.requireSame("the bundled mock server",
                    SpecProvenance.ofClass(dev.contractgate.mock.MockServerApplication.class), source, "--spec");
        }
        // The mock server starts (a few seconds of Spring) while lint and the pact check run.
        CompletableFuture<MockServer> server = options.target() == GateOptions.Target.MOCK
                ? CompletableFuture.supplyAsync(startMock) : null;
        try {
            List<RunResult> parts = new ArrayList<>();
            parts.add(stage("lint", new SpecLint().lint(source)));
            Path folder = options.pacts();
            boolean havePacts = hasPactFiles(folder);
            if (havePacts) {
                parts.add(stage("pacts", new PactSpecCheck().check(source, folder)));
            } else if (options.pactsGiven()) {
                throw new InvalidGateInput(GateOption.PACTS, "--pacts " + folder + " holds no pact files (*.json); pass the"
                        + " folder the consumer tests write their pacts to");
            } else {
                listener.notes().accept("WARNING: no pact files in " + folder + "; skipping the pacts stage "
                        + "(run `mvn verify` to record them, or pass --pacts DIR)");
                parts.add(skipped("pacts", "no pact files in " + folder));
            }
            switch (options.target()) {
                case MOCK -> {
                    MockServer mock = join(server);
                    parts.add(stage("check", check(source, CheckOptions.of(mock.baseUrl(), dev.contractgate.mock.auth.DevTokens.DEV_TOKEN)
                            .withForbiddenToken(dev.contractgate.mock.auth.DevTokens.RESTRICTED_TOKEN,
                                    dev.contractgate.mock.auth.DevTokens.RESTRICTED_ORGANIZATION), options.seed())));
                    if (havePacts) {
                        parts.add(stage("provider", new ProviderVerification().verify(source, folder,
                                new ProviderVerification.Target(mock.baseUrl(), mock.providerStatesUrl(), CheckOptions.DEFAULT_TIMEOUT))));
                    }
                }
                case URL -> {
                    parts.add(stage("check", check(source, options.server(), options.seed())));
                    if (havePacts && options.providerStates() != null) {
                        parts.add(stage("provider", new ProviderVerification().verify(source, folder,
                                new ProviderVerification.Target(options.server().baseUrl(), options.providerStates(),
                                        CheckOptions.DEFAULT_TIMEOUT, options.credentials()))));
                    } else if (havePacts) {
                        parts.add(skipped("provider", "pacts are replayed against --base-url only with --provider-states-url"));
                    }
                }
                case NONE -> {
                    listener.notes().accept("NOTE: no --base-url and not in the toolkit's clone; skipping the conformance"
                            + " check (pass --base-url URL to check your implementation, or --mock for the bundled mock server)");
                    parts.add(skipped("check", "no --base-url given and not in the toolkit's clone (--mock checks the bundled mock)"));
                }
            }
            return new Outcome(RunResult.combine("contract gate " + options.specDescription(), parts),
                    options.target() != GateOptions.Target.NONE);
        } finally {
            if (server != null) {
                // stops it now, or as soon as it has started when an earlier stage failed
                server.thenAccept(MockServer::close);
            }
        }
    }

    private RunResult check(SpecSource source, CheckOptions options, long seed) {
        try (Progress progress = listener.progress().get()) {
            return ConformanceCheck.run(source, options.withSeed(seed), progress);
        }
    }

    /** A stage that did not run, said in the summary and every report, so nobody reads its absence as a pass. */
    private static RunResult skipped(String stage, String why) {
        return new RunResult(stage, List.of(), Map.of("skipped", why));
    }

    /** The same run under a short title, so the combined summary reads "check: requests". */
    private static RunResult stage(String name, RunResult result) {
        return new RunResult(name, result.checks(), result.stats(), result.coverage());
    }

    private static MockServer join(CompletableFuture<MockServer> server) {
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    static boolean hasPactFiles(Path dir) {
        if (Files.isRegularFile(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && f.toString().endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
