package dev.contractgate.mock.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One request written byte for byte to a socket, and what came back until the server closed it. */
record RawExchange(String response, boolean timedOut) {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

    /**
     * @param halfClose shut our side after the request, for requests that promise bytes they never send
     */
    static RawExchange send(int port, byte[] request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException serverStoppedReading) {
                // the server answered and closed before reading it all (an oversized body): read its answer
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                return new RawExchange(bytes.toString(StandardCharsets.UTF_8), true);
            } catch (IOException reset) {
                // a reset after the answer: keep what arrived
            }
            return new RawExchange(bytes.toString(StandardCharsets.UTF_8), false);
        }
    }

    /** The status of the first response, or -1 when none arrived. */
    int status() {
        Matcher m = STATUS_LINE.matcher(response);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    String head() {
        int end = response.indexOf("\r\n\r\n");
        return end < 0 ? response : response.substring(0, end);
    }

    /** The first response's body, de-chunked when it was sent in chunks. */
    String body() {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            return "";
        }
        String body = response.substring(end + 4);
        if (!head().toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head());
            return length.find() ? body.substring(0, Math.min(body.length(), Integer.parseInt(length.group(1)))) : body;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }

    String contentType() {
        Matcher m = Pattern.compile("(?im)^content-type: *([^\\r\\n]+)").matcher(head());
        return m.find() ? m.group(1).trim() : null;
    }
}
