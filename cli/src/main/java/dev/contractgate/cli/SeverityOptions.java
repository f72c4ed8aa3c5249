package dev.contractgate.cli;

import dev.contractgate.conformance.core.SeverityOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --severity KEY=LEVEL} and {@code --config FILE}, shared by every command that reports findings. */
final class SeverityOptions {

    @Option(names = "--severity", paramLabel = "KEY=LEVEL",
            description = "Set the severity of a rule, or of every rule under a key prefix: error, warning or off "
                    + "(e.g. --severity lifecycle.=warning --severity diff.docs.changed=off); repeatable. "
                    + "Findings turned off are still counted in the report's stats.")
    List<String> severities = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "A YAML file with a 'severity:' map of rule keys (or prefixes) to error, warning or off; "
                    + "--severity wins over it.")
    Path config;

    SeverityOverrides overrides() {
        return SeverityOverrides.of(config, severities).requireKnownRules(KnownRules.all());
    }
}
