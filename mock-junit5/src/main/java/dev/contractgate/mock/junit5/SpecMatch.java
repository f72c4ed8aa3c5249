package dev.contractgate.mock.junit5;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Refuses to test a client against a mock server built from another spec: both jars record the
 * spec they were built from ({@code Spec-SHA256} in their manifests), and a consumer who mixes
 * releases would otherwise test against an API that is not the one their client speaks.
 */
final class SpecMatch {

    /** Set to true to start the mock server although its spec differs from the client's. */
    static final String ALLOW_PROPERTY = "contractgate.allowSpecMismatch";
    private static final String CLIENT_CLASS = "dev/contractgate/client/ApiClient.class";
    private static final String SPEC_SHA256 = "Spec-SHA256";

    private SpecMatch() {
    }

    /** Throws when the generated client visible to {@code loader} was built from another spec than {@code mockJar}. */
    static void requireSameSpec(Path mockJar, ClassLoader loader) {
        if (Boolean.getBoolean(ALLOW_PROPERTY)) {
            return;
        }
        Path clientJar = jarOf(loader.getResource(CLIENT_CLASS));
        String clientSpec = clientJar == null ? null : specOf(clientJar);
        String mockSpec = specOf(mockJar);
        if (clientSpec != null && mockSpec != null && !clientSpec.equals(mockSpec)) {
            throw new IllegalStateException("the agent-token client " + clientJar.getFileName() + " (spec " + shortSha(clientSpec)
                    + ") and the mock server " + mockJar.getFileName() + " (spec " + shortSha(mockSpec)
                    + ") were built from different specs; take both from one release of contract-gate-bom,"
                    + " or set -D" + ALLOW_PROPERTY + "=true to go on anyway");
        }
    }

    private static Path jarOf(URL resource) {
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            return null; // no client, or a client in a classes folder (a build of its own): nothing recorded
        }
        String url = resource.toString();
        try {
            return Path.of(new URL(url.substring("jar:".length(), url.indexOf("!/"))).toURI());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String specOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue(SPEC_SHA256);
        } catch (IOException e) {
            return null;
        }
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
