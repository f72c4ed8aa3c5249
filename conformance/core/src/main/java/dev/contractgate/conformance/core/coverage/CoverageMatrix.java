package dev.contractgate.conformance.core.coverage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coverage matrix: one row per operation and documented status (undocumented statuses a
 * source saw are rows of their own), one cell per source saying whether it exercised that
 * status, with what and with what verdict; and one row per security requirement of an operation
 * ({@code security JWT}), exercised by every 401 or 403 answer a source saw for it. A documented
 * 5xx nothing exercised is "not reachable" (a healthy server does not produce it on request), any
 * other hole "not exercised".
 */
public record CoverageMatrix(List<String> sources, List<Row> rows) {

    /** What one source did for one row. */
    public record Cell(int count, boolean passed, List<String> by) {
    }

    /**
     * @param status     as documented ({@code 200}, {@code 4XX}) or as seen, for an undocumented one
     * @param documented whether the operation documents it
     * @param cells      by source; a source that did not exercise the row has no cell
     */
    public record Row(String operation, String status, boolean documented, Map<String, Cell> cells) {

        public boolean exercised() {
            return !cells.isEmpty();
        }

        /** {@code pass}, {@code fail}, {@code not exercised} or {@code not reachable}. */
        public String verdict() {
            if (!exercised()) {
                return status.startsWith("5") ? "not reachable" : "not exercised";
            }
            return cells.values().stream().allMatch(Cell::passed) ? "pass" : "fail";
        }

        public boolean success() {
            return status.startsWith("2");
        }
    }

    public static CoverageMatrix of(Coverage coverage) {
        Set<String> sources = new LinkedHashSet<>();
        coverage.observations().forEach(o -> sources.add(o.source()));
        Map<String, Map<String, Map<String, List<Coverage.Observation>>>> byRow = new LinkedHashMap<>();
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        for (Coverage.Documented d : coverage.documented()) {
            documented.computeIfAbsent(d.operation(), k -> new LinkedHashSet<>()).add(d.status());
            byRow.computeIfAbsent(d.operation(), k -> new LinkedHashMap<>()).computeIfAbsent(d.status(), k -> new LinkedHashMap<>());
        }
        for (Coverage.Observation o : coverage.observations()) {
            Set<String> statuses = documented.getOrDefault(o.operation(), Set.of());
            String status = rowStatus(statuses, o.status());
            byRow.computeIfAbsent(o.operation(), k -> new LinkedHashMap<>()).computeIfAbsent(status, k -> new LinkedHashMap<>())
                    .computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o);
            if (o.status() == 401 || o.status() == 403) {
                // refused credentials exercise every security requirement of the operation
                statuses.stream().filter(row -> row.startsWith(Coverage.SECURITY_ROW)).forEach(row -> byRow.get(o.operation())
                        .get(row).computeIfAbsent(o.source(), k -> new ArrayList<>()).add(o));
            }
        }
        List<Row> rows = new ArrayList<>();
        byRow.forEach((operation, statuses) -> statuses.forEach((status, cellsBySource) -> {
            Map<String, Cell> cells = new LinkedHashMap<>();
            cellsBySource.forEach((source, seen) -> cells.put(source, new Cell(seen.size(),
                    seen.stream().allMatch(Coverage.Observation::passed),
                    seen.stream().map(Coverage.Observation::by).distinct().toList())));
            rows.add(new Row(operation, status, documented.getOrDefault(operation, Set.of()).contains(status), cells));
        }));
        return new CoverageMatrix(List.copyOf(sources), rows);
    }

    /** The documented key a status falls under (exact, range, default), else the status itself. */
    // security rows never match: their keys are not statuses
    private static String rowStatus(Set<String> documented, int status) {
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", (status / 100) + "xx", "default")) {
            if (documented.contains(key)) {
                return key;
            }
        }
        return String.valueOf(status);
    }

    /** Operations whose documented success statuses no source exercised: the holes of the default minimum. */
    public List<String> operationsWithoutSuccess() {
        Map<String, Boolean> covered = new LinkedHashMap<>();
        for (Row row : rows) {
            if (row.documented() && row.success()) {
                covered.merge(row.operation(), row.exercised(), Boolean::logicalOr);
            }
        }
        return covered.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
    }
}
