package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecProvenance;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.client.ClientRegeneration;
import dev.contractgate.conformance.diff.client.ClientRuntimeCompat;
import io.swagger.v3.oas.models.PathItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The spec-change gate: compares a base spec with a changed one and says which changes break
 * consumers (errors) and which do not (warnings). openapi-diff finds the changes; we classify
 * them with our own rules ({@link DiffRules}), point at both files, and, with pacts, say which
 * recorded consumer interactions the changed spec would break ({@link ConsumerImpact}).
 *
 * <p>One {@link CheckRecord} per operation of either spec (group: its operationId).
 */
public final class SpecDiff {

    public RunResult diff(SpecSource base, SpecSource changed, DiffOptions options) {
        long started = System.nanoTime();
        Classified classified = classify(base, changed);
        ChangedOpenApi diff = classified.diff();
        FindingSink sink = classified.sink();
        SpecPointers basePointers = classified.base();
        SpecPointers changedPointers = classified.changed();
        List<StructuralChanges.Account> structure = classified.accounts();

        List<CheckRecord> checks = new ArrayList<>();
        Map<String, String> operations = operations(changedPointers);
        operations(basePointers).forEach(operations::putIfAbsent);
        for (Map.Entry<String, String> op : operations.entrySet()) {
            checks.add(new CheckRecord(op.getValue(), op.getKey() + " compatible with the base spec",
                    sink.findings(op.getKey()), Duration.ZERO));
        }
        if (!sink.findings(UnclassifiedChanges.DOCUMENT).isEmpty()) {
            checks.add(new CheckRecord("(document)", "document-level parts compatible with the base spec",
                    sink.findings(UnclassifiedChanges.DOCUMENT), Duration.ZERO));
        }

        long breaking = count(checks, Severity.ERROR);
        long compatible = count(checks, Severity.WARNING);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("operations compared", operations.size());
        stats.put("breaking changes", breaking);
        stats.put("non-breaking changes", compatible);
        stats.put("document nodes changed", structure.size());
        stats.put("openapi-diff verdict", diff.isIncompatible() ? "incompatible" : diff.isDifferent() ? "compatible" : "no change");
        if (options.pactsDir() != null) {
            checks = new ConsumerImpact().apply(changed, options, checks, sink.responseFields(), stats);
        }
        if (options.oldClientJar() != null && !options.allowSpecMismatch()) {
            SpecProvenance.requireSame("--client-jar " + options.oldClientJar(), SpecProvenance.of(options.oldClientJar()),
                    base, "--base");
        }
        if (options.oldClientJar() != null || options.newClientJar() != null) {
            List<CheckRecord> client = clientChecks(changed, options, stats);
            stats.put("client classes compared", client.size());
            stats.put("client incompatibilities", count(client, Severity.ERROR));
            checks = new ArrayList<>(checks);
            checks.addAll(client);
        }
        stats.put("duration ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new RunResult("contract diff " + base.path() + " -> " + changed.path(), checks, stats);
    }

    /** Every change found and what accounts for it: openapi-diff's tree, our rules' findings, each changed node's claims. */
    record Classified(ChangedOpenApi diff, FindingSink sink, SpecPointers base, SpecPointers changed,
                      List<StructuralChanges.Account> accounts) {
    }

    /**
     * openapi-diff's changes classified by our rules, then every node of the two documents that
     * differs either claimed by one of those findings, classified by a structural rule, or
     * reported as {@code diff.unclassified}.
     */
    Classified classify(SpecSource base, SpecSource changed) {
        ChangedOpenApi diff = compare(base, changed);
        FindingSink sink = new FindingSink();
        SpecPointers basePointers = new SpecPointers(base);
        SpecPointers changedPointers = new SpecPointers(changed);
        new OperationChanges(basePointers, changedPointers, sink).classify(diff);
        new SecurityChanges(basePointers, changedPointers, sink).classify(diff);
        new UnclassifiedChanges(basePointers, changedPointers, sink).report(diff);
        List<StructuralChanges.Account> accounts = new StructuralChanges(basePointers, changedPointers, sink).report();
        return new Classified(diff, sink, basePointers, changedPointers, accounts);
    }

    /** Without --new-client-jar, the new client is regenerated from the changed spec (openapi-generator). */
    private static List<CheckRecord> clientChecks(SpecSource changed, DiffOptions options, Map<String, Object> stats) {
        if (options.newClientJar() != null || options.oldClientJar() == null) {
            List<CheckRecord> checks = new ArrayList<>(new ClientCompat().compare(options.oldClientJar(), options.newClientJar()));
            checks.addAll(new ClientParameterOrder().compare(options.oldClientJar(), options.newClientJar()));
            if (options.oldClientJar() != null) {
                checks.addAll(new ClientRuntimeCompat().check(options.oldClientJar(), changed));
            }
            return checks;
        }
        ClientCompat.requireJar(options.oldClientJar(), "--client-jar");
        List<CheckRecord> checks = new ArrayList<>(new ClientRuntimeCompat().check(options.oldClientJar(), changed));
        try (ClientRegeneration regenerated = ClientRegeneration.of(changed, options.oldClientJar(), stats)) {
            checks.addAll(new ClientCompat().compare(options.oldClientJar(), regenerated.jar()));
            checks.addAll(new ClientParameterOrder().compare(options.oldClientJar(), regenerated.jar()));
        }
        return checks;
    }

    private static ChangedOpenApi compare(SpecSource base, SpecSource changed) {
        try {
            return OpenApiCompare.fromContents(base.text(), changed.text(), null,
                    OpenApiDiffOptions.builder().pathMatcher(new IndexedPathMatcher()).build());
        } catch (RuntimeException e) {
            throw new BadInputException("cannot compare " + base.path() + " with " + changed.path() + ": "
                    + e.getMessage() + " (check that both are valid OpenAPI 3 documents: contract lint)", e);
        }
    }

    /** {@code GET /path} to operationId, in document order. */
    private static Map<String, String> operations(SpecPointers spec) {
        Map<String, String> operations = new LinkedHashMap<>();
        if (spec.spec().openApi().getPaths() == null) {
            return operations;
        }
        spec.spec().openApi().getPaths().forEach((path, item) -> {
            for (PathItem.HttpMethod method : item.readOperationsMap().keySet()) {
                operations.put(OperationChanges.key(method.name(), path), spec.operationId(path, method.name()));
            }
        });
        return operations;
    }

    static long count(List<CheckRecord> checks, Severity severity) {
        return checks.stream().flatMap(c -> c.findings().stream()).map(Finding::severity).filter(severity::equals).count();
    }
}
