package dev.contractgate.conformance.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.core.SpecLocation;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.spec.SpecOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * The one judge of an exchange against its operation, whoever made it: the documented status,
 * Content-Type, schema and headers ({@link SchemaJudgement}), the spec's invariants
 * ({@link InvariantJudgement}), its documented list order ({@link ListOrder}), its secrets
 * ({@link SecretJudgement}) and the promises that span a run ({@link UniqueValue}, {@link RunFacts}).
 * {@code contract check}, {@code contract pacts}, provider verification and the mock server's tests
 * all call it. Built once per spec; thread-safe.
 */
public final class ExchangeJudge {

    private final SpecInvariants invariants;
    private final SchemaJudgement schemas;
    private final InvariantJudgement rules;
    private final SecretJudgement secrets;

    private ExchangeJudge(SpecInvariants invariants) {
        this.invariants = invariants;
        this.schemas = new SchemaJudgement(invariants.spec());
        this.rules = new InvariantJudgement(invariants);
        this.secrets = new SecretJudgement(invariants);
    }

    /**
     * The judge of a spec; a spec whose invariants cannot be applied is bad input (naming the first
     * problem's {@code file:line}; {@code contract lint} lists them all).
     */
    public static ExchangeJudge of(SpecSource spec) {
        SpecInvariants invariants = SpecInvariants.of(spec);
        if (!invariants.problems().isEmpty()) {
            InvariantProblem first = invariants.problems().get(0);
            SpecLocation at = spec.locate(first.pointer());
            throw new BadInputException(at + ": " + first.message() + " (run contract lint for every problem;"
                    + " fix the rule in the spec)");
        }
        return new ExchangeJudge(invariants);
    }

    /** The operation a request calls: its method and a path that matches the operation's template (a server base path allowed). */
    public java.util.Optional<SpecOperation> operationFor(String method, String path) {
        return invariants.spec().operations().all().stream()
                .filter(op -> op.method().equalsIgnoreCase(method)
                        && matches(op.path(), JudgedExchange.relativePath(op.path(), path)))
                .findFirst();
    }

    private static boolean matches(String template, String path) {
        String[] t = template.split("/", -1);
        String[] p = path.split("/", -1);
        if (t.length != p.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            boolean parameter = t[i].startsWith("{") && t[i].endsWith("}");
            if (parameter ? p[i].isEmpty() : !t[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The documented order of a list operation's items ({@code x-order}) for the sorts a request asks
     * for: what a model of the server sorts its resources by. Empty when the operation declares none.
     */
    public java.util.Optional<java.util.Comparator<JsonNode>> itemOrder(SpecOperation op, List<String> requestedSorts) {
        return invariants.order(op).map(order -> order.comparator(requestedSorts));
    }

    /** The query parameter that asks a list operation for an order ({@code x-order}'s {@code parameter}), if any. */
    public java.util.Optional<String> orderParameter(SpecOperation op) {
        return invariants.order(op).map(ListOrder::parameter);
    }

    /** How many invariants, orders and uniqueness declarations the spec states. */
    public int declaredInvariants() {
        return invariants.count();
    }

    /** The names of the properties the spec marks {@code x-secret} (a read never repeats them). */
    public java.util.Set<String> secretFields() {
        return secrets.fieldNames();
    }

    /** Every violation of the exchange; an undocumented status is the only one then (nothing else is promised). */
    public List<Violation> judge(SpecOperation op, JudgedExchange exchange, RunFacts facts) {
        JudgedExchange ex = exchange.relativeTo(op.path());
        List<Violation> out = new ArrayList<>(schemas.judge(op, ex));
        if (!op.documents(ex.status())) {
            return out;
        }
        JsonNode body = CelValues.parse(ex.responseBody());
        out.addAll(secrets.judge(op, ex, body, facts));
        if (!out.isEmpty()) {
            return out; // what the spec states beside its schemas is judged on answers its schemas accept
        }
        out.addAll(rules.judge(op, ex, body));
        if (ex.is2xx()) {
            invariants.order(op).flatMap(order -> order.check(body, ExchangeView.query(op, ex.query()))).ifPresent(out::add);
            if (facts.enabled()) {
                for (UniqueValue unique : invariants.unique(op, ex.status())) {
                    unique.check(body, facts).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
