package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.SecretMasker;
import java.util.List;
import java.util.Map;

/**
 * A failing sequence as a JUnit 5 test a consumer can drop into its build: the JDK's HTTP client and
 * Jackson (both on a generated client's class path), {@code BASE_URL} and {@code TOKEN} from system
 * properties or the environment (the test is skipped without them), fresh parents of its own, and per
 * step the model's expectation as an assertion, so it fails against the server that diverged and
 * passes against one that holds what the spec states.
 */
final class JUnitReproducer {

    static final String CLASS_NAME = "ModelReproducerTest";

    private JUnitReproducer() {
    }

    static String source(ModelledCollection collection, ModelExecution.Result result, String divergence) {
        StringBuilder java = new StringBuilder();
        java.append("import static org.junit.jupiter.api.Assertions.assertEquals;\n")
                .append("import static org.junit.jupiter.api.Assumptions.assumeTrue;\n\n")
                .append("import com.fasterxml.jackson.databind.JsonNode;\n")
                .append("import com.fasterxml.jackson.databind.ObjectMapper;\n")
                .append("import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\n")
                .append("import java.net.http.HttpResponse;\nimport java.util.ArrayList;\nimport java.util.List;\n")
                .append("import org.junit.jupiter.api.Test;\n\n")
                .append("/** Reproduces: ").append(comment(divergence)).append(" */\n")
                .append("class ").append(CLASS_NAME).append(" {\n\n")
                .append("    private static final ObjectMapper JSON = new ObjectMapper();\n")
                .append("    private final HttpClient http = HttpClient.newHttpClient();\n\n")
                .append("    @Test\n    void the_shortest_failing_sequence_holds_to_the_model() throws Exception {\n")
                .append("        String base = setting(\"BASE_URL\");\n        String token = setting(\"TOKEN\");\n")
                .append("        String run = Long.toString(System.nanoTime(), 36);\n");
        List<String> parents = result.parents();
        for (int p = 0; p < parents.size(); p++) {
            java.append("        String p").append(p).append(" = \"cgrepro\" + run + \"p").append(p).append("\";\n");
        }
        Map<String, String> idVariables = new java.util.HashMap<>();
        String field = collection.idPointer();
        int n = 0;
        for (ModelExecution.Sent sent : result.transcript()) {
            n++;
            String path = expression(sent.call().pathAndQuery(), parents, idVariables);
            String body = sent.call().body() == null ? "null" : literal(SecretMasker.mask(sent.call().body()));
            String what = literal(n + ". " + sent.step().describe());
            java.append("        HttpResponse<String> r").append(n).append(" = send(base, token, \"").append(sent.call().method())
                    .append("\", ").append(path).append(", ").append(body).append(");\n");
            java.append("        assertStatus(").append(literal(sent.expectStatus())).append(", r").append(n).append(", ")
                    .append(what).append(");\n");
            if (sent.idOfLabel() != null) {
                String variable = "id" + ((ModelStep.Create) sent.step()).label();
                idVariables.put(sent.idOfLabel(), variable);
                java.append("        JsonNode created").append(((ModelStep.Create) sent.step()).label()).append(" = JSON.readTree(r")
                        .append(n).append(".body());\n");
                java.append("        String ").append(variable).append(" = created").append(((ModelStep.Create) sent.step()).label())
                        .append(".at(").append(literal(field)).append(").asText();\n");
            }
            if (sent.sameAsLabel() != null && idVariables.containsValue("id" + sent.sameAsLabel())) {
                java.append("        assertSameValues(created").append(sent.sameAsLabel()).append(", JSON.readTree(r").append(n)
                        .append(".body()), ").append(what).append(");\n");
            }
            if (sent.expectLabels() != null) {
                String ids = String.join(", ", sent.expectLabels().stream().map(label -> "id" + label).toList());
                java.append("        assertEquals(").append(sent.ordered() ? "List.of(" + ids + ")" : "sorted(List.of(" + ids + "))")
                        .append(", ").append(sent.ordered() ? "" : "sorted(").append("ids(JSON.readTree(r").append(n)
                        .append(".body()).path(").append(literal(collection.pages().itemsField())).append("), ")
                        .append(literal(field)).append(")").append(sent.ordered() ? "" : ")").append(", ").append(what)
                        .append(" + \": the resources the model holds\");\n");
                if (sent.expectTotal() != null) {
                    java.append("        assertEquals(").append(sent.expectTotal()).append(", JSON.readTree(r").append(n)
                            .append(".body()).path(").append(literal(collection.pages().totalField())).append(").asInt(), ")
                            .append(what).append(" + \": the model's count\");\n");
                }
            }
        }
        java.append("    }\n\n")
                .append("    private HttpResponse<String> send(String base, String token, String method, String path, String body)\n")
                .append("            throws Exception {\n")
                .append("        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll(\"/+$\", \"\") + path))\n")
                .append("                .header(\"Authorization\", \"Bearer \" + token).header(\"Accept\", \"application/json\");\n")
                .append("        if (body != null) {\n")
                .append("            request.header(\"Content-Type\", \"application/json\");\n        }\n")
                .append("        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()\n")
                .append("                : HttpRequest.BodyPublishers.ofString(body));\n")
                .append("        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());\n    }\n\n")
                .append("    private static void assertStatus(String expected, HttpResponse<String> answer, String step) {\n")
                .append("        String got = String.valueOf(answer.statusCode());\n")
                .append("        boolean ok = expected.endsWith(\"xx\") ? got.charAt(0) == expected.charAt(0) : got.equals(expected);\n")
                .append("        assertEquals(expected, ok ? expected : got, step + \": \" + answer.body());\n    }\n\n")
                .append("    private static void assertSameValues(JsonNode created, JsonNode read, String step) {\n")
                .append("        created.fieldNames().forEachRemaining(name -> {\n");
        for (String secret : new java.util.TreeSet<>(collection.secretFields())) {
            java.append("            if (name.equals(").append(literal(secret)).append(")) {\n                return;\n            }\n");
        }
        java.append("            assertEquals(created.get(name), read.get(name), step + \": \" + name + \" as created\");\n")
                .append("        });\n    }\n\n")
                .append("    private static List<String> ids(JsonNode items, String pointer) {\n")
                .append("        List<String> ids = new ArrayList<>();\n")
                .append("        items.forEach(item -> ids.add(item.at(pointer).asText()));\n        return ids;\n    }\n\n")
                .append("    private static List<String> sorted(List<String> ids) {\n")
                .append("        return ids.stream().sorted().toList();\n    }\n\n")
                .append("    private static String setting(String name) {\n")
                .append("        String value = System.getProperty(name, System.getenv(name));\n")
                .append("        assumeTrue(value != null && !value.isBlank(), name + \" is not set\");\n")
                .append("        return value;\n    }\n}\n");
        return java.toString();
    }

    /** A path as a Java expression, the parents and captured ids as variables. */
    private static String expression(String path, List<String> parents, Map<String, String> idVariables) {
        String expression = literal(path);
        for (int p = 0; p < parents.size(); p++) {
            expression = expression.replace("/" + parents.get(p), "/\" + p" + p + " + \"");
        }
        for (Map.Entry<String, String> id : idVariables.entrySet()) {
            expression = expression.replace("/" + id.getKey(), "/\" + " + id.getValue() + " + \"");
        }
        return expression.replace(" + \"\"", "");
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String comment(String text) {
        return text.replace("*/", "* /").replace('\n', ' ');
    }
}
