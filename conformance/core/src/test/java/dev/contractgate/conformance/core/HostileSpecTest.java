package dev.contractgate.conformance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A spec document that attacks is refused at once, as bad input naming the file and the place. */
class HostileSpecTest {

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\n";
    private static final Path SPEC = Path.of("specs/hostile.yaml");

    private static String response(String ref) {
        return HEAD + "paths:\n  /x:\n    get:\n      responses:\n        '200':\n          $ref: '" + ref + "'\n";
    }

    @Test
    void a_billion_laughs_document_is_refused_without_expanding_it() {
        StringBuilder yaml = new StringBuilder(HEAD + "paths: {}\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String name : new String[] {"b", "c", "d", "e", "f", "g", "h", "i", "j"}) {
            yaml.append("x-").append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        long started = System.nanoTime();

        assertThatThrownBy(() -> SpecSource.parse(SPEC, yaml.toString()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("hostile.yaml").hasMessageContaining("aliases");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_remote_reference_is_refused_and_never_fetched() {
        assertThatThrownBy(() -> SpecSource.parse(SPEC, response("http://10.255.255.1/shared.yaml#/Ok")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("hostile.yaml:").hasMessageContaining("/paths/~1x/get/responses/200/$ref")
                .hasMessageContaining("remote references are not followed");
    }

    @Test
    void a_reference_to_a_file_outside_the_specs_folder_is_refused() {
        assertThatThrownBy(() -> SpecSource.parse(SPEC, response("../../etc/passwd#/Ok")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("outside the spec's folder");
    }

    @Test
    void a_local_reference_that_names_nothing_is_bad_input() {
        assertThatThrownBy(() -> SpecSource.parse(SPEC, response("#/components/responses/Nope")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("names nothing");
    }

    @Test
    void a_reference_to_a_file_beside_the_spec_and_one_inside_the_document_are_fine_to_follow() {
        SpecSource spec = SpecSource.parse(SPEC, response("#/components/responses/Ok")
                + "components:\n  responses:\n    Ok:\n      description: ok\n");
        assertThat(spec.operations().all()).hasSize(1);
        org.assertj.core.api.Assertions.assertThatCode(() -> SpecGuard.checkRefs(SPEC,
                new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"$ref\": \"shared/ok.yaml#/Ok\"}"), "{}"))
                .doesNotThrowAnyException();
    }

    @Test
    void any_url_scheme_in_a_reference_is_refused_not_only_http() {
        assertThatThrownBy(() -> SpecSource.parse(SPEC, response("ftp://127.0.0.1:9/x.yaml#/Ok")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("remote references are not followed");
    }

    @Test
    void a_discriminator_mapping_that_points_outside_is_refused_like_a_ref() {
        String spec = HEAD + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      discriminator:\n"
                + "        propertyName: kind\n        mapping:\n          a: 'http://127.0.0.1:9/m.yaml#/A'\n";
        assertThatThrownBy(() -> SpecSource.parse(SPEC, spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("/components/schemas/Pet/discriminator/mapping/a");
        String outside = spec.replace("'http://127.0.0.1:9/m.yaml#/A'", "'/etc/outside.yaml#/A'");
        assertThatThrownBy(() -> SpecSource.parse(SPEC, outside)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("outside the spec's folder");
    }

    @Test
    void the_references_inside_a_referenced_file_are_held_to_the_same_rules(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("spec"));
        java.nio.file.Files.writeString(folder.resolve("sub.yaml"), "Ok:\n  $ref: '../../outside.yaml#/Ok'\n");
        Path spec = java.nio.file.Files.writeString(folder.resolve("api.yaml"), response("sub.yaml#/Ok"));
        assertThatThrownBy(() -> SpecSource.load(spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("sub.yaml").hasMessageContaining("outside the spec's folder");
        java.nio.file.Files.writeString(folder.resolve("sub.yaml"), "Ok:\n  $ref: 'http://127.0.0.1:9/x.yaml#/Ok'\n");
        assertThatThrownBy(() -> SpecSource.load(spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("sub.yaml").hasMessageContaining("remote references are not followed");
    }

    @Test
    void a_sibling_that_is_a_link_to_a_file_outside_the_folder_is_refused(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("spec"));
        Path outside = java.nio.file.Files.writeString(dir.resolve("outside.yaml"), "Ok:\n  description: ok\n");
        java.nio.file.Files.createSymbolicLink(folder.resolve("link.yaml"), outside);
        Path spec = java.nio.file.Files.writeString(folder.resolve("api.yaml"), response("link.yaml#/Ok"));
        assertThatThrownBy(() -> SpecSource.load(spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("outside the spec's folder");
    }
}
