package dev.contractgate.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command whose run ends in findings (every one but {@code serve}): {@code --severity} and
 * {@code --config} apply, and it reads specs, so {@code --allow-remote-refs} too.
 */
abstract class FindingsCommand extends ContractSubcommand {

    @Mixin
    SeverityOptions severity = new SeverityOptions();

    @Option(names = "--allow-remote-refs",
            description = "Follow $refs to http(s) URLs in the spec; each remote document must answer, whole, within 10 s"
                    + " (refused by default: a spec must not make the gate contact other servers).")
    boolean allowRemoteRefs;

    @Override
    protected final boolean remoteRefsAllowed() {
        return allowRemoteRefs;
    }

    @Override
    protected final SeverityOptions severityOptions() {
        return severity;
    }
}
