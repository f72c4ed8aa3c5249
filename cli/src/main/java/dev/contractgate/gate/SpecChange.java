package dev.contractgate.gate;

import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.DiffOptions;
import dev.contractgate.conformance.diff.SpecDiff;
import dev.contractgate.conformance.diff.client.ClientRegeneration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The spec-change gate as an engine both front ends call ({@code contract diff}, the plugin's {@code diff}
 * goal): the two specs compared, and the Java clients too. With a client jar, it is the deployed client;
 * without one (and unless told not to), the base's client is generated from the base spec itself, so the
 * comparison is right whatever a build replaced since.
 */
public final class SpecChange {

    private SpecChange() {
    }

    public static RunResult diff(SpecSource base, SpecSource changed, DiffOptions options, boolean noClient,
                                 Consumer<String> notes) {
        boolean generateBase = options.oldClientJar() == null && options.newClientJar() == null && !noClient
                && !base.text().equals(changed.text());
        if (!generateBase) {
            return new SpecDiff().diff(base, changed, options);
        }
        notes.accept("contract diff: generating the client of --base and of --spec to compare them (--no-client skips)");
        Map<String, Object> baseStats = new LinkedHashMap<>();
        try (ClientRegeneration baseClient = ClientRegeneration.of(base, null, baseStats)) {
            RunResult result = new SpecDiff().diff(base, changed,
                    new DiffOptions(options.pactsDir(), options.failOn(), baseClient.jar(), null, true));
            Map<String, Object> stats = new LinkedHashMap<>(result.stats());
            stats.put("client of --base generated from the base spec in ms", baseStats.get("client regenerated and compiled in ms"));
            return new RunResult(result.title(), result.checks(), stats, result.coverage());
        }
    }
}
