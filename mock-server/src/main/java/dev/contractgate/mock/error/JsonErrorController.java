package dev.contractgate.mock.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page (errors that never reached a controller, e.g. a failure
 * in a filter), answered with the spec's Error body instead of Spring Boot's default JSON.
 */
@RestController
public class JsonErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String message = status == HttpStatus.NOT_FOUND ? "Not found: no such path" : status.getReasonPhrase();
        return ApiErrors.response(request, status, message, null, null);
    }
}
