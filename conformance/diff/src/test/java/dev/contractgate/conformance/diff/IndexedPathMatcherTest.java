package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.compare.matchers.DefaultPathMatcher;

class IndexedPathMatcherTest {

    private static PathItem item(String... methods) {
        PathItem item = new PathItem();
        for (String method : methods) {
            Operation operation = new Operation().parameters(new java.util.ArrayList<>());
            item.operation(PathItem.HttpMethod.valueOf(method), operation);
        }
        return item;
    }

    private static PathItem withParameter(PathItem item, String type) {
        item.readOperations().forEach(o -> o.addParametersItem(new PathParameter().name("p").schema(new StringSchema().type(type))));
        return item;
    }

    /** What PathsDiff does: asks for each old path among the new ones and takes each match out of them. */
    private static List<String> matches(org.openapitools.openapidiff.core.compare.matchers.PathMatcher matcher,
                                        Map<String, PathItem> old, Map<String, PathItem> changed) {
        Map<String, PathItem> candidates = new LinkedHashMap<>(changed);
        List<String> found = new java.util.ArrayList<>();
        for (Map.Entry<String, PathItem> entry : old.entrySet()) {
            Optional<Map.Entry<String, PathItem>> match = matcher.find(entry, candidates);
            found.add(entry.getKey() + " -> " + match.map(Map.Entry::getKey).orElse("none"));
            match.ifPresent(m -> candidates.remove(m.getKey()));
        }
        return found;
    }

    @Test
    void matches_what_openapi_diffs_own_matcher_matches_also_as_candidates_are_taken_out() {
        Map<String, PathItem> old = new LinkedHashMap<>();
        old.put("/things/{thingId}", item("GET", "DELETE"));
        old.put("/things/{id}/parts", item("GET"));
        old.put("/things", item("GET", "POST"));
        old.put("/gone/{x}", item("GET"));
        old.put("/a/{b}", item("GET"));
        Map<String, PathItem> changed = new LinkedHashMap<>();
        changed.put("/things", item("GET"));
        changed.put("/things/{name}", item("GET"));
        changed.put("/things/{thingId}", item("DELETE"));
        changed.put("/things/{part}/parts", item("GET"));
        changed.put("/a/{c}", item("POST"));
        changed.put("/a/{d}", item("GET", "PUT"));
        changed.put("/new", item("GET"));

        assertThat(matches(new IndexedPathMatcher(), old, changed))
                .isEqualTo(matches(new DefaultPathMatcher(), old, changed))
                .contains("/things/{thingId} -> /things/{thingId}", "/gone/{x} -> none", "/a/{b} -> /a/{d}");
    }

    @Test
    void two_candidates_of_one_signature_are_an_error_as_they_are_for_openapi_diff() {
        Map<String, PathItem> old = Map.of("/x/{a}", withParameter(item("GET"), "string"));
        Map<String, PathItem> changed = new LinkedHashMap<>();
        changed.put("/x/{b}", withParameter(item("GET"), "string"));
        changed.put("/x/{c}", withParameter(item("GET"), "string"));

        assertThatThrownBy(() -> matches(new IndexedPathMatcher(), old, changed))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same signature");
    }

    @Test
    void a_candidate_added_after_the_index_was_built_is_found() {
        IndexedPathMatcher matcher = new IndexedPathMatcher();
        Map<String, PathItem> candidates = new LinkedHashMap<>(Map.of("/one", item("GET")));
        assertThat(matcher.find(Map.entry("/two/{x}", item("GET")), candidates)).isEmpty();

        candidates.put("/two/{y}", item("GET"));

        assertThat(matcher.find(Map.entry("/two/{x}", item("GET")), candidates)).map(Map.Entry::getKey).contains("/two/{y}");
    }
}
