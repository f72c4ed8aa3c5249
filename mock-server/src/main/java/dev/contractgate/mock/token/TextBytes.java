package dev.contractgate.mock.token;

import java.nio.charset.StandardCharsets;

/**
 * Strings as bytes, losslessly, the way the JDK stores them itself: one byte a character when every
 * character fits in Latin-1, else two (UTF-16, written char by char, so even a lone surrogate, which
 * JSON can carry as {@code \ud800} and UTF-8 cannot, comes back as it went in).
 */
final class TextBytes {

    private TextBytes() {
    }

    /** Whether every character of every value fits in one byte. */
    static boolean fitLatin1(String... values) {
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) > 0xFF) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Writes {@code value} at {@code at}; returns the index after it. */
    static int put(String value, boolean latin1, byte[] into, int at) {
        if (latin1) {
            byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1); // exact: every character is up to 0xFF
            System.arraycopy(bytes, 0, into, at, bytes.length);
            return at + bytes.length;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            into[at++] = (byte) (c >> 8);
            into[at++] = (byte) c;
        }
        return at;
    }

    static int size(String value, boolean latin1) {
        return latin1 ? value.length() : value.length() * 2;
    }

    static String get(byte[] from, int start, int end, boolean latin1) {
        if (latin1) {
            return new String(from, start, end - start, StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[(end - start) / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((from[start + 2 * i] & 0xFF) << 8) | (from[start + 2 * i + 1] & 0xFF));
        }
        return new String(chars);
    }
}
