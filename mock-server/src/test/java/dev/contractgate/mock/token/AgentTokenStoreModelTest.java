package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store answers like a plain map of maps over long random sequences of every operation (adds,
 * replacements, removals, clears, reads that keep JSON, full resets), within a tight budget and without
 * one, and gives back every byte it took once everything is deleted.
 */
class AgentTokenStoreModelTest {

    private record Expected(String name, String description, String json) {
    }

    private static final List<DeploymentKey> DEPLOYMENTS = List.of(
            new DeploymentKey("clmmodelorg00000000000001", "clmmodeldep00000000000001"),
            new DeploymentKey("clmmodelorg00000000000001", "clmmodeldep00000000000002"),
            new DeploymentKey("clmmodelorg00000000000002", "clmmodeldep00000000000001"),
            new DeploymentKey("clmmodelorg00000000000002", "clmmodeldep0000000000000\u00e9"),
            new DeploymentKey("o", "d"));

    @ParameterizedTest(name = "budget {0} bytes")
    @ValueSource(longs = {Long.MAX_VALUE, 48 * 1024})
    void every_answer_matches_a_map_of_maps_and_every_byte_comes_back(long limit) {
        AgentTokenStore store = new AgentTokenStore(new StoreBudget(limit));
        Map<DeploymentKey, Map<String, Expected>> model = new HashMap<>();
        Random random = new Random(limit);
        int fresh = 0;
        for (int step = 0; step < 20_000; step++) {
            DeploymentKey key = DEPLOYMENTS.get(random.nextInt(DEPLOYMENTS.size()));
            Map<String, Expected> tokens = model.computeIfAbsent(key, k -> new LinkedHashMap<>());
            List<String> ids = new ArrayList<>(tokens.keySet());
            String existing = ids.isEmpty() ? "missing" : ids.get(random.nextInt(ids.size()));
            String name = "n".repeat(random.nextInt(random.nextInt(20) == 0 ? 3_000 : 40)) + step;
            String description = random.nextBoolean() ? "" : "d\u6771" + step;
            long usedBefore = store.budget().usedBytes();
            switch (random.nextInt(12)) {
                case 0, 1, 2, 3 -> {
                    String id = "t" + fresh++;
                    try {
                        store.add(token(key, id, name, description));
                        tokens.put(id, new Expected(name, description, null));
                    } catch (TokenLimitReachedException | StoreFullException refused) {
                        assertThat(refused instanceof TokenLimitReachedException ? tokens.size() == 50 : limit < Long.MAX_VALUE)
                                .as(refused.getMessage()).isTrue();
                        assertThat(store.budget().usedBytes()).as("a refusal takes nothing").isEqualTo(usedBefore);
                    }
                }
                case 4 -> {
                    String id = random.nextBoolean() ? existing : "t" + fresh++;
                    try {
                        store.put(token(key, id, name, description));
                        tokens.put(id, new Expected(name, description, null));
                    } catch (TokenLimitReachedException | StoreFullException refused) {
                        // the limit refuses only a new id in a full Deployment; a replacement never
                        assertThat(refused instanceof TokenLimitReachedException
                                ? tokens.size() == 50 && !tokens.containsKey(id) : limit < Long.MAX_VALUE)
                                .as(refused.getMessage()).isTrue();
                        assertThat(store.budget().usedBytes()).isEqualTo(usedBefore);
                    }
                }
                case 5, 6 -> assertThat(store.remove(key, existing)).isEqualTo(tokens.remove(existing) != null);
                case 7 -> {
                    Optional<StoredAgentToken> found = store.find(key, existing);
                    assertThat(found.isPresent()).isEqualTo(tokens.containsKey(existing));
                    if (found.isPresent()) {
                        String json = "{\"json of\":\"" + existing + " " + step + "\"}";
                        store.keepJson(found.get(), json);
                        Expected was = tokens.get(existing);
                        boolean kept = limit == Long.MAX_VALUE || store.find(key, existing).orElseThrow().json() != null;
                        if (was.json() == null && kept) {
                            // the first JSON kept is the token's for good; later ones are ignored
                            tokens.put(existing, new Expected(was.name(), was.description(), json));
                        }
                    }
                }
                case 8 -> {
                    if (random.nextInt(20) == 0) {
                        store.clear(key);
                        tokens.clear();
                    }
                }
                case 9 -> {
                    if (random.nextInt(200) == 0) {
                        store.clearAll();
                        model.clear();
                        assertThat(store.budget().usedBytes()).isZero();
                    }
                }
                default -> {
                    // reads only: compared below
                }
            }
            assertMatches(store, model, key);
            assertThat(store.budget().usedBytes()).isBetween(0L, limit);
        }
        for (DeploymentKey key : DEPLOYMENTS) {
            assertMatches(store, model, key);
            for (StoredAgentToken token : store.list(key)) {
                assertThat(store.remove(key, token.id())).isTrue();
            }
        }
        assertThat(store.budget().usedBytes()).as("tokens, their JSON and Deployments gave back all they took").isZero();
    }

    private static void assertMatches(AgentTokenStore store, Map<DeploymentKey, Map<String, Expected>> model, DeploymentKey key) {
        Map<String, Expected> tokens = model.getOrDefault(key, Map.of());
        assertThat(store.count(key)).isEqualTo(tokens.size());
        Map<String, Expected> listed = store.list(key).stream().collect(Collectors.toMap(StoredAgentToken::id,
                token -> new Expected(token.name(), token.description(), token.json())));
        assertThat(listed).isEqualTo(tokens);
    }

    private static StoredAgentToken token(DeploymentKey key, String id, String name, String description) {
        return new StoredAgentToken(key, id, name, description, "aat_abcdefgh", new byte[32], 0, null, null);
    }
}
