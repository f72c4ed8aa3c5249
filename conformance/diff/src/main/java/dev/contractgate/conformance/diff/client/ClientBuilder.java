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
 * ({@link DefaultGenerator}) with the settings of {@code generator/client/pom.xml}
 * ({@link ClientGeneratorSettings}), {@code javax.tools.JavaCompiler} against this process's
 * class path (which holds the client's dependencies: Jackson, jsr310, jakarta.annotation), and
 * a plain jar of the classes.
 */
final class ClientBuilder {

    private final ClientGeneratorSettings settings;

    ClientBuilder(ClientGeneratorSettings settings) {
        this.settings = settings;
    }

    /** Generates, compiles and jars the client of {@code spec} under {@code workDir}; returns the jar. */
    Path build(Path spec, Path workDir) throws IOException {
        Path generated = workDir.resolve("generated");
        generate(spec, generated);
        String sourceFolder = settings.configOptions().getOrDefault("sourceFolder", "src/main/java");
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        compile(generated.resolve(sourceFolder), classes);
        return jar(classes, workDir.resolve("client-regenerated.jar"));
    }

    private void generate(Path spec, Path out) {
        CodegenConfigurator c = new CodegenConfigurator()
                .setInputSpec(spec.toAbsolutePath().toString())
                .setOutputDir(out.toString())
                .setGeneratorName(settings.get("generatorName"));
        if (settings.get("library") != null) {
            c.setLibrary(settings.get("library"));
        }
        if (settings.get("templateDirectory") != null) {
            c.setTemplateDir(settings.get("templateDirectory"));
        }
        c.setApiPackage(settings.get("apiPackage")).setModelPackage(settings.get("modelPackage"))
                .setInvokerPackage(settings.get("invokerPackage"));
        for (String mapping : list(settings.get("modelNameMappings"))) {
            String[] kv = mapping.split("=", 2);
            c.addModelNameMapping(kv[0].strip(), kv[1].strip());
        }
        // what the Maven plugin turns its generate* switches into
        c.setQuiet(true);
        c.addGlobalProperty("quiet", "true"); // no donation banner on our stdout
        c.addGlobalProperty("apis", "").addGlobalProperty("models", "")
                .addGlobalProperty("supportingFiles", String.join(",", list(settings.get("supportingFilesToGenerate"))))
                .addGlobalProperty("apiTests", flag("generateApiTests"))
                .addGlobalProperty("modelTests", flag("generateModelTests"))
                .addGlobalProperty("apiDocs", flag("generateApiDocumentation"))
                .addGlobalProperty("modelDocs", flag("generateModelDocumentation"));
        settings.configOptions().forEach(c::addAdditionalProperty);
        settings.additionalProperties().forEach(c::addAdditionalProperty);
        try {
            new DefaultGenerator().opts(c.toClientOptInput()).generate();
        } catch (RuntimeException e) {
            throw new BadInputException("openapi-generator cannot generate the client from " + spec + ": "
                    + e.getMessage() + " (run contract lint on it)", e);
        } finally {
            GlobalSettings.reset();
        }
    }

    private String flag(String name) {
        String value = settings.get(name);
        return value == null ? "true" : value;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
            List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
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
