package dev.contractgate.conformance.diff.client;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path javac needs for a regenerated client: this process's class path, plus the jar
 * of each library the client uses. Run from a single runnable jar, those libraries are nested in
 * it where javac cannot read them; they are copied out next to the build.
 */
final class CompileClasspath {

    /** A class of each library the generated client compiles against. */
    private static final String[] CLIENT_LIBRARIES = {
        "com.fasterxml.jackson.databind.ObjectMapper",
        "com.fasterxml.jackson.core.JsonParser",
        "com.fasterxml.jackson.annotation.JsonProperty",
        "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
        "jakarta.annotation.Generated",
    };

    private CompileClasspath() {
    }

    static String of(Path workDir) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        for (String name : CLIENT_LIBRARIES) {
            try {
                URL location = Class.forName(name).getProtectionDomain().getCodeSource().getLocation();
                entries.add(jarOf(location, workDir).toString());
            } catch (ClassNotFoundException | NullPointerException e) {
                // not on our class path: javac will say what is missing
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A plain file for a library's location: itself, or a copy of a jar nested in another. */
    private static Path jarOf(URL location, Path workDir) {
        String url = location.toString();
        if (url.startsWith("file:")) {
            try {
                return Path.of(location.toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("cannot read the class path entry " + url, e);
            }
        }
        // jar:nested:/…/app.jar/!BOOT-INF/lib/x.jar!/ -> nested:/…/app.jar/!BOOT-INF/lib/x.jar
        String nested = url.startsWith("jar:") ? url.substring(4) : url;
        if (nested.endsWith("!/")) {
            nested = nested.substring(0, nested.length() - 2);
        }
        String name = nested.substring(nested.lastIndexOf('/') + 1);
        try (InputStream in = new URL(nested).openStream()) {
            Path copy = Files.createDirectories(workDir.resolve("libraries")).resolve(name);
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the library " + url + " out for javac", e);
        }
    }
}
