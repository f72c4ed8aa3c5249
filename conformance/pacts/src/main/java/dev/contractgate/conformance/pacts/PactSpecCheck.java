package dev.contractgate.conformance.pacts;

import dev.contractgate.conformance.core.Text;

import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.coverage.Coverage;
import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.SpecLocation;
import dev.contractgate.conformance.core.SpecSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every interaction of a folder of pact files (V2, V3 and V4, read with Pact's own
 * {@link DefaultPactReader}) against the spec: path and method documented, request body,
 * query and headers valid, response status documented for the operation, response body
 * valid for that status. One {@link CheckRecord} per interaction (group: the pact file,
 * name: the interaction's description); findings carry {@link PactRules} keys.
 *
 * <p>Paths in pacts are read relative to the spec's server URL: {@code /organizations/...},
 * the way a client aimed at Pact's mock server sends them. A path that also carries the
 * server's base path ({@code /v1/organizations/...}) is accepted as well.
 */
public final class PactSpecCheck {

    /**
     * @param spec     the spec, loaded once
     * @param pactsDir a folder of pact files (searched recursively), or one pact file
     * @throws dev.contractgate.conformance.core.BadInputException when the folder is missing or holds no pact file
     */
    public RunResult check(SpecSource spec, Path pactsDir) {
        long started = System.nanoTime();
        List<PactFolder.Entry> files = PactFolder.read(pactsDir);
        InteractionCheck interactions = new InteractionCheck(spec);
        List<CheckRecord> checks = new ArrayList<>();
        List<Coverage.Observation> observations = new ArrayList<>();
        int interactionCount = 0;
        for (PactFolder.Entry entry : files) {
            String name = entry.name();
            if (!entry.readable()) {
                checks.add(unreadable(name, entry.file(), entry.unreadable()));
                continue;
            }
            for (Interaction interaction : entry.pact().getInteractions()) {
                interactionCount++;
                if (interaction.isSynchronousRequestResponse()) {
                    SynchronousRequestResponse exchange = interaction.asSynchronousRequestResponse();
                    dev.contractgate.conformance.core.spec.SpecOperation calls = interactions.operationOf(exchange.getRequest());
                    CheckRecord checked = applyPolicy(interactions.check(name, exchange));
                    checks.add(checked);
                    if (calls != null) {
                        observations.add(new Coverage.Observation(calls.id(), exchange.getResponse().getStatus(), "pacts",
                                name + ": " + interaction.getDescription(), checked.passed()));
                    }
                } else {
                    checks.add(notHttp(name, interaction));
                }
            }
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("pact files", files.size());
        stats.put("interactions", interactionCount);
        stats.put("deliberate request faults accepted (400/401 interactions)", interactions.expectedFaults());
        stats.put("duration ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new RunResult("contract pacts " + pactsDir + " against " + spec.path(), checks, stats,
                Coverage.of(spec.operations(), observations));
    }

    private CheckRecord applyPolicy(CheckRecord record) {
        List<Finding> findings = record.findings();
        return new CheckRecord(record.group(), record.name(), findings, record.duration());
    }

    private CheckRecord unreadable(String name, Path file, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Finding finding = Finding.error(PactRules.FILE_UNREADABLE, null, SpecLocation.of(""),
                file + " is not a readable pact file: " + SecretMasker.mask(Text.oneLine(why, 300))
                        + " (fix or remove the file)", Evidence.NONE);
        return new CheckRecord(name, "read " + name, List.of(finding), Duration.ZERO);
    }

    private CheckRecord notHttp(String name, Interaction interaction) {
        Finding finding = Finding.warning(PactRules.INTERACTION_NOT_HTTP, null, SpecLocation.of(""),
                name + ": interaction '" + interaction.getDescription()
                        + "' is not an HTTP request/response; the spec describes HTTP only, so it was not checked",
                Evidence.NONE);
        return new CheckRecord(name, interaction.getDescription(), List.of(finding), Duration.ZERO);
    }

    /** The file as findings name it: its path within the folder ({@code sub/consumer-provider.json}). */
    static String displayName(Path pactsDir, Path file) {
        if (file.equals(pactsDir) || file.getParent() == null || !file.startsWith(pactsDir)) {
            return file.getFileName().toString();
        }
        return pactsDir.relativize(file).toString().replace('\\', '/');
    }

}
