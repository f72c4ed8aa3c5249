package dev.contractgate.conformance.pacts;

import dev.contractgate.conformance.core.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the pact files to check: every {@code *.json} file under a folder (sorted, so runs
 * are repeatable), or the one file given. A folder that is missing or holds no pact file is
 * bad input (exit 2), named in the message.
 */
final class PactFiles {

    private static final int MAX_DEPTH = 8;

    private PactFiles() {
    }

    static List<Path> find(Path pacts) {
        if (pacts == null) {
            throw new BadInputException("no pacts folder given (pass --pacts with a folder of pact JSON files)");
        }
        if (Files.isRegularFile(pacts)) {
            return List.of(pacts);
        }
        if (!Files.isDirectory(pacts)) {
            throw new BadInputException("pacts folder not found: " + pacts
                    + " (pass --pacts with a folder of pact JSON files, e.g. contract-tests/target/pacts)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(pacts, MAX_DEPTH)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            Path folder = pacts.toRealPath();
            for (Path file : files) {
                // pact files come from a pull request: a link out of the folder (to /etc/passwd, to another
                // project's pact) is refused, never read into a report
                Path real = file.toRealPath();
                if (!real.startsWith(folder)) {
                    throw new BadInputException("the pact file " + file + " is a link to " + real + ", outside the pacts"
                            + " folder " + pacts + ", which is refused (copy the pact into the folder)");
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read pacts folder " + pacts + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new BadInputException("pacts folder " + pacts
                    + " holds no pact file (*.json); run the consumer tests first or point --pacts at the folder they write");
        }
        return files;
    }

    /**
     * Reads one pact file with Pact's own reader.
     *
     * @throws RuntimeException what the reader throws for a file that is not a pact (callers report it)
     * @throws BadInputException for a file nested too deeply to read at all
     */
    static au.com.dius.pact.core.model.Pact load(Path file) {
        try {
            return au.com.dius.pact.core.model.DefaultPactReader.INSTANCE.loadPact(file.toFile());
        } catch (StackOverflowError e) {
            throw new BadInputException(file + " is nested too deeply to read as a pact"
                    + " (a recorded pact is a few levels deep; pass the folder of the consumer tests' pact files)");
        }
    }
}
