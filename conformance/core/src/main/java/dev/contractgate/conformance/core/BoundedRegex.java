package dev.contractgate.conformance.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression from an untrusted document (a schema's {@code pattern}), run with a time
 * bound: a pattern such as {@code (.*a){30}} backtracks exponentially, and a spec or pact from a pull
 * request must not stall a CI gate. The text is read through a {@link CharSequence} that looks at the
 * clock every few thousand characters read, so a runaway match ends soon after its deadline. JSON
 * Schema's patterns match anywhere in the value (not anchored).
 */
public final class BoundedRegex {

    /** The longest one match may take. */
    public static final long DEADLINE_MILLIS = 100;
    private static final int CHECK_EVERY = 4096;
    private static final Map<String, Object> COMPILED = new ConcurrentHashMap<>();
    /** Patterns that ran out of time once: not run again in this process (each would cost the whole deadline). */
    private static final java.util.Set<String> TOO_SLOW = ConcurrentHashMap.newKeySet();

    /** What a match came to. */
    public enum Outcome { MATCHES, DOES_NOT_MATCH, TOO_SLOW, INVALID }

    private BoundedRegex() {
    }

    /** Whether {@code pattern} is found in {@code text}, within {@link #DEADLINE_MILLIS}. */
    public static Outcome find(String pattern, String text) {
        Object compiled = COMPILED.computeIfAbsent(pattern, BoundedRegex::compile);
        if (!(compiled instanceof Pattern regex)) {
            return Outcome.INVALID;
        }
        if (TOO_SLOW.contains(pattern)) {
            return Outcome.TOO_SLOW;
        }
        try {
            Matcher matcher = regex.matcher(new Deadline(text, System.nanoTime() + DEADLINE_MILLIS * 1_000_000));
            return matcher.find() ? Outcome.MATCHES : Outcome.DOES_NOT_MATCH;
        } catch (Deadline.Passed | StackOverflowError slow) {
            TOO_SLOW.add(pattern);
            return Outcome.TOO_SLOW;
        }
    }

    /** Why a pattern does not compile, or {@code null} when it does. */
    public static String problem(String pattern) {
        Object compiled = COMPILED.computeIfAbsent(pattern, BoundedRegex::compile);
        return compiled instanceof String why ? why : null;
    }

    private static Object compile(String pattern) {
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return Text.oneLine(e.getDescription() + " near index " + e.getIndex(), 120);
        }
    }

    /** The text, read with an eye on the clock. */
    private static final class Deadline implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && System.nanoTime() > deadline) {
                throw Passed.INSTANCE;
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class Passed extends RuntimeException {
            static final Passed INSTANCE = new Passed();

            private Passed() {
                super("the match took too long", null, false, false);
            }
        }
    }
}
