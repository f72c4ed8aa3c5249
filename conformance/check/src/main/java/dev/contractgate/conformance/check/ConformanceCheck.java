package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.coverage.Coverage;
import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.SpecSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a running server against the spec. Every check is derived from the spec at run time:
 * positive cases from examples and schemas (with boundaries), negative cases breaking one
 * constraint each, auth cases, and stateful sequences that follow the spec's links; every
 * response is checked against what its operation documents. See {@link CheckRules} for the keys.
 *
 * <p>Checks run on {@link CheckOptions#concurrency()} threads in two phases: stateful sequences
 * (which count resources) beside the checks of read-only operations, then the checks that may
 * create resources. Each check has its own {@link Random}
 * seeded from {@link CheckOptions#seed()} and its place in the plan, and results are reported
 * in plan order, so a seed repeats a run.
 */
public final class ConformanceCheck {

    private ConformanceCheck() {
    }

    /**
     * Runs the check.
     *
     * @throws dev.contractgate.conformance.core.BadInputException when nothing answers at the base URL,
     *         or the server refuses the run's token or no documented collection answers under it (see {@link Preflight})
     */
    public static RunResult run(SpecSource spec, CheckOptions options, CheckListener listener) {
        long start = System.nanoTime();
        requireKnownOperations(spec, options);
        CheckListener progress = listener == null ? CheckListener.NONE : listener;
        // the run's tokens are masked wherever they appear, also where a server echoes them
        SecretMasker.register(options.token());
        SecretMasker.register(options.forbiddenToken());
        HttpRunner http = new HttpRunner(options.baseUrl(), options.requestTimeout(), options.maxRequests());
        // Building the response validator (it parses the spec) overlaps the reachability probe.
        CompletableFuture<RunContext> context = CompletableFuture.supplyAsync(() -> new RunContext(spec,
                spec.operations(), http, new FindingFactory(spec), options));
        http.probe("/");
        RunContext run;
        try {
            run = context.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Preflight.require(run, http);
        List<PlannedCheck> plan = plan(run);
        int total = plan.size() + (int) run.operations.all().stream().filter(options::selects).count(); // then coverage per operation
        progress.started(total);
        AtomicInteger done = new AtomicInteger();
        CheckRecord[] records = new CheckRecord[plan.size()];
        @SuppressWarnings("unchecked")
        List<Coverage.Observation>[] observations = new List[plan.size()];
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
            Thread t = new Thread(r, "contract-check");
            t.setDaemon(true);
            return t;
        });
        try {
            runPhase(pool, plan, records, List.of(PlannedCheck.Phase.SEQUENCE, PlannedCheck.Phase.READ_ONLY), run,
                    progress, done, total, observations);
            runPhase(pool, plan, records, List.of(PlannedCheck.Phase.MUTATING), run, progress, done, total, observations);
        } finally {
            pool.shutdownNow();
        }
        List<CheckRecord> all = new ArrayList<>(List.of(records));
        for (CheckRecord coverage : ExercisedOperations.records(run)) {
            all.add(coverage);
            progress.checkFinished(coverage, done.incrementAndGet(), total);
        }
        List<Coverage.Observation> seen = new ArrayList<>();
        for (List<Coverage.Observation> part : observations) {
            if (part != null) {
                seen.addAll(part);
            }
        }
        all = NotServedOperations.fold(run, all, seen);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("requests", http.requestsMade());
        stats.put("checks", all.size());
        stats.put("durationMillis", Duration.ofNanos(System.nanoTime() - start).toMillis());
        stats.put("seed", options.seed());
        stats.put("concurrency", options.concurrency());
        stats.put("inferred links", run.inferredLinks());
        // said, not silently skipped: how many collections the model followed (none means no model sequences ran)
        stats.put("model", options.sequences() + " sequences of " + ModelCases.STEPS + " steps over "
                + ModelledCollection.find(run).size() + " collection(s)");
        return new RunResult("contract check " + options.baseUrl(), all, stats, Coverage.of(spec.operations().all().stream().filter(options::selects).toList(), seen));
    }

    private static void runPhase(ExecutorService pool, List<PlannedCheck> plan, CheckRecord[] records,
                                 List<PlannedCheck.Phase> phases, RunContext run, CheckListener progress,
                                 AtomicInteger done, int total, List<Coverage.Observation>[] observations) {
        List<Integer> indexes = new ArrayList<>();
        List<Future<CheckRecord>> futures = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (phases.contains(plan.get(i).phase())) {
                int index = i;
                indexes.add(i);
                futures.add(pool.submit(() -> execute(run, plan.get(index), index, progress, done, total, observations)));
            }
        }
        try {
            for (int k = 0; k < futures.size(); k++) {
                records[indexes.get(k)] = futures.get(k).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("contract check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("contract check failed: " + e.getCause(), e.getCause());
        }
    }

    /** Each {@code --operation} names an operation of the spec, by operationId or {@code METHOD /path}. */
    private static void requireKnownOperations(SpecSource spec, CheckOptions options) {
        List<String> ids = spec.operations().all().stream().map(op -> op.id()).toList();
        for (String wanted : options.operations()) {
            boolean known = spec.operations().all().stream().anyMatch(op -> op.id().equals(wanted) || op.key().equals(wanted));
            if (!known) {
                String near = dev.contractgate.conformance.core.Suggestions.nearest(wanted, ids);
                throw new dev.contractgate.conformance.core.BadInputException("--operation " + wanted
                        + " names no operation of " + spec.path() + (near != null ? ": did you mean " + near + "?" : "")
                        + " (operationIds: " + String.join(", ", ids) + ")");
            }
        }
    }

    /** The checks a spec gives (of the operations the options select), in a stable order: stateful sequences first. */
    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> plan = new ArrayList<>(LifecycleCases.plan(run));
        plan.addAll(PositiveCases.plan(run));
        plan.addAll(NegativeCases.plan(run));
        plan.addAll(EdgeInputCases.plan(run));
        plan.addAll(RaceCases.plan(run));
        plan.addAll(AuthCases.plan(run));
        plan.addAll(AuthOrderCases.plan(run));
        plan.addAll(TenancyCases.plan(run));
        plan.addAll(LimitCases.plan(run));
        plan.addAll(RoundTripCases.plan(run));
        plan.addAll(ModelCases.plan(run));
        java.util.Set<String> selected = new java.util.HashSet<>();
        run.operations.all().stream().filter(run.options::selects).forEach(op -> selected.add(op.id()));
        plan.removeIf(c -> !selected.contains(c.group()));
        List<PlannedCheck> ordered = new ArrayList<>(plan.stream()
                .filter(c -> c.phase() == PlannedCheck.Phase.SEQUENCE).toList());
        ordered.addAll(plan.stream().filter(c -> c.phase() != PlannedCheck.Phase.SEQUENCE).toList());
        return ordered;
    }

    private static CheckRecord execute(RunContext run, PlannedCheck check, int index, CheckListener progress,
                                       AtomicInteger done, int total, List<Coverage.Observation>[] observations) {
        long start = System.nanoTime();
        Probe probe = new Probe(run, new Random(run.options.seed() * 1_000_003L + index));
        List<Finding> findings = new ArrayList<>();
        try {
            check.body().accept(probe);
            probe.cleanUp();
        } catch (HttpRunner.BudgetExhausted e) {
            // work the run was asked to do and did not: never a pass
            findings.add(run.findings.of(CheckRules.BUDGET_EXHAUSTED, run.operations.byId(check.group()).orElse(null), "",
                    "not run (in full): the run's limit of " + run.options.maxRequests() + " requests was reached;"
                            + " raise --max-requests", null));
        }
        findings.addAll(0, probe.findings());
        CheckRecord record = new CheckRecord(check.group(), check.name(), findings,
                Duration.ofNanos(System.nanoTime() - start));
        observations[index] = probe.observed().stream()
                .map(seen -> new Coverage.Observation(seen.getKey(), seen.getValue(), "check", check.name(), record.passed()))
                .toList();
        progress.checkFinished(record, done.incrementAndGet(), total);
        return record;
    }
}
