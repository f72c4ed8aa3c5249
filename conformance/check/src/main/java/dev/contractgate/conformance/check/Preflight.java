package dev.contractgate.conformance.check;

import dev.contractgate.conformance.core.spec.SpecOperation;

import dev.contractgate.conformance.core.BadInputException;
import java.util.Map;
import java.util.Optional;

/**
 * Before the suite, one read with the run's token: a server that answers it 401 or 403 refuses the
 * token itself, and every later check would fail for that one reason. That is bad input (exit 2,
 * one line naming the request), not dozens of findings. A read that fails any other way is left
 * to the checks, which report it with evidence.
 */
final class TokenPreflight {

    private TokenPreflight() {
    }

    static void requireAccepted(RunContext run, HttpRunner http) {
        Optional<SpecOperation> read = run.plainRead();
        if (read.isEmpty()) {
            return;
        }
        HttpCall call = run.call(read.get(), Map.of());
        Exchange ex = http.send(call);
        if (ex.status() == 401) {
            throw new BadInputException("the server refused the token: GET " + call.pathAndQuery()
                    + " answered 401; pass a token it accepts with --token (or CONTRACT_TOKEN)");
        }
        if (ex.status() == 403) {
            throw new BadInputException("the token may not act here: GET " + call.pathAndQuery()
                    + " answered 403; pass --organization and --deployment that the token may use");
        }
    }
}
