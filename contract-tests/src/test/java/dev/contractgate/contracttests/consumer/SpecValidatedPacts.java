package dev.contractgate.contracttests.consumer;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.support.json.JsonValue;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.contracttests.Pacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks the pact a consumer test class has just written against the spec, so a consumer
 * cannot record a request or response the spec does not document. Register it BEFORE
 * {@code PactConsumerTestExt}: JUnit runs after-all callbacks in reverse order, so this one
 * runs once Pact has written the file. A finding fails the class, naming each interaction.
 */
public final class SpecValidatedPacts implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            return; // Pact writes nothing for a failed class; its own failure says why
        }
        Path pact = Pacts.pactFile();
        if (!Files.isRegularFile(pact)) {
            throw new AssertionError("no pact written at " + pact + " by " + context.getDisplayName());
        }
        RunResult result = new PactSpecCheck().check(SpecSource.load(Pacts.spec()), pact);
        Set<String> recordedHere = descriptionsRecordedBy(context.getRequiredTestClass(), pact);
        String failures = result.checks().stream()
                .filter(c -> recordedHere.contains(c.name()))
                .filter(c -> !c.passed())
                .map(SpecValidatedPacts::describe)
                .collect(Collectors.joining("\n"));
        if (!failures.isEmpty()) {
            throw new AssertionError("the pact records interactions that " + Pacts.spec().getFileName()
                    + " does not document:\n" + failures);
        }
    }

    /**
     * The interactions this class recorded: the pact file also holds those of the classes that
     * ran before it (they were checked then), and V4 notes each interaction's test method.
     */
    private static Set<String> descriptionsRecordedBy(Class<?> testClass, Path pact) {
        return DefaultPactReader.INSTANCE.loadPact(pact.toFile()).getInteractions().stream()
                .filter(i -> {
                    JsonValue testName = i.getComments().get("testname");
                    return testName == null || testName.asString() == null
                            || testName.asString().startsWith(testClass.getName() + ".");
                })
                .map(Interaction::getDescription)
                .collect(Collectors.toSet());
    }

    private static String describe(CheckRecord check) {
        return check.findings().stream()
                .map(f -> "  - [" + f.rule() + "] " + f.message() + " (spec " + f.location() + ")")
                .collect(Collectors.joining("\n"));
    }
}
