package dev.contractgate.conformance.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one engine, in the one shape every engine declares them: its rules class holds a
 * catalogue and declares each key through it with its default severity and when it fires
 * ({@code public static final String KEY = CATALOGUE.error("engine.key", "when it fires");}), so the
 * keys, their severities, {@code --severity} validation and {@code RULES.md} all come from one place.
 * {@link #documentedKeys} reads a {@code RULES.md} so that a test holds it to its catalogue.
 */
public final class RuleCatalogue {

    private final List<Rule> rules = new ArrayList<>();

    /** Declares a rule whose findings are errors by default; returns its key. */
    public String error(String key, String description) {
        return declare(key, Severity.ERROR, description);
    }

    /** Declares a rule whose findings are warnings by default; returns its key. */
    public String warning(String key, String description) {
        return declare(key, Severity.WARNING, description);
    }

    private synchronized String declare(String key, Severity severity, String description) {
        if (rules.stream().anyMatch(r -> r.key().equals(key))) {
            throw new IllegalStateException("rule " + key + " declared twice");
        }
        rules.add(new Rule(key, severity, description));
        return key;
    }

    /** Every rule, in the order declared. */
    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The default severity of {@code key}. */
    public Severity severity(String key) {
        return rules.stream().filter(r -> r.key().equals(key)).findFirst().map(Rule::severity)
                .orElseThrow(() -> new IllegalArgumentException("no rule " + key));
    }


    /** The keys of a RULES.md: the first column of every table row that starts with a back-quoted key. */
    public static List<String> documentedKeys(Path rulesMd, String prefix) {
        try {
            return Files.readAllLines(rulesMd).stream().filter(l -> l.startsWith("| `" + prefix))
                    .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rulesMd, e);
        }
    }

    /**
     * The rules a {@code RULES.md} documents: every table row that starts with a back-quoted key, with its
     * severity (a {@code severity} column, else {@code (warning)} at the start of the description, else error)
     * and its description, so a test can hold the document to its catalogue row by row.
     */
    public static List<Rule> documentedRules(Path rulesMd) {
        List<Rule> rules = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(rulesMd)) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "").split("\\|", -1);
                String key = cells[0].strip().replace("`", "");
                boolean column = cells.length >= 3 && List.of("error", "warning").contains(cells[1].strip());
                String description = String.join("|", java.util.Arrays.asList(cells).subList(column ? 2 : 1, cells.length)).strip();
                Severity severity = column ? Severity.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT))
                        : description.startsWith("(warning)") ? Severity.WARNING : Severity.ERROR;
                rules.add(new Rule(key, severity, description.replaceFirst("^\\(warning\\)\\s*", "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rulesMd, e);
        }
        return rules;
    }
}
