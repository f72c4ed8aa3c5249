package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store's places per Deployment stay exact through any mix of concurrent adds, replacements and removals. */
class AgentTokenStoreTest {

    private final AgentTokenStore store = new AgentTokenStore();
    private final DeploymentKey key = new DeploymentKey("clmstoreorg00000000000001", "clmstoredep00000000000001");
    private final AtomicInteger ids = new AtomicInteger();

    private StoredAgentToken token(String id) {
        return new StoredAgentToken(key, id, "n", "", "aat_abcdefgh", new byte[32], 0, null, null);
    }

    private StoredAgentToken fresh() {
        return token("t" + ids.incrementAndGet());
    }

    @Test
    void a_storm_of_adds_replacements_and_removals_leaves_exactly_50_places() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger overLimit = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            work.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 5_000; i++) {
                    List<StoredAgentToken> present = store.list(key);
                    try {
                        switch (random.nextInt(4)) {
                            case 0, 1 -> store.add(fresh());
                            case 2 -> store.put(present.isEmpty() || random.nextBoolean() ? fresh()
                                    : token(present.get(random.nextInt(present.size())).id()));
                            default -> {
                                if (!present.isEmpty()) {
                                    store.remove(key, present.get(random.nextInt(present.size())).id());
                                }
                            }
                        }
                    } catch (TokenLimitReachedException expected) {
                        // the Deployment is full: the point of the limit
                    }
                    if (store.count(key) > AgentTokenStore.LIMIT_PER_DEPLOYMENT) {
                        overLimit.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(overLimit).hasValue(0);
        store.clear(key);
        assertThat(store.count(key)).isZero();
        for (int i = 0; i < AgentTokenStore.LIMIT_PER_DEPLOYMENT; i++) {
            store.add(fresh()); // a place lost in the storm would make one of these fail
        }
        assertThatThrownBy(() -> store.add(fresh())).isInstanceOf(TokenLimitReachedException.class);
    }

    @Test
    void replacing_a_token_takes_no_second_place_and_a_full_deployment_refuses_a_new_one() {
        for (int i = 0; i < AgentTokenStore.LIMIT_PER_DEPLOYMENT; i++) {
            store.add(token("t" + i));
        }

        store.put(token("t7"));
        assertThat(store.count(key)).isEqualTo(AgentTokenStore.LIMIT_PER_DEPLOYMENT);
        assertThatThrownBy(() -> store.put(token("new"))).isInstanceOf(TokenLimitReachedException.class);
        assertThat(store.find(key, "new")).isEmpty();

        assertThat(store.remove(key, "t7")).isTrue();
        assertThat(store.remove(key, "t7")).isFalse();
        store.add(token("new"));
        assertThatThrownBy(() -> store.add(token("another"))).isInstanceOf(TokenLimitReachedException.class);
    }

    @Test
    void json_made_for_a_token_is_not_kept_for_another_that_took_its_cells_since() {
        StoredAgentToken first = new StoredAgentToken(key, "same-id", "first", "", "aat_abcdefgh", new byte[32], 0, null, null);
        store.put(first);
        StoredAgentToken readBefore = store.find(key, "same-id").orElseThrow();
        store.remove(key, "same-id");
        store.put(new StoredAgentToken(key, "same-id", "second", "", "aat_abcdefgh", new byte[32], 0, null, null));
        StoredAgentToken second = store.find(key, "same-id").orElseThrow();
        assertThat(second.handle()).as("the freed cells were reused: the case under test").isEqualTo(readBefore.handle());

        store.keepJson(readBefore, "{\"name\":\"first\"}");
        assertThat(store.find(key, "same-id").orElseThrow().json()).isNull();

        store.keepJson(second, "{\"name\":\"second\"}");
        assertThat(store.find(key, "same-id").orElseThrow().json()).isEqualTo("{\"name\":\"second\"}");
    }
}
