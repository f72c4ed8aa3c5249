package dev.contractgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.client.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client jar built from another spec than the base is refused with one line, unless told otherwise. */
class SpecProvenanceTest {

    @TempDir
    Path dir;

    @Test
    void a_client_jar_built_from_another_spec_than_the_base_is_refused_with_one_line() throws Exception {
        Path clientJar = Path.of(ApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(clientJar.toString()).as("the built client jar, which records its spec").endsWith(".jar");
        Path otherBase = Files.writeString(dir.resolve("older.yaml"),
                Files.readString(Path.of(CliRun.spec())).replace("description: The name of the agent token.",
                        "description: The agent token's name."));

        CliRun refused = CliRun.of("diff", "--base", otherBase.toString(), "--spec", CliRun.spec(),
                "--client-jar", clientJar.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("--client-jar").contains("--allow-spec-mismatch");

        CliRun allowed = CliRun.of("diff", "--base", otherBase.toString(), "--spec", CliRun.spec(),
                "--client-jar", clientJar.toString(), "--new-client-jar", clientJar.toString(), "--allow-spec-mismatch");

        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
    }
}
