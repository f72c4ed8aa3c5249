package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.openapitools.openapidiff.core.OpenApiCompare;

/**
 * Edits of our own spec that openapi-diff does not model (it says "no change" or "compatible"):
 * the spec's extensions, servers, tags, links, parameter order, schema keywords it leaves out.
 * Each row of {@code edits/unmodelled.csv} gives openapi-diff's verdict and ours side by side;
 * every breaking edit exits 1 under the rule that names it, every compatible one exits 0.
 */
class UnmodelledEditsTest {

    private static final Path SPEC = Path.of(System.getProperty("contract.spec", "../../openapi/agent-tokens.yaml"));

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/edits/unmodelled.csv", delimiter = '|', numLinesToSkip = 1, quoteCharacter = '"')
    void an_edit_openapi_diff_does_not_model_gets_the_verdict_of_its_rule(String edit, String from, String to,
                                                                           String openApiDiff, String rule, int exit,
                                                                           @TempDir Path dir) throws IOException {
        String text = Files.readString(SPEC);
        String before = unescape(from);
        assertThat(text).as("the spec still has the text this edit changes").contains(before);
        String edited = text.replace(before, unescape(to));
        Path copy = Files.writeString(dir.resolve("agent-tokens.yaml"), edited);

        var theirs = OpenApiCompare.fromContents(text, edited);
        String theirVerdict = theirs.isIncompatible() ? "incompatible" : theirs.isDifferent() ? "compatible" : "no change";
        RunResult ours = new SpecDiff().diff(SpecSource.load(SPEC), SpecSource.load(copy), DiffOptions.defaults());

        assertThat(theirVerdict).as(edit + ": openapi-diff's verdict").isEqualTo(openApiDiff);
        assertThat(ours.findings()).as(edit).extracting(Finding::rule).contains(rule);
        assertThat(ours.exitCode()).as(edit + ": " + ours.findings()).isEqualTo(exit);
        assertThat(ours.findings()).as(edit).extracting(Finding::rule).doesNotContain(DiffRules.UNCLASSIFIED.equals(rule) ? "-" : DiffRules.UNCLASSIFIED);
    }

    @Test
    void the_spec_compared_with_itself_has_no_changed_node(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(SPEC, dir.resolve("agent-tokens.yaml"));
        SpecDiff.Classified classified = new SpecDiff().classify(SpecSource.load(SPEC), SpecSource.load(copy));
        assertThat(classified.accounts()).isEmpty();
        assertThat(classified.sink().claimants()).isEmpty();
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
