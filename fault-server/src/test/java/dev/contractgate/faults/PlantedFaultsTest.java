package dev.contractgate.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What single faults do to one request or response, on a fake upstream. */
class PlantedFaultsTest {

    private static final Credentials CREDENTIALS = Credentials.mockServerDefaults();
    private static final String TOKENS = "/organizations/o1/deployments/d1/agent-tokens";

    private static Fault fault(String name) {
        return PlantedFaults.named(name, CREDENTIALS).orElseThrow().fault();
    }

    private static ProxiedRequest get(String path, String query) {
        return new ProxiedRequest("GET", path, query, Map.of("authorization", "Bearer dev-token"), "");
    }

    /** The request the upstream saw, returned as the response body. */
    private static String seenUpstream(Fault fault, ProxiedRequest request) {
        Function<ProxiedRequest, ProxiedResponse> echo = r -> new ProxiedResponse(200, Map.of(),
                r.query() + "|" + r.header("Authorization") + "|" + r.body());
        return fault.handle(request, echo).body();
    }

    @Test
    void names_every_fault_once_and_describes_each() {
        Map<String, PlantedFault> catalogue = PlantedFaults.catalogue(CREDENTIALS);

        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(25);
        catalogue.forEach((name, f) -> {
            assertThat(name).matches("[a-z0-9A-Z-]+");
            assertThat(f.description()).isNotBlank();
        });
        assertThat(PlantedFaults.named("no-such-fault", CREDENTIALS)).isEmpty();
    }

    @Test
    void clamps_only_a_limit_above_1000_and_keeps_the_other_parameters() {
        Fault clamp = fault("limit-above-maximum-accepted");

        assertThat(seenUpstream(clamp, get(TOKENS, "offset=3&limit=1001&sorts=name%3Aasc")))
                .startsWith("offset=3&limit=1000&sorts=name%3Aasc|");
        assertThat(seenUpstream(clamp, get(TOKENS, "limit=99999999999999"))).startsWith("limit=1000|");
        assertThat(seenUpstream(clamp, get(TOKENS, "limit=1000"))).startsWith("limit=1000|");
        assertThat(seenUpstream(clamp, get(TOKENS, "limit=7"))).startsWith("limit=7|");
    }

    @Test
    void drops_null_fields_from_a_json_body_and_leaves_other_bodies_alone() {
        Fault nulls = fault("null-field-accepted");
        ProxiedRequest post = new ProxiedRequest("POST", TOKENS, null, Map.of(), "{\"name\":\"a\",\"description\":null}");

        assertThat(seenUpstream(nulls, post)).endsWith("|{\"name\":\"a\"}");
        assertThat(seenUpstream(nulls, post.withBody("{\"name\":"))).endsWith("|{\"name\":");
    }

    @Test
    void replaces_an_unknown_bearer_token_but_not_a_missing_or_restricted_one() {
        Fault unknown = fault("unknown-token-accepted");
        ProxiedRequest request = get(TOKENS, null);

        assertThat(seenUpstream(unknown, request.withHeader("Authorization", "Bearer nobody"))).contains("|Bearer dev-token|");
        assertThat(seenUpstream(unknown, request.withHeader("Authorization", null))).contains("|null|");
        assertThat(seenUpstream(unknown, request.withHeader("Authorization", "Bearer dev-token-restricted")))
                .contains("|Bearer dev-token-restricted|");
    }

    @Test
    void leaks_on_read_the_secret_that_create_returned_for_that_token() {
        Fault leak = fault("secret-leaked-on-read");
        ProxiedRequest post = new ProxiedRequest("POST", TOKENS, null, Map.of(), "{\"name\":\"a\"}");
        leak.handle(post, r -> ProxiedResponse.json(200, "{\"id\":\"t1\",\"token\":\"aat_x.secret\"}"));

        ProxiedResponse read = leak.handle(get(TOKENS + "/t1", null), r -> ProxiedResponse.json(200, "{\"id\":\"t1\"}"));
        ProxiedResponse other = leak.handle(get(TOKENS + "/t2", null), r -> ProxiedResponse.json(200, "{\"id\":\"t2\"}"));

        assertThat(read.json().path("token").asText()).isEqualTo("aat_x.secret");
        assertThat(other.json().has("token")).isFalse();
    }

    @Test
    void tells_an_item_path_from_the_collection_path() {
        assertThat(get(TOKENS, null).isCollection()).isTrue();
        assertThat(get(TOKENS, null).isItem()).isFalse();
        assertThat(get(TOKENS + "/abc", null).isItem()).isTrue();
        assertThat(get(TOKENS + "/abc", null).isCollection()).isFalse();
    }
}
