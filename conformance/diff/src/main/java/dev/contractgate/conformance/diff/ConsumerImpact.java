package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.conformance.pacts.RecordedInteraction;
import dev.contractgate.conformance.pacts.RecordedInteractions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which recorded consumers a changed spec breaks: every pact interaction is validated against
 * the changed spec ({@link PactSpecCheck}); each error becomes a {@code diff.consumer.broken}
 * error naming the pact (consumer) and the interaction.
 *
 * <p>With {@link DiffOptions.FailOn#CONSUMER_IMPACT}, a generic breaking finding on an operation
 * where no recorded interaction breaks is turned into a warning (breaking in principle, but no
 * recorded consumer relies on it). A consumer break that names no operation (e.g. a removed
 * path) keeps every breaking finding an error.
 */
final class ConsumerImpact {

    List<CheckRecord> apply(SpecSource changed, DiffOptions options, List<CheckRecord> checks,
                            List<FindingSink.ResponseFieldChange> fieldChanges, Map<String, Object> stats) {
        RunResult pacts = new PactSpecCheck().check(changed, options.pactsDir());
        List<RecordedInteraction> recorded = RecordedInteractions.read(changed, options.pactsDir());
        List<CheckRecord> consumerChecks = new ArrayList<>();
        Set<String> consumers = new LinkedHashSet<>();
        int broken = 0;
        int index = 0;
        for (CheckRecord interaction : pacts.checks()) {
            List<Finding> findings = new ArrayList<>();
            RecordedInteraction relied = matching(recorded, interaction, index++);
            if (relied != null) {
                findings.addAll(reliance(relied, interaction, fieldChanges));
            }
            for (Finding f : interaction.findings()) {
                if (f.severity() != Severity.ERROR) {
                    continue;
                }
                findings.add(new Finding(DiffRules.CONSUMER_BROKEN, Severity.ERROR, f.operation(), f.location(),
                        "recorded consumer interaction breaks against the changed spec: [" + f.rule() + "] "
                                + named(f.message(), interaction),
                        f.evidence()));
            }
            findings = oneFindingPerInteraction(findings, interaction);
            if (!findings.isEmpty()) {
                broken++;
                consumers.add(interaction.group());
            }
            consumerChecks.add(new CheckRecord("consumer " + interaction.group(), interaction.name()
                    + " still valid against the changed spec", findings, interaction.duration()));
        }
        Set<String> brokenOperations = new LinkedHashSet<>();
        boolean unattributed = false;
        for (CheckRecord check : consumerChecks) {
            for (Finding f : check.findings()) {
                if (f.operation() == null) {
                    unattributed = true;
                } else {
                    brokenOperations.add(f.operation());
                }
            }
        }
        boolean downgrade = options.failOn() == DiffOptions.FailOn.CONSUMER_IMPACT && !unattributed;
        List<CheckRecord> result = new ArrayList<>();
        for (CheckRecord check : checks) {
            result.add(downgrade ? downgraded(check, brokenOperations) : check);
        }
        result.addAll(consumerChecks);
        stats.put("pact interactions checked", pacts.checks().size());
        stats.put("interactions broken", broken);
        stats.put("consumers broken", consumers.isEmpty() ? "none" : String.join(", ", consumers));
        if (downgrade) {
            stats.put("breaking changes no recorded consumer relies on (now warnings)",
                    SpecDiff.count(checks, Severity.ERROR) - SpecDiff.count(result, Severity.ERROR)
                            + SpecDiff.count(consumerChecks, Severity.ERROR));
        }
        return result;
    }

    /**
     * The recorded interaction behind a check of the pact check: the same file and description
     * (both list the interactions of the same files in the same order, so the index decides ties).
     */
    private static RecordedInteraction matching(List<RecordedInteraction> recorded, CheckRecord check, int index) {
        if (index < recorded.size() && same(recorded.get(index), check)) {
            return recorded.get(index);
        }
        return recorded.stream().filter(r -> same(r, check)).findFirst().orElse(null);
    }

    private static boolean same(RecordedInteraction r, CheckRecord check) {
        return r.description().equals(check.name()) && check.group().endsWith(r.pact());
    }

    /**
     * The ways one interaction breaks, as one finding: a renamed field is a removed field it relies on, a
     * recorded field the schema no longer allows and a required field it lacks, which is one broken
     * interaction, not three. The first cause gives the place and the evidence; each is listed in order.
     */
    private static List<Finding> oneFindingPerInteraction(List<Finding> findings, CheckRecord interaction) {
        if (findings.size() < 2) {
            return findings;
        }
        Finding first = findings.get(0);
        StringBuilder message = new StringBuilder(interaction.group()).append(": interaction '").append(interaction.name())
                .append("' breaks against the changed spec in ").append(findings.size()).append(" ways:");
        for (int i = 0; i < findings.size(); i++) {
            String cause = findings.get(i).message();
            String prefix = interaction.group() + ": interaction '" + interaction.name() + "' ";
            message.append(" (").append(i + 1).append(") ").append(cause.startsWith(prefix) ? cause.substring(prefix.length()) : cause);
        }
        Finding withRequest = findings.stream().filter(f -> !f.evidence().request().isEmpty()).findFirst().orElse(first);
        return List.of(new Finding(first.rule(), first.severity(), first.operation(), first.location(), message.toString(),
                withRequest.evidence()));
    }

    /**
     * A breaking change of a response field this interaction names (in its body or its
     * matching rules) breaks it, even when its recorded example value is still valid: a
     * widened enum, a new null or another format reaches it on the next real response.
     */
    private static List<Finding> reliance(RecordedInteraction interaction, CheckRecord check,
                                          List<FindingSink.ResponseFieldChange> fieldChanges) {
        List<Finding> findings = new ArrayList<>();
        for (FindingSink.ResponseFieldChange change : fieldChanges) {
            Finding cause = change.finding();
            boolean applies = cause.severity() == Severity.ERROR
                    && change.operationId() != null && change.operationId().equals(interaction.operationId())
                    && statusMatches(change.status(), interaction.status())
                    && interaction.reliesOn(change.field());
            if (applies) {
                findings.add(new Finding(DiffRules.CONSUMER_BROKEN, Severity.ERROR, change.operationId(), cause.location(),
                        check.group() + ": interaction '" + check.name() + "' relies on response field '" + change.field()
                                + "' (its body or matching rules name it), which changed: [" + cause.rule() + "] "
                                + cause.message(), cause.evidence()));
            }
        }
        return findings;
    }

    private static boolean statusMatches(String documented, int status) {
        String actual = Integer.toString(status);
        return documented.equals(actual) || documented.equalsIgnoreCase(actual.charAt(0) + "XX");
    }

    /** The pact check's message, prefixed with the pact and interaction unless it names them already. */
    private static String named(String message, CheckRecord interaction) {
        return message.contains(interaction.name()) ? message
                : interaction.group() + ": interaction '" + interaction.name() + "': " + message;
    }

    private static CheckRecord downgraded(CheckRecord check, Set<String> brokenOperations) {
        List<Finding> findings = check.findings().stream()
                .map(f -> f.severity() == Severity.ERROR && !brokenOperations.contains(f.operation())
                        ? new Finding(f.rule(), Severity.WARNING, f.operation(), f.location(),
                        f.message() + " [breaking, but no recorded consumer interaction of "
                                + f.operation() + " breaks]", f.evidence())
                        : f)
                .toList();
        return new CheckRecord(check.group(), check.name(), findings, check.duration());
    }
}
