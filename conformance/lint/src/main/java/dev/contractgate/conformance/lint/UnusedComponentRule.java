package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import io.swagger.v3.oas.models.Components;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Schemas, parameters, responses and headers under {@code components} that nothing references.
 * References are read from the raw text (the resolved model no longer shows all of them).
 */
final class UnusedComponentRule implements LintRule {

    private static final Pattern REF = Pattern.compile("#/components/(schemas|parameters|responses|headers)/([^'\"\\s,}\\]]+)");

    @Override
    public String key() {
        return LintRules.UNUSED_COMPONENT;
    }

    @Override
    public String description() {
        return "every component schema, parameter, response and header is referenced";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        Set<String> referenced = new HashSet<>();
        Matcher m = REF.matcher(spec.text());
        while (m.find()) {
            referenced.add(m.group(1) + "/" + m.group(2).replace("~1", "/").replace("~0", "~"));
        }
        Components components = spec.openApi().getComponents();
        List<Finding> findings = new ArrayList<>();
        if (components == null) {
            return findings;
        }
        unused(spec, "schemas", components.getSchemas(), referenced, findings);
        unused(spec, "parameters", components.getParameters(), referenced, findings);
        unused(spec, "responses", components.getResponses(), referenced, findings);
        unused(spec, "headers", components.getHeaders(), referenced, findings);
        return findings;
    }

    private void unused(SpecSource spec, String kind, Map<String, ?> defined, Set<String> referenced,
                        List<Finding> findings) {
        if (defined == null) {
            return;
        }
        for (String name : defined.keySet()) {
            if (!referenced.contains(kind + "/" + name)) {
                findings.add(Finding.warning(key(), null, spec.locate(Pointers.child("/components/" + kind, name)),
                        "components." + kind + "." + name + " is never referenced (use it or remove it)",
                        Evidence.NONE));
            }
        }
    }
}
