package dev.contractgate.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our template overrides against the templates of the pinned OpenAPI Generator, read from its
 * jar: every patch still applies, every partial we replace outright is still the upstream text
 * we replaced. Upgrading the generator is a version bump plus whatever this test reports.
 */
class UpstreamDriftTest {

    private static final Path TEMPLATES = Path.of("../../templates");
    /** Our folder of overrides, and the generator's template folder it overrides. */
    private static final Map<String, String> FOLDERS = Map.of("java-client", "Java", "spring-stubs", "JavaSpring");

    @Test
    void every_patch_applies_to_the_template_of_the_pinned_generator_and_carries_its_reasons() throws IOException {
        List<Path> patches = files(p -> p.toString().endsWith(TemplatePatches.PATCH));
        assertThat(patches).as("patches under templates/").hasSizeGreaterThanOrEqualTo(3);
        for (Path patch : patches) {
            String upstreamName = upstreamName(patch);
            String merged = TemplatePatches.apply(Files.readString(patch), TemplatePatches.upstream(upstreamName), upstreamName);
            assertThat(merged).as(upstreamName).contains("{{! Contract Gate:").isNotEqualTo(TemplatePatches.upstream(upstreamName));
        }
    }

    @Test
    void every_partial_we_replace_still_replaces_the_upstream_text_it_was_written_against() throws IOException {
        List<String> manifest = Files.readAllLines(TEMPLATES.resolve("UPSTREAM.sha256"));
        List<Path> replaced = files(p -> !p.toString().endsWith(TemplatePatches.PATCH) && p.toString().endsWith(".mustache"));
        assertThat(replaced).isNotEmpty();
        for (Path file : replaced) {
            String upstreamName = upstreamName(file);
            String line = manifest.stream().filter(l -> l.endsWith("  " + upstreamName)).findFirst()
                    .orElseThrow(() -> new AssertionError("templates/UPSTREAM.sha256 does not name " + upstreamName
                            + ", which " + file + " replaces"));
            assertThat(sha256(TemplatePatches.upstream(upstreamName))).as(upstreamName
                    + " changed upstream: review " + file + ", then record the new hash in templates/UPSTREAM.sha256")
                    .isEqualTo(line.substring(0, line.indexOf(' ')));
        }
    }

    @Test
    void a_patch_fails_naming_the_upstream_line_when_the_template_it_patches_changed() throws IOException {
        String name = "Java/libraries/native/api.mustache";
        String upstream = TemplatePatches.upstream(name);
        String changedUpstream = upstream.replaceFirst("String message = formatExceptionMessage\\(operationId",
                "String text = formatExceptionMessage(operationId");
        assertThat(changedUpstream).isNotEqualTo(upstream);
        String patch = Files.readString(TEMPLATES.resolve("java-client/libraries/native/api.mustache.patch"));

        assertThatThrownBy(() -> TemplatePatches.apply(patch, changedUpstream, name))
                .isInstanceOf(TemplatePatchException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("String message = formatExceptionMessage(operationId")
                .hasMessageMatching("(?s).*upstream line \\d+ was .*");
    }

    @Test
    void merging_writes_the_patched_templates_and_copies_the_replaced_partials(@TempDir Path out) {
        List<Path> written = TemplatePatches.merge(TEMPLATES.resolve("java-client"), "Java", out);

        assertThat(written).extracting(p -> out.relativize(p).toString().replace('\\', '/'))
                .contains("libraries/native/api.mustache", "libraries/native/ApiClient.mustache", "licenseInfo.mustache");
        assertThat(out.resolve("libraries/native/api.mustache")).content().contains("ApiException.of(message");
    }

    private static List<Path> files(java.util.function.Predicate<Path> which) throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(Files::isRegularFile).filter(which).filter(p -> FOLDERS.containsKey(folderOf(p))).sorted().toList();
        }
    }

    private static String folderOf(Path file) {
        Path relative = TEMPLATES.relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static String upstreamName(Path file) {
        Path relative = TEMPLATES.relativize(file);
        String inFolder = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
        if (inFolder.endsWith(TemplatePatches.PATCH)) {
            inFolder = inFolder.substring(0, inFolder.length() - TemplatePatches.PATCH.length());
        }
        return FOLDERS.get(folderOf(file)) + "/" + inFolder;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
