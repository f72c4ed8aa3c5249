package dev.contractgate.conformance.diff.client;

import dev.contractgate.conformance.core.BadInputException;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Builds the Java client of a spec into a jar, as the build would: openapi-generator
 * ({@link DefaultGenerator}) with the client's own configuration file and templates
 * ({@link ClientRecipe}), {@code javax.tools.JavaCompiler} against this process's
 * class path (which holds the client's dependencies: Jackson, jsr310, jakarta.annotation), and
 * a plain jar of the classes.
 */
final class ClientBuilder {

    private final ClientRecipe recipe;

    ClientBuilder(ClientRecipe recipe) {
        this.recipe = recipe;
    }

    /** Generates, compiles and jars the client of {@code spec} under {@code workDir}; returns the jar. */
    Path build(Path spec, Path workDir) throws IOException {
        Path generated = workDir.resolve("generated");
        CodegenConfigurator c = configurator(spec, generated);
        Object sourceFolder = c.toContext().getGeneratorSettings().getAdditionalProperties().get("sourceFolder");
        generate(c, spec);
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        compile(generated.resolve(sourceFolder == null ? "src/main/java" : sourceFolder.toString()), classes);
        return jar(classes, workDir.resolve("client-regenerated.jar"));
    }

    /** The recipe's configuration file, plus what the build adds: the spec, the templates, the spec's header values. */
    private CodegenConfigurator configurator(Path spec, Path out) throws IOException {
        CodegenConfigurator c = CodegenConfigurator.fromFile(recipe.config().toString());
        if (c == null) {
            throw new BadInputException("cannot read the client generator configuration " + recipe.config()
                    + " (from " + recipe.source() + ")");
        }
        c.setInputSpec(spec.toAbsolutePath().toString()).setOutputDir(out.toString())
                .setTemplateDir(recipe.templates().toString());
        c.addAdditionalProperty("specFile", spec.getFileName().toString());
        c.addAdditionalProperty("specSha256", sha256(Files.readAllBytes(spec)));
        c.setQuiet(true);
        c.addGlobalProperty("quiet", "true"); // no donation banner on our stdout
        return c;
    }

    private static void generate(CodegenConfigurator c, Path spec) {
        try {
            new DefaultGenerator().opts(c.toClientOptInput()).generate();
        } catch (RuntimeException e) {
            throw new BadInputException("openapi-generator cannot generate the client from " + spec + ": "
                    + e.getMessage() + " (run contract lint on it)", e);
        } finally {
            GlobalSettings.reset();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new BadInputException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run with a JDK to use --client-jar");
        }
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-g", "-parameters", "-encoding", "UTF-8",
                    "-classpath", CompileClasspath.of(classes.getParent()), "-d", classes.toString());
            StringWriter noise = new StringWriter();
            boolean ok = compiler.getTask(noise, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
            if (!ok) {
                List<String> errors = new ArrayList<>();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR && errors.size() < 3) {
                        errors.add((d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                                + d.getLineNumber() + " ") + d.getMessage(Locale.ROOT));
                    }
                }
                throw new BadInputException("the client regenerated from the changed spec does not compile: "
                        + String.join("; ", errors).replace('\n', ' '));
            }
        }
    }

    private static Path jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                jos.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jos);
                jos.closeEntry();
            }
        }
        return jar;
    }
}
