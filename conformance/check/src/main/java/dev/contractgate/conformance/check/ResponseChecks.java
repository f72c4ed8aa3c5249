package dev.contractgate.conformance.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.judge.ExchangeJudge;
import dev.contractgate.conformance.judge.JudgedExchange;
import dev.contractgate.conformance.judge.RunFacts;
import dev.contractgate.conformance.judge.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands every answer of the run to the one {@link ExchangeJudge} (status, Content-Type, schema,
 * the spec's invariants, order, secrets, and the facts of this run) and turns what it finds into
 * findings carrying the exchange as evidence. Nothing is judged here.
 */
final class ResponseChecks {

    private final ExchangeJudge judge;
    private final RunFacts facts = RunFacts.run();
    private final FindingFactory findings;

    ResponseChecks(ExchangeJudge judge, FindingFactory findings) {
        this.judge = judge;
        this.findings = findings;
    }

    List<Finding> check(SpecOperation op, Exchange ex) {
        List<Finding> out = new ArrayList<>();
        if (ex.failed()) {
            out.add(findings.of(CheckRules.REQUEST_FAILED, op, null, op.id() + " request failed: " + ex.failure(), ex));
            return out;
        }
        for (Violation v : judge.judge(op, judged(ex), facts)) {
            out.add(findings.at(v.rule(), op, v.pointer(), v.message(), ex));
        }
        return out;
    }

    static JudgedExchange judged(Exchange ex) {
        HttpCall call = ex.call();
        String path = call.path();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        call.headers().forEach((name, value) -> requestHeaders.put(name, List.of(value)));
        return new JudgedExchange(call.method(), path, call.query(), requestHeaders, call.body(), ex.status(),
                ex.headers(), ex.body(), Instant.now(), false);
    }

    static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return ValueGenerator.JSON.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
