package dev.contractgate.mock.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input catalogue: requests a careless or malicious client sends, byte for byte, in
 * families (bodies, sizes, encodings, paths, queries, methods, protocol, auth). Each is sent on its
 * own connection; the server must answer each with a 2xx or a 4xx carrying the spec's Error body.
 */
final class HostileRequests {

    static final String ORG = "clmhostileorg000000000001";
    static final String DEP = "clmhostiledep000000000001";
    static final String TOKENS = "/organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens";
    static final String TOKEN = TOKENS + "/clmnosuchtoken00000000001";
    /** A secret the server must never echo. */
    static final String SECRET = "s3cr3t-hostile-value";

    /** One hostile request. */
    /**
     * @param mayCloseSilently the one request a clean close answers (HTTP/2 prior knowledge)
     * @param http09           a request line without a version: answered the HTTP/0.9 way, the body alone
     */
    record Hostile(String family, String name, byte[] bytes, boolean halfClose, boolean mayCloseSilently, boolean http09) {
        @Override
        public String toString() {
            return family + ": " + name;
        }
    }

    private final List<Hostile> all = new ArrayList<>();
    private String family;

    private HostileRequests() {
    }

    static List<Hostile> all() {
        HostileRequests r = new HostileRequests();
        r.bodies();
        r.sizes();
        r.encodings();
        r.paths();
        r.queries();
        r.methods();
        r.protocol();
        r.auth();
        return List.copyOf(r.all);
    }

    // ---- building requests

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A request with Host, the dev token and Connection: close, plus {@code headers}, and a body with its length. */
    private static byte[] request(String method, String target, String headers, byte[] body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer dev-token\r\n"
                + "Connection: close\r\n" + headers
                + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
        return body == null ? ascii(head) : concat(ascii(head), body);
    }

    private void add(String name, byte[] bytes) {
        all.add(new Hostile(family, name, bytes, false, false, false));
    }

    private void addHalfClosed(String name, byte[] bytes) {
        all.add(new Hostile(family, name, bytes, true, false, false));
    }

    private void json(String name, String body) {
        add(name, request("POST", TOKENS, "Content-Type: application/json\r\n", body.getBytes(StandardCharsets.UTF_8)));
    }

    private void jsonBytes(String name, byte[] body) {
        add(name, request("POST", TOKENS, "Content-Type: application/json\r\n", body));
    }

    private void get(String name, String target) {
        add(name, request("GET", target, "", null));
    }

    private void raw(String name, String request) {
        add(name, ascii(request));
    }

    // ---- the families

