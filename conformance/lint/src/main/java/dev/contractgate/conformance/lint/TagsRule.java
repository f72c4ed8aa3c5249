package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every operation has a tag, and every tag it uses is declared at the top with a description. */
final class TagsRule implements LintRule {

    @Override
    public String key() {
        return LintRules.TAGS;
    }

    @Override
    public String description() {
        return "every operation is tagged with tags declared with a description";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        Map<String, Integer> declared = new HashMap<>();
        List<Tag> tags = spec.openApi().getTags() == null ? List.of() : spec.openApi().getTags();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            declared.put(tag.getName(), i);
            if (tag.getDescription() == null || tag.getDescription().isBlank()) {
                findings.add(Finding.warning(key(), null, spec.locate("/tags/" + i),
                        "tag '" + tag.getName() + "' has no description", Evidence.NONE));
            }
        }
        for (SpecOperation op : spec.operations().all()) {
            List<String> used = op.operation().getTags();
            if (used == null || used.isEmpty()) {
                findings.add(Finding.warning(key(), op.id(), spec.locate(op.pointer()),
                        op.id() + " has no tag (tags group operations in docs and generated code)", Evidence.NONE));
                continue;
            }
            for (int i = 0; i < used.size(); i++) {
                if (!declared.containsKey(used.get(i))) {
                    findings.add(Finding.warning(key(), op.id(), spec.locate(op.pointer() + "/tags/" + i),
                            op.id() + " uses tag '" + used.get(i) + "', which the top-level tags list does not declare",
                            Evidence.NONE));
                }
            }
        }
        return findings;
    }
}
