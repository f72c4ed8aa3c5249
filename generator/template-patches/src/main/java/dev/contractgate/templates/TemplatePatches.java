package dev.contractgate.templates;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.patch.VerifyChunk;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the templates OpenAPI Generator reads from ours: every {@code NAME.patch} below an
 * overrides folder is applied to the generator's own {@code NAME} (read from the class path,
 * under its template folder such as {@code Java} or {@code JavaSpring}) and written as
 * {@code NAME}; every other file is a partial we replace outright and is copied as it is. A
 * patch applies strictly: when the upstream template changed where a hunk expects its context,
 * {@link TemplatePatchException} names the template, the hunk's line and what differs.
 */
public final class TemplatePatches {

    static final String PATCH = ".patch";

    private TemplatePatches() {
    }

    /** {@code overrides upstreamFolder out}, e.g. {@code templates/java-client Java target/templates/java-client}. */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: TemplatePatches OVERRIDES_DIR UPSTREAM_FOLDER OUT_DIR");
        }
        List<Path> written = merge(Path.of(args[0]), args[1], Path.of(args[2]));
        System.out.println("[template-patches] " + written.size() + " templates from " + args[0] + " (upstream " + args[1]
                + ") in " + args[2]);
    }

    /**
     * @param overrides      our folder ({@code templates/java-client})
     * @param upstreamFolder the generator's template folder on the class path ({@code Java})
     * @param out            where the merged templates go
     * @return the files written
     */
    public static List<Path> merge(Path overrides, String upstreamFolder, Path out) {
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(overrides)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = overrides.relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(".md")) {
                    continue;
                }
                Path target;
                String text;
                if (relative.endsWith(PATCH)) {
                    String name = relative.substring(0, relative.length() - PATCH.length());
                    target = out.resolve(name);
                    text = apply(Files.readString(file), upstream(upstreamFolder + "/" + name), upstreamFolder + "/" + name);
                } else {
                    target = out.resolve(relative);
                    text = Files.readString(file);
                }
                Files.createDirectories(target.getParent());
                Files.writeString(target, text);
                written.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the templates of " + overrides + " into " + out, e);
        }
        return written;
    }

    /** The generator's own template, from the class path ({@code Java/libraries/native/api.mustache}). */
    public static String upstream(String resource) {
        try (InputStream in = TemplatePatches.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new TemplatePatchException(resource + " is not a template of the OpenAPI Generator on the class path:"
                        + " the patch names a template the pinned version does not have");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Applies a unified diff of one file to its upstream text, strictly. */
    public static String apply(String patchText, String upstream, String name) {
        Patch<String> patch = parse(patchText, name);
        List<String> lines = upstream.lines().toList();
        List<String> problems = new ArrayList<>();
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            Chunk<String> source = delta.getSource();
            try {
                if (source.verifyChunk(lines) != VerifyChunk.OK) {
                    problems.add(describe(source, lines));
                }
            } catch (PatchFailedException e) {
                problems.add(describe(source, lines));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplatePatchException("the patch of " + name + " no longer applies to the upstream template: "
                    + String.join("; ", problems) + " (carry the change over to the new upstream text and regenerate the patch)");
        }
        try {
            return String.join("\n", patch.applyTo(lines)) + "\n";
        } catch (PatchFailedException e) {
            throw new TemplatePatchException("the patch of " + name + " does not apply: " + e.getMessage());
        }
    }

    private static Patch<String> parse(String patchText, String name) {
        try {
            UnifiedDiff diff = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(patchText.getBytes(StandardCharsets.UTF_8)));
            List<UnifiedDiffFile> files = diff.getFiles();
            if (files.size() != 1) {
                throw new TemplatePatchException("the patch of " + name + " must change exactly one file, not " + files.size());
            }
            return files.get(0).getPatch();
        } catch (IOException e) {
            throw new TemplatePatchException("the patch of " + name + " is not a unified diff: " + e.getMessage());
        }
    }

    /** Which upstream lines a hunk expected, and what is there now. */
    private static String describe(Chunk<String> expected, List<String> lines) {
        int from = expected.getPosition();
        List<String> found = lines.subList(Math.min(from, lines.size()), Math.min(from + expected.size(), lines.size()));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.getLines().get(i);
            String have = i < found.size() ? found.get(i) : "(end of file)";
            if (!want.equals(have)) {
                return "upstream line " + (from + i + 1) + " was '" + want.strip() + "', is now '" + have.strip() + "'";
            }
        }
        return "hunk at upstream line " + (from + 1) + " does not match";
    }
}
