package dev.contractgate.conformance.core.report;

import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks of a run grouped by {@link CheckRecord#group()}, groups in first-seen order. */
final class Groups {

    private Groups() {
    }

    static Map<String, List<CheckRecord>> of(RunResult result) {
        Map<String, List<CheckRecord>> groups = new LinkedHashMap<>();
        for (CheckRecord check : result.checks()) {
            String group = check.group() == null || check.group().isBlank() ? "(none)" : check.group();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(check);
        }
        return groups;
    }
}
