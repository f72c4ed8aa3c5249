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
}
