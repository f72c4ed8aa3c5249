package dev.contractgate.mock.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records go into the arena's cells and come back byte for byte; freed cells serve later records. */
class CellArenaTest {

    private final CellArena arena = new CellArena();

    private static byte[] bytes(int length, int seed) {
        byte[] data = new byte[length];
        new Random(seed).nextBytes(data);
        return data;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 119, 120, 121, 123, 124, 125, 243, 244, 245, 4_096, 131_072})
    void a_record_of_any_length_comes_back_as_it_went_in_including_at_cell_boundaries(int length) {
        byte[] data = bytes(length, length);
        int before = arena.store(bytes(7, 1));
        int handle = arena.store(data);
        int after = arena.store(bytes(300, 2));

        assertThat(arena.load(handle)).isEqualTo(data);
        assertThat(arena.load(before)).isEqualTo(bytes(7, 1));
        assertThat(arena.load(after)).isEqualTo(bytes(300, 2));
        assertThat(arena.cellsInUse()).isEqualTo(CellArena.cellsFor(7) + CellArena.cellsFor(length) + CellArena.cellsFor(300));
    }

    @Test
    void starts_with_compares_only_a_prefix_and_fails_on_a_longer_one() {
        byte[] data = bytes(400, 3);
        int handle = arena.store(data);

        assertThat(arena.startsWith(handle, java.util.Arrays.copyOf(data, 0))).isTrue();
        assertThat(arena.startsWith(handle, java.util.Arrays.copyOf(data, 130))).isTrue();
        assertThat(arena.startsWith(handle, data)).isTrue();
        byte[] differsInSecondCell = java.util.Arrays.copyOf(data, 200);
        differsInSecondCell[150]++;
        assertThat(arena.startsWith(handle, differsInSecondCell)).isFalse();
        assertThat(arena.startsWith(handle, java.util.Arrays.copyOf(data, 401))).isFalse();
    }

    @Test
    void released_cells_serve_later_records_so_churn_does_not_grow_the_arena() {
        List<Integer> handles = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            handles.add(arena.store(bytes(200, i)));
        }
        long capacity = arena.capacityBytes();
        for (int round = 0; round < 5; round++) {
            for (int handle : handles) {
                arena.release(handle);
            }
            assertThat(arena.cellsInUse()).isZero();
            handles.clear();
            for (int i = 0; i < 20_000; i++) {
                handles.add(arena.store(bytes(100 + (i * 7 + round) % 150, i)));
            }
        }
        assertThat(arena.capacityBytes()).isEqualTo(capacity);
    }

    @Test
    void any_mix_of_stores_and_releases_keeps_every_live_record_intact() {
        Random random = new Random(42);
        Map<Integer, byte[]> live = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                byte[] data = bytes(random.nextInt(random.nextInt(10) == 0 ? 5_000 : 300), step);
                int handle = arena.store(data);
                assertThat(handle).isPositive();
                assertThat(live.put(handle, data)).as("a handle in use was given out again").isNull();
            } else {
                int handle = live.keySet().iterator().next();
                assertThat(arena.release(handle)).isEqualTo(CellArena.cellsFor(live.remove(handle).length));
            }
            if (step % 5_000 == 0) {
                live.forEach((handle, data) -> assertThat(arena.load(handle)).isEqualTo(data));
            }
        }
        live.forEach((handle, data) -> assertThat(arena.load(handle)).isEqualTo(data));
        assertThat(arena.cellsInUse()).isEqualTo(live.values().stream().mapToLong(d -> CellArena.cellsFor(d.length)).sum());
    }

    @Test
    void a_reset_keeps_one_array_and_stores_afresh_from_it() {
        for (int i = 0; i < 40_000; i++) {
            arena.store(bytes(200, i));
        }
        assertThat(arena.capacityBytes()).isGreaterThan(4L * 1024 * 1024);

        arena.reset();
        assertThat(arena.cellsInUse()).isZero();
        assertThat(arena.capacityBytes()).isLessThan(4L * 1024 * 1024);
        int handle = arena.store(bytes(500, 9));
        assertThat(arena.load(handle)).isEqualTo(bytes(500, 9));
        assertThat(arena.cellsInUse()).isEqualTo(CellArena.cellsFor(500));
    }
}
