package dev.contractgate.faults;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** One planted fault: it may change the request before it goes up, the response after, or both. */
@FunctionalInterface
public interface Fault {

    /** No fault: every request goes up and every response comes back unchanged. */
    Fault NONE = (request, upstream) -> upstream.apply(request);

    ProxiedResponse handle(ProxiedRequest request, Function<ProxiedRequest, ProxiedResponse> upstream);

    /** A fault that changes requests only. */
    static Fault onRequest(UnaryOperator<ProxiedRequest> change) {
        return (request, upstream) -> upstream.apply(change.apply(request));
    }

    /** A fault that changes responses only, knowing the request they answer. */
    static Fault onResponse(BiFunction<ProxiedRequest, ProxiedResponse, ProxiedResponse> change) {
        return (request, upstream) -> change.apply(request, upstream.apply(request));
    }
}
