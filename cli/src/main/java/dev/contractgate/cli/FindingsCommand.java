package dev.contractgate.cli;

import picocli.CommandLine.Mixin;

/** A command whose run ends in findings (every one but {@code serve}): {@code --severity} and {@code --config} apply. */
abstract class FindingsCommand extends ContractSubcommand {

    @Mixin
    SeverityOptions severity = new SeverityOptions();

    @Override
    protected final SeverityOptions severityOptions() {
        return severity;
    }
}
