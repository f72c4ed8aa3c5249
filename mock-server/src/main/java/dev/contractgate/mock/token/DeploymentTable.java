package dev.contractgate.mock.token;

import java.util.function.IntPredicate;

/**
 * Finds a Deployment's record in the {@link CellArena} by the hash of its key: open addressing with
 * linear probing over two int arrays (a record handle and its key's hash per slot; handle 0 marks an
 * empty slot), so the index of a million Deployments is two arrays, not a million map nodes the young
 * collector would copy. Removal shifts later entries of the same probe run back instead of leaving
 * markers, so lookups never slow down as Deployments come and go. Not thread-safe: the store calls it
 * under its lock.
 */
final class DeploymentTable {

    private static final int INITIAL_SLOTS = 16;

    private int[] handles = new int[INITIAL_SLOTS];
    private int[] hashes = new int[INITIAL_SLOTS];
    private int size;

    /** The slot of the record with this hash for which {@code isKey} holds, or -1. */
    int find(int hash, IntPredicate isKey) {
        int mask = handles.length - 1;
        for (int slot = hash & mask; handles[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && isKey.test(handles[slot])) {
                return slot;
            }
        }
        return -1;
    }

    int handle(int slot) {
        return handles[slot];
    }

    /** Points a slot at the new record of the same Deployment. */
    void replace(int slot, int handle) {
        handles[slot] = handle;
    }

    /** Adds a record whose key is not in the table yet. */
    void insert(int hash, int handle) {
        if (handle <= 0) {
            throw new IllegalArgumentException("record handles are positive, not " + handle);
        }
        if (2 * (size + 1) > handles.length) {
            grow();
        }
        place(hash, handle);
        size++;
    }

    /** Removes the record in {@code slot}, moving back the entries its removal would hide from their lookups. */
    void remove(int slot) {
        int mask = handles.length - 1;
        int hole = slot;
        for (int at = (slot + 1) & mask; handles[at] != 0; at = (at + 1) & mask) {
            int home = hashes[at] & mask;
            // the entry may fill the hole if the hole lies on its probe path, from its home slot to where it is
            if (((at - home) & mask) >= ((at - hole) & mask)) {
                handles[hole] = handles[at];
                hashes[hole] = hashes[at];
                hole = at;
            }
        }
        handles[hole] = 0;
        hashes[hole] = 0;
        size--;
    }

    int size() {
        return size;
    }

    private void place(int hash, int handle) {
        int mask = handles.length - 1;
        int slot = hash & mask;
        while (handles[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        handles[slot] = handle;
        hashes[slot] = hash;
    }

    private void grow() {
        int[] oldHandles = handles;
        int[] oldHashes = hashes;
        handles = new int[oldHandles.length * 2];
        hashes = new int[oldHandles.length * 2];
        for (int i = 0; i < oldHandles.length; i++) {
            if (oldHandles[i] != 0) {
                place(oldHashes[i], oldHandles[i]);
            }
        }
    }
}
