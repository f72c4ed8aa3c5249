package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Shrinks a failing sequence to a short one that still fails the same way (the same rule), by
 * re-running candidates against the server in fresh parents: first everything after the divergence
 * is cut, then delta debugging removes chunks of steps, then each step's values are made minimal
 * (a create with its required fields only, a list without sorts, offset or limit). Bounded by a
 * number of replays, so a flaky or slow server cannot make it run away.
 */
final class SequenceShrinker {

    /** The shortest sequence found, its last run (the reproducer's evidence) and how many replays it took. */
    record Shrunk(List<ModelStep> steps, ModelExecution.Result result, int replays) {
    }

    static final int MAX_REPLAYS = 30;

    private final ModelExecution replay;
    private final Supplier<List<String>> freshParents;
    private final RunContext run;
    private final ModelledCollection collection;
    private int replays;

    SequenceShrinker(RunContext run, ModelledCollection collection, Supplier<List<String>> freshParents) {
        this.run = run;
        this.collection = collection;
        this.replay = new ModelExecution(run, collection, (op, call) -> run.http.send(call));
        this.freshParents = freshParents;
    }

    Shrunk shrink(List<ModelStep> failing, ModelExecution.Result first) {
        String rule = first.divergence().orElseThrow().rule();
        List<ModelStep> steps = new ArrayList<>(failing.subList(0, first.divergence().get().step() + 1));
        ModelExecution.Result best = first;
        int chunks = 2;
        while (steps.size() >= 2 && replays < MAX_REPLAYS) {
            int size = (int) Math.ceil(steps.size() / (double) chunks);
            boolean reduced = false;
            for (int start = 0; start < steps.size() && replays < MAX_REPLAYS; start += size) {
                List<ModelStep> candidate = new ArrayList<>(steps.subList(0, start));
                candidate.addAll(steps.subList(Math.min(steps.size(), start + size), steps.size()));
                Optional<ModelExecution.Result> fails = failsTheSameWay(candidate, rule);
                if (fails.isPresent()) {
                    steps = cut(candidate, fails.get());
                    best = fails.get();
                    chunks = Math.max(chunks - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (chunks >= steps.size()) {
                    break;
                }
                chunks = Math.min(chunks * 2, steps.size());
            }
        }
        for (int i = 0; i < steps.size() && replays < MAX_REPLAYS; i++) {
            for (ModelStep simpler : simpler(steps.get(i))) {
                List<ModelStep> candidate = new ArrayList<>(steps);
                candidate.set(i, simpler);
                Optional<ModelExecution.Result> fails = failsTheSameWay(candidate, rule);
                if (fails.isPresent()) {
                    steps = candidate;
                    best = fails.get();
                    break;
                }
            }
        }
        if (best == first) {
            // the first run's transcript holds steps the shrunk sequence lacks: replay it once for the reproducer
            ModelExecution.Result again = replay.execute(steps, freshParents.get());
            replays++;
            if (again.divergence().map(d -> d.rule().equals(rule)).orElse(false)) {
                best = again;
            }
        }
        return new Shrunk(List.copyOf(steps), best, replays);
    }

    private static List<ModelStep> cut(List<ModelStep> steps, ModelExecution.Result result) {
        return new ArrayList<>(steps.subList(0, result.divergence().orElseThrow().step() + 1));
    }

    private Optional<ModelExecution.Result> failsTheSameWay(List<ModelStep> candidate, String rule) {
        replays++;
        ModelExecution.Result result = replay.execute(candidate, freshParents.get());
        return result.divergence().filter(d -> d.rule().equals(rule)).map(d -> result);
    }

    private List<ModelStep> simpler(ModelStep step) {
        List<ModelStep> out = new ArrayList<>();
        if (step instanceof ModelStep.Create c) {
            JsonNode minimal = run.values.valid(PositiveCases.schemaOf(collection.create()), new Random(0), false);
            if (minimal != null && !minimal.equals(c.body())) {
                out.add(new ModelStep.Create(c.parent(), c.label(), minimal));
            }
        } else if (step instanceof ModelStep.ListPage l) {
            if (!l.sorts().isEmpty()) {
                out.add(new ModelStep.ListPage(l.parent(), List.of(), l.offset(), l.limit()));
            }
            if (l.offset() != null) {
                out.add(new ModelStep.ListPage(l.parent(), l.sorts(), null, l.limit()));
            }
            if (l.limit() != null) {
                out.add(new ModelStep.ListPage(l.parent(), l.sorts(), l.offset(), null));
            }
        }
        return out;
    }
}
