package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contractgate.mock.auth.DevTokens;
import dev.contractgate.mock.support.ApiTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The JSON a token's kept view writes is exactly what serializing its model on each request would write. */
class TokenViewsTest extends ApiTest {

    @Autowired
    private TokenViews views;

    @Autowired
    private AgentTokenService service;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private AgentTokenStore store;

    private StoredAgentToken put(String name, String description, Integer days, OffsetDateTime createdAt) {
        return service.put(new DeploymentKey(ORG, DEPLOYMENT), null, name, description, days,
                DevTokens.devUser(), createdAt).stored();
    }

    @Test
    void a_kept_view_writes_the_same_bytes_as_the_model_serialized_afresh() throws Exception {
        OffsetDateTime created = OffsetDateTime.of(2026, 2, 28, 23, 59, 58, 999_000_000, ZoneOffset.ofHours(-5));
        List<StoredAgentToken> tokens = List.of(
                put("plain", null, null, null),
                put("with \"quotes\", a \\ backslash and a tab\t", "line one\nline two", 365, created),
                put("non-ASCII: Zürich — 東京 🚀", "\u0001 control and \u2028 separator", 1, created),
                put("a lone surrogate \ud800 and another \udc00", "", 1, created),
                put("x".repeat(1000), "y".repeat(1000), 3650, OffsetDateTime.of(1999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC)));

        for (StoredAgentToken token : tokens) {
            // as bytes: how responses are written (a String cannot be encoded with a lone surrogate in it)
            String expected = new String(json.writeValueAsBytes(ApiTokens.of(token)), StandardCharsets.UTF_8);
            assertThat(new String(json.writeValueAsBytes(views.of(token)), StandardCharsets.UTF_8))
                    .as(token.name()).isEqualTo(expected);
            StoredAgentToken reread = store.find(new DeploymentKey(ORG, DEPLOYMENT), token.id()).orElseThrow();
            assertThat(new String(json.writeValueAsBytes(List.of(views.of(reread), views.of(reread))), StandardCharsets.UTF_8))
                    .as("kept, in an array").isEqualTo("[" + expected + "," + expected + "]");
        }
    }

    @Test
    void a_tokens_json_is_made_on_its_first_read_and_kept_by_the_store_for_later_reads() throws Exception {
        StoredAgentToken token = put("kept", "made once", 30, null);
        DeploymentKey key = new DeploymentKey(ORG, DEPLOYMENT);
        StoredAgentToken unread = store.find(key, token.id()).orElseThrow();
        assertThat(unread.json()).as("nothing kept before the first read").isNull();

        String first = json.writeValueAsString(views.of(unread));
        StoredAgentToken read = store.find(key, token.id()).orElseThrow();

        assertThat(read.json()).isNotNull();
        assertThat(read.json()).isEqualTo(first);
        assertThat(views.of(read).getName()).isEqualTo("kept");
        assertThat(views.of(read).getEndAt()).isEqualTo(views.of(read).getCreatedAt().plusDays(30));
    }

    @Test
    void a_later_read_writes_the_kept_json_instead_of_serializing_the_model_again() throws Exception {
        StoredAgentToken token = put("fields say this", null, null, null);
        DeploymentKey key = new DeploymentKey(ORG, DEPLOYMENT);
        store.keepJson(store.find(key, token.id()).orElseThrow(), "{\"kept\":true}");

        // were the model serialized on this read, "fields say this" would appear: only the kept JSON may
        assertThat(json.writeValueAsString(views.of(store.find(key, token.id()).orElseThrow())))
                .isEqualTo("{\"kept\":true}");
    }

    @Test
    void the_servers_mapper_writes_a_view_as_its_kept_json_without_serializing_the_fields_again() throws Exception {
        RenderedApiToken view = ApiTokens.fill(new RenderedApiToken(), put("fields say this", null, null, null));
        view.rendered(new com.fasterxml.jackson.core.io.SerializedString("{\"kept\":true}"));

        // were the fields serialized per response, "fields say this" would appear: only the kept JSON may
        assertThat(json.writeValueAsString(List.of(view))).isEqualTo("[{\"kept\":true}]");
    }

    @Test
    void get_and_list_answer_with_the_create_answer_less_its_secret_byte_for_byte() {
        String created = api().contentType(ContentType.JSON)
                .body("{\"name\":\"über \\\"bytes\\\"\",\"description\":\"d\",\"tokenExpiryPeriodInDays\":7}")
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).extract().asString();
        String secret = io.restassured.path.json.JsonPath.from(created).getString("token");
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");
        String withoutSecret = created.replace(",\"token\":\"" + secret + "\"", "");
        assertThat(withoutSecret).isNotEqualTo(created);

        String got = api().get(TOKEN, ORG, DEPLOYMENT, id).then().statusCode(200).extract().asString();
        String listed = api().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).extract().asString();

        assertThat(got).isEqualTo(withoutSecret);
        assertThat(listed).isEqualTo("{\"limit\":20,\"offset\":0,\"totalCount\":1,\"tokens\":[" + withoutSecret + "]}");
    }

    @Test
    void a_name_with_a_lone_surrogate_is_read_and_listed_as_the_create_answer_wrote_it_not_a_500() {
        String created = api().contentType(ContentType.JSON).body("{\"name\":\"lone \\ud800 surrogate\"}")
                .post(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).extract().asString();
        String secret = io.restassured.path.json.JsonPath.from(created).getString("token");
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");
        String withoutSecret = created.replace(",\"token\":\"" + secret + "\"", "");
        assertThat(created).contains("\"name\":\"lone \\uD800 surrogate\"");

        for (int read = 0; read < 2; read++) { // the first read makes the JSON, the second writes the kept one
            assertThat(api().get(TOKEN, ORG, DEPLOYMENT, id).then().statusCode(200).extract().asString())
                    .isEqualTo(withoutSecret);
            assertThat(api().get(TOKENS, ORG, DEPLOYMENT).then().statusCode(200).extract().asString())
                    .isEqualTo("{\"limit\":20,\"offset\":0,\"totalCount\":1,\"tokens\":[" + withoutSecret + "]}");
        }
    }
}
