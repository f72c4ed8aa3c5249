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

    /** @param rule a rule key, or {@code key+variant} for a second pair of the same rule */
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

    /**
     * The pair {@code key[+variant]} shows its rule with the rule's severity, and nothing of that
     * severity or worse from another rule (a breaking pair may show compatible companions, such as
     * the new media type beside the removed one).
     */
    static List<Finding> assertShows(String pair) {
        String rule = pair.contains("+") ? pair.substring(0, pair.indexOf('+')) : pair;
        Severity severity = DiffRules.severity(rule);
        RunResult result = diff(pair, false);
        assertThat(result.findings()).extracting(Finding::rule).as(pair).contains(rule);
        List<Finding> asSevere = result.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == severity).toList();
        assertThat(asSevere).extracting(Finding::rule).as(pair + ": " + result.findings()).containsOnly(rule);
        assertThat(asSevere).extracting(Finding::severity).as(pair).containsOnly(severity);
        assertThat(result.exitCode()).as(pair).isEqualTo(severity == Severity.ERROR ? 1 : 0);
        return result.findings();
    }

    /** Every fixture pair in {@code rules/}, by name ({@code key} or {@code key+variant}). */
    static List<String> pairs() {
        try (var files = java.nio.file.Files.list(resource("rules"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_base.yaml"))
                    .map(n -> n.substring(0, n.length() - "_base.yaml".length())).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
