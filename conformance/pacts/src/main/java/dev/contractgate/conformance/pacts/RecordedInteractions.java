package dev.contractgate.conformance.pacts;

import dev.contractgate.conformance.core.spec.SpecOperation;

import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.pact.PactRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.conformance.core.SpecSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the HTTP interactions of a folder of pact files as {@link RecordedInteraction}s: which
 * operation of the spec each calls and which response fields it relies on. Unreadable files
 * are passed over here: {@link PactSpecCheck}, which consumer impact runs on the same folder, reports
 * each as the error {@code pact.file.unreadable} ({@link PactFolder}'s policy).
 */
public final class RecordedInteractions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedInteractions() {
    }

    public static List<RecordedInteraction> read(SpecSource spec, Path pactsDir) {
        ApiOperationResolver resolver = new ApiOperationResolver(spec.openApi(), null, false);
        List<RecordedInteraction> result = new ArrayList<>();
        for (PactFolder.Entry entry : PactFolder.read(pactsDir)) {
            if (!entry.readable()) {
                continue; // the pact check reports it (pact.file.unreadable, an error), so the diff fails on it
            }
            for (Interaction interaction : entry.pact().getInteractions()) {
                if (interaction.isSynchronousRequestResponse()) {
                    result.add(of(entry.file().getFileName().toString(), interaction.asSynchronousRequestResponse(),
                            resolver, spec));
                }
            }
        }
        return result;
    }

    private static RecordedInteraction of(String pactName, SynchronousRequestResponse interaction,
                                          ApiOperationResolver resolver, SpecSource spec) {
        String operationId = null;
        if (InteractionCheck.httpMethod(interaction.getRequest())) {
            Request request = PactRequest.of(interaction.getRequest());
            ApiOperationMatch match = resolver.findApiOperation(request.getPath(), request.getMethod());
            operationId = match.isPathFound() && match.isOperationAllowed()
                    ? spec.operations().of(match.getApiOperation().getOperation()).map(SpecOperation::id).orElse(null) : null;
        }
        IResponse response = interaction.getResponse();
        Set<String> fields = new LinkedHashSet<>();
        if (response.getBody().isPresent()) {
            try {
                fieldsOf(JSON.readTree(response.getBody().valueAsString()), "", fields);
            } catch (IOException | RuntimeException e) {
                // not JSON: it names no field
            }
        }
        MatchingRuleCategory body = response.getMatchingRules().rulesForCategory("body");
        for (String expression : body.getMatchingRules().keySet()) {
            String field = fieldOf(expression);
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return new RecordedInteraction(pactName, interaction.getDescription(), operationId, response.getStatus(), fields);
    }

    private static void fieldsOf(JsonNode node, String path, Set<String> fields) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                fields.add(field);
                fieldsOf(e.getValue(), field, fields);
            });
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                fieldsOf(item, path + "[]", fields);
            }
        }
    }

    /** A Pact body matcher path ({@code $.tokens[*].kind}, {@code $['kind']}) as a field path ({@code tokens[].kind}). */
    static String fieldOf(String expression) {
        String path = expression.startsWith("$") ? expression.substring(1) : expression;
        path = path.replaceAll("\\['([^']*)']", ".$1")
                .replaceAll("\\[(\\*|\\d+)]", "[]")
                .replaceAll("\\.\\*", "[]");
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
