package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Runs the fixture pair of a rule ({@code rules/<rule>_base.yaml}, {@code _changed.yaml}) in either direction. */
final class RuleFixtures {

    private RuleFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(RuleFixtures.class.getResource("/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RunResult diff(String rule, boolean reversed) {
        return diff(rule, reversed, DiffOptions.defaults());
    }

    static RunResult diff(String rule, boolean reversed, DiffOptions options) {
        SpecSource base = SpecSource.load(resource("rules/" + rule + "_base.yaml"));
        SpecSource changed = SpecSource.load(resource("rules/" + rule + "_changed.yaml"));
        return reversed ? new SpecDiff().diff(changed, base, options) : new SpecDiff().diff(base, changed, options);
    }

    /** The pair shows exactly this rule, with this severity and no other finding. */
    static List<Finding> assertOnly(String rule, Severity severity) {
        RunResult result = diff(rule, false);
        assertThat(result.findings()).extracting(Finding::rule).containsOnly(rule);
        assertThat(result.findings()).extracting(Finding::severity).containsOnly(severity);
        assertThat(result.exitCode()).isEqualTo(severity == Severity.ERROR ? 1 : 0);
        return result.findings();
    }

    /** Read backwards (changed as base), the pair shows exactly {@code reverseRule}, or nothing breaking when null. */
    static void assertReverse(String rule, String reverseRule) {
        RunResult result = diff(rule, true);
        if (reverseRule == null) {
            assertThat(result.findings()).extracting(Finding::severity).doesNotContain(Severity.ERROR);
        } else {
            assertThat(result.findings()).extracting(Finding::rule).containsOnly(reverseRule);
        }
    }
}
