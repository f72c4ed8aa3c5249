package dev.contractgate.conformance.diff.client;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Java client regenerated from the changed spec, in a temporary directory that
 * {@link #close()} deletes: generated with the configuration file and templates the old client
 * jar carries ({@link ClientRecipe}), so it works from any directory, compiled and jarred by
 * {@link ClientBuilder}.
 */
public final class ClientRegeneration implements AutoCloseable {

    private final Path workDir;
    private final Path jar;

    private ClientRegeneration(Path workDir, Path jar) {
        this.workDir = workDir;
        this.jar = jar;
    }

    /**
     * Builds the client of {@code changed} with the recipe of {@code oldJar} (or, when that jar
     * carries none, of the client bundled with this tool); puts the time it took into {@code stats}.
     */
    public static ClientRegeneration of(SpecSource changed, Path oldJar, Map<String, Object> stats) {
        long started = System.nanoTime();
        Path work = null;
        try {
            work = Files.createTempDirectory("contract-diff-client");
            ClientRecipe recipe = ClientRecipe.of(oldJar, Files.createDirectories(work.resolve("recipe")));
            Path spec = Files.writeString(work.resolve("changed-spec.yaml"), changed.text());
            Path jar = new ClientBuilder(recipe).build(spec, work);
            stats.put("client regenerated and compiled in ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
            stats.put("client generator recipe from", recipe.source());
            return new ClientRegeneration(work, jar);
        } catch (IOException e) {
            delete(work);
            throw new UncheckedIOException("cannot build the regenerated client in " + work, e);
        } catch (RuntimeException e) {
            delete(work);
            throw e;
        }
    }

    /** The regenerated client's jar. */
    public Path jar() {
        return jar;
    }

    @Override
    public void close() {
        delete(workDir);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
