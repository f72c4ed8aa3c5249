package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    @TempDir
    Path dir;

    @Test
    void lint_of_the_real_spec_exits_0_prints_the_summary_and_writes_the_reports() {
        CliRun run = CliRun.of("lint", "--spec", CliRun.spec(), "--report-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("contract lint").contains("PASSED");
        assertThat(dir.resolve("contract-report.json")).exists();
        assertThat(dir.resolve("junit.xml")).exists();
        assertThat(dir.resolve("contract-report.sarif")).exists();
        assertThat(dir.resolve("contract-report.html")).exists();
    }

    @Test
    void lint_of_a_spec_with_findings_exits_1() throws Exception {
        Path spec = Files.writeString(dir.resolve("no-security.yaml"), """
                openapi: 3.0.3
                info:
                  title: t
                  version: '1'
                  description: d
                paths:
                  /things:
                    get:
                      operationId: listThings
                      responses:
                        '200':
                          description: ok
                """);

        CliRun run = CliRun.of("lint", "--spec", spec.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("lint.security").contains("lint.error-responses");
    }
}
