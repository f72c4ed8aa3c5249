package dev.contractgate.conformance.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user's severities, for any engine: {@code KEY=error|warning|off}, where KEY is a rule key
 * or a dotted prefix of one ({@code lifecycle.} or {@code lifecycle} covers every
 * {@code lifecycle.*} rule; the longest match wins). Given on the command line
 * ({@code --severity}, repeatable) or in a YAML file ({@code --config}: a {@code severity:} map);
 * the command line wins. A finding turned off leaves the report but is still counted in its
 * stats ({@code findings turned off}).
 */
public final class SeverityOverrides {

    /** What a rule is turned into. */
    public enum Level { ERROR, WARNING, OFF }

    private final Map<String, Level> levels;
    /** Where each key was set: "--severity KEY=LEVEL" or "FILE: severity.KEY". */
    private final Map<String, String> origins;

    private SeverityOverrides(Map<String, Level> levels, Map<String, String> origins) {
        this.levels = Map.copyOf(levels);
        this.origins = Map.copyOf(origins);
    }

    public static SeverityOverrides none() {
        return new SeverityOverrides(Map.of(), Map.of());
    }

    /**
     * @param configFile a YAML file with a {@code severity:} map, or null
     * @param flags      {@code KEY=level} values of {@code --severity}, applied after the file
     * @throws BadInputException naming the file or the flag, and what is allowed
     */
    public static SeverityOverrides of(Path configFile, List<String> flags) {
        Map<String, Level> levels = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        if (configFile != null) {
            levels.putAll(readConfig(configFile));
            levels.keySet().forEach(key -> origins.put(key, configFile + ": severity." + key));
        }
        for (String flag : flags == null ? List.<String>of() : flags) {
            int eq = flag.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--severity " + flag + ": expected KEY=error|warning|off, e.g. --severity lifecycle.=warning");
            }
            levels.put(key(flag.substring(0, eq)), level(flag.substring(eq + 1), "--severity " + flag));
            origins.put(key(flag.substring(0, eq)), "--severity " + flag);
        }
        return new SeverityOverrides(levels, origins);
    }

    private static Map<String, Level> readConfig(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new BadInputException("cannot read the config file " + file + ": " + SecretMasker.mask(
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")) + " (expected YAML with a 'severity:' map)");
        }
        JsonNode severity = root == null ? null : root.get("severity");
        if (severity == null || !severity.isObject()) {
            throw new BadInputException(file + ": expected a 'severity:' map of rule keys to error, warning or off, e.g.\n"
                    + "severity:\n  lifecycle.: warning\n  diff.docs.changed: off");
        }
        Map<String, Level> levels = new LinkedHashMap<>();
        // YAML 1.1 reads an unquoted off as false
        severity.fields().forEachRemaining(e -> levels.put(key(e.getKey()), level(
                e.getValue().isBoolean() && !e.getValue().asBoolean() ? "off" : e.getValue().asText(),
                file + ": severity." + e.getKey())));
        return levels;
    }

    private static String key(String raw) {
        String key = raw.trim();
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    private static Level level(String raw, String where) {
        try {
            return Level.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": '" + raw + "' is not a severity; use error, warning or off");
        }
    }

    /**
     * Refuses a key that names no rule (a typo would otherwise change nothing, silently): a key
     * must be a rule, a prefix of rules at a dot, or lie under a rule (a sub-key).
     *
     * @throws BadInputException naming the flag or file entry
     */
    public SeverityOverrides requireKnownRules(java.util.Collection<String> rules) {
        for (String key : levels.keySet()) {
            boolean known = rules.stream().anyMatch(rule -> rule.equals(key) || rule.startsWith(key + ".") || key.startsWith(rule + "."));
            if (!known) {
                throw new BadInputException(origins.getOrDefault(key, key) + ": no rule is named '" + key
                        + "' or starts with '" + key + ".' (the rules are listed in the README and in each engine's RULES.md)");
            }
        }
        return this;
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** The level for a rule: the override of its longest matching key, or null for none. */
    Level levelOf(String rule) {
        String key = rule;
        while (true) {
            Level level = levels.get(key);
            if (level != null) {
                return level;
            }
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            key = key.substring(0, dot);
        }
    }

    /** The run with every override applied; findings turned off are counted in its stats. */
    public RunResult apply(RunResult result) {
        if (levels.isEmpty()) {
            return result;
        }
        Map<String, Integer> off = new TreeMap<>();
        List<CheckRecord> checks = new ArrayList<>();
        for (CheckRecord check : result.checks()) {
            List<Finding> kept = new ArrayList<>();
            for (Finding f : check.findings()) {
                Level level = levelOf(f.rule());
                if (level == Level.OFF) {
                    off.merge(f.rule(), 1, Integer::sum);
                } else if (level != null) {
                    kept.add(f.withSeverity(level == Level.ERROR ? Severity.ERROR : Severity.WARNING));
                } else {
                    kept.add(f);
                }
            }
            checks.add(new CheckRecord(check.group(), check.name(), kept, check.duration()));
        }
        Map<String, Object> stats = new LinkedHashMap<>(result.stats());
        stats.put("severity overrides", levels.toString());
        if (!off.isEmpty()) {
            stats.put("findings turned off", off);
        }
        return new RunResult(result.title(), checks, stats, result.coverage());
    }
}
