package dev.contractgate.conformance.core;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Which spec an artifact was built from: every jar of a Contract Gate build records
 * {@code Spec-SHA256} and {@code Spec-Version} in its manifest. A client or mock server built
 * from another spec than the one a run is given would prove the wrong contract, so the CLI
 * refuses to mix them (unless told {@code --allow-spec-mismatch}).
 */
public final class SpecProvenance {

    public static final String SPEC_SHA256 = "Spec-SHA256";
    public static final String SPEC_VERSION = "Spec-Version";

    private SpecProvenance() {
    }

    /** The SHA-256 of a spec's text, as the build computes it over the file. */
    public static String sha256(SpecSource spec) {
        return sha256(spec.text().getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of a spec file's bytes, as the build records it in {@code Spec-SHA256}. */
    public static String sha256(byte[] specBytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(specBytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The spec SHA-256 a jar records, or empty for a jar that records none. */
    public static Optional<String> of(Path jar) {
        if (jar == null || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest == null ? Optional.empty()
                    : Optional.ofNullable(manifest.getMainAttributes().getValue(SPEC_SHA256)).filter(s -> !s.isBlank());
        } catch (IOException e) {
            throw new BadInputException(jar + " is not a readable jar: " + e.getMessage() + " (pass the jar of a built client)");
        }
    }

    /** The spec SHA-256 recorded by the jar a class was loaded from; empty when it came from a folder (a development build). */
    public static Optional<String> ofClass(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null || !"file".equals(source.getLocation().getProtocol())) {
                return Optional.empty();
            }
            return of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Refuses to go on when an artifact records another spec than the run's.
     *
     * @param what       the artifact as the user knows it ("--client-jar old.jar", "the bundled mock server")
     * @param recorded   its recorded spec SHA-256, if any
     * @param spec       the spec the run uses
     * @param specOption how the user names that spec ("--base", "--spec")
     */
    public static void requireSame(String what, Optional<String> recorded, SpecSource spec, String specOption) {
        if (recorded.isEmpty()) {
            return;
        }
        String expected = sha256(spec);
        if (!recorded.get().equalsIgnoreCase(expected)) {
            throw new BadInputException(what + " was built from a spec with SHA-256 " + recorded.get().substring(0, 12)
                    + "…, not from " + specOption + " " + spec.path() + " (SHA-256 " + expected.substring(0, 12)
                    + "…): use the artifact built from that spec, or pass --allow-spec-mismatch");
        }
    }
}
