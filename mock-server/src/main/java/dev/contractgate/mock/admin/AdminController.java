package dev.contractgate.mock.admin;

import dev.contractgate.mock.state.ProviderStateException;
import dev.contractgate.mock.state.ProviderStates;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test support over HTTP, off unless {@code mock.admin.enabled=true} ({@code --admin}); not part
 * of the agent-token API and needs no bearer token, so never enable it on a shared network.
 * {@code POST /_admin/provider-states} is a Pact state-change URL; {@code POST /_admin/reset}
 * empties the store.
 */
@RestController
@ConditionalOnProperty(name = "mock.admin.enabled", havingValue = "true")
public class AdminController {

    private final ProviderStates states;

    public AdminController(ProviderStates states) {
        this.states = states;
    }

    @PostMapping(path = "/_admin/provider-states", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> change(@RequestBody ProviderStateChange change) {
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
        states.reset();
        return ResponseEntity.noContent().build();
    }
}
