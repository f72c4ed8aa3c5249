package dev.contractgate.mock.health;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /_health}: 200 {@code {"status":"UP"}} once the server serves; outside the API's paths, no auth. */
@RestController
public class HealthController {

    private static final Map<String, String> UP = Map.of("status", "UP");

    @GetMapping(path = "/_health", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> health() {
        return UP;
    }
}
