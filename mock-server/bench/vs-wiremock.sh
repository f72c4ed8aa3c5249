#!/usr/bin/env bash
# Side-by-side load benchmark (not a test): the mock server (stateful, validating) against WireMock's
# standalone jar serving the same three answers as static stubs, in the same run, on this machine.
# For each scenario (GET one token, list 20, create 40 per Deployment, create-spread: every create in a
# new Deployment) both servers get a warm-up, then RUNS runs
# each, interleaved (mock, wiremock, mock, wiremock, ...) so that machine noise hits both alike.
# Prints per-run figures, the medians and the ratios mock/wiremock (requests/s; p99; and the server
# process's CPU time per 1,000 requests, from /proc, which host noise moves less than throughput).
#
# Usage: mock-server/bench/vs-wiremock.sh
#   env: DURATION (10s per run), RUNS (3), WARMUP (15s: the JIT needs it for the Spring stack; both servers get it), CONNECTIONS (16), THREADS (2),
#        WIREMOCK_VERSION (3.13.2, fetched from Maven Central into ~/.m2 when missing),
#        JAVA_OPTS (for both JVMs), MOCK_JAVA_OPTS (the mock server's alone, after JAVA_OPTS: to measure a JVM setting), SCENARIOS ("get list create create-spread"), MOCK_JAR (another build, for an A/B)
# Needs wrk, curl and mvn. Exit codes: 0 done, all 2xx; 1 some non-2xx or socket errors; 2 setup failed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${MOCK_JAR:-$here/../target/mock-server.jar}"
DURATION="${DURATION:-10s}"; RUNS="${RUNS:-3}"; WARMUP="${WARMUP:-15s}"; CONNECTIONS="${CONNECTIONS:-16}"; THREADS="${THREADS:-2}"
WIREMOCK_VERSION="${WIREMOCK_VERSION:-3.13.2}"; SCENARIOS="${SCENARIOS:-get list create create-spread}"
mock_port=18181; wm_port=18182
org="clmbenchorg00000000000001"

for tool in wrk curl mvn; do
  command -v "$tool" >/dev/null || { echo "vs-wiremock.sh: $tool is needed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
[ -f "$jar" ] || { echo "vs-wiremock.sh: $jar is missing; build it with: mvn -B -pl mock-server -am package -DskipTests" >&2; exit 2; }
wm_jar="$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar"
if [ ! -f "$wm_jar" ]; then
  mvn -B -q dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" >/dev/null \
    || { echo "vs-wiremock.sh: cannot fetch org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" >&2; exit 2; }
fi

work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
wait_for() { for _ in $(seq 1 600); do curl -fs -o /dev/null "$1" && return 0; sleep 0.05; done; echo "vs-wiremock.sh: $1 did not come up" >&2; exit 2; }

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} ${MOCK_JAVA_OPTS:-} -jar "$jar" --port "$mock_port" --quiet --logging.level.root=warn >"$work/mock.log" 2>&1 &
mock_pid=$!; pids+=("$mock_pid")
wait_for "http://127.0.0.1:$mock_port/_health"

