package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table finds exactly the entries a map would hold, through growth, wrap-around and removals in long probe runs. */
class DeploymentTableTest {

    @Test
    void finds_what_a_map_holds_through_any_mix_of_inserts_and_removals_with_many_colliding_hashes() {
        DeploymentTable table = new DeploymentTable();
        Map<Integer, Integer> model = new HashMap<>(); // handle -> hash
        Map<Integer, Integer> removed = new HashMap<>(); // handle -> the hash it had
        List<Integer> live = new ArrayList<>();
        Random random = new Random(7);
        int nextHandle = 1;
        for (int step = 0; step < 40_000; step++) {
            if (model.isEmpty() || random.nextInt(5) < 3) {
                // few distinct low bits: long probe runs that wrap around the end of the table
                int hash = random.nextInt(8) * 0x10000 + (random.nextBoolean() ? 0xFFFF : random.nextInt(4));
                table.insert(hash, nextHandle);
                model.put(nextHandle, hash);
                live.add(nextHandle);
                nextHandle++;
            } else {
                int pick = random.nextInt(live.size());
                int handle = live.get(pick);
                live.set(pick, live.get(live.size() - 1));
                live.remove(live.size() - 1);
                int slot = table.find(model.get(handle), h -> h == handle);
                assertThat(slot).as("handle %d", handle).isNotNegative();
                table.remove(slot);
                removed.put(handle, model.remove(handle));
            }
            if (step % 2_000 == 0) {
                assertHolds(table, model, removed);
            }
        }
        assertHolds(table, model, removed);
    }

    private static void assertHolds(DeploymentTable table, Map<Integer, Integer> model, Map<Integer, Integer> removed) {
        assertThat(table.size()).isEqualTo(model.size());
        model.forEach((handle, hash) -> {
            int slot = table.find(hash, h -> h == handle);
            assertThat(slot).as("handle %d must be found", handle).isNotNegative();
            assertThat(table.handle(slot)).isEqualTo(handle);
        });
        // a removed entry is gone from the probe run of its own hash, not merely absent from another's
        removed.forEach((handle, hash) -> assertThat(table.find(hash, h -> h == handle)).as("removed %d", handle).isEqualTo(-1));
    }

    @Test
    void replacing_a_slots_record_keeps_it_findable_under_the_same_hash() {
        DeploymentTable table = new DeploymentTable();
        table.insert(5, 11);
        table.insert(5, 12);
        table.replace(table.find(5, h -> h == 11), 99);

        assertThat(table.find(5, h -> h == 11)).isEqualTo(-1);
        assertThat(table.handle(table.find(5, h -> h == 99))).isEqualTo(99);
        assertThat(table.handle(table.find(5, h -> h == 12))).isEqualTo(12);
    }
}
