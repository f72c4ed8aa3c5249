package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store holds what its budget allows, refuses a create beyond it before storing, and gets room back on delete. */
class StoreBudgetTest {

    private final AtomicInteger ids = new AtomicInteger();

    private static DeploymentKey deployment(int n) {
        return new DeploymentKey("clmbudgetorg0000000000001", "dep" + n);
    }

    private StoredAgentToken token(DeploymentKey key, int nameLength) {
        return new StoredAgentToken(key, "t" + ids.incrementAndGet(), "n".repeat(nameLength), "", "aat_abcdefgh",
                new byte[32], 0, null, null);
    }

    @Test
    void a_create_beyond_the_budget_is_refused_and_nothing_of_it_is_kept() {
        AgentTokenStore store = new AgentTokenStore(new StoreBudget(64 * 1024));
        int stored = 0;
        try {
            while (true) {
                store.add(token(deployment(stored), 10_000));
                stored++;
            }
        } catch (StoreFullException full) {
            assertThat(full.getMessage()).contains("store is full").contains("--max-store-mb").contains("/_admin/reset");
            assertThat(full.status().value()).isEqualTo(400);
        }
        assertThat(stored).isPositive();
        long used = store.budget().usedBytes();
        assertThat(used).isLessThanOrEqualTo(64 * 1024);
        assertThat(store.count(deployment(stored))).isZero();
        int next = stored + 1;
        assertThatThrownBy(() -> store.add(token(deployment(next), 10_000))).isInstanceOf(StoreFullException.class);
        assertThat(store.budget().usedBytes()).as("refused creates take nothing").isEqualTo(used);
    }

    @Test
    void a_delete_gives_its_room_back_and_an_emptied_deployment_leaves_the_store() {
        AgentTokenStore store = new AgentTokenStore(new StoreBudget(64 * 1024));
        List<StoredAgentToken> kept = new ArrayList<>();
        try {
            for (int i = 0; ; i++) {
                kept.add(store.add(token(deployment(i), 10_000)));
            }
        } catch (StoreFullException full) {
            // full
        }
        StoredAgentToken first = kept.get(0);
        assertThat(store.remove(first.deployment(), first.id())).isTrue();
        store.add(token(deployment(999), 10_000));
        for (StoredAgentToken token : kept.subList(1, kept.size())) {
            store.remove(token.deployment(), token.id());
        }
        store.clear(deployment(999));
        assertThat(store.budget().usedBytes()).as("every token and Deployment entry gave its bytes back").isZero();
    }

    @Test
    void creates_and_deletes_racing_over_many_deployments_never_pass_the_budget_and_account_exactly() throws Exception {
        StoreBudget budget = new StoreBudget(256 * 1024);
        AgentTokenStore store = new AgentTokenStore(budget);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 3_000; i++) {
                    DeploymentKey key = deployment(thread * 10 + i % 10);
                    try {
                        StoredAgentToken made = store.add(token(key, 1_000));
                        if (i % 3 != 0) {
                            store.remove(key, made.id());
                        }
                    } catch (StoreFullException | TokenLimitReachedException refused) {
                        List<StoredAgentToken> present = store.list(key);
                        if (!present.isEmpty()) {
                            store.remove(key, present.get(0).id());
                        }
                    }
                    assertThat(budget.usedBytes()).isLessThanOrEqualTo(budget.limitBytes());
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        for (int d = 0; d < 80; d++) {
            for (StoredAgentToken token : store.list(deployment(d))) {
                store.remove(deployment(d), token.id());
            }
        }
        assertThat(budget.usedBytes()).isZero();
    }
}
