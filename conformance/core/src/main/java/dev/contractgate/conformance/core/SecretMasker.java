package dev.contractgate.conformance.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs and reports: bearer tokens in {@code Authorization} headers and
 * the value of every JSON {@code "token"} field (the agent token's secret) become
 * {@value #MASK}. Everything that goes into {@link Evidence} passes through here first.
 */
public final class SecretMasker {

    public static final String MASK = "****";

    private static final Pattern TOKEN_FIELD =
            Pattern.compile("(\"token\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern BEARER =
            Pattern.compile("(?i)(bearer\\s+)[^\\s\"',]+");

    private SecretMasker() {
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
        String masked = TOKEN_FIELD.matcher(text).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        return BEARER.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
