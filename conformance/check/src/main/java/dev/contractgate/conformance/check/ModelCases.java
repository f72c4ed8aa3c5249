package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeded random sequences over every collection the spec describes ({@link ModelledCollection}), each
 * step's answer judged by the one judge and compared with a model of what the server must hold
 * ({@link ModelExecution}). A divergence is shrunk ({@link SequenceShrinker}) and reported once, under
 * its {@code model.*} rule, with the shortest sequence as curl lines ({@link Reproducer}) in its evidence.
 * {@link CheckOptions#sequences()} sequences of {@value #STEPS} steps per collection; the same seed
 * repeats them.
 */
final class ModelCases {

    static final int STEPS = 20;

    private ModelCases() {
    }

    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> checks = new ArrayList<>();
        if (run.options.sequences() == 0) {
            return checks;
        }
        for (ModelledCollection collection : ModelledCollection.find(run)) {
            for (int s = 0; s < run.options.sequences(); s++) {
                int sequence = s;
                checks.add(PlannedCheck.creating(collection.create(), collection.create().id() + " model: random sequence "
                        + (s + 1) + " of " + run.options.sequences() + " (" + STEPS + " steps over two parents)",
                        probe -> runSequence(probe, collection, sequence)));
            }
        }
        return checks;
    }

    private static void runSequence(Probe probe, ModelledCollection collection, int sequence) {
        RunContext run = probe.run;
        List<ModelStep> steps = new SequenceGenerator(run, collection).generate(probe.random, STEPS);
        AtomicInteger executions = new AtomicInteger();
        java.util.function.Supplier<List<String>> parents = () -> {
            int n = executions.getAndIncrement();
            String base = "cgseq" + Long.toString(Math.abs(run.options.seed()), 36) + "s" + sequence + "r" + n + "p";
            return List.of(base + "0", base + "1");
        };
        ModelExecution judged = new ModelExecution(run, collection, probe::sendValid);
        ModelExecution.Result first = judged.execute(steps, parents.get());
        if (first.divergence().isEmpty()) {
            return;
        }
        SequenceShrinker.Shrunk shrunk = new SequenceShrinker(run, collection, parents).shrink(steps, first);
        ModelExecution.Divergence divergence = shrunk.result().divergence().orElse(first.divergence().get());
        ModelExecution.Result shown = shrunk.result();
        String script = Reproducer.curl(collection, shown, divergence.message(), steps.size());
        String message = divergence.message() + " [random sequence " + (sequence + 1) + ", seed " + run.options.seed()
                + ": failed at step " + (first.divergence().get().step() + 1) + " of " + steps.size() + ", shrunk to "
                + shown.transcript().size() + " steps in " + shrunk.replays() + " replays; reproduce with the curl lines of"
                + " the evidence]";
        Evidence answer = divergence.exchange().evidence();
        probe.findings().add(run.findings.withEvidence(divergence.rule(), divergence.op(), "/responses", message,
                new Evidence(script, answer.response())));
    }
}
