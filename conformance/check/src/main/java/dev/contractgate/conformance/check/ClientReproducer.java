package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A failing sequence as a JUnit 5 test that calls the generated Java client, as a consumer's own code
 * would: {@code BASE_URL} and {@code TOKEN} from system properties or the environment (the test is
 * skipped without them), fresh parents of its own, each step one call of the client's API class
 * ({@link ClientNames}), and per step the model's expectation as an assertion, so it fails against
 * the server that diverged and passes against one that holds what the spec states.
 */
final class ClientReproducer {

    static final String CLASS_NAME = "ModelReproducerTest";

    private final ModelledCollection collection;
    private final ClientNames names;

    ClientReproducer(ModelledCollection collection, ClientSettings settings) {
        this.collection = collection;
        this.names = new ClientNames(settings);
    }

    String source(ModelExecution.Result result, String divergence) {
        List<String> parents = result.parents();
        Map<String, String> idVariables = new HashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        TreeSet<String> models = new TreeSet<>();
        StringBuilder steps = new StringBuilder();
        int n = 0;
        for (ModelExecution.Sent sent : result.transcript()) {
            n++;
            SpecOperation op = sent.request().op();
            String api = apis.computeIfAbsent(names.apiClass(op), ClientReproducer::variable);
            String what = JavaText.literal(n + ". " + sent.step().describe());
            steps.append("        // ").append(n).append(". ").append(sent.step().describe()).append('\n')
                    .append("        Answer r").append(n).append(" = answer(() -> ").append(api).append('.')
                    .append(names.method(op)).append("WithHttpInfo(")
                    .append(String.join(", ", arguments(sent, parents, idVariables, models))).append("));\n")
                    .append("        assertStatus(").append(JavaText.literal(sent.expectStatus())).append(", r").append(n)
                    .append(", ").append(what).append(");\n");
            if (sent.idOfLabel() != null) {
                int label = ((ModelStep.Create) sent.step()).label();
                idVariables.put(sent.idOfLabel(), "id" + label);
                steps.append("        JsonNode created").append(label).append(" = r").append(n).append(".body();\n")
                        .append("        String id").append(label).append(" = created").append(label).append(".at(")
                        .append(JavaText.literal(collection.idPointer())).append(").asText();\n");
            }
            if (sent.sameAsLabel() != null && idVariables.containsValue("id" + sent.sameAsLabel())) {
                steps.append("        assertSameValues(created").append(sent.sameAsLabel()).append(", r").append(n)
                        .append(".body(), ").append(what).append(");\n");
            }
            if (sent.expectLabels() != null) {
                listAssertions(steps, sent, n, what);
            }
        }
        return header(divergence, apis.keySet(), models) + setUp(parents, result.usedParents(), apis) + steps + "    }\n\n" + helpers();
    }

    private void listAssertions(StringBuilder steps, ModelExecution.Sent sent, int n, String what) {
        String ids = String.join(", ", sent.expectLabels().stream().map(label -> "id" + label).toList());
        String got = "ids(r" + n + ".body(), " + JavaText.literal(collection.pages().itemsField()) + ", "
                + JavaText.literal(collection.idPointer()) + ")";
        steps.append("        assertEquals(").append(sent.ordered() ? "List.of(" + ids + ")" : "sorted(List.of(" + ids + "))")
                .append(", ").append(sent.ordered() ? got : "sorted(" + got + ")").append(", ").append(what)
                .append(" + \": the resources the model holds\");\n");
        if (sent.expectTotal() != null) {
            steps.append("        assertEquals(").append(sent.expectTotal()).append(", r").append(n).append(".body().path(")
                    .append(JavaText.literal(collection.pages().totalField())).append(").asInt(), ").append(what)
                    .append(" + \": the model's count\");\n");
        }
    }

