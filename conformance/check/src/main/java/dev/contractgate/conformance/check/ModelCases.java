package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Reproduction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeded random sequences over every collection the spec describes ({@link ModelledCollection}), each
 * step's answer judged by the one judge and compared with a model of what the server must hold
 * ({@link ModelExecution}). A divergence is shrunk ({@link SequenceShrinker}) and reported once, under
 * its {@code model.*} rule, with the shortest sequence as curl lines ({@link Reproducer}) and as a JUnit 5
 * test that calls the generated client ({@link ClientReproducer}, when the client is on the class path).
 * {@link CheckOptions#sequences()} sequences of {@value #STEPS} steps per collection; the same seed
 * repeats them.
 */
final class ModelCases {

    static final int STEPS = 24;

    private ModelCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        int sequences = run.options.sequences();
        if (sequences == 0) {
            return checks;
        }
        for (ModelledCollection collection : ModelledCollection.find(run)) {
            checks.add(PlannedCheck.creating(collection.create(), collection.create().id() + " model: " + sequences
                    + " random sequences of " + STEPS + " steps over two parents, each answer compared with the model",
                    probe -> runSequences(probe, collection, sequences)));
        }
        return checks;
    }

    /** Runs the sequences one after another; the first that diverges is shrunk and reported, and ends the check. */
    private static void runSequences(Probe probe, ModelledCollection collection, int sequences) {
        RunContext run = probe.run;
        AtomicInteger executions = new AtomicInteger();
        java.util.function.Supplier<List<String>> parents = () -> {
            int n = executions.getAndIncrement();
            String base = "cgseq" + run.nonce + "r" + n + "p";
            return List.of(base + "0", base + "1");
        };
        ModelExecution judged = new ModelExecution(run, collection, probe::sendValid);
        for (int sequence = 0; sequence < sequences; sequence++) {
            List<ModelStep> steps = new SequenceGenerator(run, collection).generate(probe.random, STEPS);
            ModelExecution.Result first = judged.execute(steps, parents.get());
            if (first.divergence().isPresent()) {
                report(probe, collection, sequence, steps, first, parents);
                return;
            }
        }
    }

    private static void report(Probe probe, ModelledCollection collection, int sequence, List<ModelStep> steps,
                               ModelExecution.Result first, java.util.function.Supplier<List<String>> parents) {
        RunContext run = probe.run;
        SequenceShrinker.Shrunk shrunk = new SequenceShrinker(run, collection, parents).shrink(steps, first);
        ModelExecution.Divergence divergence = shrunk.result().divergence().orElse(first.divergence().get());
        ModelExecution.Result shown = shrunk.result();
        String how = "random sequence " + (sequence + 1) + " of seed " + run.options.seed() + " failed at step "
                + (first.divergence().get().step() + 1) + " of " + steps.size() + "; shrunk to " + shown.transcript().size()
                + " steps in " + shrunk.replays() + " replays";
        String script = Reproducer.curl(collection, shown, divergence.message(), how);
        String junit = ClientSettings.onClassPath()
                .map(settings -> new ClientReproducer(collection, settings).source(shown, divergence.message()))
                .orElse("");
        String message = divergence.message() + " (shrunk to " + shown.transcript().size()
                + " steps: the evidence's curl lines and JUnit test reproduce it)";
        Evidence answer = divergence.exchange().evidence();
        probe.findings().add(run.findings.withEvidence(divergence.rule(), divergence.op(), "/responses", message,
                new Evidence(answer.request(), answer.response(),
                        new Reproduction(script, junit.isEmpty() ? "" : ClientReproducer.CLASS_NAME, junit))));
    }
}
