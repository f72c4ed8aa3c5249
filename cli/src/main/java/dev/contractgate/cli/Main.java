package dev.contractgate.cli;

import dev.contractgate.conformance.core.ExitCodes;
import picocli.CommandLine;

/**
 * Entry point of {@code contract.jar}. Exit codes: 0 clean, 1 findings, 2 bad input or usage.
 * Bad input is reported by each command ({@link ContractSubcommand}); anything unexpected is one
 * line too, with the stack trace only under {@code --verbose}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        return new CommandLine(new ContractCommand())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("contract: unexpected error: " + e
                            + (verbose ? "" : " (run with --verbose for the stack trace)"));
                    if (verbose) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return ExitCodes.FINDINGS;
                })
                .execute(args);
    }
}
