package dev.contractgate.mock.token;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Byte records kept in a few large arrays instead of as objects of their own, so that the young
 * collector has nothing to copy for them. Under a create-heavy load the store's tokens were what each
 * young collection copied (every token about five times before it reached the old generation, the
 * survivor space full at every pause): that copying was the mock server's create p99. The arrays
 * are one cell short of 4 MB, so that with the array's header they fill whole G1 regions exactly:
 * G1 allocates such an array straight in the old generation (a humongous object, for regions up to
 * 4 MB, which G1 picks for heaps up to 16 GB) and never copies it.
 *
 * <p>A record is a chain of fixed-size cells of {@value #CELL_BYTES} bytes: each cell starts with the
 * number of the next cell (0 ends the chain), the first cell's payload starts with the record's length.
 * Every cell has the same size, so a freed one serves any later record and the arena never fragments:
 * freed cells form a list linked through those same numbers. Cell 0 is never used; record handles are
 * the numbers of first cells, always positive.
 *
 * <p>Not thread-safe: the store calls it under its lock.
 */
final class CellArena {

    /** The size of a cell, the unit in which records take and give back room. */
    static final int CELL_BYTES = 128;
    private static final int LINK_BYTES = 4;
    private static final int PAYLOAD = CELL_BYTES - LINK_BYTES;
    private static final int LENGTH_BYTES = 4;
    private static final int CHUNK_SHIFT = 15;
    /** Cell numbers per array; the last number of each is never used (the array is one cell short). */
    private static final int CELLS_PER_CHUNK = 1 << CHUNK_SHIFT;
    private static final int CHUNK_BYTES = (CELLS_PER_CHUNK - 1) * CELL_BYTES;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private byte[][] chunks = new byte[0][];
    /**
     * The lowest cell never used yet; cells below it are in a record or on the free list. Never the
     * last number of an array (which has no cell).
     */
    private int unused = 1;
    /** The first free cell, 0 when none is free. */
    private int free;
    private int freeCount;
    private long cellsInUse;

    /** How many cells a record of {@code length} bytes takes. */
    static int cellsFor(int length) {
        return (int) (((long) length + LENGTH_BYTES + PAYLOAD - 1) / PAYLOAD);
    }

    /** Stores a copy of {@code data}; returns its handle. Allocates any array it needs before it changes anything. */
    int store(byte[] data) {
        int cells = cellsFor(data.length);
        ensureRoom(cells);
        int head = take();
        int cell = head;
        putInt(cell, 0, data.length);
        int copied = Math.min(data.length, PAYLOAD - LENGTH_BYTES);
        System.arraycopy(data, 0, chunk(cell), payload(cell) + LENGTH_BYTES, copied);
        while (copied < data.length) {
            int next = take();
            link(cell, next);
            cell = next;
            int piece = Math.min(data.length - copied, PAYLOAD);
            System.arraycopy(data, copied, chunk(cell), payload(cell), piece);
            copied += piece;
        }
        link(cell, 0);
        cellsInUse += cells;
        return head;
    }

    /** A copy of the record's bytes. */
    byte[] load(int head) {
        byte[] data = new byte[getInt(head, 0)];
        int copied = Math.min(data.length, PAYLOAD - LENGTH_BYTES);
        System.arraycopy(chunk(head), payload(head) + LENGTH_BYTES, data, 0, copied);
        int cell = head;
        while (copied < data.length) {
            cell = next(cell);
            int piece = Math.min(data.length - copied, PAYLOAD);
            System.arraycopy(chunk(cell), payload(cell), data, copied, piece);
            copied += piece;
        }
        return data;
    }

    /** Whether the record's bytes begin with {@code prefix}; reads no further than the prefix. */
    boolean startsWith(int head, byte[] prefix) {
        if (getInt(head, 0) < prefix.length) {
            return false;
        }
        int cell = head;
        int start = LENGTH_BYTES;
        int compared = 0;
        while (compared < prefix.length) {
            int piece = Math.min(prefix.length - compared, PAYLOAD - start);
            int from = payload(cell) + start;
            if (!Arrays.equals(chunk(cell), from, from + piece, prefix, compared, compared + piece)) {
                return false;
            }
            compared += piece;
            cell = next(cell);
            start = 0;
        }
        return true;
    }

    /** Whether the record's bytes are exactly {@code data}. */
    boolean holds(int head, byte[] data) {
        return getInt(head, 0) == data.length && startsWith(head, data);
    }

    /** Gives a record's cells back; returns how many. */
    int release(int head) {
        int cells = 1;
        int last = head;
        for (int next = next(head); next != 0; next = next(next)) {
            last = next;
            cells++;
        }
        link(last, free);
        free = head;
        freeCount += cells;
        cellsInUse -= cells;
        return cells;
    }

    /**
     * Forgets every record and gives back to the collector all arrays but the first, so that a store
     * emptied after a peak does not keep the peak's heap. The first stays: a store that goes from one
     * token to none and back does not allocate an array each time.
     */
    void reset() {
        chunks = Arrays.copyOf(chunks, Math.min(chunks.length, 1));
        unused = 1;
        free = 0;
        freeCount = 0;
        cellsInUse = 0;
    }

    /** Cells now holding records. */
    long cellsInUse() {
        return cellsInUse;
    }

    /** Bytes of the arrays allocated so far (what the arena holds of the heap, used or free). */
    long capacityBytes() {
        return (long) chunks.length * CHUNK_BYTES;
    }

    /**
     * Allocates now any array that storing records of {@code cells} cells in all would need, so that a
     * caller can make sure an allocation fails (if the heap is short) before it has changed anything.
     */
    void ensureRoom(long cells) {
        while (freeCount + neverUsed() < cells) {
            if (chunks.length >= (Integer.MAX_VALUE >> CHUNK_SHIFT)) {
                throw new IllegalStateException("the token store cannot address more than 256 GB");
            }
            byte[][] grown = Arrays.copyOf(chunks, chunks.length + 1);
            grown[chunks.length] = new byte[CHUNK_BYTES];
            chunks = grown;
        }
    }

    /** Cells of the allocated arrays not used yet: from {@link #unused} on, less each array's missing last cell. */
    private long neverUsed() {
        long numbers = (long) chunks.length * CELLS_PER_CHUNK - unused;
        return numbers == 0 ? 0 : numbers - (chunks.length - (unused >>> CHUNK_SHIFT));
    }

    private int take() {
        if (free != 0) {
            int cell = free;
            free = next(cell);
            freeCount--;
            return cell;
        }
        int cell = unused++;
        if ((unused & (CELLS_PER_CHUNK - 1)) == CELLS_PER_CHUNK - 1) {
            unused++; // the array has no cell of that number
        }
        return cell;
    }

    private byte[] chunk(int cell) {
        return chunks[cell >>> CHUNK_SHIFT];
    }

    private static int base(int cell) {
        return (cell & (CELLS_PER_CHUNK - 1)) * CELL_BYTES;
    }

    private static int payload(int cell) {
        return base(cell) + LINK_BYTES;
    }

    private int next(int cell) {
        return (int) INT.get(chunk(cell), base(cell));
    }

    private void link(int cell, int next) {
        INT.set(chunk(cell), base(cell), next);
    }

    private int getInt(int cell, int at) {
        return (int) INT.get(chunk(cell), payload(cell) + at);
    }

    private void putInt(int cell, int at, int value) {
        INT.set(chunk(cell), payload(cell) + at, value);
    }
}
