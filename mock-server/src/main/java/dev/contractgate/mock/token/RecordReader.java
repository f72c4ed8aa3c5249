package dev.contractgate.mock.token;

import java.util.Arrays;

/** Reads back, in order, the fields a {@link RecordWriter} wrote. */
final class RecordReader {

    private final byte[] bytes;
    private int at;

    RecordReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int getInt() {
        int value = (int) RecordWriter.INT.get(bytes, at);
        at += Integer.BYTES;
        return value;
    }

    long getLong() {
        long value = (long) RecordWriter.LONG.get(bytes, at);
        at += Long.BYTES;
        return value;
    }

    byte[] getBytes(int length) {
        byte[] value = Arrays.copyOfRange(bytes, at, at + length);
        at += length;
        return value;
    }

    String getString() {
        int header = getInt();
        if (header == RecordWriter.NULL_STRING) {
            return null;
        }
        boolean latin1 = (header & 1) == 0;
        int end = at + (latin1 ? header >>> 1 : header & ~1);
        String value = TextBytes.get(bytes, at, end, latin1);
        at = end;
        return value;
    }
}
