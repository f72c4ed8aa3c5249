#!/usr/bin/env bash
# Soak benchmark (not a test): the mock server at a small heap under an hour-shaped load compressed into
# minutes (soak.py): creates of 10,000-character names over many Deployments until and past the store's
# bound, reads, lists (of empty Deployments too), deletes, creates in the room deletes made. Prints the
# heap after each phase, the creates refused because the store was full, and whether every answer was
# a documented status with the documented JSON body; then whether the server logged an OutOfMemoryError.
#
# Usage: mock-server/bench/soak.sh      env: HEAP (256m), CREATES (40000), NAME_CHARS (10000), THREADS (8),
#        MOCK_ARGS (extra mock-server flags, e.g. --max-store-mb 64), MOCK_JAVA_OPTS (JVM flags, e.g. the
#        -XX:MaxTenuringThreshold=1 that `contract serve` uses), MOCK_JAR (another build)
# Needs python3 and a JDK's jcmd. Exit codes: 0 every answer documented and no OutOfMemoryError; 1 otherwise; 2 setup failed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${MOCK_JAR:-$here/../target/mock-server.jar}"
HEAP="${HEAP:-256m}"; port=18191
[ -f "$jar" ] || { echo "soak.sh: $jar is missing; build it with: mvn -B -pl mock-server -am package -DskipTests" >&2; exit 2; }
command -v jcmd >/dev/null || { echo "soak.sh: jcmd (from the JDK) is needed" >&2; exit 2; }
log="$(mktemp)"
# shellcheck disable=SC2086
java -Xmx"$HEAP" ${MOCK_JAVA_OPTS:-} -jar "$jar" --port "$port" --quiet --logging.level.root=warn ${MOCK_ARGS:-} >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 400); do curl -fs -o /dev/null -H 'Authorization: Bearer dev-token' \
  "http://127.0.0.1:$port/organizations/o/deployments/d/agent-tokens" && break; sleep 0.05; done
echo "mock server: -Xmx$HEAP ${MOCK_JAVA_OPTS:-} ${MOCK_ARGS:-}; machine load before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
python3 "$here/soak.py" "$port" "$pid"
rc=$?
set -e
if grep -q "OutOfMemoryError" "$log"; then
  echo "the server logged an OutOfMemoryError"; rc=1
else
  echo "no OutOfMemoryError in the server's log"
fi
echo "machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $rc
