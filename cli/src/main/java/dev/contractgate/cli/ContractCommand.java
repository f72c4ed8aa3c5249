package dev.contractgate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code contract} command. Each subcommand is one class; to add one, list it in
 * {@code subcommands} below.
 */
@Command(name = "contract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Contract Gate: lint, check and gate the agent-token API against its OpenAPI spec.",
        footer = {"", ContractCommand.EXIT_CODES},
        subcommands = {
                GateCommand.class,
                LintCommand.class,
                PactsCommand.class,
                DiffCommand.class,
                CheckCommand.class,
                ServeCommand.class,
        })
public class ContractCommand implements Runnable {

    /** The footer of every command's help. */
    static final String EXIT_CODES = "Exit codes: 0 clean, 1 findings, 2 bad input or usage, 3 internal error"
            + " (a bug: report it with the output of --verbose).";

    @Spec
    CommandSpec spec;

    /** {@code contract} alone is a usage error: it names no command. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }
}
