package dev.contractgate.conformance.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Findings by root cause: the same rule, operation, spec location and message (once ids,
 * long numbers and generated values are blanked out) are one group. A server that drops one
 * required field gives one group with many occurrences, not a page of identical findings.
 * Groups keep the order in which their first occurrence was found.
 */
public final class FindingGroups {

    private static final Pattern UUID = Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    /** Words of 10 or more letters and digits with at least one digit: generated ids and values. */
    private static final Pattern GENERATED = Pattern.compile("\\b(?=[A-Za-z]*\\d)[A-Za-z0-9_-]{10,}\\b");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d{4,}\\b");
    /** Array indexes in JSON pointers and paths ({@code /tokens/3/updatedAt}): each item shows the same cause. */
    private static final Pattern INDEX = Pattern.compile("/\\d+(?=[/'\"\\]\\s)]|$)");
    /** An index in a JSON path ({@code $.tokens[3].id}). */
    private static final Pattern PATH_INDEX = Pattern.compile("\\[\\d+\\]");
    private static final Pattern QUOTED_LONG = Pattern.compile("\"[^\"]{24,}\"");

    /**
     * One root cause.
     *
     * @param id          stable within a report: {@code G1}, {@code G2}, … in order of first occurrence
     * @param checks      the names of the checks that hit it, in order, each once
     * @param occurrences every finding of the group, in order
     */
    public record Group(String id, String rule, Severity severity, String operation, SpecLocation location,
                        String message, List<String> checks, List<Finding> occurrences) {

        public int count() {
            return occurrences.size();
        }

        public Finding first() {
            return occurrences.get(0);
        }
    }

    private FindingGroups() {
    }

    /**
     * The groups of the result grouped last, by identity: every report format groups the same result
     * one after the other, and a run of 10,000 operations has tens of thousands of findings to group.
     * Softly held, so a long-lived JVM (a build, a test suite) does not keep a finished run's findings.
     */
    private static volatile java.lang.ref.SoftReference<Grouped> last = new java.lang.ref.SoftReference<>(null);

    private record Grouped(RunResult result, List<Group> groups) {
    }

    public static List<Group> of(RunResult result) {
        Grouped known = last.get();
        if (known != null && known.result() == result) {
            return known.groups();
        }
        List<Group> groups = group(result);
        last = new java.lang.ref.SoftReference<>(new Grouped(result, groups));
        return groups;
    }

    private static List<Group> group(RunResult result) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> checksByKey = new LinkedHashMap<>();
        for (CheckRecord check : result.checks()) {
            for (Finding f : check.findings()) {
                String key = key(f);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                checksByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(check.name());
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byKey.entrySet()) {
            Finding first = e.getValue().get(0);
            groups.add(new Group("G" + (groups.size() + 1), first.rule(), first.severity(), first.operation(),
                    first.location(), first.message(), List.copyOf(checksByKey.get(e.getKey())), List.copyOf(e.getValue())));
        }
        return List.copyOf(groups);
    }

    /** The group a finding belongs to, as text: rule, severity, operation, pointer and normalised message. */
    public static String key(Finding f) {
        return f.rule() + "|" + f.severity() + "|" + f.operation() + "|" + f.location().pointer() + "|" + normalised(f.message());
    }

    /** The message with what varies from one occurrence to the next blanked out. */
    public static String normalised(String message) {
        String text = message == null ? "" : message;
        text = UUID.matcher(text).replaceAll("<id>");
        text = INDEX.matcher(text).replaceAll("/*");
        text = PATH_INDEX.matcher(text).replaceAll("[*]");
        text = QUOTED_LONG.matcher(text).replaceAll("\"<value>\"");
        text = GENERATED.matcher(text).replaceAll("<id>");
        text = LONG_NUMBER.matcher(text).replaceAll("<n>");
        return text.toLowerCase(Locale.ROOT).trim();
    }
}
