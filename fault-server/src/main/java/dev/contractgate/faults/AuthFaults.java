package dev.contractgate.faults;

import static dev.contractgate.faults.Fault.onRequest;

import java.util.List;

/** Faults in who is let in: missing, malformed, unknown and restricted bearer tokens. */
final class AuthFaults {

    private AuthFaults() {
    }

    static List<PlantedFault> all(Credentials c) {
        String valid = c.bearer(c.valid());
        String restricted = c.bearer(c.restricted());
        return List.of(
                new PlantedFault("missing-token-accepted", "a request without Authorization is served",
                        onRequest(req -> req.header("Authorization") == null ? req.withHeader("Authorization", valid) : req)),
                new PlantedFault("malformed-authorization-accepted",
                        "an Authorization header that is not 'Bearer <token>' is served",
                        onRequest(req -> req.header("Authorization") != null
                                && !req.header("Authorization").matches("Bearer \\S+")
                                ? req.withHeader("Authorization", valid) : req)),
                new PlantedFault("unknown-token-accepted", "any well-formed bearer token is served",
                        onRequest(req -> {
                            String auth = req.header("Authorization");
                            boolean unknown = auth != null && auth.matches("Bearer \\S+")
                                    && !auth.equals(valid) && !auth.equals(restricted);
                            return unknown ? req.withHeader("Authorization", valid) : req;
                        })),
                new PlantedFault("credential-cut-at-delimiter", "a bearer credential is cut at the first ';' or ','"
                        + " (parameters a server thinks it may ignore), so the token with anything appended gets in",
                        onRequest(req -> {
                            String auth = req.header("Authorization");
                            int cut = auth == null ? -1 : auth.replace(',', ';').indexOf(';');
                            return cut > 0 ? req.withHeader("Authorization", auth.substring(0, cut)) : req;
                        })),
                new PlantedFault("scheme-ignored", "the credential after any scheme (or a bare token) is taken as a bearer token",
                        onRequest(req -> {
                            String auth = req.header("Authorization");
                            if (auth == null || auth.isBlank() || auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                                return req;
                            }
                            String credential = auth.contains(" ") ? auth.substring(auth.indexOf(' ') + 1).strip() : auth.strip();
                            if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
                                try {
                                    String decoded = new String(java.util.Base64.getDecoder().decode(credential),
                                            java.nio.charset.StandardCharsets.UTF_8);
                                    credential = decoded.substring(decoded.indexOf(':') + 1);
                                } catch (IllegalArgumentException notBase64) {
                                    return req;
                                }
                            }
                            return req.withHeader("Authorization", "Bearer " + credential);
                        })),
                new PlantedFault("bearer-scheme-case-sensitive", "only 'Bearer' exactly, with one space, is a bearer credential",
                        (req, up) -> {
                            String auth = req.header("Authorization");
                            boolean oddShape = auth != null && auth.regionMatches(true, 0, "bearer ", 0, 7)
                                    && !auth.matches("Bearer [^ ].*");
                            return oddShape ? ProxiedResponse.json(401, "{\"message\":\"Unauthorized\",\"requestId\":\"fault-auth\","
                                    + "\"statusCode\":401}").withHeader("X-Request-Id", "fault-auth") : up.apply(req);
                        }),
                new PlantedFault("restricted-token-unrestricted",
                        "the restricted token is served on every organization",
                        onRequest(req -> restricted.equals(req.header("Authorization"))
                                ? req.withHeader("Authorization", valid) : req)),
                new PlantedFault("restricted-token-refused-on-its-organization",
                        "the restricted token gets 403 even on its own organization",
                        (req, up) -> restricted.equals(req.header("Authorization"))
                                && req.path().contains("/" + c.restrictedOrganization() + "/")
                                ? ProxiedResponse.json(403, "{\"message\":\"Forbidden\",\"requestId\":\"fault\",\"statusCode\":403}")
                                : up.apply(req)));
    }
}
