package dev.contractgate.conformance.pacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.judge.JudgeRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recorded interaction gets every check a live answer gets: a pact whose recorded answer breaks
 * what the spec states beside its schemas is rejected with {@code invariant.violated}, naming the
 * invariant's id; what a recording leaves out, or what names the time of arrival, is not judged.
 */
class PactInvariantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SpecSource SPEC = SpecSource.load(Path.of(System.getProperty("contract.spec")));

    @TempDir
    Path dir;

    private RunResult checkEdited(String description, Consumer<ObjectNode> editInteraction) throws Exception {
        Path clean = Path.of(PactSpecCheckTest.class.getResource("/pacts/clean-v4/fixture-consumer-agent-token-api.json").toURI());
        ObjectNode pact = (ObjectNode) JSON.readTree(clean.toFile());
        boolean found = false;
        for (JsonNode interaction : pact.path("interactions")) {
            if (interaction.path("description").asText().equals(description)) {
                editInteraction.accept((ObjectNode) interaction);
                found = true;
            }
        }
        assertThat(found).as("interaction " + description).isTrue();
        Files.writeString(dir.resolve("edited.json"), JSON.writeValueAsString(pact));
        return new PactSpecCheck().check(SPEC, dir);
    }

    private static ObjectNode responseBody(ObjectNode interaction) {
        return (ObjectNode) interaction.path("response").path("body").path("content");
    }

    private static String invariantOf(Finding f) {
        return f.rule().equals(JudgeRules.INVARIANT_VIOLATED) ? f.message().replaceFirst("^.*?invariant '([^']+)'.*$", "$1") : f.rule();
    }

    @Test
    void an_error_body_whose_status_code_differs_from_the_recorded_status_is_rejected_naming_error_status_code() throws Exception {
        RunResult result = checkEdited("a request for a missing agent token", i -> responseBody(i).put("statusCode", 400));
        assertThat(result.findings()).extracting(PactInvariantsTest::invariantOf).containsExactly("error-status-code");
        assertThat(result.findings().get(0).message()).contains("edited.json").contains("a request for a missing agent token").contains("response.body.statusCode = 400");
    }

    @Test
    void a_recorded_error_whose_request_id_header_differs_from_its_body_is_rejected() throws Exception {
        RunResult result = checkEdited("a request for a missing agent token", i ->
                ((ObjectNode) i.path("response").path("headers")).putArray("X-Request-Id").add("another-id"));
        assertThat(result.findings()).extracting(PactInvariantsTest::invariantOf).containsExactly("error-request-id-header");
    }

    @Test
    void a_recorded_page_in_the_wrong_order_is_rejected_naming_list_order() throws Exception {
        RunResult result = checkEdited("a request for a page of agent tokens", i -> {
            ObjectNode page = responseBody(i);
            ArrayNode tokens = (ArrayNode) page.path("tokens");
            ObjectNode second = tokens.get(0).deepCopy();
            second.put("id", "clm8q7f6q000008lcgyougpsa").put("name", "a-first-by-name");
            tokens.add(second);
            page.put("totalCount", 2);
        });
        assertThat(result.findings()).extracting(PactInvariantsTest::invariantOf).containsExactly("list-order");
    }

    @Test
    void a_recorded_create_that_names_another_deployment_in_its_role_is_rejected() throws Exception {
        RunResult result = checkEdited("a request to create an agent token", i -> responseBody(i).putArray("roles").addObject()
                .put("entityId", "another-deployment").put("entityType", "DEPLOYMENT").put("role", "DEPLOYMENT_AGENT"));
        assertThat(result.findings()).extracting(PactInvariantsTest::invariantOf).containsExactly("token-of-the-deployment");
    }

    @Test
    void a_recorded_read_that_carries_the_secret_is_rejected_as_a_leak() throws Exception {
        RunResult result = checkEdited("a request for an agent token", i -> responseBody(i).put("token", "aat_7Hq2Xw9c.secret-value"));
        assertThat(result.findings()).extracting(Finding::rule).containsExactly(JudgeRules.SECRET_LEAKED);
    }

    @Test
    void what_a_recording_leaves_out_and_rules_about_the_time_of_arrival_are_not_judged() throws Exception {
        RunResult result = checkEdited("a request for an agent token", i -> {
            responseBody(i).remove("description"); // required: the schema says so, not an invariant
            responseBody(i).put("description", "");
        });
        assertThat(result.findings()).isEmpty(); // roles left out, and createdAt in 2022 (the not-in-the-future rule needs `now`)
    }

    @Test
    void a_pact_file_that_links_outside_its_folder_is_refused_and_never_read() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.json"), "{\"secret\": \"not a pact of this folder\"}");
        Path pacts = Files.createDirectories(dir.resolve("pacts"));
        Files.createSymbolicLink(pacts.resolve("link.json"), outside);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PactSpecCheck().check(SPEC, pacts))
                .isInstanceOf(dev.contractgate.conformance.core.BadInputException.class)
                .hasMessageContaining("link.json").hasMessageContaining("outside the pacts folder");
    }
}
