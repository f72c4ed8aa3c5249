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
 * {@link #close()} deletes: generated with the build's own settings (read from
 * {@code generator/client/pom.xml} in the repository around the spec, else around the working
 * directory), compiled and jarred by {@link ClientBuilder}.
 */
public final class ClientRegeneration implements AutoCloseable {

    private final Path workDir;
    private final Path jar;

    private ClientRegeneration(Path workDir, Path jar) {
        this.workDir = workDir;
        this.jar = jar;
    }

    /** Builds the client of {@code changed}; puts the time it took into {@code stats}. */
    public static ClientRegeneration of(SpecSource changed, Map<String, Object> stats) {
        long started = System.nanoTime();
        ClientGeneratorSettings settings = ClientGeneratorSettings.read(repoRoot(changed.path()));
        Path work = null;
        try {
            work = Files.createTempDirectory("contract-diff-client");
            Path spec = Files.writeString(work.resolve("changed-spec.yaml"), changed.text());
            Path jar = new ClientBuilder(settings).build(spec, work);
            stats.put("client regenerated and compiled in ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
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

    private static Path repoRoot(Path changedSpec) {
        Path parent = changedSpec.toAbsolutePath().getParent();
        Path root = parent == null ? null : ClientGeneratorSettings.findRepoRoot(parent);
        if (root == null) {
            root = ClientGeneratorSettings.findRepoRoot(Path.of(""));
        }
        if (root == null) {
            throw new BadInputException("cannot find " + ClientGeneratorSettings.CLIENT_POM + " above " + changedSpec
                    + " or the working directory (run from the Contract Gate repository, or pass --new-client-jar)");
        }
        return root;
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
