package dev.contractgate.conformance.pacts;

import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.IRequest;
import au.com.dius.pact.core.model.IResponse;
import au.com.dius.pact.core.model.Interaction;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.ProviderState;
import au.com.dius.pact.core.model.Response;
import au.com.dius.pact.core.model.SynchronousRequestResponse;
import au.com.dius.pact.core.model.generators.GeneratorTestMode;
import dev.contractgate.conformance.core.CheckRecord;
import dev.contractgate.conformance.core.Evidence;
import dev.contractgate.conformance.core.Finding;
import dev.contractgate.conformance.core.RunResult;
import dev.contractgate.conformance.core.SecretMasker;
import dev.contractgate.conformance.core.SpecLocation;
import dev.contractgate.conformance.core.SpecSource;
import dev.contractgate.conformance.core.Text;
import dev.contractgate.conformance.core.coverage.Coverage;
import dev.contractgate.conformance.core.http.BoundedExchange;
import dev.contractgate.conformance.core.spec.SpecOperation;
import dev.contractgate.conformance.core.BadInputException;
import dev.contractgate.conformance.judge.ExchangeJudge;
import dev.contractgate.conformance.judge.JudgedExchange;
import dev.contractgate.conformance.judge.RunFacts;
import dev.contractgate.conformance.judge.Violation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Provider verification: every recorded interaction of a pacts folder replayed against a running
 * provider, its provider states set up through a state-change URL first, and the answer compared
 * with the recorded response by Pact JVM's own matching. A run's checks are one per interaction;
 * its coverage observations are the {@code provider} source of the matrix, and only interactions
 * actually replayed count.
 */
public final class ProviderVerification {

    /** The source name of the coverage matrix. */
    public static final String SOURCE = "provider";
    private static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    private static final Set<String> NOT_REPLAYED_HEADERS = Set.of("host", "content-length", "connection", "transfer-encoding");

    /**
     * @param baseUrl        the provider
     * @param stateChangeUrl where provider states are set up (Pact's state-change protocol), or null for none
     * @param timeout        per request
     * @param credentials    what recorded {@code Authorization} values become for this provider
     */
    public record Target(URI baseUrl, URI stateChangeUrl, Duration timeout, Credentials credentials) {

        public Target {
            credentials = credentials == null ? Credentials.AS_RECORDED : credentials;
        }

        /** A provider that accepts the credentials the pacts were recorded with (the bundled mock server). */
        public Target(URI baseUrl, URI stateChangeUrl, Duration timeout) {
            this(baseUrl, stateChangeUrl, timeout, Credentials.AS_RECORDED);
        }
    }

    /**
     * Recorded credentials and what to send instead. Pacts recorded against the bundled mock server carry
     * its dev tokens; another provider knows its own. A recorded {@code Authorization} value found in
     * {@code replacements} is sent as its replacement; one found in {@code unavailable} cannot be replayed
     * here (the value says what would supply it) and its interaction is not verified, an error; any other
     * value, such as the unknown token of a 401 interaction, is sent as recorded.
     */
    public record Credentials(Map<String, String> replacements, Map<String, String> unavailable) {

        public static final Credentials AS_RECORDED = new Credentials(Map.of(), Map.of());

