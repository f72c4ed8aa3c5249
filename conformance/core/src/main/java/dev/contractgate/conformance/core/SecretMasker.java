package dev.contractgate.conformance.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs and reports: bearer tokens in {@code Authorization} headers and
 * the value of every JSON field named like a secret ({@code token}, {@code password}, …) or marked
 * {@code x-secret} by the spec, and every secret value registered, become
 * {@value #MASK}. Everything that goes into {@link Evidence} passes through here first.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    /**
     * JSON fields whose names say they hold a secret, in any API (the spec's own {@code x-secret}
     * properties are added by {@link #registerField}); masked even before a spec is read.
     */
    private static final Pattern TOKEN_FIELD = Pattern.compile(
            "(\"(?i:token|secret|password|apiKey|api_key|accessToken|access_token|refreshToken|refresh_token|clientSecret|client_secret)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern BEARER =
            Pattern.compile("(?i)(bearer\\s+)[^\\s\"',]+");

    /** Values this process was given as secrets (bearer tokens): masked wherever they appear. */
    private static final java.util.Set<String> KNOWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The registered secrets as patterns matching every percent-encoding of them: any character may be
     * escaped or not ({@code _} as {@code %5F} or {@code %5f}, a space as {@code +}), which a list of
     * fixed forms cannot cover. Linear: one alternation per character, nothing repeated.
     */
    private static final java.util.Map<String, Pattern> PERCENT_ENCODED = new java.util.concurrent.ConcurrentHashMap<>();

    /** JSON fields the spec marks secret ({@code x-secret: true}) besides {@code token}, by name, with their patterns. */
    private static final java.util.Map<String, Pattern> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    private SecretMasker() {
    }

    /** Masks the value of every JSON field of this name from now on (a property the spec marks {@code x-secret}). */
    public static void registerField(String name) {
        if (name != null && !name.isBlank() && !TOKEN_FIELD.matcher("\"" + name + "\":\"\"").find()) {
            FIELDS.computeIfAbsent(name, n -> Pattern.compile("(\"" + Pattern.quote(n) + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""));
        }
    }

    /**
     * Registers a secret this process holds (a {@code --token}): from now on every occurrence of
     * its value, in any text that passes through {@link #mask}, is masked, also where a server
     * echoed it in a body or a message. Surrounding whitespace is ignored; values shorter than 4
     * characters are not registered (they would mask ordinary text).
     */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= 4) {
            KNOWN.addAll(encodings(secret.strip()));
            PERCENT_ENCODED.computeIfAbsent(secret.strip(), SecretMasker::percentEncodings);
        }
    }

    /**
     * The forms a server may echo a secret in: as it is, reversed, hex, and base64
     * (standard and URL-safe) at each of the three alignments it can have inside a longer encoded
     * text (only the characters that depend on the secret alone: an echo of {@code Basic user:TOKEN}
     * is caught too). Forms shorter than 8 characters are left out, so ordinary text stays readable.
     * Percent-encodings, which vary character by character, are {@link #percentEncodings} patterns.
     */
    static java.util.Set<String> encodings(String secret) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(secret);
        forms.add(new StringBuilder(secret).reverse().toString());
        byte[] bytes = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.HexFormat hex = java.util.HexFormat.of();
        forms.add(hex.formatHex(bytes));
        forms.add(hex.withUpperCase().formatHex(bytes));
        for (int filler = 0; filler < 3; filler++) {
            byte[] shifted = new byte[filler + bytes.length];
            System.arraycopy(bytes, 0, shifted, filler, bytes.length);
            int from = (8 * filler + 5) / 6;
            int to = (8 * filler + 8 * bytes.length) / 6;
            for (java.util.Base64.Encoder encoder : new java.util.Base64.Encoder[] {java.util.Base64.getEncoder(),
                    java.util.Base64.getUrlEncoder()}) {
                String encoded = encoder.encodeToString(shifted);
                if (to <= encoded.length() && to > from) {
                    forms.add(encoded.substring(from, to));
                }
            }
        }
        forms.removeIf(form -> form.length() < 8);
        forms.add(secret);
        return forms;
    }

    static Pattern percentEncodings(String secret) {
        StringBuilder regex = new StringBuilder();
        secret.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            regex.append("(?:").append(Pattern.quote(character)).append(codePoint == ' ' ? "|\\+|" : "|");
            for (byte b : character.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                String hex = String.format("%02X", b & 0xff);
                regex.append('%').append(hexDigit(hex.charAt(0))).append(hexDigit(hex.charAt(1)));
            }
            regex.append(')');
        });
        return Pattern.compile(regex.toString());
    }

    private static String hexDigit(char digit) {
        return Character.isDigit(digit) ? String.valueOf(digit) : "[" + digit + Character.toLowerCase(digit) + "]";
    }

    /** The header's value as it may be shown: credentials of authorization headers masked. */
    public static String maskHeader(String name, String value) {
        if (value == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
            int space = value.indexOf(' ');
            return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
        }
        return value;
    }

    /** Any text (a JSON body, a pact file excerpt, a log line) with secrets masked. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String secret : KNOWN) {
            masked = masked.replace(secret, MASK);
        }
        if (masked.indexOf('%') >= 0 || masked.indexOf('+') >= 0) { // else no percent-encoding can be in it
            for (Pattern encoded : PERCENT_ENCODED.values()) {
                masked = encoded.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
            }
        }
        masked = TOKEN_FIELD.matcher(masked).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        for (Pattern field : FIELDS.values()) {
            masked = field.matcher(masked).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        }
        return BEARER.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
