package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks a running server against the spec. Every check is derived from the spec at run time:
 * positive cases from examples and schemas (with boundaries), negative cases breaking one
 * constraint each, auth cases, and stateful sequences that follow the spec's links; every
 * response is checked against what its operation documents. See {@link Rules} for the keys.
 *
 * <p>Stateful sequences run first and alone (they count resources); the independent checks then
 * run on {@link CheckOptions#concurrency()} threads. Each check has its own {@link Random}
 * seeded from {@link CheckOptions#seed()} and its place in the plan, and results are reported
 * in plan order, so a seed repeats a run.
 */
public final class ConformanceCheck {

    private ConformanceCheck() {
    }

    /**
     * Runs the check.
     *
     * @throws dev.contractgate.conformance.core.BadInputException when nothing answers at the base URL
     */
    public static RunResult run(SpecSource spec, CheckOptions options, CheckListener listener) {
        long start = System.nanoTime();
        CheckListener progress = listener == null ? CheckListener.NONE : listener;
        HttpRunner http = new HttpRunner(options.baseUrl(), options.requestTimeout(), options.maxRequests());
        http.probe("/");
        RunContext run = new RunContext(spec, ApiOperations.of(spec), http,
                new FindingFactory(spec, options.severityPolicy()), options);
        List<PlannedCheck> plan = plan(run);
        progress.started(plan.size());
        AtomicInteger done = new AtomicInteger();
        CheckRecord[] records = new CheckRecord[plan.size()];
        List<Integer> parallel = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).serial()) {
                records[i] = execute(run, plan.get(i), i, progress, done, plan.size());
            } else {
                parallel.add(i);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
            Thread t = new Thread(r, "contract-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckRecord>> futures = new ArrayList<>();
            for (int i : parallel) {
                futures.add(pool.submit(() -> execute(run, plan.get(i), i, progress, done, plan.size())));
            }
            for (int k = 0; k < parallel.size(); k++) {
                records[parallel.get(k)] = futures.get(k).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("contract check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("contract check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("requests", http.requestsMade());
        stats.put("checks", plan.size());
        stats.put("durationMillis", Duration.ofNanos(System.nanoTime() - start).toMillis());
        stats.put("seed", options.seed());
        stats.put("concurrency", options.concurrency());
        return new RunResult("contract check " + options.baseUrl(), List.of(records), stats);
    }

    /** The checks a spec gives, in a stable order: stateful sequences first. */
    static List<PlannedCheck> plan(RunContext run) {
        List<PlannedCheck> plan = new ArrayList<>(LifecycleCases.plan(run));
        plan.addAll(PositiveCases.plan(run));
        plan.addAll(NegativeCases.plan(run));
        plan.addAll(AuthCases.plan(run));
        List<PlannedCheck> ordered = new ArrayList<>(plan.stream().filter(PlannedCheck::serial).toList());
        ordered.addAll(plan.stream().filter(c -> !c.serial()).toList());
        return ordered;
    }

    private static CheckRecord execute(RunContext run, PlannedCheck check, int index, CheckListener progress,
                                       AtomicInteger done, int total) {
        long start = System.nanoTime();
        Probe probe = new Probe(run, new Random(run.options.seed() * 1_000_003L + index));
        List<Finding> findings = new ArrayList<>();
        try {
            check.body().accept(probe);
            probe.cleanUp();
        } catch (HttpRunner.BudgetExhausted e) {
            findings.add(run.findings.warning(Rules.BUDGET_EXHAUSTED, run.operations.byId(check.group()).orElse(null),
                    "skipped (in part): the run's limit of " + run.options.maxRequests() + " requests was reached"));
        }
        findings.addAll(0, probe.findings());
        CheckRecord record = new CheckRecord(check.group(), check.name(), findings,
                Duration.ofNanos(System.nanoTime() - start));
        progress.checkFinished(record, done.incrementAndGet(), total);
        return record;
    }
}
