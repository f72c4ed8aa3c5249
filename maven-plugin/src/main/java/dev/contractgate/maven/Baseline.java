package dev.contractgate.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * What the diff goal's {@code baseline} names, in this order: a spec file (relative to the project),
 * a released spec (a version such as {@code 0.3.0}, meaning {@code dev.contractgate:agent-tokens-spec:0.3.0},
 * or any {@code groupId:artifactId:version} of a jar holding one spec), else a git revision of {@code spec}.
 */
record Baseline(Kind kind, String value) {

    enum Kind { FILE, RELEASE, GIT_REVISION }

    static final String SPEC_ARTIFACT = "dev.contractgate:agent-tokens-spec";

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*([.-][A-Za-z0-9][A-Za-z0-9.-]*)?");
    private static final Pattern COORDINATES = Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+");
    private static final Pattern SPEC_FILE = Pattern.compile("[^/]+\\.(ya?ml|json)");

    /** Classifies {@code baseline}; a file is returned with its absolute path. */
    static Baseline of(String baseline, File basedir) {
        File file = new File(baseline);
        if (!file.isAbsolute() && basedir != null) {
            file = new File(basedir, baseline);
        }
        if (file.isFile()) {
            return new Baseline(Kind.FILE, file.getAbsolutePath());
        }
        if (COORDINATES.matcher(baseline).matches()) {
            return new Baseline(Kind.RELEASE, baseline);
        }
        if (VERSION.matcher(baseline).matches()) {
            return new Baseline(Kind.RELEASE, SPEC_ARTIFACT + ":" + baseline);
        }
        return new Baseline(Kind.GIT_REVISION, baseline);
    }

    /**
     * Copies the one spec at the top of a released spec jar to {@code folder}; a jar with none or
     * several is a build error that names it.
     */
    static File extract(File jar, String coordinates, File folder) throws MojoExecutionException {
        try (ZipFile zip = new ZipFile(jar)) {
            List<ZipEntry> specs = new ArrayList<>();
            zip.stream().filter(e -> !e.isDirectory() && SPEC_FILE.matcher(e.getName()).matches()).forEach(specs::add);
            if (specs.size() != 1) {
                throw new MojoExecutionException("contract-gate:diff: " + coordinates + " (" + jar + ") holds "
                        + (specs.isEmpty() ? "no spec" : specs.size() + " specs " + specs.stream().map(ZipEntry::getName).toList())
                        + " at its top level; <baseline> needs a release of the spec artifact with exactly one"
                        + " (plugin parameter <baseline>)");
            }
            File target = new File(folder, coordinates.replace(':', '_') + "_" + specs.get(0).getName());
            Files.createDirectories(folder.toPath());
            try (InputStream in = zip.getInputStream(specs.get(0))) {
                Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new MojoExecutionException("contract-gate:diff: cannot read the released spec " + coordinates
                    + " from " + jar + ": " + e.getMessage() + " (plugin parameter <baseline>)", e);
        }
    }
}
