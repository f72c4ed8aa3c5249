package dev.contractgate.conformance.core.coverage;

import dev.contractgate.conformance.core.Rule;
import dev.contractgate.conformance.core.RuleCatalogue;
import java.util.List;

/** The rule catalogue of the coverage matrix ({@code RULES.md} of this module lists exactly these keys). */
public final class CoverageRules {

    private static final RuleCatalogue CATALOGUE = new RuleCatalogue();

    public static final String SUCCESS_NOT_EXERCISED = CATALOGUE.error("coverage.success-not-exercised",
            "with `--min-coverage success` (the default of `gate` and `check`): no source (pacts, provider verification,"
                    + " check) exercised a documented success status of an operation; the message says how to close the hole");

    private CoverageRules() {
    }

    /** Every rule, in the order declared: key, default severity, when it fires. */
    public static List<Rule> catalogue() {
        return CATALOGUE.rules();
    }
}
