package dev.contractgate.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.contractgate.client.ApiException.ApiErrorException;
import dev.contractgate.client.model.ApiError;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ties the apiException override to the spec: every error status an operation documents must
 * come out of the client as a typed exception. A status added to the spec without a matching
 * exception in templates/java-client fails here.
 */
class DocumentedErrorStatusesTest {

    @Test
    void every_error_status_the_spec_documents_is_thrown_as_a_typed_exception() throws Exception {
        Map<String, TreeSet<Integer>> documented = documentedErrorStatuses();
        ObjectMapper json = new ApiClient().getObjectMapper();

        assertThat(documented).containsOnlyKeys("ListAgentTokens", "CreateAgentToken", "GetAgentToken", "DeleteAgentToken");
        for (Map.Entry<String, TreeSet<Integer>> entry : documented.entrySet()) {
            String operation = entry.getKey();
            TreeSet<Integer> statuses = entry.getValue();
            assertThat(statuses).as(operation).isNotEmpty();
            for (int status : statuses) {
                String body = json.writeValueAsString(new ApiError().message("x").requestId("r").statusCode(status));
                ApiException e = ApiException.of("m", status, null, body, json);
                assertThat(e).as("%s %s", operation, status).isInstanceOf(ApiErrorException.class);
                assertThat(e.getCode()).isEqualTo(status);
                assertThat(((ApiErrorException) e).getError().getStatusCode()).isEqualTo(status);
            }
        }
    }

    private static Map<String, TreeSet<Integer>> documentedErrorStatuses() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(new File(System.getProperty("contract.spec")));
        Map<String, TreeSet<Integer>> byOperation = new TreeMap<>();
        for (JsonNode pathItem : spec.path("paths")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = pathItem.fields(); it.hasNext(); ) {
                JsonNode operation = it.next().getValue();
                if (!operation.has("operationId")) {
                    continue;
                }
                TreeSet<Integer> statuses = new TreeSet<>();
                operation.path("responses").fieldNames().forEachRemaining(code -> {
                    if (code.matches("[45]\\d\\d")) {
                        statuses.add(Integer.parseInt(code));
                    }
                });
                byOperation.put(operation.get("operationId").asText(), statuses);
            }
        }
        return byOperation;
    }
}
