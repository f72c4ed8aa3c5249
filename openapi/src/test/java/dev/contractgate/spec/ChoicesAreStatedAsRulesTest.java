package dev.contractgate.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every fact the spec chooses in prose (a paragraph with **Choice:**) is also stated in machine
 * form: the paragraph names, in back quotes, the id of an x-invariants rule, an x-order or an
 * x-unique declaration of the spec, or x-resource-limit, so every engine judges it the same way.
 */
class ChoicesAreStatedAsRulesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String CHOICE = "**Choice:**";
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

    /** The ids of every rule the spec declares, and x-resource-limit where it is used. */
    static Set<String> declaredRules(JsonNode node) {
        Set<String> ids = new HashSet<>();
        collect(node, ids);
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                switch (field.getKey()) {
                    case "x-invariants", "x-unique" -> field.getValue().forEach(rule -> ids.add(rule.path("id").asText()));
                    case "x-order" -> ids.add(field.getValue().path("id").asText());
                    case "x-resource-limit" -> ids.add("x-resource-limit");
                    default -> { }
                }
                collect(field.getValue(), ids);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, ids));
        }
    }

    /** The Choice paragraphs (the text from **Choice:** to the paragraph's end) that name no declared rule. */
    static List<String> unstatedChoices(String specText) throws Exception {
        JsonNode root = YAML.readTree(specText);
        Set<String> rules = declaredRules(root);
        List<String> descriptions = new ArrayList<>();
        root.findValues("description").forEach(d -> {
            if (d.isTextual()) {
                descriptions.add(d.asText());
            }
        });
        List<String> unstated = new ArrayList<>();
        for (String description : descriptions) {
            for (String paragraph : description.split("\\n\\s*\\n")) {
                int at = paragraph.indexOf(CHOICE);
                while (at >= 0) {
                    String choice = paragraph.substring(at + CHOICE.length());
                    boolean mention = choice.isBlank() || choice.startsWith(".") || choice.startsWith(" paragraph");
                    if (!mention && names(choice, rules) == 0) {
                        unstated.add(choice.strip().lines().findFirst().orElse(""));
                    }
                    at = paragraph.indexOf(CHOICE, at + 1);
                }
            }
        }
        return unstated;
    }

    private static int names(String text, Set<String> rules) {
        int n = 0;
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (rules.contains(m.group(1))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void every_choice_paragraph_of_the_spec_names_a_rule_that_states_it() throws Exception {
        String spec = Files.readString(SpecLoader.mainSpec());
        assertThat(declaredRules(YAML.readTree(spec))).contains("list-order", "x-resource-limit", "ids-never-reused",
                "error-request-id-header");
        assertThat(unstatedChoices(spec)).isEmpty();
    }

    @Test
    void a_choice_paragraph_whose_rule_is_gone_fails_naming_the_paragraph() throws Exception {
        String spec = Files.readString(SpecLoader.mainSpec())
                .replace("agent tokens are `STANDARD` (`agent-token-shape`)", "agent tokens are `STANDARD`");
        assertThat(unstatedChoices(spec)).singleElement().asString().startsWith("agent tokens are `STANDARD`");
    }
}
