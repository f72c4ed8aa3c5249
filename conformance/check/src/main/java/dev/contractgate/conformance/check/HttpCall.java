package dev.contractgate.conformance.check;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to send: method, path with parameters filled in, query pairs (a name may repeat),
 * headers (Authorization included, as the case wants it) and an optional body.
 */
record HttpCall(String method, String path, List<Map.Entry<String, String>> query, Map<String, String> headers,
                String body) {

    HttpCall {
        query = List.copyOf(query);
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static HttpCall of(String method, String path) {
        return new HttpCall(method, path, List.of(), Map.of(), null);
    }

    HttpCall withQuery(String name, String value) {
        List<Map.Entry<String, String>> q = new ArrayList<>(query);
        q.add(Map.entry(name, value));
        return new HttpCall(method, path, q, headers, body);
    }

    HttpCall withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (value == null) {
            h.remove(name);
        } else {
            h.put(name, value);
        }
        return new HttpCall(method, path, query, h, body);
    }

    HttpCall withBody(String contentType, String newBody) {
        return new HttpCall(method, path, query, headers, newBody).withHeader("Content-Type", contentType);
    }

    String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder s = new StringBuilder(path).append('?');
        for (int i = 0; i < query.size(); i++) {
            if (i > 0) {
                s.append('&');
            }
            s.append(URLEncoder.encode(query.get(i).getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(query.get(i).getValue(), StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
