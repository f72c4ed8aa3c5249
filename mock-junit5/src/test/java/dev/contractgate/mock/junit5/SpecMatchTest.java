package dev.contractgate.mock.junit5;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecMatchTest {

    @TempDir
    Path dir;

    /** A jar whose manifest records {@code spec}, holding {@code entry} (e.g. the client's ApiClient class). */
    private Path jar(String name, String spec, String entry) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spec-SHA256", spec);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            if (entry != null) {
                j.putNextEntry(new JarEntry(entry));
                j.closeEntry();
            }
        }
        return jar;
    }

    private ClassLoader withClient(String spec) throws Exception {
        Path client = jar("agent-tokens-client-" + spec + ".jar", spec, "dev/contractgate/client/ApiClient.class");
        return new URLClassLoader(new URL[] {client.toUri().toURL()}, null);
    }

    @Test
    void a_client_and_a_mock_server_of_different_specs_are_refused_in_one_sentence_naming_both() throws Exception {
        Path mock = jar("mock-server.jar", "aaaaaaaaaaaaaaaa1111", null);

        assertThatThrownBy(() -> SpecMatch.requireSameSpec(mock, withClient("bbbbbbbbbbbbbbbb2222")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("agent-tokens-client-bbbbbbbbbbbbbbbb2222.jar").hasMessageContaining("mock-server.jar")
                .hasMessageContaining("different specs").hasMessageContaining("-Dcontractgate.allowSpecMismatch=true")
                .hasMessageNotContaining("\n");
    }

    @Test
    void the_same_spec_or_no_client_on_the_class_path_starts_as_usual() throws Exception {
        Path mock = jar("mock-server.jar", "cccccccccccccccc3333", null);

        assertThatCode(() -> SpecMatch.requireSameSpec(mock, withClient("cccccccccccccccc3333"))).doesNotThrowAnyException();
        assertThatCode(() -> SpecMatch.requireSameSpec(mock, new URLClassLoader(new URL[0], null))).doesNotThrowAnyException();
    }

    @Test
    void the_mismatch_can_be_allowed_on_purpose() throws Exception {
        Path mock = jar("mock-server.jar", "dddddddddddddddd4444", null);
        System.setProperty(SpecMatch.ALLOW_PROPERTY, "true");
        try {
            assertThatCode(() -> SpecMatch.requireSameSpec(mock, withClient("eeeeeeeeeeeeeeee5555"))).doesNotThrowAnyException();
        } finally {
            System.clearProperty(SpecMatch.ALLOW_PROPERTY);
        }
    }
}
