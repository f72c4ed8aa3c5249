package dev.contractgate.conformance.diff.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The old client reads (or cannot read) responses that are valid under a changed spec. */
class ClientRuntimeCompatTest {

    private static final Path SPEC = Path.of(System.getProperty("contract.spec", "../../openapi/agent-tokens.yaml"));
    private static ClientRegeneration oldClient;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildTheClientOfTheUnchangedSpec() {
        oldClient = ClientRegeneration.of(SpecSource.load(SPEC), null, new HashMap<>());
    }

    @AfterAll
    static void deleteIt() {
        oldClient.close();
    }

    @Test
    void the_old_client_reads_every_response_of_its_own_spec() {
        List<CheckRecord> checks = new ClientRuntimeCompat().check(oldClient.jar(), SpecSource.load(SPEC));

        assertThat(checks).extracting(CheckRecord::name).anyMatch(n -> n.contains("ApiToken"))
                .anyMatch(n -> n.contains("ApiTokensPaginated"));
        assertThat(checks).allMatch(CheckRecord::passed);
    }

    @Test
    void an_int32_field_that_becomes_int64_is_a_value_the_old_client_cannot_read() throws IOException {
        List<CheckRecord> checks = new ClientRuntimeCompat().check(oldClient.jar(), edited(
                "          format: int32\n          description: The lifetime of the token in days; absent",
                "          format: int64\n          description: The lifetime of the token in days; absent"));

        assertThat(checks).flatExtracting(CheckRecord::findings).extracting(Finding::rule)
                .containsOnly(ClientRuntimeCompat.RULE).isNotEmpty();
        assertThat(checks).flatExtracting(CheckRecord::findings).first()
                .satisfies(f -> assertThat(f.message()).contains("ApiToken").contains("4294967297"));
    }

    @Test
    void a_response_enum_that_gains_a_value_is_read_by_the_tolerant_client() throws IOException {
        List<CheckRecord> checks = new ClientRuntimeCompat().check(oldClient.jar(), edited(
                "            - STANDARD\n            - DIRECT_ACCESS\n",
                "            - STANDARD\n            - DIRECT_ACCESS\n            - EPHEMERAL\n"));

        assertThat(checks).isNotEmpty().allMatch(CheckRecord::passed);
    }

    private SpecSource edited(String from, String to) throws IOException {
        String text = Files.readString(SPEC);
        assertThat(text).contains(from);
        return SpecSource.load(Files.writeString(dir.resolve("agent-tokens.yaml"), text.replace(from, to)));
    }

    @Test
    void a_model_class_of_the_old_jar_that_does_not_load_is_an_error_not_a_schema_to_skip() throws IOException {
        Path broken = dir.resolve("broken-client.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(broken))) {
            out.putNextEntry(new java.util.jar.JarEntry("dev/contractgate/client/model/ApiToken.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1, 2, 3}); // not a class file
            out.closeEntry();
        }

        List<CheckRecord> checks = new ClientRuntimeCompat().check(broken, SpecSource.load(SPEC));

        assertThat(checks).filteredOn(c -> !c.passed()).singleElement()
                .satisfies(c -> assertThat(c.findings()).singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo(ClientRuntimeCompat.RULE);
                    assertThat(f.message()).contains("could not check ApiToken").contains("does not load");
                }));
    }
}
