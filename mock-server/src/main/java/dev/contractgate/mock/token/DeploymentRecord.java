package dev.contractgate.mock.token;

import java.util.Arrays;

/**
 * A Deployment as its record in the {@link CellArena} holds it: its key (length-prefixed, so a record
 * is a given Deployment's when it starts with that {@link #prefixOf prefix}), then per token the
 * handle of the token's record, the hash of its id and the handle of its JSON (0 until first read).
 * Immutable: each change makes a new record, which the store writes in place of the old one.
 */
final class DeploymentRecord {

    private static final int INTS_PER_TOKEN = 3;
    /** What each token adds to a record's length. */
    static final int BYTES_PER_TOKEN = INTS_PER_TOKEN * Integer.BYTES;

    private final byte[] prefix;
    private final int[] entries;

    private DeploymentRecord(byte[] prefix, int[] entries) {
        this.prefix = prefix;
        this.entries = entries;
    }

    /** What the record of this Deployment starts with. */
    static byte[] prefixOf(DeploymentKey key) {
        byte[] ids = new RecordWriter(16 + 2 * (key.organizationId().length() + key.deploymentId().length()))
                .putString(key.organizationId()).putString(key.deploymentId()).toBytes();
        return new RecordWriter(4 + ids.length).putInt(ids.length).putBytes(ids).toBytes();
    }

    /** The table hash of a Deployment, from its prefix: mixed, since the table takes its low bits. */
    static int hashOf(byte[] prefix) {
        int h = Arrays.hashCode(prefix) * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    static DeploymentRecord empty(byte[] prefix) {
        return new DeploymentRecord(prefix, new int[0]);
    }

    static DeploymentRecord parse(byte[] bytes) {
        RecordReader record = new RecordReader(bytes);
        int keyLength = record.getInt();
        byte[] prefix = Arrays.copyOf(bytes, 4 + keyLength);
        record.getBytes(keyLength);
        int[] entries = new int[record.getInt() * INTS_PER_TOKEN];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = record.getInt();
        }
        return new DeploymentRecord(prefix, entries);
    }

    /** The length of {@link #encode()}'s bytes. */
    int encodedLength() {
        return prefix.length + Integer.BYTES + Integer.BYTES * entries.length;
    }

    byte[] encode() {
        RecordWriter record = new RecordWriter(encodedLength()).putBytes(prefix).putInt(count());
        for (int entry : entries) {
            record.putInt(entry);
        }
        return record.toBytes();
    }

    int count() {
        return entries.length / INTS_PER_TOKEN;
    }

    int token(int index) {
        return entries[index * INTS_PER_TOKEN];
    }

    int idHash(int index) {
        return entries[index * INTS_PER_TOKEN + 1];
    }

    int json(int index) {
        return entries[index * INTS_PER_TOKEN + 2];
    }

    DeploymentRecord with(int token, int idHash) {
        int[] more = Arrays.copyOf(entries, entries.length + INTS_PER_TOKEN);
        more[entries.length] = token;
        more[entries.length + 1] = idHash;
        return new DeploymentRecord(prefix, more);
    }

    DeploymentRecord replacing(int index, int token, int idHash, int json) {
        int[] changed = entries.clone();
        changed[index * INTS_PER_TOKEN] = token;
        changed[index * INTS_PER_TOKEN + 1] = idHash;
        changed[index * INTS_PER_TOKEN + 2] = json;
        return new DeploymentRecord(prefix, changed);
    }

    DeploymentRecord without(int index) {
        int[] fewer = new int[entries.length - INTS_PER_TOKEN];
        System.arraycopy(entries, 0, fewer, 0, index * INTS_PER_TOKEN);
        System.arraycopy(entries, (index + 1) * INTS_PER_TOKEN, fewer, index * INTS_PER_TOKEN,
                fewer.length - index * INTS_PER_TOKEN);
        return new DeploymentRecord(prefix, fewer);
    }
}