# The answers WireMock will serve are the mock server's own, so both send the same bytes.
auth="Authorization: Bearer dev-token"
base="http://127.0.0.1:$mock_port"
get_dep="clmbenchget0000000000001"; list_dep="clmbenchlist000000000001"
created=$(curl -fs -H "$auth" -H "Content-Type: application/json" -d '{"name":"bench-get"}' "$base/organizations/$org/deployments/$get_dep/agent-tokens")
token_id=$(printf '%s' "$created" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
[ -n "$token_id" ] || { echo "vs-wiremock.sh: could not create the token to read" >&2; exit 2; }
for i in $(seq 1 20); do
  curl -fs -o /dev/null -H "$auth" -H "Content-Type: application/json" -d "{\"name\":\"bench-list-$i\"}" "$base/organizations/$org/deployments/$list_dep/agent-tokens"
done
get_path="/organizations/$org/deployments/$get_dep/agent-tokens/$token_id"
list_path="/organizations/$org/deployments/$list_dep/agent-tokens"
curl -fs -H "$auth" "$base$get_path" >"$work/get.json"
curl -fs -H "$auth" "$base$list_path" >"$work/list.json"
curl -fs -H "$auth" -H "Content-Type: application/json" -d '{"name":"bench-agent","description":"load test","tokenExpiryPeriodInDays":30}' \
  "$base/organizations/$org/deployments/clmbenchshape00000000001/agent-tokens" >"$work/create.json"

mkdir -p "$work/wm/mappings" "$work/wm/__files"
cp "$work/get.json" "$work/list.json" "$work/create.json" "$work/wm/__files/"
stub() { # name method url-matcher-json body-file
  cat >"$work/wm/mappings/$1.json" <<JSON
{ "request": { "method": "$2", $3, "headers": { "Authorization": { "equalTo": "Bearer dev-token" } } },
  "response": { "status": 200, "bodyFileName": "$4", "headers": { "Content-Type": "application/json" } } }
JSON
}
stub get GET "\"urlPath\": \"$get_path\"" get.json
stub list GET "\"urlPath\": \"$list_path\"" list.json
stub create POST "\"urlPathPattern\": \"/organizations/[^/]+/deployments/[^/]+/agent-tokens\"" create.json
# WireMock at its fastest: no request journal, no request logging.
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$wm_jar" --port "$wm_port" --bind-address 127.0.0.1 --root-dir "$work/wm" \
  --no-request-journal --disable-request-logging --disable-banner >"$work/wm.log" 2>&1 &
wm_pid=$!; pids+=("$wm_pid")
wait_for "http://127.0.0.1:$wm_port/__admin/health"

export BENCH_DIR="$here"
failed=0
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
run() { # port lua path duration run-label server-pid
  local before after line
  before=$(cpu_ticks "$6")
  line=$(BENCH_PATH="$3" BENCH_RUN="$5" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s "$here/$2" "http://127.0.0.1:$1" \
    | grep '^RESULT' || true)
  after=$(cpu_ticks "$6")
  echo "$line" | awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '{
    n = $2; sub(/requests=/, "", n); printf "%s cpu_ms_per_1k=%.1f\n", $0, (n > 0 ? ticks * 1000 / hz * 1000 / n : 0) }'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
field() { sed -E "s/.*$1=([0-9.]+).*/\\1/"; }

echo "mock server vs WireMock $WIREMOCK_VERSION: $RUNS interleaved runs x $DURATION per scenario after a $WARMUP warm-up each,"
echo "  $CONNECTIONS connections, $THREADS wrk threads, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "  JVM flags: both '${JAVA_OPTS:-}', the mock server also '${MOCK_JAVA_OPTS:-}'"
summary=()
for scenario in $SCENARIOS; do
  case $scenario in
    get) lua=get.lua; path="$get_path" ;;
    list) lua=list.lua; path="$list_path" ;;
    create) lua=create.lua; path=""; export BENCH_PER_DEPLOYMENT=40 ;;
    create-spread) lua=create.lua; path=""; export BENCH_PER_DEPLOYMENT=1 ;;
    *) echo "vs-wiremock.sh: unknown scenario $scenario" >&2; exit 2 ;;
  esac
  run "$mock_port" "$lua" "$path" "$WARMUP" w "$mock_pid" >/dev/null
  run "$wm_port" "$lua" "$path" "$WARMUP" w "$wm_pid" >/dev/null
  mock_lines=(); wm_lines=()
  for r in $(seq 1 "$RUNS"); do
    m=$(run "$mock_port" "$lua" "$path" "$DURATION" "$r" "$mock_pid"); w=$(run "$wm_port" "$lua" "$path" "$DURATION" "$r" "$wm_pid")
    echo "  $scenario run $r  mock:     ${m#RESULT }"
    echo "  $scenario run $r  wiremock: ${w#RESULT }"
    mock_lines+=("$m"); wm_lines+=("$w")
    for line in "$m" "$w"; do echo "$line" | grep -q 'non2xx=0 socket_errors=0' || failed=1; done
  done
  m_rps=$(printf '%s\n' "${mock_lines[@]}" | field rps | median); w_rps=$(printf '%s\n' "${wm_lines[@]}" | field rps | median)
  m_p99=$(printf '%s\n' "${mock_lines[@]}" | field p99_ms | median); w_p99=$(printf '%s\n' "${wm_lines[@]}" | field p99_ms | median)
  m_cpu=$(printf '%s\n' "${mock_lines[@]}" | field cpu_ms_per_1k | median); w_cpu=$(printf '%s\n' "${wm_lines[@]}" | field cpu_ms_per_1k | median)
  summary+=("$(awk -v s="$scenario" -v mr="$m_rps" -v wr="$w_rps" -v mp="$m_p99" -v wp="$w_p99" -v mc="$m_cpu" -v wc="$w_cpu" 'BEGIN {
    printf "%-7s mock %7.0f req/s p99 %6.2f ms cpu %5.1f ms/1k | wiremock %7.0f req/s p99 %6.2f ms cpu %5.1f ms/1k | mock/wiremock: throughput %.2fx, p99 %.2fx, cpu per request %.2fx",
      s, mr, mp, mc, wr, wp, wc, mr / wr, mp / wp, (wc > 0 ? mc / wc : 0) }')")
done
echo "medians of $RUNS runs:"
printf '  %s\n' "${summary[@]}"
if [ "$failed" = 1 ]; then echo "vs-wiremock.sh: some responses were not 2xx (or sockets failed); see the runs above" >&2; exit 1; fi
echo "all responses 2xx"
