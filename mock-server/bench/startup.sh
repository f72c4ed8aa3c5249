#!/usr/bin/env bash
# Start-up time of the mock server: from launching `java -jar` to the first served request
# (GET /_health answered 200), measured RUNS times (default 5); prints each and the median.
# Usage: mock-server/bench/startup.sh [RUNS]   (build first: mvn -o -B -pl mock-server package)
#   env: MOCK_JAR (another build of the server, for an A/B)
#   MODE=cds measures the class-data-sharing start instead (run mock-server/scripts/cds.sh first).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${MOCK_JAR:-$here/../target/mock-server.jar}"
runs="${1:-5}"
port="${PORT:-18181}"
cmd=(java -jar "$jar")
if [ "${MODE:-jar}" = cds ]; then
  [ -f "$here/../target/cds/app.jsa" ] || { echo "startup.sh: run mock-server/scripts/cds.sh first" >&2; exit 2; }
  cmd=(java -XX:SharedArchiveFile="$here/../target/cds/app.jsa" -jar "$here/../target/cds/mock-server.jar")
fi
[ -f "$jar" ] || { echo "startup.sh: $jar is missing; build it with: mvn -o -B -pl mock-server package" >&2; exit 2; }
command -v curl >/dev/null || { echo "startup.sh: curl is needed" >&2; exit 2; }

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "${cmd[@]}" --port "$port" --quiet >/dev/null 2>&1 &
  pid=$!
  ok=""
  for _ in $(seq 1 1000); do  # at most ~20 s
    if curl -fs -o /dev/null "http://127.0.0.1:$port/_health"; then ok=1; break; fi
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ -n "$ok" ] || { echo "startup.sh: the server did not answer within 20 s" >&2; exit 1; }
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms to first served request"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}')
echo "median of $runs: ${median} ms"
