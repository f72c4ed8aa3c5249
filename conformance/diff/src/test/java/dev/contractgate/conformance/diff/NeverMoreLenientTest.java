package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;

/**
 * The property the gate stands on: for every fixture pair in this module, read both ways, our
 * verdict is never more lenient than openapi-diff's. Where openapi-diff says incompatible, we
 * fail (exit 1), unless a rule RULES.md lists as an exception, with its reason, explains it.
 */
class NeverMoreLenientTest {

    static Stream<Arguments> everyPairBothWays() {
        List<Arguments> pairs = new ArrayList<>();
        for (String folder : List.of("rules", "impact", "compatible")) {
            try (Stream<Path> files = Files.list(RuleFixtures.resource(folder))) {
                files.map(Path::toString).filter(n -> n.endsWith("_base.yaml")).sorted().forEach(b -> {
                    Path base = Path.of(b);
                    Path changed = Path.of(b.replace("_base.yaml", "_changed.yaml"));
                    String name = folder + "/" + base.getFileName().toString().replace("_base.yaml", "");
                    pairs.add(Arguments.of(name, base, changed));
                    pairs.add(Arguments.of(name + " (read backwards)", changed, base));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPairBothWays")
    void our_verdict_is_never_more_lenient_than_openapi_diffs(String name, Path base, Path changed) throws IOException {
        boolean openApiDiffBreaks = OpenApiCompare.fromContents(Files.readString(base), Files.readString(changed)).isIncompatible();
        RunResult ours = new SpecDiff().diff(SpecSource.load(base), SpecSource.load(changed), DiffOptions.defaults());
        if (openApiDiffBreaks && ours.exitCode() != 1) {
            List<String> excused = ours.findings().stream().map(f -> f.rule()).filter(EXCEPTIONS::contains).toList();
            assertThat(excused).as(name + ": openapi-diff says incompatible, we said " + ours.findings()
                    + " and no rule of RULES.md's exceptions explains it").isNotEmpty();
        }
    }

    /** The rules RULES.md lists, with a reason, as more lenient than openapi-diff on purpose. */
    private static final List<String> EXCEPTIONS = exceptions();

    private static List<String> exceptions() {
        try {
            String rules = Files.readString(Path.of("RULES.md"));
            String section = rules.substring(rules.indexOf("Exceptions to \"never more lenient\""), rules.indexOf("## Breaking"));
            return section.lines().filter(l -> l.startsWith("| `diff.")).map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
