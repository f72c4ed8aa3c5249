package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.RunResult;

/**
 * Turns one {@link RunResult} into one report format. Every format renders the same model,
 * so every front end (CLI, tests, CI) reports the same findings the same way. Evidence is
 * masked by the engines before it reaches a finding; renderers pass the result through
 * {@link ReportSafety} once more so no bearer token or token value can reach a report.
 */
public interface Renderer {

    /** The file name this format is written to inside a report directory. */
    String fileName();

    /** The whole report as text. */
    String render(RunResult result);
}
