#!/usr/bin/env bash
# Load benchmark of the mock server (not a test): starts target/mock-server.jar, drives GET of
# one token, create, and list (20 per page) with wrk for a fixed time each, prints requests/s and
# latency percentiles per run and the median of the runs, checks that every response was 2xx,
# and stops the server.
#
# Usage: mock-server/bench/load.sh [--install]
#   env: DURATION (default 10s per run), RUNS (3), CONNECTIONS (32), THREADS (2 wrk threads),
#        WARMUP (15s per scenario, not counted: the JIT needs it), PORT (18080), SCENARIOS ("get create list"),
#        JAVA_OPTS (extra JVM flags), SERVER_ARGS (extra server flags, e.g. --server.tomcat.threads.max=8)
# Needs wrk, the HTTP load generator (Debian package "wrk"): apt-get update && apt-get install -y wrk
# (--install does that when run as root). Exit codes: 0 all 2xx, 1 some non-2xx or socket errors, 2 setup failed.
# wrk runs on the same machine, so the two share the CPU; note other load when reading the figures.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/mock-server.jar"
DURATION="${DURATION:-10s}"; RUNS="${RUNS:-3}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-15s}"; PORT="${PORT:-18080}"; SCENARIOS="${SCENARIOS:-get create list}"
base="http://127.0.0.1:$PORT"
org="clmbenchorg00000000000001"

if ! command -v wrk >/dev/null; then
  if [ "${1:-}" = "--install" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else
    echo "load.sh: wrk is not installed. It is the HTTP load generator this benchmark uses;" >&2
    echo "  install it with: apt-get update && apt-get install -y wrk   (or run: load.sh --install as root)" >&2
    exit 2
  fi
fi
command -v curl >/dev/null || { echo "load.sh: curl is needed" >&2; exit 2; }
[ -f "$jar" ] || { echo "load.sh: $jar is missing; build it with: mvn -o -B -pl mock-server package" >&2; exit 2; }

log="$(mktemp)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --port "$PORT" --quiet --logging.level.root=warn ${SERVER_ARGS:-} >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 500); do curl -fs -o /dev/null "$base/_health" && break; sleep 0.05; done
curl -fs -o /dev/null "$base/_health" || { echo "load.sh: the server did not start; its log:" >&2; cat "$log" >&2; exit 2; }

auth="Authorization: Bearer dev-token"
one_dep="clmbenchget0000000000001"
token_id=$(curl -fs -H "$auth" -H "Content-Type: application/json" -d '{"name":"bench-get"}' \
  "$base/organizations/$org/deployments/$one_dep/agent-tokens" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
[ -n "$token_id" ] || { echo "load.sh: could not create the token to read" >&2; exit 2; }
list_dep="clmbenchlist000000000001"
for i in $(seq 1 20); do
  curl -fs -o /dev/null -H "$auth" -H "Content-Type: application/json" -d "{\"name\":\"bench-list-$i\"}" \
    "$base/organizations/$org/deployments/$list_dep/agent-tokens"
done

export BENCH_DIR="$here"
failed=0
run() { # scenario lua path duration label
  BENCH_PATH="$3" BENCH_RUN="$5" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s "$here/$2" "$base" \
    | grep '^RESULT' | sed "s/^RESULT/$1/"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "mock-server load: $RUNS runs x $DURATION per scenario, $CONNECTIONS connections, $THREADS wrk threads, $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for scenario in $SCENARIOS; do
  case $scenario in
    get) lua=get.lua; path="/organizations/$org/deployments/$one_dep/agent-tokens/$token_id" ;;
    create) lua=create.lua; path="" ;;
    list) lua=list.lua; path="/organizations/$org/deployments/$list_dep/agent-tokens" ;;
  esac
  run "$scenario-warmup" "$lua" "$path" "$WARMUP" "w" >/dev/null
  results=()
  for r in $(seq 1 "$RUNS"); do
    line=$(run "$scenario" "$lua" "$path" "$DURATION" "$r")
    echo "  $line"
    results+=("$line")
    if ! echo "$line" | grep -q 'non2xx=0 socket_errors=0'; then failed=1; fi
  done
  rps=$(printf '%s\n' "${results[@]}" | sed -E 's/.*rps=([0-9.]+).*/\1/' | median)
  p50=$(printf '%s\n' "${results[@]}" | sed -E 's/.*p50_ms=([0-9.]+).*/\1/' | median)
  p99=$(printf '%s\n' "${results[@]}" | sed -E 's/.*p99_ms=([0-9.]+).*/\1/' | median)
  printf '%-7s median of %s runs: %8.0f requests/s   p50 %6.2f ms   p99 %6.2f ms\n' "$scenario" "$RUNS" "$rps" "$p50" "$p99"
done
if [ "$failed" = 1 ]; then echo "load.sh: some responses were not 2xx (or sockets failed); see non2xx/socket_errors above" >&2; exit 1; fi
echo "all responses 2xx"
