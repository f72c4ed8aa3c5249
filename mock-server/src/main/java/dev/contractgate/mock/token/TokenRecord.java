package dev.contractgate.mock.token;

/**
 * A token as its record in the {@link CellArena} holds it: id, name, description and short token,
 * the 32 bytes of the secret's hash, the creation second, the expiry period and the creator's number
 * in {@link Subjects}. The id comes first, so that whether a record is a given token's is a comparison
 * of its first bytes ({@link #idPrefix}).
 */
final class TokenRecord {

    private static final int HASH_LENGTH = 32;
    private static final int NO_EXPIRY = 0;
    private static final int EXPIRY = 1;

    private TokenRecord() {
    }

    static byte[] encode(StoredAgentToken token, int creator) {
        RecordWriter record = new RecordWriter(96 + 2 * (token.id().length() + token.name().length()
                + token.description().length() + token.shortToken().length()));
        record.putString(token.id()).putString(token.name()).putString(token.description())
                .putString(token.shortToken()).putBytes(token.secretHash()).putLong(token.createdAtSecond());
        Integer expiry = token.expiryPeriodInDays();
        if (expiry == null) {
            record.putInt(NO_EXPIRY).putInt(0);
        } else {
            record.putInt(EXPIRY).putInt(expiry);
        }
        return record.putInt(creator).toBytes();
    }

    /** The record of a token's JSON: the text as the mapper wrote it ({@link TokenViews}). */
    static byte[] json(String json) {
        return new RecordWriter(8 + json.length()).putString(json).toBytes();
    }

    /** What the record of a token with this id starts with. */
    static byte[] idPrefix(String id) {
        return new RecordWriter(8 + 2 * id.length()).putString(id).toBytes();
    }

    /** The token a record holds, as stored in {@code deployment} under {@code handle}, with its JSON if kept. */
    static StoredAgentToken decode(byte[] bytes, DeploymentKey deployment, Subjects subjects, int handle, byte[] json) {
        RecordReader record = new RecordReader(bytes);
        String id = record.getString();
        String name = record.getString();
        String description = record.getString();
        String shortToken = record.getString();
        byte[] hash = record.getBytes(HASH_LENGTH);
        long createdAt = record.getLong();
        boolean expires = record.getInt() == EXPIRY;
        int days = record.getInt();
        int creator = record.getInt();
        return StoredAgentToken.read(deployment, id, name, description, shortToken, hash, createdAt,
                expires ? Integer.valueOf(days) : null, subjects.subject(creator), handle,
                json == null ? null : new RecordReader(json).getString());
    }
}
