#!/usr/bin/env bash
# Where the mock server's time goes under load (not a test): starts target/mock-server.jar with Java
# Flight Recorder, drives one scenario with wrk, and prints the hottest methods of the samples
# (top frames, and top frames of our own code or of the libraries it calls).
#
# Usage: mock-server/bench/profile.sh [get|list|create|create-spread]   env: DURATION (20s), CONNECTIONS (16), TOP (25)
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
  create) lua=create.lua; path=""; export BENCH_PER_DEPLOYMENT=40 ;;
  create-spread) lua=create.lua; path=""; export BENCH_PER_DEPLOYMENT=1 ;;
  *) echo "profile.sh: unknown scenario $scenario (get, list, create or create-spread)" >&2; exit 2 ;;
esac
BENCH_DIR="$here" BENCH_PATH="$path" BENCH_RUN=p wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$here/$lua" "$base" | grep '^RESULT'
kill -TERM $server; wait $server 2>/dev/null || true  # TERM: a background job of a script ignores INT
trap - EXIT
# the report pipelines end in head, which closes its input early: under pipefail that SIGPIPE ended the
# script after the first section, silently, so the lock waits, allocation and GC sections went missing
set +o pipefail
echo "hottest top frames ($scenario):"
jfr print --events jdk.ExecutionSample "$recording" | awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' \
  | sort | uniq -c | sort -rn | head -n "$TOP"
echo "hottest frames of our own code (dev.contractgate, any depth, once per sample):"
jfr print --events jdk.ExecutionSample "$recording" | awk '
  /stackTrace = \[/ { delete seen; inside = 1; next }
  inside && /^[ \t]*\]/ { inside = 0; next }
  inside { line = $0; sub(/^[ \t]+/, "", line); sub(/line:.*/, "", line);
           if (line ~ /^dev\.contractgate/ && !(line in seen)) { seen[line] = 1; print line } }' \
  | sort | uniq -c | sort -rn | head -n "$TOP"
# The first frame of a stack outside the JDK: where our code or a library asked for the lock or the memory.
first_outside_jdk='
  /stackTrace = \[/ { inside = 1; first = ""; next }
  inside && /^[ \t]*\]/ { inside = 0; done_event(); next }
  inside && first == "" { line = $0; sub(/^[ \t]+/, "", line); sub(/line:.*/, "", line);
                          if (line !~ /^(java\.|javax\.|jdk\.|sun\.)/) first = line }'
echo "lock waits over 10 ms (jdk.JavaMonitorEnter): count, monitor class, first frame outside the JDK:"
jfr print --stack-depth 30 --events jdk.JavaMonitorEnter "$recording" | awk "
  /monitorClass = / { monitor = \$3 }
  function done_event() { print monitor \" @ \" first }
  $first_outside_jdk" | sort | uniq -c | sort -rn | head -n 10
echo "allocation (jdk.ObjectAllocationSample weights): share, class, first frame outside the JDK:"
jfr print --stack-depth 30 --events jdk.ObjectAllocationSample "$recording" | awk "
  /objectClass = / { class = \$3 }
  /weight = / { w = \$3; if (\$4 ~ /kB/) w *= 1024; else if (\$4 ~ /MB/) w *= 1048576; else if (\$4 ~ /GB/) w *= 1073741824 }
  function done_event() { sum[class \" @ \" first] += w; all += w }
  $first_outside_jdk
  END { for (k in sum) printf \"%5.1f%% %s\\n\", 100 * sum[k] / all, k }" | sort -rn | head -n 10
echo "garbage collections (jdk.GarbageCollection):"
jfr print --events jdk.GarbageCollection "$recording" | awk '
  function ms(v, unit) { return unit ~ /^s/ ? v * 1000 : (unit ~ /us/ ? v / 1000 : (unit ~ /ns/ ? v / 1e6 : v)) }
  /sumOfPauses = / { p = ms($3, $4); n++; total += p; if (p > longest) longest = p }
  END { printf "  %d collections, pauses %.0f ms in all, longest %.1f ms\n", n, total, longest }'
echo "recording: $recording"
