package dev.contractgate.mock.admin;

import dev.contractgate.mock.state.ProviderStateException;
import dev.contractgate.mock.state.ProviderStates;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import dev.contractgate.mock.error.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test support over HTTP, off unless {@code mock.admin.enabled=true} ({@code --admin}); when off
 * its paths answer 404 like any unknown path. Not part of the agent-token API and needs no
 * bearer token, so never enable it on a shared network. {@code POST /_admin/provider-states} is
 * a Pact state-change URL; {@code POST /_admin/reset} empties the store. (Checked per request,
 * not with a bean condition, because the AOT-processed context fixes conditions at build time.)
 */
@RestController
public class AdminController {

    /** Where provider states are set up: Pact's {state, action, params}. Fixed: tests and tools elsewhere name it. */
    public static final String PROVIDER_STATES = "/_admin/provider-states";
    /** Empties the store. */
    public static final String RESET = "/_admin/reset";


    private final ProviderStates states;
    private final boolean enabled;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    public AdminController(ProviderStates states, @Value("${mock.admin.enabled:false}") boolean enabled,
                           com.fasterxml.jackson.databind.ObjectMapper json) {
        this.states = states;
        this.enabled = enabled;
        this.json = json;
    }

    /**
     * The Pact state-change protocol as the official verifiers send it: a JSON body
     * {@code {"state", "params", "action"}} (Pact JVM, the Rust {@code pact-verifier}), or the same
     * as query parameters ({@code --state-change-as-query}). An empty or missing state (an
     * interaction without one) is a no-op; {@code action} is {@code setup} (the default) or
     * {@code teardown}. The answer is a JSON object of the values the state made, which a
     * verifier can inject into the request.
     */
    @PostMapping(path = PROVIDER_STATES, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> change(@RequestBody(required = false) String body,
                                                      @RequestParam Map<String, String> query) {
        requireEnabled();
        ProviderStateChange change = body == null || body.isBlank() ? fromQuery(query) : parse(body);
        if (change.state() == null || change.state().isBlank()) {
            return ResponseEntity.ok(Map.of());
        }
        String action = change.action() == null || change.action().isBlank() ? "setup" : change.action();
        return switch (action) {
            case "setup" -> ResponseEntity.ok(states.apply(change.state(), change.params()));
            case "teardown" -> {
                states.tearDown(change.state(), change.params());
                yield ResponseEntity.ok(Map.of());
            }
            default -> throw new ProviderStateException("action must be setup or teardown, not '" + action + "'");
        };
    }

    /** The body as JSON, whatever Content-Type came with it (verifiers differ). */
    private ProviderStateChange parse(String body) {
        try {
            return json.readValue(body, ProviderStateChange.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProviderStateException("the state change is not JSON {\"state\", \"params\", \"action\"}: "
                    + e.getOriginalMessage());
        }
    }

    /** The state change sent as query parameters: state, action, and every other one a param. */
    private static ProviderStateChange fromQuery(Map<String, String> query) {
        Map<String, Object> params = new java.util.LinkedHashMap<>(query);
        params.remove("state");
        params.remove("action");
        return new ProviderStateChange(query.get("state"), params, query.get("action"));
    }

    @PostMapping(RESET)
    public ResponseEntity<Void> reset() {
        requireEnabled();
        states.reset();
        return ResponseEntity.noContent().build();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new AdminDisabledException();
        }
    }

    /** The admin endpoints are off: answered as an unknown path. */
    static final class AdminDisabledException extends ApiException {
        AdminDisabledException() {
            super(HttpStatus.NOT_FOUND, "Not found: no such path");
        }
    }
}
