#!/usr/bin/env bash
# Our pacts and mock server with the official Pact tools, as a team outside Java would use them:
#  1. pact-verifier (Rust) verifies every recorded interaction against the mock server in ONE run,
#     with the mock server's state-change URL (setup and teardown);
#  2. pact-stub-server serves the pacts, and every interaction's request must get that
#     interaction's answer (each request is distinguishable by itself).
# Pinned by package.json / package-lock.json, installed with npm ci. Needs the build
# (mvn -B verify: mock-server/target/mock-server.jar and contract-tests/target/pacts).
# Prints its figures; exits 1 on any mismatch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pacts="$root/contract-tests/target/pacts"
jar="$root/mock-server/target/mock-server.jar"
work="$(mktemp -d)"
# Every server starts in a session of its own (setsid), so stopping it stops its whole process group:
# npx runs pact-stub-server as a child (and that one a `pact stub` of its own), which a kill of the
# npx pid alone leaves running. The trap runs on every exit, a failed step's included.
groups=()
start_group() {
  setsid "$@" &
  groups+=("$!")
}
cleanup() {
  for pgid in "${groups[@]}"; do kill -TERM -- "-$pgid" 2>/dev/null || true; done
  sleep 0.5
  for pgid in "${groups[@]}"; do kill -KILL -- "-$pgid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$jar" ] || { echo "official-cli: $jar not found; build first (mvn -B verify)" >&2; exit 2; }
ls "$pacts"/*.json >/dev/null 2>&1 || { echo "official-cli: no pacts in $pacts; run mvn -B verify first" >&2; exit 2; }

cd "$here"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for() {
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.2
  done
  echo "official-cli: nothing answers at $1" >&2
  return 1
}

# 1. pact-verifier against the mock server, one run, state changes included
mock_port="$(free_port)"
start_group java -jar "$jar" --port "$mock_port" --admin --quiet >"$work/mock.log" 2>&1
wait_for "http://127.0.0.1:$mock_port/_health"
failed=0
for pact in "$pacts"/*.json; do
  if npx --no-install pact-verifier --file "$pact" --hostname 127.0.0.1 --port "$mock_port" \
      --state-change-url "http://127.0.0.1:$mock_port/_admin/provider-states" --state-change-teardown \
      --json "$work/verification.json" >"$work/verifier.log" 2>&1; then
    status=0
  else
    status=$?
  fi
  total="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["interactions"]))' "$pact")"
  read -r ran errors < <(python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
print(len(report.get("interactionResults", [])), len(report.get("errors", [])))' "$work/verification.json")
  echo "pact-verifier: $((ran - errors))/$total interactions of $(basename "$pact") verified (exit $status)"
  if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ] || [ "$ran" -ne "$total" ]; then
    failed=1
    tail -40 "$work/verifier.log"
  fi
done

# 2. pact-stub-server serving the pacts: each request answered by its own interaction
for pact in "$pacts"/*.json; do
  stub_port="$(free_port)"
  start_group npx --no-install pact-stub-server --file "$pact" --port "$stub_port" >"$work/stub.log" 2>&1
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$stub_port/" && break
    sleep 0.2
  done
  node "$here/stub-check.mjs" "$pact" "http://127.0.0.1:$stub_port" || failed=1
done

# 3. pact-broker publish --validate: the broker CLI's own validation of our pact files. No broker can run
#    here, so the publish itself is cut off (an address where nothing listens); the validation, which it
#    prints first, is what counts.
timeout -k 5 20 npx --no-install pact-broker publish --validate --broker-base-url "http://127.0.0.1:9" \
    --consumer-app-version "interop-check" "$pacts" >"$work/publish.log" 2>&1 || true
if python3 - "$work/publish.log" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
start = text.find("[")
report = json.JSONDecoder().raw_decode(text[start:])[0] if start >= 0 else None
if not report:
    print("pact-broker validate: no validation report (see the log)")
    sys.exit(1)
bad = [r for r in report if r.get("results")]
print(f"pact-broker validate: {len(report) - len(bad)}/{len(report)} pact files valid for publishing")
for r in bad:
    print("  INVALID " + r["source"] + ": " + json.dumps(r["results"]))
sys.exit(1 if bad else 0)
PY
then :; else failed=1; fi

exit "$failed"
