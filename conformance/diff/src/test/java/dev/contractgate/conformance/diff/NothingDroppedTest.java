package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.FindingSink.Claimant;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second property the gate stands on, beside {@link NeverMoreLenientTest}: for every fixture
 * pair, read both ways, the set of nodes in which the two documents differ equals the set of
 * nodes some finding claims. No change is silently dropped, and no finding speaks of a node
 * that did not change.
 */
class NothingDroppedTest {

    static Stream<Arguments> everyPairBothWays() {
        return NeverMoreLenientTest.everyPairBothWays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPairBothWays")
    void every_changed_node_is_claimed_and_every_finding_claims_a_changed_node(String name, Path base, Path changed) {
        SpecDiff.Classified classified = new SpecDiff().classify(SpecSource.load(base), SpecSource.load(changed));
        assertThat(classified.accounts()).as(name + ": the documents differ").isNotEmpty();
        for (StructuralChanges.Account account : classified.accounts()) {
            assertThat(account.claimedBy()).as(name + ": nobody claims " + StructuralChanges.describe(account.change())).isNotEmpty();
        }
        List<Claimant> claiming = classified.accounts().stream().flatMap(a -> a.claimedBy().stream()).toList();
        for (Claimant finding : classified.sink().claimants()) {
            assertThat(claiming).as(name + ": " + finding.rule() + " (" + finding.finding().message()
                    + ") claims no node that changed").contains(finding);
        }
    }
}