        public Credentials {
            replacements = Map.copyOf(replacements);
            unavailable = Map.copyOf(unavailable);
            for (String sent : replacements.values()) { // never printed: the whole value, and the token after its scheme
                SecretMasker.register(sent);
                SecretMasker.register(sent.substring(sent.indexOf(' ') + 1));
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public RunResult verify(SpecSource spec, Path pactsDir, Target target) {
        long started = System.nanoTime();
        InteractionCheck operations = new InteractionCheck(spec);
        ExchangeJudge judge = operations.judge();
        RunFacts facts = RunFacts.run();
        List<CheckRecord> checks = new ArrayList<>();
        List<Coverage.Observation> observations = new ArrayList<>();
        int replayed = 0;
        int notVerified = 0;
        for (PactFolder.Entry entry : PactFolder.read(pactsDir)) {
            if (!entry.readable()) {
                continue; // the pacts stage reports it (pact.file.unreadable), so the run fails on it
            }
            String name = entry.name();
            for (Interaction interaction : entry.pact().getInteractions()) {
                if (!interaction.isSynchronousRequestResponse()) {
                    continue;
                }
                SynchronousRequestResponse http = interaction.asSynchronousRequestResponse();
                SpecOperation found = operations.operationOf(http.getRequest());
                String operation = found == null ? null : found.id();
                Outcome outcome = replay(spec, http, target, found, judge, facts);
                checks.add(new CheckRecord("provider " + name, "verify " + interaction.getDescription(), outcome.findings(),
                        outcome.duration()));
                if (outcome.status() > 0) {
                    replayed++;
                    if (operation != null) {
                        observations.add(new Coverage.Observation(operation, outcome.status(), SOURCE,
                                name + ": " + interaction.getDescription(), outcome.findings().isEmpty()));
                    }
                } else if (!outcome.replayable()) {
                    notVerified++;
                }
            }
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("interactions replayed", replayed);
        stats.put("interactions not verified (no state-change URL, or no counterpart of a recorded credential)", notVerified);
        stats.put("verified against", target.baseUrl().toString());
        stats.put("duration ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new RunResult("provider verification of " + pactsDir + " against " + target.baseUrl(), checks, stats,
                Coverage.of(spec.operations(), observations));
    }

    /**
     * What replaying one interaction gave: the status the provider answered with (0 for none) and the
     * findings; {@code replayable} is false when this run could not even try it (no state-change URL, or
     * a recorded credential without a counterpart).
     */
    private record Outcome(int status, List<Finding> findings, Duration duration, boolean replayable) {

        Outcome(int status, List<Finding> findings, Duration duration) {
            this(status, findings, duration, true);
        }

        static Outcome notReplayable(Finding why, Duration duration) {
            return new Outcome(0, List.of(why), duration, false);
        }
    }

    private Outcome replay(SpecSource spec, SynchronousRequestResponse interaction, Target target, SpecOperation found, ExchangeJudge judge,
                           RunFacts facts) {
        long started = System.nanoTime();
        String operation = found == null ? null : found.id();
        target(target.baseUrl(), interaction.getRequest().getPath(), "", interaction.getDescription()); // before anything is sent
        List<ProviderState> states = interaction.getProviderStates();
        Map<String, Object> context = new LinkedHashMap<>();
        String missing = missingCredential(interaction.getRequest(), target.credentials());
        if (missing != null) {
            return Outcome.notReplayable(Finding.error(PactRules.PROVIDER_CREDENTIAL_UNAVAILABLE, operation, SpecLocation.of(""),
                    "'" + interaction.getDescription() + "' was recorded with a credential this server has no counterpart"
                            + " for: not verified (" + missing + ")", Evidence.NONE), elapsed(started));
        }
        if (!states.isEmpty() && target.stateChangeUrl() == null) {
            // not verified is not passed: an error, as for a state the provider could not set up
            return Outcome.notReplayable(Finding.error(PactRules.PROVIDER_STATE_UNAVAILABLE, operation, SpecLocation.of(""),
                    "'" + interaction.getDescription() + "' needs provider state '" + states.get(0).getName()
                            + "', and no state-change URL was given: not verified (pass --provider-states-url)",
                    Evidence.NONE), elapsed(started));
        }
        for (ProviderState state : states) {
            String failure = setUp(state, target, context);
            if (failure != null) {
                return new Outcome(0, List.of(Finding.error(PactRules.PROVIDER_STATE_FAILED, operation, SpecLocation.of(""),
                        "provider state '" + state.getName() + "' of '" + interaction.getDescription() + "': " + failure,
                        Evidence.NONE)), elapsed(started));
            }
        }
        IRequest request = interaction.getRequest().generatedRequest(context, GeneratorTestMode.Provider);
        IResponse expected = interaction.getResponse().generatedResponse(context, GeneratorTestMode.Provider);
        substituteCredentials(request, target.credentials());
        HttpRequest sent;
        try {
            sent = httpRequest(request, target, interaction.getDescription());
        } catch (IllegalArgumentException unsendable) {
            // a method, header or path no HTTP request can carry (GET X, a CR/LF in a header): the pact's fault, never sent
            states.forEach(state -> tearDown(state, target));
            return new Outcome(0, List.of(Finding.error(PactRules.PROVIDER_REQUEST_FAILED, operation, SpecLocation.of(""),
                    "'" + interaction.getDescription() + "': the recorded request cannot be sent as HTTP ("
                            + SecretMasker.mask(Text.oneLine(unsendable.getMessage(), 200)) + "); fix the pact",
                    InteractionEvidence.of(request, expected))), elapsed(started));
        }
        BoundedExchange answer;
        try {
            answer = BoundedExchange.send(client, sent, target.timeout(), MAX_BODY_BYTES);
        } catch (BoundedExchange.Failed e) {
            return new Outcome(0, List.of(Finding.error(PactRules.PROVIDER_REQUEST_FAILED, operation, SpecLocation.of(""),
                    "'" + interaction.getDescription() + "': " + InteractionEvidence.requestLine(request) + " got no answer: "
                            + SecretMasker.mask(e.getMessage()), InteractionEvidence.of(request, expected))), elapsed(started));
        } finally {
            states.forEach(state -> tearDown(state, target));
        }
        Response actual = actualResponse(answer);
        List<Mismatch> mismatches;
        try {
            mismatches = BoundedMatching.mismatches(expected, actual);
        } catch (BoundedMatching.Unusable unusable) {
            return new Outcome(0, List.of(Finding.error(PactRules.PROVIDER_RESPONSE_MISMATCH, operation, SpecLocation.of(""),
                    "'" + interaction.getDescription() + "': the pact's matching rules cannot be applied: " + unusable.getMessage()
                            + "; fix the pact", InteractionEvidence.of(request, actual))), elapsed(started));
        }
        List<Finding> findings = mismatches.isEmpty() ? List.of() : List.of(Finding.error(PactRules.PROVIDER_RESPONSE_MISMATCH, operation,
                SpecLocation.of(""), "'" + interaction.getDescription() + "': the provider's answer does not match the pact: "
                        + SecretMasker.mask(Text.oneLine(mismatches.stream().map(ProviderVerification::describe)
                        .collect(Collectors.joining("; ")), 600)), InteractionEvidence.of(request, actual)));
        List<Finding> all = new ArrayList<>(findings);
        if (found != null) {
            // the provider's answer is a live answer: the one judge holds it to everything the spec states
            for (Violation v : judge.judge(found, live(request, answer), facts)) {
                all.add(Finding.error(v.rule(), operation, spec.locate(v.pointer()), "'" + interaction.getDescription()
                        + "': " + v.message(), InteractionEvidence.of(request, actual)));
            }
        }
        return new Outcome(answer.status(), all, elapsed(started));
    }

    private static JudgedExchange live(IRequest request, BoundedExchange answer) {
        JudgedExchange recorded = InteractionCheck.recorded(request, new Response(answer.status(), answer.headers().map(),
                OptionalBody.empty()));
        return new JudgedExchange(recorded.method(), recorded.path(), recorded.query(), recorded.requestHeaders(),
                recorded.requestBody(), answer.status(), answer.headers().map(),
                new String(answer.body(), StandardCharsets.UTF_8), java.time.Instant.now(), false);
    }

    /** What would supply a recorded credential that has no counterpart for this provider, or null when none is missing. */
    private static String missingCredential(IRequest recorded, Credentials credentials) {
        for (Map.Entry<String, List<String>> header : recorded.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Authorization")) {
                for (String value : header.getValue()) {
                    String missing = credentials.unavailable().get(value.strip());
                    if (missing != null) {
                        return missing;
                    }
                }
            }
        }
        return null;
    }

    /** Puts this provider's credentials in place of the recorded ones, in the request that is sent and shown as evidence. */
    private static void substituteCredentials(IRequest request, Credentials credentials) {
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Authorization")) {
                header.setValue(header.getValue().stream()
                        .map(value -> credentials.replacements().getOrDefault(value.strip(), value)).toList());
            }
        }
    }

