package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every file report of a run into one directory ({@code --report-dir}) under fixed
 * names: {@code contract-report.json}, {@code junit.xml}, {@code contract-report.html},
 * {@code contract-report.sarif}, {@code contract-report.md}. The console summary is printed,
 * not written.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** The renderers whose output goes to files, in the order they are written. */
    public static List<Renderer> fileRenderers() {
        return List.of(new JsonRenderer(), new JUnitXmlRenderer(), new HtmlRenderer(), new SarifRenderer(),
                new MarkdownRenderer());
    }

    /** Writes all file reports, creating the directory; returns the files written. */
    public static List<Path> writeAll(RunResult result, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("cannot create report directory " + dir + ": " + e.getMessage()
                    + " (pass a writable --report-dir)", e);
        }
        for (Renderer renderer : fileRenderers()) {
            Path file = dir.resolve(renderer.fileName());
            if (Files.isSymbolicLink(file)) {
                // a pull request can plant a link where a report goes: never write through it (checked for every
                // report before any is written, so a refused run leaves the folder as it was)
                throw new BadInputException("refusing to write report " + file + ": it is a symbolic link (remove it,"
                        + " or pass another --report-dir)");
            }
        }
        List<Path> written = new ArrayList<>();
        for (Renderer renderer : fileRenderers()) {
            Path file = dir.resolve(renderer.fileName());
            try {
                // bytes with every unencodable character replaced, so one odd character cannot lose a report; written
                // beside the report and renamed over it, which replaces a link planted meanwhile, never its target
                byte[] bytes = ReportSafety.withoutControls(renderer.render(result)).getBytes(StandardCharsets.UTF_8);
                Path temp = Files.createTempFile(dir, "." + renderer.fileName(), ".tmp");
                try {
                    Files.write(temp, bytes);
                    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new BadInputException("cannot write report " + file + ": " + e.getMessage()
                        + " (pass a writable --report-dir)", e);
            }
            written.add(file);
        }
        return written;
    }
}
