package dev.contractgate.contracttests.spec;

import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.core.model.DefaultPactReader;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import dev.contractgate.contracttests.Pacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Any stub server serving our pacts answers each request with its own interaction: no two
 * interactions share a request (method, path, query, Authorization and body), and no
 * interaction matches its Authorization header by a pattern that another's value would fit.
 */
class DistinguishableInteractionsIT {

    @Test
    void every_interaction_is_told_apart_by_its_request_alone() throws IOException {
        Map<String, List<String>> byRequest = new LinkedHashMap<>();
        List<String> patterns = new ArrayList<>();
        int interactions = 0;
        for (Path file : pactFiles()) {
            Pact pact = DefaultPactReader.INSTANCE.loadPact(file.toFile());
            for (Interaction interaction : pact.getInteractions()) {
                IRequest request = interaction.asSynchronousRequestResponse().getRequest();
                interactions++;
                byRequest.computeIfAbsent(key(request), k -> new ArrayList<>()).add(interaction.getDescription());
                MatchingRuleCategory headers = request.getMatchingRules().rulesForCategory("header");
                if (headers.getMatchingRules().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"))) {
                    patterns.add(interaction.getDescription());
                }
            }
        }

        assertThat(interactions).as("interactions recorded in " + Pacts.folder()).isGreaterThanOrEqualTo(19);
        assertThat(byRequest.values()).as("interactions that share one request").allMatch(list -> list.size() == 1);
        assertThat(patterns).as("interactions that match Authorization by a pattern").isEmpty();
    }

    private static String key(IRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        return request.getMethod() + " " + request.getPath() + " ? " + new TreeMap<>(request.getQuery())
                + " auth=" + headers.getOrDefault("Authorization", List.of("(none)"))
                + " body=" + (request.getBody().isPresent() ? request.getBody().valueAsString() : "");
    }

    private static List<Path> pactFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Pacts.folder())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
