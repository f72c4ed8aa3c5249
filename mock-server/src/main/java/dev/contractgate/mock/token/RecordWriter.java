package dev.contractgate.mock.token;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Writes the fields of a store record into bytes, in order; {@link RecordReader} reads them back. */
final class RecordWriter {

    static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    /** The header of an absent string. */
    static final int NULL_STRING = -1;

    private byte[] bytes;
    private int size;

    RecordWriter(int expectedSize) {
        bytes = new byte[Math.max(expectedSize, 16)];
    }

    RecordWriter putInt(int value) {
        ensure(Integer.BYTES);
        INT.set(bytes, size, value);
        size += Integer.BYTES;
        return this;
    }

    RecordWriter putLong(long value) {
        ensure(Long.BYTES);
        LONG.set(bytes, size, value);
        size += Long.BYTES;
        return this;
    }

    RecordWriter putBytes(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        return this;
    }

    /**
     * A string as a header (its length times two, plus one when its characters take two bytes each;
     * {@value #NULL_STRING} for null) and its characters as {@link TextBytes} writes them: lossless,
     * lone surrogates included.
     */
    RecordWriter putString(String value) {
        if (value == null) {
            return putInt(NULL_STRING);
        }
        boolean latin1 = TextBytes.fitLatin1(value);
        int length = TextBytes.size(value, latin1);
        putInt(value.length() << 1 | (latin1 ? 0 : 1));
        ensure(length);
        size = TextBytes.put(value, latin1, bytes, size);
        return this;
    }

    byte[] toBytes() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
