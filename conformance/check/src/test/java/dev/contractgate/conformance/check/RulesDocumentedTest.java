package dev.contractgate.conformance.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md lists exactly the rule keys {@link Rules} declares. */
class RulesDocumentedTest {

    @Test
    void rules_md_names_every_rule_key_and_no_other() throws IOException, IllegalAccessException {
        List<String> declared = new ArrayList<>();
        for (Field field : Rules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                declared.add((String) field.get(null));
            }
        }
        List<String> documented = Files.readString(Path.of("RULES.md")).lines()
                .filter(l -> l.startsWith("| `")).map(l -> l.substring(3, l.indexOf('`', 3))).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(declared);
    }
}
