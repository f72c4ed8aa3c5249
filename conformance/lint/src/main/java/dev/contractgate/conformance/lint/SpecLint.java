package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints a spec: swagger-parser's messages plus our own rules ({@link LintRules}). One check
 * per rule (group {@code lint}); each finding points at {@code file:line} of the spec.
 */
public final class SpecLint {

    private final List<LintRule> rules;

    public SpecLint() {
        this.rules = List.of(new ParserMessagesRule(), new OperationIdRule(), new TagsRule(), new DescriptionRule(),
                new ExamplesRule(), new ErrorResponsesRule(), new SecurityRule(), new UnusedComponentRule(),
                new InvariantsRule());
    }

    public RunResult lint(SpecSource spec) {
        long started = System.nanoTime();
        List<CheckRecord> checks = new ArrayList<>();
        int findings = 0;
        for (LintRule rule : rules) {
            long ruleStarted = System.nanoTime();
            List<Finding> found = rule.check(spec);
            findings += found.size();
            checks.add(new CheckRecord("lint", rule.key() + ": " + rule.description(), found,
                    Duration.ofNanos(System.nanoTime() - ruleStarted)));
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("rules", rules.size());
        stats.put("operations", spec.operations().all().size());
        stats.put("findings", findings);
        stats.put("duration ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new RunResult("contract lint " + spec.path(), checks, stats);
    }
}
