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

    private final ProviderStates states;
    private final boolean enabled;

    public AdminController(ProviderStates states, @Value("${mock.admin.enabled:false}") boolean enabled) {
        this.states = states;
        this.enabled = enabled;
    }

    @PostMapping(path = "/_admin/provider-states", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> change(@RequestBody ProviderStateChange change) {
        requireEnabled();
        if (change.state() == null || change.state().isBlank()) {
            throw new ProviderStateException("state is required");
        }
        String action = change.action() == null ? "setup" : change.action();
        return switch (action) {
            case "setup" -> ResponseEntity.ok(states.apply(change.state(), change.params()));
            case "teardown" -> {
                states.tearDown(change.state(), change.params());
                yield ResponseEntity.ok(Map.of());
            }
            default -> throw new ProviderStateException("action must be setup or teardown, not '" + action + "'");
        };
    }

    @PostMapping("/_admin/reset")
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
