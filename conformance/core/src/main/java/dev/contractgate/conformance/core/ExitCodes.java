package dev.contractgate.conformance.core;

/** The documented exit codes of every command: part of the contract with users' CI scripts. */
public final class ExitCodes {
    /** Nothing wrong: no error finding. */
    public static final int CLEAN = 0;
    /** The run completed and found at least one error. */
    public static final int FINDINGS = 1;
    /** The run could not happen: bad input or usage (missing file, bad spec, unreachable URL). */
    public static final int BAD_INPUT = 2;
    /** The tool itself failed (a bug of ours, not of the input or the server): one line, the stack trace with --verbose. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
