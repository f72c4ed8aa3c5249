package dev.contractgate.conformance.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An engine's rule keys, as its class of constants declares them and as its {@code RULES.md}
 * documents them, so that a test can hold the two to each other.
 */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    /** The values of every {@code static final String} constant of a rules class. */
    public static List<String> declaredKeys(Class<?> rules) {
        List<String> keys = new ArrayList<>();
        for (Field field : rules.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    field.setAccessible(true);
                    keys.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
        }
        return keys;
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
}