    /** The client method's arguments, in its order: parents and ids as variables, other values as literals. */
    private List<String> arguments(ModelExecution.Sent sent, List<String> parents, Map<String, String> idVariables,
                                   TreeSet<String> models) {
        ModelExecution.Request request = sent.request();
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.call().query().forEach(e -> query.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<String> arguments = new ArrayList<>();
        for (ClientNames.Argument argument : names.arguments(request.op())) {
            if (argument.isBody()) {
                models.add(argument.javaType());
                String body = request.call().body();
                arguments.add(body == null ? "null" : "json.readValue(" + JavaText.literal(SecretMasker.mask(body)) + ", "
                        + argument.javaType() + ".class)");
            } else if ("path".equals(argument.in())) {
                String value = request.pathValues().getOrDefault(argument.name(), "");
                int parent = parents.indexOf(value);
                arguments.add(parent >= 0 ? "p" + parent : idVariables.getOrDefault(value,
                        JavaText.value(argument.javaType(), List.of(value))));
            } else if ("query".equals(argument.in())) {
                List<String> values = query.get(argument.name());
                arguments.add(values == null ? "null" : JavaText.value(argument.javaType(), values));
            } else {
                String header = request.call().headers().get(argument.name());
                arguments.add(header == null ? "null" : JavaText.value(argument.javaType(), List.of(header)));
            }
        }
        return arguments;
    }

    private String header(String divergence, java.util.Collection<String> apiClasses, TreeSet<String> models) {
        ClientSettings settings = names.settings();
        StringBuilder java = new StringBuilder()
                .append("import static org.junit.jupiter.api.Assertions.assertEquals;\n")
                .append("import static org.junit.jupiter.api.Assumptions.assumeTrue;\n\n")
                .append("import com.fasterxml.jackson.databind.JsonNode;\n")
                .append("import com.fasterxml.jackson.databind.ObjectMapper;\n");
        for (String type : List.of("ApiClient", "ApiException", "ApiResponse")) {
            java.append("import ").append(settings.invokerPackage()).append('.').append(type).append(";\n");
        }
        apiClasses.forEach(api -> java.append("import ").append(settings.apiPackage()).append('.').append(api).append(";\n"));
        models.forEach(model -> java.append("import ").append(settings.modelPackage()).append('.').append(model).append(";\n"));
        return java.append("import java.util.ArrayList;\nimport java.util.List;\nimport org.junit.jupiter.api.Test;\n\n")
                .append("/** Reproduces: ").append(divergence.replace("*/", "* /").replace('\n', ' ')).append(" */\n")
                .append("class ").append(CLASS_NAME).append(" {\n\n")
                .append("    private final ApiClient client = new ApiClient();\n")
                .append("    private final ObjectMapper json = client.getObjectMapper();\n\n")
                .append("    @Test\n    void the_shortest_failing_sequence_holds_to_the_model() throws Exception {\n")
                .toString();
    }

    private static String setUp(List<String> parents, java.util.Set<Integer> used, Map<String, String> apis) {
        StringBuilder java = new StringBuilder()
                .append("        client.updateBaseUri(setting(\"BASE_URL\").replaceAll(\"/+$\", \"\"));\n")
                .append("        String token = setting(\"TOKEN\");\n")
                .append("        client.setRequestInterceptor(request -> request.header(\"Authorization\", \"Bearer \" + token));\n");
        apis.forEach((type, variable) -> java.append("        ").append(type).append(' ').append(variable)
                .append(" = new ").append(type).append("(client);\n"));
        java.append("        String run = Long.toString(System.nanoTime(), 36);\n");
        for (int p = 0; p < parents.size(); p++) {
            if (!used.contains(p)) {
                continue;
            }
            java.append("        String p").append(p).append(" = \"cgrepro\" + run + \"p").append(p).append("\";\n");
        }
        return java.toString();
    }

    private String helpers() {
        StringBuilder java = new StringBuilder()
                .append("    /** An answer as the client saw it: the status, the body as JSON (null without one), and as text. */\n")
                .append("    private record Answer(int status, JsonNode body, String text) {\n    }\n\n")
                .append("    private interface Call {\n        ApiResponse<?> send() throws Exception;\n    }\n\n")
                .append("    private Answer answer(Call call) throws Exception {\n")
                .append("        try {\n")
                .append("            ApiResponse<?> response = call.send();\n")
                .append("            JsonNode body = response.getData() == null ? null : json.valueToTree(response.getData());\n")
                .append("            return new Answer(response.getStatusCode(), body, String.valueOf(body));\n")
                .append("        } catch (ApiException refused) {\n")
                .append("            return new Answer(refused.getCode(), null, String.valueOf(refused.getResponseBody()));\n")
                .append("        }\n    }\n\n")
                .append("    private static void assertStatus(String expected, Answer answer, String step) {\n")
                .append("        String got = String.valueOf(answer.status());\n")
                .append("        boolean ok = expected.endsWith(\"xx\") ? got.charAt(0) == expected.charAt(0) : got.equals(expected);\n")
                .append("        assertEquals(expected, ok ? expected : got, step + \": \" + answer.text());\n    }\n\n")
                .append("    private static void assertSameValues(JsonNode created, JsonNode read, String step) {\n")
                .append("        created.fieldNames().forEachRemaining(name -> {\n");
        for (String secret : new TreeSet<>(collection.secretFields())) {
            java.append("            if (name.equals(").append(JavaText.literal(secret)).append(")) {\n")
                    .append("                return;\n            }\n");
        }
        return java.append("            assertEquals(created.get(name), read.get(name), step + \": \" + name + \" as created\");\n")
                .append("        });\n    }\n\n")
                .append("    private static List<String> ids(JsonNode page, String items, String pointer) {\n")
                .append("        List<String> ids = new ArrayList<>();\n")
                .append("        page.path(items).forEach(item -> ids.add(item.at(pointer).asText()));\n")
                .append("        return ids;\n    }\n\n")
                .append("    private static List<String> sorted(List<String> ids) {\n")
                .append("        return ids.stream().sorted().toList();\n    }\n\n")
                .append("    private static String setting(String name) {\n")
                .append("        String value = System.getProperty(name, System.getenv(name));\n")
                .append("        assumeTrue(value != null && !value.isBlank(), name + \" is not set\");\n")
                .append("        return value;\n    }\n}\n")
                .toString();
    }

    private static String variable(String apiClass) {
        return Character.toLowerCase(apiClass.charAt(0)) + apiClass.substring(1);
    }
}