    /** A Pact mismatch with where it is: the body path or the header it is about. */
    private static String describe(Mismatch mismatch) {
        if (mismatch instanceof au.com.dius.pact.core.matchers.BodyMismatch body) {
            return "body " + body.getPath() + ": " + (body.getMismatch() == null ? "differs" : body.getMismatch());
        }
        if (mismatch instanceof au.com.dius.pact.core.matchers.HeaderMismatch header) {
            return "header " + header.getHeaderKey() + ": " + header.getMismatch();
        }
        return mismatch.description();
    }

    /**
     * The request to send, built from parts: the base URL's scheme, host and port never change, whatever the
     * pact's path holds (a pact comes from a pull request: a path like {@code @other-host/x} must not turn
     * the base into user info and send our credentials elsewhere). A path that is not absolute is bad input.
     */
    static URI target(URI baseUrl, String path, String rawQuery, String interaction) {
        if (path == null || !path.startsWith("/")) {
            throw new BadInputException("pact interaction '" + Text.oneLine(interaction, 200) + "' has the request path '"
                    + Text.oneLine(String.valueOf(path), 200) + "', which is not an absolute path (it must start with /):"
                    + " fix the pact; nothing was sent");
        }
        String basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
        String encodedPath;
        try {
            encodedPath = new URI(null, null, path, null).getRawPath();
        } catch (java.net.URISyntaxException e) {
            throw new BadInputException("pact interaction '" + Text.oneLine(interaction, 200) + "' has a request path that"
                    + " is no URI path (" + e.getReason() + "): fix the pact; nothing was sent");
        }
        URI uri = URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + basePath + encodedPath
                + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
        if (!java.util.Objects.equals(uri.getRawAuthority(), baseUrl.getRawAuthority())
                || !uri.getScheme().equalsIgnoreCase(baseUrl.getScheme())) {
            throw new BadInputException("pact interaction '" + Text.oneLine(interaction, 200) + "' would leave "
                    + baseUrl.getRawAuthority() + ": fix the pact; nothing was sent");
        }
        return uri;
    }

