package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contractgate.mock.support.ApiTest;
import dev.contractgate.server.model.CreateAgentTokenRequest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many clients at once over HTTP: exact counts, no lost or duplicated tokens, the limit holds. */
class ConcurrencyTest extends ApiTest {

    private static final int THREADS = 12;

    private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private int status(String deployment, String name) {
        return api().contentType(ContentType.JSON).body(new CreateAgentTokenRequest(name))
                .post(TOKENS, ORG, deployment).statusCode();
    }

    @Test
    void many_threads_creating_and_deleting_leave_exactly_the_tokens_not_deleted() throws Exception {
        int deployments = 4;
        int perThread = 10;
        Set<String> kept = ConcurrentHashMap.newKeySet();
        AtomicInteger deleted = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String deployment = "clmconcurrentdeployment0" + (t % deployments);
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < perThread; i++) {
                    String id = create(ORG, deployment, new CreateAgentTokenRequest("t" + thread + "-" + i)).getString("id");
                    if (i % 2 == 0) {
                        api().delete(TOKEN, ORG, deployment, id).then().statusCode(204);
                        deleted.incrementAndGet();
                    } else {
                        kept.add(deployment + "/" + id);
                    }
                }
                return null;
            });
        }
        runAll(tasks);

        assertThat(deleted.get()).isEqualTo(THREADS * perThread / 2);
        Set<String> listed = new HashSet<>();
        int total = 0;
        for (int d = 0; d < deployments; d++) {
            String deployment = "clmconcurrentdeployment0" + d;
            var page = api().get(TOKENS + "?limit=1000", ORG, deployment).then().statusCode(200).extract().jsonPath();
            total += page.getInt("totalCount");
            page.getList("tokens.id", String.class).forEach(id -> listed.add(deployment + "/" + id));
        }
        assertThat(total).isEqualTo(THREADS * perThread / 2);
        assertThat(listed).isEqualTo(kept);
    }

    @Test
    void concurrent_creates_never_pass_the_limit_of_50() throws Exception {
        List<Callable<List<Integer>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            tasks.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    statuses.add(status(DEPLOYMENT, "race-" + thread + "-" + i));
                }
                return statuses;
            });
        }

        List<Integer> statuses = runAll(tasks).stream().flatMap(List::stream).toList();

        assertThat(statuses).hasSize(72);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(50);
        assertThat(statuses.stream().filter(s -> s == 400)).hasSize(22);
        var page = api().get(TOKENS + "?limit=1000", ORG, DEPLOYMENT).then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("totalCount")).isEqualTo(50);
        assertThat(new HashSet<>(page.getList("tokens.id"))).hasSize(50);
    }
}
