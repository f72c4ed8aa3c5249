package dev.contractgate.conformance.diff;

import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecLocation;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiBehavior;
import japicmp.model.JApiChangeStatus;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import japicmp.model.JApiParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Java client compatibility: compares the public API of the old client jar with the client
 * regenerated from the changed spec, with japicmp. Each binary-incompatible change (code
 * compiled against the old client fails at run time) is a {@code diff.client.binary-incompatible}
 * error, each change that is only source-incompatible (code no longer compiles) a
 * {@code diff.client.source-incompatible} error; one check per public class.
 */
final class ClientCompat {

    static final String BINARY_INCOMPATIBLE = DiffRules.CLIENT_BINARY_INCOMPATIBLE;
    static final String SOURCE_INCOMPATIBLE = DiffRules.CLIENT_SOURCE_INCOMPATIBLE;

    List<CheckRecord> compare(Path oldJar, Path newJar) {
        requireJar(oldJar, "--client-jar");
        requireJar(newJar, "--new-client-jar");
        long started = System.nanoTime();
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        // the client's own dependencies (Jackson, HTTP library) are not on our class path
        options.getIgnoreMissingClasses().setIgnoreAllMissingClasses(true);
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(oldJar.toFile(), "old"), new JApiCmpArchive(newJar.toFile(), "new"));
        List<CheckRecord> checks = new ArrayList<>();
        for (JApiClass type : classes) {
            List<Finding> findings = new ArrayList<>();
            String name = type.getFullyQualifiedName();
            if (type.getChangeStatus() == JApiChangeStatus.REMOVED) {
                findings.add(finding(type, name, "class " + name + " removed"));
            } else {
                classLevel(type, name, findings);
                for (JApiBehavior behavior : members(type)) {
                    if (!behavior.isBinaryCompatible() || !behavior.isSourceCompatible()) {
                        findings.add(finding(behavior, name, name + "#" + signature(behavior) + ": "
                                + changes(behavior)));
                    }
                }
            }
            if (type.getChangeStatus() != JApiChangeStatus.NEW || !findings.isEmpty()) {
                checks.add(new CheckRecord("java client", name + " compatible with the old client", findings,
                        Duration.ofNanos(System.nanoTime() - started)));
            }
        }
        return checks;
    }

    private static void classLevel(JApiClass type, String name, List<Finding> findings) {
        List<JApiCompatibilityChange> own = type.getCompatibilityChanges().stream()
                .filter(c -> !c.isBinaryCompatible() || !c.isSourceCompatible()).toList();
        if (!own.isEmpty()) {
            findings.add(new Finding(own.stream().anyMatch(c -> !c.isBinaryCompatible()) ? BINARY_INCOMPATIBLE
                    : SOURCE_INCOMPATIBLE, dev.contractgate.conformance.core.Severity.ERROR, null,
                    SpecLocation.of(""), "class " + name + ": "
                    + own.stream().map(c -> c.getType().name()).collect(Collectors.joining(", ")), Evidence.NONE));
        }
    }

    private static List<JApiBehavior> members(JApiClass type) {
        List<JApiBehavior> members = new ArrayList<>(type.getConstructors());
        members.addAll(type.getMethods());
        return members;
    }

    private static Finding finding(JApiCompatibility change, String className, String message) {
        String rule = change.isBinaryCompatible() ? SOURCE_INCOMPATIBLE : BINARY_INCOMPATIBLE;
        return Finding.error(rule, null, SpecLocation.of(""), message, new Evidence("class " + className, ""));
    }

    private static String signature(JApiBehavior behavior) {
        return behavior.getName() + "(" + behavior.getParameters().stream().map(JApiParameter::getType)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String changes(JApiBehavior behavior) {
        if (behavior.getChangeStatus() == JApiChangeStatus.REMOVED) {
            return "removed";
        }
        return behavior.getCompatibilityChanges().stream()
                .filter(c -> !c.isBinaryCompatible() || !c.isSourceCompatible())
                .map(c -> c.getType().name()).collect(Collectors.joining(", "));
    }

    static void requireJar(Path jar, String option) {
        if (jar == null || !Files.isRegularFile(jar)) {
            throw new BadInputException("client jar not found: " + jar + " (pass " + option
                    + " with the path of a client jar; the regenerated one is built by generator/client)");
        }
    }
}
