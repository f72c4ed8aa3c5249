package dev.contractgate.cli;

import dev.contractgate.conformance.core.ExitCodes;
import picocli.CommandLine;

/**
 * Entry point of {@code contract.jar}. Exit codes: 0 clean, 1 findings, 2 bad input or usage,
 * 3 internal error (never 1: a CI script reads 1 as "the gate found something").
 * Bad input is reported by each command ({@link ContractSubcommand}); anything unexpected is one
 * line too, with the stack trace only under {@code --verbose}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs one {@code contract} command in this JVM, printing to the given writers, and returns its
     * exit code (never exits the JVM): the entry point of the Maven plugin and other embedders.
     */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        return commandLine(new ContractCommand(), verbose).setOut(out).setErr(err).execute(args);
    }

    static int run(String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        return commandLine(new ContractCommand(), verbose).execute(args);
    }

    /** The command line with the handler for what no command expected: exit 3, one line. */
    static CommandLine commandLine(Object command, boolean verbose) {
        CommandLine line = new CommandLine(command);
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
                .footer("", ContractCommand.EXIT_CODES));
        return line
                .setParameterExceptionHandler((e, args) -> {
                    // a usage error: one line and where to look, not the whole usage text
                    CommandLine cmd = e.getCommandLine();
                    cmd.getErr().println("contract: " + dev.contractgate.conformance.core.SecretMasker.mask(UsageErrors.message(e, args)));
                    cmd.getErr().println("see " + cmd.getCommandSpec().qualifiedName() + " --help");
                    cmd.getErr().flush();
                    return ExitCodes.BAD_INPUT;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("contract: internal error: " + dev.contractgate.conformance.core.SecretMasker.mask(String.valueOf(e))
                            + (verbose ? "" : " (run with --verbose for the stack trace, and report it)"));
                    if (verbose) {
                        e.printStackTrace(cmd.getErr());
                    }
                    cmd.getErr().flush();
                    return ExitCodes.INTERNAL_ERROR;
                });
    }
}
