package dev.contractgate.conformance.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operation by documented status, which source exercised each, and the holes a minimum fails on. */
class CoverageMatrixTest {

    private static final List<Coverage.Documented> DOCUMENTED = List.of(
            new Coverage.Documented("GetThing", "200"), new Coverage.Documented("GetThing", "404"),
            new Coverage.Documented("GetThing", "500"), new Coverage.Documented("DeleteThing", "204"),
            new Coverage.Documented("DeleteThing", "4XX"));

    private static Coverage coverage(Coverage.Observation... seen) {
        return new Coverage(DOCUMENTED, List.of(seen));
    }

    @Test
    void each_documented_status_is_a_row_with_the_sources_that_exercised_it_and_their_verdict() {
        CoverageMatrix matrix = CoverageMatrix.of(coverage(
                new Coverage.Observation("GetThing", 200, "pacts", "read a thing", true),
                new Coverage.Observation("GetThing", 200, "check", "read back", true),
                new Coverage.Observation("GetThing", 404, "check", "unknown id", false),
                new Coverage.Observation("DeleteThing", 409, "check", "delete twice", true),
                new Coverage.Observation("GetThing", 418, "check", "teapot", false)));

        assertThat(matrix.sources()).containsExactly("pacts", "check");
        assertThat(row(matrix, "GetThing", "200").cells()).containsOnlyKeys("pacts", "check");
        assertThat(row(matrix, "GetThing", "200").verdict()).isEqualTo("pass");
        assertThat(row(matrix, "GetThing", "404").verdict()).isEqualTo("fail");
        assertThat(row(matrix, "GetThing", "500").verdict()).isEqualTo("not reachable");
        assertThat(row(matrix, "DeleteThing", "204").verdict()).isEqualTo("not exercised");
        assertThat(row(matrix, "DeleteThing", "4XX").cells().get("check").by()).containsExactly("delete twice");
        assertThat(row(matrix, "GetThing", "418").documented()).isFalse();
    }

    @Test
    void the_default_minimum_fails_once_per_operation_whose_success_no_source_exercised() {
        RunResult run = new RunResult("run", List.of(new CheckRecord("g", "c", List.of(), Duration.ZERO)), Map.of(),
                coverage(new Coverage.Observation("GetThing", 200, "pacts", "read a thing", true),
                        new Coverage.Observation("DeleteThing", 404, "check", "unknown id", true)));

        RunResult checked = CoverageMinimum.SUCCESS.apply(run);

        assertThat(checked.findings()).extracting(Finding::rule).containsExactly(CoverageMinimum.RULE);
        assertThat(checked.findings()).extracting(Finding::operation).containsExactly("DeleteThing");
        assertThat(checked.exitCode()).isEqualTo(1);
        assertThat(CoverageMinimum.NONE.apply(run).exitCode()).isZero();
    }

    private static CoverageMatrix.Row row(CoverageMatrix matrix, String operation, String status) {
        return matrix.rows().stream().filter(r -> r.operation().equals(operation) && r.status().equals(status))
                .findFirst().orElseThrow();
    }
}