    private void bodies() {
        family = "body";
        json("empty", "");
        json("blank", "   ");
        json("open brace", "{");
        json("close brace", "}");
        json("empty array", "[]");
        json("array of the request", "[{\"name\":\"a\"}]");
        json("a JSON string", "\"name\"");
        json("null", "null");
        json("true", "true");
        json("a number", "42");
        json("missing value", "{\"name\":}");
        json("trailing comma", "{\"name\":\"a\",}");
        json("trailing garbage", "{\"name\":\"a\"} trailing");
        json("two objects", "{\"name\":\"a\"}{\"name\":\"b\"}");
        json("single quotes", "{'name':'a'}");
        json("unquoted key", "{name:\"a\"}");
        json("comment", "{\"name\":\"a\" /* c */}");
        json("NaN", "{\"name\":NaN}");
        json("huge exponent as name", "{\"name\":1e999999}");
        json("huge exponent as days", "{\"name\":\"a\",\"tokenExpiryPeriodInDays\":1e400}");
        json("negative days", "{\"name\":\"a\",\"tokenExpiryPeriodInDays\":-1}");
        json("fractional days", "{\"name\":\"a\",\"tokenExpiryPeriodInDays\":3.5}");
        json("days as a string", "{\"name\":\"a\",\"tokenExpiryPeriodInDays\":\"7\"}");
        json("days as a boolean", "{\"name\":\"a\",\"tokenExpiryPeriodInDays\":true}");
        json("days beyond long", "{\"name\":\"a\",\"tokenExpiryPeriodInDays\":99999999999999999999}");
        json("name a number", "{\"name\":123}");
        json("name null", "{\"name\":null}");
        json("name empty", "{\"name\":\"\"}");
        json("name an array", "{\"name\":[\"a\"]}");
        json("name an object", "{\"name\":{\"a\":1}}");
        json("description an object", "{\"name\":\"a\",\"description\":{}}");
        json("duplicate keys", "{\"name\":\"a\",\"name\":\"b\"}");
        json("deep nesting", "{\"name\":\"a\",\"x\":" + "[".repeat(1500) + "]".repeat(1500) + "}");
        json("lone surrogate escape", "{\"name\":\"\\ud800\"}");
        json("NUL escape", "{\"name\":\"a\\u0000b\"}");
        json("raw control character", "{\"name\":\"a\u0001b\"}");
        json("bad escape", "{\"name\":\"a\\qb\"}");
        jsonBytes("invalid UTF-8", concat(ascii("{\"name\":\""), new byte[] {(byte) 0xff, (byte) 0xfe}, ascii("\"}")));
        jsonBytes("overlong UTF-8", concat(ascii("{\"name\":\""), new byte[] {(byte) 0xc0, (byte) 0xaf}, ascii("\"}")));
        jsonBytes("truncated UTF-8", concat(ascii("{\"name\":\""), new byte[] {(byte) 0xe2, (byte) 0x82}, ascii("\"}")));
        jsonBytes("UTF-8 byte order mark", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, ascii("{\"name\":\"bom\"}")));
        jsonBytes("UTF-16 body", "{\"name\":\"utf16\"}".getBytes(StandardCharsets.UTF_16));
        jsonBytes("NUL bytes", new byte[] {0, 0, 0, 0});
        json("unknown field", "{\"name\":\"a\",\"admin\":true}");
        json("read-only field", "{\"name\":\"a\",\"id\":\"clmforgedid0000000000001\"}");
        json("name of 3000 characters", "{\"name\":\"" + "n".repeat(3000) + "\"}");
    }

    private void sizes() {
        family = "size";
        json("body one byte over the limit", "{\"name\":\"" + "x".repeat(4096) + "\"}");
        json("body of 1 MiB", "{\"name\":\"" + "x".repeat(1 << 20) + "\"}");
        add("chunked body over the limit", concat(ascii("POST " + TOKENS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer dev-token\r\n"
                + "Connection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"),
                ascii(chunked("{\"name\":\"" + "y".repeat(9000) + "\"}"))));
        addHalfClosed("Content-Length larger than the body", ascii("POST " + TOKENS + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer dev-token\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n{\"name\":\"a\"}"));
        add("Content-Length smaller than the body", ascii("POST " + TOKENS + " HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer dev-token\r\nConnection: close\r\nContent-Type: application/json\r\n"
                + "Content-Length: 5\r\n\r\n{\"name\":\"a\"}"));
        add("header value of 20 KiB", request("GET", TOKENS, "X-Big: " + "h".repeat(20_000) + "\r\n", null));
        add("300 headers", request("GET", TOKENS, "X-H: v\r\n".repeat(300), null));
        get("path of 20 KiB", TOKENS + "/" + "p".repeat(20_000));
        get("query of 20 KiB", TOKENS + "?sorts=" + "q".repeat(20_000));
        get("id of 2000 characters", TOKENS + "/" + "i".repeat(2000));
    }

    private static String chunked(String body) {
        return Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
    }

    private void encodings() {
        family = "encoding";
        String body = "{\"name\":\"enc\"}";
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data", "application/json; charset=utf-16", "application/json; charset=bogus",
                "application/json;;;", "application/json; charset=\"utf-8\"", "*/*", "application/jsonx", "APPLICATION/JSON",
                "application/json; charset=ISO-8859-1", "application/merge-patch+json", "json", ";", "application/")) {
            add("Content-Type " + type, request("POST", TOKENS, "Content-Type: " + type + "\r\n", ascii(body)));
        }
        add("no Content-Type", request("POST", TOKENS, "", ascii(body)));
        add("Content-Encoding gzip that is not gzip", request("POST", TOKENS,
                "Content-Type: application/json\r\nContent-Encoding: gzip\r\n", ascii(body)));
        add("Content-Encoding br", request("POST", TOKENS, "Content-Type: application/json\r\nContent-Encoding: br\r\n", ascii(body)));
        add("Accept application/xml", request("GET", TOKENS, "Accept: application/xml\r\n", null));
        add("Accept text/html only", request("GET", TOKEN, "Accept: text/html\r\n", null));
        add("Accept garbage", request("GET", TOKENS, "Accept: ;;;/\r\n", null));
        add("Accept-Charset bogus", request("GET", TOKENS, "Accept-Charset: bogus\r\n", null));
        add("Accept-Encoding gzip", request("GET", TOKENS, "Accept-Encoding: gzip\r\n", null));
    }

    private void paths() {
        family = "path";
        String base = "/organizations/" + ORG + "/deployments/" + DEP;
        get("matrix parameter on organizations", "/organizations;x/" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("matrix parameter on the org id", "/organizations/" + ORG + ";x=1/deployments/" + DEP + "/agent-tokens");
        get("matrix parameter on agent-tokens", base + "/agent-tokens;jsessionid=1");
        get("encoded letter", "/organization%73/" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("encoded slash", "/organizations/" + ORG + "%2Fdeployments/" + DEP + "/agent-tokens");
        get("encoded dot-dot", "/organizations/%2e%2e/organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("dot-dot segment", "/organizations/x/../" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("dot segment", "/organizations/./" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("double slash", "//organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("inner double slash", "/organizations//" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("backslash", "/organizations\\" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("encoded backslash", "/organizations%5C" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("encoded NUL", TOKENS + "/abc%00def");
        get("encoded 0xff", TOKENS + "/abc%ffdef");
        get("overlong encoded slash", TOKENS + "/abc%c0%afdef");
        get("lone percent", TOKENS + "/abc%");
        get("bad percent", TOKENS + "/abc%zz");
        get("encoded space", TOKENS + "/a%20b");
        get("encoded newline", TOKENS + "/a%0d%0aX-Forged: 1");
        add("raw UTF-8 in the path", request("GET", TOKENS + "/caf\u00c3\u00a9", "", null));
        get("trailing slash", TOKENS + "/");
        get("upper-case segment", "/Organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("unknown path", "/admin");
        get("no leading slash", "organizations/" + ORG + "/deployments/" + DEP + "/agent-tokens");
        get("fragment", TOKENS + "#frag");
        get("absolute form", "http://127.0.0.1" + TOKENS);
        get("absolute form to another host", "http://evil.example" + TOKENS);
        add("OPTIONS asterisk", request("OPTIONS", "*", "", null));
        get("only a question mark", "?");
        get("dot-dot above the root", "/../../etc/passwd");
    }

    private void queries() {
        family = "query";
        for (String query : List.of("limit=0x10", "limit=%2310", "limit=%EF%BC%91%EF%BC%90", "limit=5%0A", "limit=-1", "limit=0",
                "limit=101", "limit=1e2", "limit=1.5", "limit=", "limit", "limit=99999999999999999999", "limit=1&limit=2",
                "offset=-1", "offset=abc", "offset=99999999999999999999", "sorts=name:asc,createdAt:desc", "sorts=bogus",
                "sorts=name:sideways", "sorts=", "unknown=1", "&&&", "=", "%", "limit=%", "a=%zz", "limit=1;offset=2",
                "limit=+5", "limit=%205", "limit=%00", "sorts=" + "name:asc&sorts=".repeat(50) + "name:asc")) {
            get(query.length() > 40 ? query.substring(0, 40) + "…" : query, TOKENS + "?" + query);
        }
    }

    private void methods() {
        family = "method";
        byte[] body = ascii("{\"name\":\"m\"}");
        add("PUT the collection", request("PUT", TOKENS, "Content-Type: application/json\r\n", body));
        add("PATCH the collection", request("PATCH", TOKENS, "Content-Type: application/json\r\n", body));
        add("DELETE the collection", request("DELETE", TOKENS, "", null));
        add("POST an item", request("POST", TOKEN, "Content-Type: application/json\r\n", body));
        add("PUT an item", request("PUT", TOKEN, "Content-Type: application/json\r\n", body));
        add("OPTIONS the collection", request("OPTIONS", TOKENS, "", null));
        add("TRACE", request("TRACE", TOKENS, "", null));
        add("CONNECT", ascii("CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        add("lower-case get", request("get", TOKENS, "", null));
        add("unknown method", request("FOO", TOKENS, "", null));
        add("PROPFIND", request("PROPFIND", TOKENS, "", null));
        add("method of 300 letters", request("X".repeat(300), TOKENS, "", null));
        add("DELETE with a body", request("DELETE", TOKEN, "Content-Type: application/json\r\n", body));
        add("GET with a body", request("GET", TOKENS, "Content-Type: application/json\r\n", body));
        add("POST with no body", request("POST", TOKENS, "Content-Type: application/json\r\n", new byte[0]));
        add("POST without Content-Length", request("POST", TOKENS, "Content-Type: application/json\r\n", null));
    }

    private void protocol() {
        family = "protocol";
        raw("HTTP/1.0 without Host", "GET " + TOKENS + " HTTP/1.0\r\nAuthorization: Bearer dev-token\r\n\r\n");
        all.add(new Hostile(family, "HTTP/0.9 request line", ascii("GET " + TOKENS + "\r\n\r\n"), false, false, true));
        raw("HTTP/2.0 in text", "GET " + TOKENS + " HTTP/2.0\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("HTTP/1.2", "GET " + TOKENS + " HTTP/1.2\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("HTTP/1.1x", "GET " + TOKENS + " HTTP/1.1x\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("lower-case http/1.1", "GET " + TOKENS + " http/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("HTTP/9.9", "GET " + TOKENS + " HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("no Host in HTTP/1.1", "GET " + TOKENS + " HTTP/1.1\r\nAuthorization: Bearer dev-token\r\nConnection: close\r\n\r\n");
        raw("two Host headers", "GET " + TOKENS + " HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n");
        raw("Host with bad characters", "GET " + TOKENS + " HTTP/1.1\r\nHost: a b<c>\r\nConnection: close\r\n\r\n");
        raw("space in a header name", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nBad Header: v\r\nConnection: close\r\n\r\n");
        raw("header line without colon", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n\r\n");
        raw("obs-fold continuation", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\nConnection: close\r\n\r\n");
        raw("NUL in a header value", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\nConnection: close\r\n\r\n");
        raw("bare CR in a header", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\nConnection: close\r\n\r\n");
        raw("LF-only line ends", "GET " + TOKENS + " HTTP/1.1\nHost: x\nAuthorization: Bearer dev-token\nConnection: close\n\n");
        raw("two spaces in the request line", "GET  " + TOKENS + "  HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("tab in the request line", "GET\t" + TOKENS + "\tHTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("empty request line", "\r\n\r\n\r\nGET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        raw("binary garbage", "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u01fc\u0003\u0003 not TLS\r\n\r\n");
        String post = "POST " + TOKENS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer dev-token\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\n";
        raw("chunked and Content-Length", post + "Transfer-Encoding: chunked\r\nContent-Length: 14\r\n\r\n" + chunked("{\"name\":\"te\"}"));
        raw("Transfer-Encoding gzip", post + "Transfer-Encoding: gzip\r\n\r\n");
        raw("Transfer-Encoding chunked twice", post + "Transfer-Encoding: chunked, chunked\r\n\r\n" + chunked("{\"name\":\"te\"}"));
        raw("chunk size not hex", post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        raw("chunk size overflow", post + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n{}\r\n0\r\n\r\n");
        addHalfClosed("chunked without the last chunk", ascii(post + "Transfer-Encoding: chunked\r\n\r\nd\r\n{\"name\":\"x\"}\r\n"));
        raw("chunk extension garbage", post + "Transfer-Encoding: chunked\r\n\r\nd;\u0001\u0002\r\n{\"name\":\"x\"}\r\n0\r\n\r\n");
        raw("negative Content-Length", post + "Content-Length: -1\r\n\r\n{}");
        raw("Content-Length not a number", post + "Content-Length: abc\r\n\r\n{}");
        raw("two different Content-Lengths", post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}");
        raw("Content-Length 1e3", post + "Content-Length: 1e3\r\n\r\n{}");
        String small = "{\"name\":\"ex\"}";
        raw("Expect 100-continue", post + "Expect: 100-continue\r\nContent-Length: " + small.length() + "\r\n\r\n" + small);
        raw("Expect bogus", post + "Expect: bogus\r\nContent-Length: " + small.length() + "\r\n\r\n" + small);
        raw("Upgrade h2c", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer dev-token\r\nConnection: Upgrade, HTTP2-Settings, close\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");
        raw("Upgrade websocket", "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer dev-token\r\nConnection: Upgrade, close\r\n"
                + "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        // a client speaking HTTP/2 from its first byte would not read an HTTP/1.1 answer: closing is the answer
        all.add(new Hostile(family, "HTTP/2 preface", ascii("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"), false, true, false));
    }

    private void auth() {
        family = "auth";
        String get = "GET " + TOKENS + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n";
        raw("no Authorization", get + "\r\n");
        raw("Bearer without a token", get + "Authorization: Bearer\r\n\r\n");
        raw("Bearer and a blank", get + "Authorization: Bearer \r\n\r\n");
        raw("Basic credentials", get + "Authorization: Basic Zm9vOmJhcg==\r\n\r\n");
        raw("unknown token", get + "Authorization: Bearer " + SECRET + "\r\n\r\n");
        raw("token of 6000 characters", get + "Authorization: Bearer " + SECRET + "x".repeat(6000) + "\r\n\r\n");
        raw("control character in the token", get + "Authorization: Bearer " + SECRET + "\u0001\r\n\r\n");
        raw("two Authorization headers", get + "Authorization: Bearer " + SECRET + "\r\nAuthorization: Bearer dev-token\r\n\r\n");
        raw("token then more words", get + "Authorization: Bearer dev-token " + SECRET + "\r\n\r\n");
        raw("restricted token on another organization",
                get + "Authorization: Bearer dev-token-restricted\r\n\r\n");
        raw("restricted token with a matrix parameter", "GET /organizations;x/" + ORG + "/deployments/" + DEP
                + "/agent-tokens HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer dev-token-restricted\r\n\r\n");
        raw("restricted token with an encoded letter", "GET /organization%73/" + ORG + "/deployments/" + DEP
                + "/agent-tokens HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer dev-token-restricted\r\n\r\n");
    }
}
