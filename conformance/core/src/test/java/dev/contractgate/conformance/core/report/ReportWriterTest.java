package dev.contractgate.conformance.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @Test
    void writes_every_report_under_its_fixed_name(@TempDir Path dir) {
        List<Path> files = ReportWriter.writeAll(SampleRuns.withFindings(), dir.resolve("reports"));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "contract-report.json", "junit.xml", "contract-report.html", "contract-report.sarif",
                "contract-report.md");
        assertThat(files).allMatch(Files::isRegularFile);
    }

    @Test
    void no_report_shows_a_token_that_was_in_the_evidence(@TempDir Path dir) throws Exception {
        ReportWriter.writeAll(SampleRuns.withFindings(), dir);
        String console = new ConsoleRenderer().render(SampleRuns.withFindings());

        assertThat(console).doesNotContain(SampleRuns.SECRET).doesNotContain(SampleRuns.BEARER);
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain(SampleRuns.SECRET).doesNotContain(SampleRuns.BEARER);
            }
        }
    }

    @Test
    void a_report_path_that_is_a_symbolic_link_is_refused_and_its_target_is_untouched(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve("contract-report.md"), victim);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportWriter.writeAll(SampleRuns.withFindings(), reports))
                .isInstanceOf(dev.contractgate.conformance.core.BadInputException.class)
                .hasMessageContaining("contract-report.md").hasMessageContaining("symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        Files.delete(reports.resolve("contract-report.md"));
        Files.createSymbolicLink(reports.resolve("junit.xml"), dir.resolve("dangling-target"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportWriter.writeAll(SampleRuns.withFindings(), reports))
                .hasMessageContaining("junit.xml");
        assertThat(dir.resolve("dangling-target")).doesNotExist();
    }

    @Test
    void a_lone_surrogate_and_terminal_escapes_never_stop_a_report_nor_reach_the_terminal(@TempDir Path dir) throws Exception {
        dev.contractgate.conformance.core.Finding odd = dev.contractgate.conformance.core.Finding.error("lint.operation-id",
                "Op\u001b[2J\u001b]0;pwned\u0007", dev.contractgate.conformance.core.SpecLocation.of("/paths"),
                "a lone surrogate \ud800 and an escape \u001b[31m", dev.contractgate.conformance.core.Evidence.NONE);
        dev.contractgate.conformance.core.RunResult run = new dev.contractgate.conformance.core.RunResult("lint", java.util.List.of(
                new dev.contractgate.conformance.core.CheckRecord("spec", "odd", java.util.List.of(odd), java.time.Duration.ZERO)),
                java.util.Map.of());

        assertThat(ReportWriter.writeAll(run, dir)).hasSize(5).allMatch(Files::isRegularFile);
        String console = new ConsoleRenderer().render(run);
        assertThat(console).doesNotContain("\u001b").doesNotContain("\u0007").contains("a lone surrogate");
    }
}
