package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A spec as it was at a git revision ({@code --base origin/main}), read with
 * {@code git show REV:path} so CI can compare a pull request with its target branch.
 */
public final class GitRevisionSpec {

    private static final long TIMEOUT_SECONDS = 30;

    private GitRevisionSpec() {
    }

    /**
     * Reads {@code --base}: a file when one exists at that path, else a git revision of
     * {@code specPath} (the changed spec's path) in the repository around it.
     */
    public static SpecSource resolveBase(String base, Path specPath) {
        Path asFile = Path.of(base);
        if (Files.isRegularFile(asFile)) {
            return SpecSource.load(asFile);
        }
        Path spec = specPath.toAbsolutePath().normalize();
        return read(spec.getParent(), base, spec.getFileName().toString());
    }

    /**
     * @param repoDir a directory inside the git work tree
     * @param rev     a revision: a branch, tag, commit or {@code origin/main}
     * @param path    the spec's path relative to {@code repoDir}
     * @throws BadInputException naming the revision when git cannot show the file there
     */
    public static SpecSource read(Path repoDir, String rev, String path) {
        if (rev == null || rev.isBlank() || rev.startsWith("-") || rev.chars().anyMatch(Character::isISOControl)) {
            // a value that git would read as an option (--output=FILE) never reaches it
            throw new BadInputException("--base '" + rev + "' is neither a file nor a git revision"
                    + " (a revision cannot start with '-'; pass a branch, tag or commit such as origin/main)");
        }
        String gitPath = path.startsWith("/") ? path : "./" + path;
        ProcessBuilder builder = new ProcessBuilder("git", "--no-pager", "show", "--end-of-options", rev + ":" + gitPath)
                .directory(repoDir.toFile());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BadInputException("git show " + rev + ":" + path + " did not finish in "
                        + TIMEOUT_SECONDS + " s (check the repository in " + repoDir + ")");
            }
            if (process.exitValue() != 0) {
                throw new BadInputException("cannot read " + path + " at git revision '" + rev + "': "
                        + firstLine(err.join()) + " (pass --base a file or a revision that has the spec,"
                        + " e.g. origin/main after git fetch)");
            }
            return SpecSource.parse(Path.of(rev + ":" + path), out.join());
        } catch (IOException e) {
            throw new BadInputException("cannot run git to read revision '" + rev + "': " + e.getMessage()
                    + " (install git or pass --base a file)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("interrupted while reading git revision '" + rev + "'", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
