package dev.contractgate.mock.support;

import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.judge.ExchangeJudge;
import dev.contractgate.conformance.judge.JudgedExchange;
import dev.contractgate.conformance.judge.RunFacts;
import dev.contractgate.conformance.judge.Violation;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Holds every answer of an API path to everything the spec states, with the one judge the engines
 * use: schema, invariants (CEL), list order, secrets, and, over the whole test run, ids never
 * reused and secrets never shared. A violation fails the test that saw it.
 */
final class JudgeFilter {

    private static final ExchangeJudge JUDGE = ExchangeJudge.of(SpecSource.load(Path.of(System.getProperty("contract.spec"))));
    /** One run for the whole test JVM: the store is reset between tests, ids and secrets must stay fresh. */
    private static final RunFacts RUN = RunFacts.run();

    private JudgeFilter() {
    }

    static Response judge(FilterableRequestSpecification request, Response response) {
        URI uri = URI.create(request.getURI());
        Object sent = request.getBody();
        if (sent != null && !(sent instanceof String) && !(sent instanceof byte[])) {
            return response; // a streamed body cannot be read back: what the request held is unknown
        }
        JUDGE.operationFor(request.getMethod(), uri.getRawPath()).ifPresent(op -> {
            List<Violation> violations = JUDGE.judge(op, exchange(request, uri, response), RUN);
            if (!violations.isEmpty()) {
                throw new AssertionError(request.getMethod() + " " + uri.getRawPath() + " answered " + response.statusCode()
                        + ", which breaks the spec:\n  " + violations.stream().map(v -> v.rule() + ": " + v.message())
                        .collect(Collectors.joining("\n  ")) + "\n" + response.asString());
            }
        });
        return response;
    }

    private static JudgedExchange exchange(FilterableRequestSpecification request, URI uri, Response response) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                query.add(Map.entry(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1))));
            }
        }
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        for (Header h : request.getHeaders()) {
            requestHeaders.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            responseHeaders.computeIfAbsent(h.getName(), k -> new ArrayList<>()).add(h.getValue());
        }
        Object body = request.getBody();
        String text = body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) body;
        return new JudgedExchange(request.getMethod(), uri.getRawPath(), query, requestHeaders, text, response.statusCode(), responseHeaders, response.asString(),
                Instant.now(), false);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
