package dev.contractgate.conformance.lint;

import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.SpecSource;
import java.util.List;

/** swagger-parser's messages on a document that did parse (unexpected attributes, bad values, ...), each at its line. */
final class ParserMessagesRule implements LintRule {

    @Override
    public String key() {
        return LintRules.PARSER;
    }

    @Override
    public String description() {
        return "swagger-parser reads the spec without a message";
    }

    @Override
    public List<Finding> check(SpecSource spec) {
        return spec.parserMessages().stream()
                .map(message -> Finding.error(key(), null,
                        dev.contractgate.conformance.core.ParserMessages.locate(spec, message), "swagger-parser: " + message, Evidence.NONE))
                .toList();
    }
}
