#!/usr/bin/env bash
# Where the mock server's time goes under load (not a test): starts target/mock-server.jar with Java
# Flight Recorder, drives one scenario with wrk, and prints the hottest methods of the samples
# (top frames, and top frames of our own code or of the libraries it calls).
#
# Usage: mock-server/bench/profile.sh [get|list|create]   env: DURATION (20s), CONNECTIONS (16), TOP (25)
# Writes the recording to mock-server/target/profile-<scenario>.jfr (open it in JDK Mission Control).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/mock-server.jar"
scenario="${1:-list}"; DURATION="${DURATION:-20s}"; CONNECTIONS="${CONNECTIONS:-16}"; TOP="${TOP:-25}"
port=18183; org="clmbenchorg00000000000001"; base="http://127.0.0.1:$port"
recording="$here/../target/profile-$scenario.jfr"
command -v wrk >/dev/null || { echo "profile.sh: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
[ -f "$jar" ] || { echo "profile.sh: $jar is missing; build it with: mvn -B -pl mock-server -am package -DskipTests" >&2; exit 2; }
java -XX:StartFlightRecording=filename="$recording",settings=profile,dumponexit=true -jar "$jar" --port "$port" --quiet \
  --logging.level.root=warn >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/_health" && break; sleep 0.05; done
auth="Authorization: Bearer dev-token"
get_dep="clmbenchget0000000000001"; list_dep="clmbenchlist000000000001"
token_id=$(curl -fs -H "$auth" -H "Content-Type: application/json" -d '{"name":"bench-get"}' \
  "$base/organizations/$org/deployments/$get_dep/agent-tokens" | grep -o '"id":"[^"]*"' | sed -n 1p | cut -d'"' -f4)
for i in $(seq 1 20); do
  curl -fs -o /dev/null -H "$auth" -H "Content-Type: application/json" -d "{\"name\":\"bench-list-$i\"}" "$base/organizations/$org/deployments/$list_dep/agent-tokens"
done
case $scenario in
  get) lua=get.lua; path="/organizations/$org/deployments/$get_dep/agent-tokens/$token_id" ;;
  list) lua=list.lua; path="/organizations/$org/deployments/$list_dep/agent-tokens" ;;
  create) lua=create.lua; path="" ;;
  *) echo "profile.sh: unknown scenario $scenario (get, list or create)" >&2; exit 2 ;;
esac
BENCH_DIR="$here" BENCH_PATH="$path" BENCH_RUN=p wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$here/$lua" "$base" | grep '^RESULT'
kill -TERM $server; wait $server 2>/dev/null || true  # TERM: a background job of a script ignores INT
trap - EXIT
echo "hottest top frames ($scenario):"
jfr print --events jdk.ExecutionSample "$recording" | awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' \
  | sort | uniq -c | sort -rn | head -n "$TOP"
echo "hottest frames of dev.contractgate, Jackson, Spring, Tomcat (any depth, once per sample):"
jfr print --events jdk.ExecutionSample "$recording" | awk '
  /stackTrace = \[/ { delete seen; inside = 1; next }
  inside && /^[ \t]*\]/ { inside = 0; next }
  inside { line = $0; sub(/^[ \t]+/, "", line); sub(/line:.*/, "", line);
           if (line ~ /^dev\.contractgate/ && !(line in seen)) { seen[line] = 1; print line } }' \
  | sort | uniq -c | sort -rn | head -n "$TOP"
echo "recording: $recording"
