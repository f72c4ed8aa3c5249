package dev.contractgate.conformance.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.FindingGroups;
import dev.contractgate.conformance.core.Reproduction;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.Severity;
import dev.contractgate.conformance.core.SpecLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report (Jackson): a summary, every check with its findings, and
 * every finding with location and evidence; then {@code groups}, the findings by root cause
 * ({@link FindingGroups}), each with its count, the checks that hit it, the first evidence and
 * every occurrence. {@link #read} turns it back into a
 * {@link RunResult}, so tools and tests can consume it without a schema of their own.
 */
public final class JsonRenderer implements Renderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String fileName() {
        return "contract-report.json";
    }

    @Override
    public String render(RunResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", result.title());
        root.put("exitCode", result.exitCode());
        ObjectNode summary = root.putObject("summary");
        summary.put("checks", result.checks().size());
        summary.put("passed", result.checks().stream().filter(CheckRecord::passed).count());
        summary.put("failed", result.checks().stream().filter(c -> !c.passed()).count());
        summary.put("errors", result.errorCount());
        summary.put("warnings", result.warningCount());
        root.set("stats", MAPPER.valueToTree(stringified(result.stats())));
        ArrayNode checks = root.putArray("checks");
        for (CheckRecord check : result.checks()) {
            ObjectNode c = checks.addObject();
            c.put("group", check.group());
            c.put("name", check.name());
            c.put("passed", check.passed());
            c.put("durationMillis", check.duration().toMillis());
            ArrayNode findings = c.putArray("findings");
            check.findings().forEach(f -> write(findings.addObject(), f));
        }
        dev.contractgate.conformance.core.coverage.CoverageMatrix coverage = CoverageText.of(result);
        if (coverage != null) {
            ObjectNode section = root.putObject("coverage");
            ArrayNode sources = section.putArray("sources");
            coverage.sources().forEach(sources::add);
            ArrayNode rows = section.putArray("rows");
            for (dev.contractgate.conformance.core.coverage.CoverageMatrix.Row row : coverage.rows()) {
                ObjectNode r = rows.addObject();
                r.put("operation", row.operation());
                r.put("kind", row.status().startsWith(dev.contractgate.conformance.core.coverage.Coverage.SECURITY_ROW)
                        ? "security" : "status");
                r.put("status", row.status());
                r.put("documented", row.documented());
                r.put("verdict", row.verdict());
                ObjectNode cells = r.putObject("sources");
                row.cells().forEach((source, cell) -> {
                    ObjectNode c = cells.putObject(source);
                    c.put("count", cell.count());
                    c.put("passed", cell.passed());
                    ArrayNode by = c.putArray("exercisedBy");
                    cell.by().forEach(name -> by.add(ReportSafety.safe(name)));
                });
            }
        }
        ArrayNode groups = root.putArray("groups");
        for (FindingGroups.Group g : FindingGroups.of(result)) {
            ObjectNode group = groups.addObject();
            group.put("id", g.id());
            group.put("rule", g.rule());
            group.put("severity", g.severity().name());
            group.put("operation", g.operation());
            location(group, g.location());
            group.put("message", ReportSafety.safe(g.message()));
            group.put("count", g.count());
            ArrayNode hitBy = group.putArray("checks");
            g.checks().forEach(hitBy::add);
            ObjectNode evidence = group.putObject("firstEvidence");
            evidence.put("request", ReportSafety.safe(g.first().evidence().request()));
            evidence.put("response", ReportSafety.safe(g.first().evidence().response()));
            reproduction(evidence, g.first().evidence().reproduction());
            ArrayNode occurrences = group.putArray("occurrences");
            g.occurrences().forEach(f -> write(occurrences.addObject(), f));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON report", e);
        }
    }

    private static Map<String, Object> stringified(Map<String, Object> stats) {
        Map<String, Object> out = new LinkedHashMap<>();
        stats.forEach((k, v) -> out.put(k, v instanceof Number || v instanceof Boolean || v instanceof Map<?, ?>
                || v instanceof java.util.Collection<?> ? v : String.valueOf(v)));
        return out;
    }

    private static void write(ObjectNode node, Finding f) {
        node.put("rule", f.rule());
        node.put("severity", f.severity().name());
        node.put("operation", f.operation());
        location(node, f.location());
        node.put("message", ReportSafety.safe(f.message()));
        ObjectNode evidence = node.putObject("evidence");
        evidence.put("request", ReportSafety.safe(f.evidence().request()));
        evidence.put("response", ReportSafety.safe(f.evidence().response()));
        reproduction(evidence, f.evidence().reproduction());
    }

    /** {@code reproduction: {curl, junitClass, junit}} when the finding carries one. */
    private static void reproduction(ObjectNode evidence, Reproduction again) {
        if (!again.isEmpty()) {
            ObjectNode node = evidence.putObject("reproduction");
            node.put("curl", ReportSafety.safe(again.curl()));
            node.put("junitClass", again.junitClass());
            node.put("junit", ReportSafety.safe(again.junit()));
        }
    }

    private static void location(ObjectNode node, SpecLocation where) {
        ObjectNode location = node.putObject("location");
        location.put("pointer", where.pointer());
        location.put("file", where.file());
        location.put("line", where.line());
    }

    /** Reads a report this renderer wrote back into a run result (stats as JSON values). */
    public static RunResult read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<CheckRecord> checks = new ArrayList<>();
            for (JsonNode c : root.path("checks")) {
                List<Finding> findings = new ArrayList<>();
                for (JsonNode f : c.path("findings")) {
                    JsonNode loc = f.path("location");
                    findings.add(new Finding(f.path("rule").asText(), Severity.valueOf(f.path("severity").asText()),
                            f.path("operation").isNull() ? null : f.path("operation").asText(),
                            new SpecLocation(loc.path("pointer").asText(),
                                    loc.path("file").isNull() ? null : loc.path("file").asText(), loc.path("line").asInt()),
                            f.path("message").asText(),
                            new Evidence(f.path("evidence").path("request").asText(),
                                    f.path("evidence").path("response").asText(),
                                    new Reproduction(f.path("evidence").path("reproduction").path("curl").asText(""),
                                            f.path("evidence").path("reproduction").path("junitClass").asText(""),
                                            f.path("evidence").path("reproduction").path("junit").asText("")))));
                }
                checks.add(new CheckRecord(c.path("group").asText(), c.path("name").asText(), findings,
                        Duration.ofMillis(c.path("durationMillis").asLong())));
            }
            Map<String, Object> stats = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("stats").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                stats.put(e.getKey(), MAPPER.treeToValue(e.getValue(), Object.class));
            }
            return new RunResult(root.path("title").asText(), checks, stats);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a contract-report.json: " + e.getOriginalMessage(), e);
        }
    }
}
