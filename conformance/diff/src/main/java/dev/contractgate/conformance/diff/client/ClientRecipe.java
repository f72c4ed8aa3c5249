package dev.contractgate.conformance.diff.client;

import dev.contractgate.conformance.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * How a client was generated: the generator's configuration file and the merged templates,
 * which every client jar carries under {@code META-INF/contract-gate/}. Read from the old
 * client's jar when it has them (so the regenerated client differs from it only by the spec),
 * else from the client this tool ships with. Extracted into a folder for openapi-generator.
 */
final class ClientRecipe {

    static final String PREFIX = "META-INF/contract-gate/";
    static final String CONFIG = PREFIX + "client-generator.yaml";
    static final String TEMPLATES = PREFIX + "templates/java-client/";

    private final Path config;
    private final Path templates;
    private final String source;

    private ClientRecipe(Path config, Path templates, String source) {
        this.config = config;
        this.templates = templates;
        this.source = source;
    }

    /** The generator configuration file (YAML, openapi-generator's own format). */
    Path config() {
        return config;
    }

    /** The folder of merged templates. */
    Path templates() {
        return templates;
    }

    /** Where the recipe came from, for the report: a jar. */
    String source() {
        return source;
    }

    /**
     * The recipe of {@code oldJar} when it carries one, else the bundled client's.
     *
     * @param into an empty folder to extract into
     */
    static ClientRecipe of(Path oldJar, Path into) {
        if (oldJar != null && carriesRecipe(oldJar)) {
            return extract(oldJar, into);
        }
        return bundled(into);
    }

    /** The recipe of the client jar on this tool's class path. */
    static ClientRecipe bundled(Path into) {
        URL config = ClientRecipe.class.getClassLoader().getResource(CONFIG);
        if (config == null || !"jar".equals(config.getProtocol())) {
            throw new BadInputException("no client generator recipe (" + CONFIG + ") in the old client jar or on the class path:"
                    + " pass --new-client-jar with a client built from the changed spec");
        }
        try {
            // a jar on disk, or one nested in a runnable jar: the connection opens either
            java.net.JarURLConnection connection = (java.net.JarURLConnection) config.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return extract(jar, into, connection.getJarFileURL().toString());
            }
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("cannot read the bundled client recipe at " + config, e);
        }
    }

    private static boolean carriesRecipe(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getJarEntry(CONFIG) != null;
        } catch (IOException e) {
            throw new BadInputException("cannot read the client jar " + jar + ": " + e.getMessage());
        }
    }

    private static ClientRecipe extract(Path jar, Path into) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return extract(file, into, jar.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the client recipe of " + jar, e);
        }
    }

    private static ClientRecipe extract(JarFile file, Path into, String source) throws IOException {
        Enumeration<JarEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith(PREFIX)) {
                continue;
            }
            Path target = into.resolve(entry.getName().substring(PREFIX.length())).normalize();
            if (!target.startsWith(into)) {
                continue; // a name that climbs out of the folder is not ours
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new ClientRecipe(into.resolve("client-generator.yaml"), into.resolve("templates/java-client"), source);
    }
}
