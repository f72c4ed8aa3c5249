package dev.contractgate.conformance.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one run of any engine: every check that ran, with its findings, plus named
 * figures (requests made, duration, ...) for the summary. Every report and every exit code
 * comes from this one type.
 *
 * @param title  what ran, e.g. "contract check http://localhost:8080"
 * @param checks every check that ran, in a stable order
 * @param stats  figures worth printing, in insertion order
 */
public record RunResult(String title, List<CheckRecord> checks, Map<String, Object> stats,
                        dev.contractgate.conformance.core.coverage.Coverage coverage) {

    public RunResult {
        checks = List.copyOf(checks);
        stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        coverage = coverage == null ? dev.contractgate.conformance.core.coverage.Coverage.NONE : coverage;
    }

    /** A run that records no coverage (lint, diff). */
    public RunResult(String title, List<CheckRecord> checks, Map<String, Object> stats) {
        this(title, checks, stats, null);
    }

    /** The same run with more checks after its own (a coverage minimum's findings). */
    public RunResult withChecks(List<CheckRecord> more) {
        List<CheckRecord> all = new ArrayList<>(checks);
        all.addAll(more);
        return new RunResult(title, all, stats, coverage);
    }

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        checks.forEach(c -> all.addAll(c.findings()));
        return all;
    }

    public long errorCount() {
        return findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warningCount() {
        return findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** 0 when no finding is an error, 1 otherwise (2, bad input, never gets this far). */
    public int exitCode() {
        return errorCount() == 0 ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }

    /** Several runs reported as one (the gate: lint + pacts + check). */
    public static RunResult combine(String title, List<RunResult> parts) {
        List<CheckRecord> checks = new ArrayList<>();
        Map<String, Object> stats = new LinkedHashMap<>();
        dev.contractgate.conformance.core.coverage.Coverage coverage = dev.contractgate.conformance.core.coverage.Coverage.NONE;
        for (RunResult part : parts) {
            checks.addAll(part.checks());
            part.stats().forEach((k, v) -> stats.put(part.title() + ": " + k, v));
            coverage = coverage.plus(part.coverage());
        }
        return new RunResult(title, checks, stats, coverage);
    }
}
