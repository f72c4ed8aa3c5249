package dev.contractgate.conformance.diff.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.ExitCodes;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven gate's entry point: a baseline file, a released spec jar, or bad input. */
class SpecGateTest {

    @Test
    void breaking_change_against_a_spec_artifact_jar_exits_1(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("agent-tokens-spec-0.1.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(SpecGate.SPEC_IN_ARTIFACT));
            Files.copy(fixture("diff.response.field-removed_base.yaml"), zip);
            zip.closeEntry();
        }
        assertThat(SpecGate.run(jar.toString(), fixture("diff.response.field-removed_changed.yaml").toString(),
                dir.resolve("reports").toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(dir.resolve("reports")).isNotEmptyDirectory();
    }

    @Test
    void compatible_change_against_a_baseline_file_exits_0() throws Exception {
        assertThat(SpecGate.run(fixture("diff.operation.added_base.yaml").toString(),
                fixture("diff.operation.added_changed.yaml").toString())).isZero();
    }

    @Test
    void jar_without_the_spec_is_bad_input(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("other.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("README"));
            zip.closeEntry();
        }
        assertThat(SpecGate.run(jar.toString(), fixture("diff.operation.added_base.yaml").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void missing_arguments_are_bad_input() {
        assertThat(SpecGate.run("only-one")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(Objects.requireNonNull(SpecGateTest.class.getResource("/rules/" + name), name).toURI());
    }
}