    private HttpRequest httpRequest(IRequest request, Target target, String interaction) {
        String query = request.getQuery().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v == null ? "" : v)))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(target(target.baseUrl(), request.getPath(), query, interaction))
                .timeout(target.timeout());
        request.getHeaders().forEach((name, values) -> {
            if (!NOT_REPLAYED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        OptionalBody body = request.getBody();
        builder.method(request.getMethod().toUpperCase(Locale.ROOT), body != null && body.isPresent()
                ? HttpRequest.BodyPublishers.ofByteArray(body.getValue()) : HttpRequest.BodyPublishers.noBody());
        return builder.build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Response actualResponse(BoundedExchange answer) {
        Map<String, List<String>> headers = new LinkedHashMap<>(answer.headers().map());
        String contentType = answer.headers().firstValue("content-type").orElse(null);
        OptionalBody body = answer.body().length == 0 ? OptionalBody.empty()
                : OptionalBody.body(answer.body(), contentType == null ? ContentType.Companion.getUNKNOWN() : new ContentType(contentType));
        return new Response(answer.status(), headers, body);
    }

    /** Sets up one state; returns why it failed, or null. Values the provider returns feed the pact's generators. */
    private String setUp(ProviderState state, Target target, Map<String, Object> context) {
        try {
            BoundedExchange answer = BoundedExchange.send(client, stateChange(state, "setup", target), target.timeout(), MAX_BODY_BYTES);
            if (answer.status() / 100 != 2) {
                return "the state-change URL answered " + answer.status();
            }
            StateValues.read(answer.body()).forEach(context::putIfAbsent);
            return null;
        } catch (BoundedExchange.Failed e) {
            return "the state-change URL gave no answer: " + e.getMessage();
        }
    }

    private void tearDown(ProviderState state, Target target) {
        try {
            BoundedExchange.send(client, stateChange(state, "teardown", target), target.timeout(), MAX_BODY_BYTES);
        } catch (BoundedExchange.Failed ignored) {
            // a provider without teardown is fine: the next setup resets what it needs
        }
    }

    private static HttpRequest stateChange(ProviderState state, String action, Target target) {
        String json = StateValues.changeBody(state.getName(), state.getParams(), action);
        return HttpRequest.newBuilder(target.stateChangeUrl()).timeout(target.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static Duration elapsed(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
