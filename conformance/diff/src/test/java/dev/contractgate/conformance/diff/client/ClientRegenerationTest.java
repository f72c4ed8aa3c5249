package dev.contractgate.conformance.diff.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.client.ApiClient;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.diff.DiffOptions;
import dev.contractgate.conformance.diff.DiffRules;
import dev.contractgate.conformance.diff.SpecDiff;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --client-jar}: the client regenerated from the changed spec against the old client's jar. */
class ClientRegenerationTest {


    @Test
    void regenerated_client_that_loses_a_method_is_binary_incompatible(@TempDir Path dir) throws Exception {
        Path base = resource("rules/diff.operation.removed_base.yaml");
        Path oldJar = new ClientBuilder(ClientRecipe.bundled(java.nio.file.Files.createDirectories(dir.resolve("recipe")))).build(base, dir);

        RunResult result = new SpecDiff().diff(SpecSource.load(base),
                SpecSource.load(resource("rules/diff.operation.removed_changed.yaml")),
                DiffOptions.defaults().withClientJars(oldJar, null));

        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.CLIENT_BINARY_INCOMPATIBLE))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("dev.contractgate.client.api.").contains("createToken("));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void regenerated_client_of_a_compatible_change_keeps_the_old_api(@TempDir Path dir) throws Exception {
        Path base = resource("rules/diff.operation.added_base.yaml");
        Path oldJar = new ClientBuilder(ClientRecipe.bundled(java.nio.file.Files.createDirectories(dir.resolve("recipe")))).build(base, dir);

        RunResult result = new SpecDiff().diff(SpecSource.load(base),
                SpecSource.load(resource("rules/diff.operation.added_changed.yaml")),
                DiffOptions.defaults().withClientJars(oldJar, null));

        assertThat(result.findings()).extracting(Finding::rule)
                .doesNotContain(DiffRules.CLIENT_BINARY_INCOMPATIBLE, DiffRules.CLIENT_SOURCE_INCOMPATIBLE);
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void offset_and_limit_swapped_keep_the_binary_signature_but_are_reported_by_name_and_position(@TempDir Path dir) throws Exception {
        Path base = Path.of(System.getProperty("contract.spec", "../../openapi/agent-tokens.yaml"));
        String text = java.nio.file.Files.readString(base);
        String order = "        - $ref: '#/components/parameters/Offset'\n        - $ref: '#/components/parameters/Limit'\n";
        assertThat(text).contains(order);
        Path swapped = java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(dir.resolve("changed"))
                .resolve("agent-tokens.yaml"), text.replace(order, "        - $ref: '#/components/parameters/Limit'\n"
                + "        - $ref: '#/components/parameters/Offset'\n"));
        Path oldJar = new ClientBuilder(ClientRecipe.bundled(java.nio.file.Files.createDirectories(dir.resolve("recipe")))).build(base, dir);

        RunResult result = new SpecDiff().diff(SpecSource.load(base), SpecSource.load(swapped),
                DiffOptions.defaults().withClientJars(oldJar, null));

        assertThat(result.findings()).extracting(Finding::rule)
                .doesNotContain(DiffRules.CLIENT_BINARY_INCOMPATIBLE, DiffRules.CLIENT_SOURCE_INCOMPATIBLE)
                .contains(DiffRules.PARAMETER_ORDER_CHANGED);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals(DiffRules.CLIENT_PARAMETERS_REORDERED))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("listAgentTokens").contains("offset, limit").contains("limit, offset"));
        assertThat(result.exitCode()).isEqualTo(1);
    }

    @Test
    void client_regenerated_from_our_spec_matches_the_built_client() throws Exception {
        Path builtJar = Path.of(ApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        SpecSource spec = SpecSource.load(Path.of(System.getProperty("contract.spec", "../../openapi/agent-tokens.yaml")));

        RunResult result = new SpecDiff().diff(spec, spec, DiffOptions.defaults().withClientJars(builtJar, null));

        assertThat(result.findings()).isEmpty();
    }

    private static Path resource(String name) throws Exception {
        return Path.of(Objects.requireNonNull(ClientRegenerationTest.class.getResource("/" + name), name).toURI());
    }
}
