package dev.contractgate.conformance.pacts;

import java.util.Set;

/**
 * Request faults that an interaction records on purpose. A pact that expects 400 must send
 * a request that breaks a documented constraint (a body field out of range, a query
 * parameter above its maximum), and one that expects 401 may send no bearer token: the spec
 * documents exactly those answers for exactly those requests. Such faults are not findings
 * when the recorded status is documented for the operation. Path, method, content type and
 * the response are always checked.
 */
final class ExpectedFaults {

    private static final Set<String> BAD_REQUEST_FAULTS = Set.of(
            PactRules.REQUEST_BODY_REQUIRED,
            PactRules.REQUEST_BODY_SCHEMA,
            PactRules.REQUEST_BODY_MISSING,
            PactRules.REQUEST_QUERY,
            PactRules.REQUEST_PATH_PARAMETER,
            PactRules.REQUEST_HEADER);

    private ExpectedFaults() {
    }

    static boolean isExpected(String rule, int recordedStatus, boolean statusDocumented) {
        if (!statusDocumented) {
            return false;
        }
        if (recordedStatus == 400) {
            return BAD_REQUEST_FAULTS.contains(rule);
        }
        if (recordedStatus == 401) {
            return PactRules.REQUEST_SECURITY.equals(rule);
        }
        return false;
    }
}
