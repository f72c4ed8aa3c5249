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
        List<Path> written = new ArrayList<>();
        for (Renderer renderer : fileRenderers()) {
            Path file = dir.resolve(renderer.fileName());
            try {
                Files.writeString(file, renderer.render(result), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("cannot write report " + file + ": " + e.getMessage()
                        + " (pass a writable --report-dir)", e);
            }
            written.add(file);
        }
        return written;
    }
}
