package dev.contractgate.contracttests.consumer;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.pacts.PactSpecCheck;
import dev.contractgate.contracttests.Pacts;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String failures = result.checks().stream()
                .filter(c -> !c.passed())
                .map(SpecValidatedPacts::describe)
                .collect(Collectors.joining("\n"));
        if (!failures.isEmpty()) {
            throw new AssertionError("the pact records interactions that " + Pacts.spec().getFileName()
                    + " does not document:\n" + failures);
        }
    }

    private static String describe(CheckRecord check) {
        return check.findings().stream()
                .map(f -> "  - [" + f.rule() + "] " + f.message() + " (spec " + f.location() + ")")
                .collect(Collectors.joining("\n"));
    }
}
