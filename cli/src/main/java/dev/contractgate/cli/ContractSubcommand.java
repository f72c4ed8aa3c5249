package dev.contractgate.cli;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.ExitCodes;
import dev.contractgate.conformance.core.RunResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command shares: {@code --verbose}, bad input turned into exit code 2 with a
 * one-line {@code contract: <message>} on stderr, the console summary and {@code --report-dir}.
 */
abstract class ContractSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec commandSpec;

    @Option(names = "--verbose", description = "Print stack traces on errors and more detail.")
    boolean verbose;

    /** Does the work; returns the exit code. */
    protected abstract int execute();

    @Override
    public final Integer call() {
        try {
            if (severityOptions() != null) {
                severityOptions().overrides(); // a bad --severity or --config stops the run before it starts
            }
            if (coverageOptions() != null) {
                coverageOptions().minimum();
            }
            if (!remoteRefsAllowed()) {
                return execute();
            }
            try (var allowed = dev.contractgate.conformance.core.RemoteRefs.allow(
                    dev.contractgate.conformance.core.RemoteRefs.DEFAULT_TIMEOUT)) {
                return execute();
            }
        } catch (BadInputException e) {
            err().println("contract: " + dev.contractgate.conformance.core.SecretMasker.mask(e.getMessage()));
            if (verbose) {
                e.printStackTrace(err());
            }
            err().flush();
            return ExitCodes.BAD_INPUT;
        }
    }

    protected PrintWriter out() {
        return commandSpec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return commandSpec.commandLine().getErr();
    }

    /** Whether the run may follow remote {@code $ref}s ({@code --allow-remote-refs}). */
    protected boolean remoteRefsAllowed() {
        return false;
    }

    /** The command's {@code --min-coverage}, or null for a command that exercises no operation. */
    protected CoverageOptions coverageOptions() {
        return null;
    }

    /** The command's {@code --severity}/{@code --config}, or null for a command without findings. */
    protected SeverityOptions severityOptions() {
        return null;
    }

    /**
     * Applies the user's severities, prints the summary, writes the reports when asked, and
     * returns the run's exit code.
     */
    protected int finish(RunResult raw, Path reportDir) {
        return RunOutput.finish(raw, coverageOptions() == null ? null : coverageOptions().minimum(),
                severityOptions() == null ? null : severityOptions().overrides(), reportDir, out(), err());
    }
}
