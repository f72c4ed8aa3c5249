package dev.contractgate.mock.error;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's own error page, for requests Tomcat refuses before any servlet sees them (an invalid
 * URI or %-encoding, headers too large): the spec's Error body instead of Tomcat's HTML.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final java.util.Set<String> KNOWN_METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE",
            "OPTIONS", "PATCH");

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 501 || status == 505) {
            // a method Tomcat does not implement (CONNECT), a transfer coding it does not know, an HTTP
            // version it does not speak: the client's mistake, so a 4xx like every other one
            status = status == 501 && !KNOWN_METHODS.contains(request.getMethod()) ? 405 : 400;
            response.setStatus(status);
        }
        HttpStatus known = HttpStatus.resolve(status);
        String message = known == null ? "Request failed" : known.getReasonPhrase();
        String id = RequestIds.of(request.getRequest());
        ApiErrors.logAnswered(request.getRequest(), HttpStatusCode.valueOf(status), message);
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader(RequestIds.HEADER, id);
            Writer writer = response.getReporter();
            if (writer != null) {
                // every value is ours (a reason phrase, a UUID, a number): nothing to escape
                writer.write("{\"message\":\"" + message + "\",\"requestId\":\"" + id + "\",\"statusCode\":" + status + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response was committed meanwhile: nothing more to send
        }
    }
}
