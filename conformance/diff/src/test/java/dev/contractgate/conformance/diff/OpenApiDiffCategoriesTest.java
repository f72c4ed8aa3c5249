package dev.contractgate.conformance.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;

/**
 * Every change category openapi-diff can report has a rule of ours or the fail-safe: each of
 * its {@link BackwardIncompatibleProp}s is named in RULES.md with the rule that classifies it,
 * and each class of its change model is one this engine knows how to walk. Upgrading
 * openapi-diff to a version with a new category fails here until the category is placed.
 */
class OpenApiDiffCategoriesTest {

    @Test
    void every_incompatibility_openapi_diff_can_report_is_mapped_to_a_rule_in_rules_md() throws IOException {
        String rules = Files.readString(Path.of("RULES.md"));
        List<String> catalogue = DiffRules.catalogue().stream().map(dev.contractgate.conformance.core.Rule::key).toList();
        for (BackwardIncompatibleProp prop : BackwardIncompatibleProp.values()) {
            String line = rules.lines().filter(l -> l.startsWith("| `" + prop.name() + "`")).findFirst()
                    .orElseThrow(() -> new AssertionError("RULES.md does not place openapi-diff's " + prop.name()));
            assertThat(catalogue).as(prop.name()).anyMatch(key -> line.contains("`" + key + "`"));
        }
    }

    @Test
    void every_class_of_openapi_diffs_change_model_is_walked_by_this_engine() throws Exception {
        List<String> unknown = new ArrayList<>();
        for (Class<?> type : modelClasses()) {
            boolean composite = ComposedChanged.class.isAssignableFrom(type);
            if (composite && !ChangeAspects.knownComposites().contains(type)) {
                unknown.add(type.getName());
            }
        }
        assertThat(unknown).as("composite change classes whose own changes no table names").isEmpty();
    }

    @Test
    void a_composite_class_the_table_does_not_know_still_counts_its_core_change() {
        ComposedChanged stranger = new ComposedChanged() {
            @Override
            public List<Changed> getChangedElements() {
                return List.of();
            }

            @Override
            public org.openapitools.openapidiff.core.model.DiffResult isCoreChanged() {
                return org.openapitools.openapidiff.core.model.DiffResult.INCOMPATIBLE;
            }
        };
        assertThat(ChangeAspects.of(stranger)).containsExactly("core");
    }

    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path jar = Path.of(ChangedSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String name : file.stream().map(e -> e.getName()).toList()) {
                if (name.startsWith("org/openapitools/openapidiff/core/model/") && name.endsWith(".class")
                        && !name.contains("$") && !name.contains("/deferred/")) {
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
                    if (Changed.class.isAssignableFrom(type) && !type.isInterface()
                            && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                        classes.add(type);
                    }
                }
            }
        }
        assertThat(classes).as("openapi-diff's change model, read from its jar").hasSizeGreaterThan(20);
        return classes;
    }

    @Test
    void rules_md_lists_exactly_the_rule_keys_of_the_catalogue() throws IOException {
        String rules = Files.readString(Path.of("RULES.md"));
        List<String> documented = rules.lines().filter(l -> l.matches("\\| `diff\\.[^`]+` \\| (error|warning) \\|.*"))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        List<String> catalogue = DiffRules.catalogue().stream().map(dev.contractgate.conformance.core.Rule::key).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(catalogue);
        for (dev.contractgate.conformance.core.Rule rule : DiffRules.catalogue()) {
            assertThat(rules.lines()).as(rule.key())
                    .contains("| `" + rule.key() + "` | " + rule.severity().name().toLowerCase() + " | " + rule.description() + " |");
        }
        assertThat(Arrays.asList(BackwardIncompatibleProp.values())).isNotEmpty();
    }
}
