#!/usr/bin/env bash
# Proves the toolkit can be adopted from a Maven repository alone: deploys this release to a local
# file repository, builds examples/consumer-app against it (BOM import, plugin, JUnit extension),
# then plants a fault the gate must catch: a recorded interaction answering with a status the spec
# does not document must fail the consumer's build, for that reason; and a spec other than the one
# the project's client was built from must be refused, in one line.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
repo="$root/target/release-repo"
app="$root/examples/consumer-app"
version="$(sed -n 's:.*<contractgate.version>\(.*\)</contractgate.version>.*:\1:p' "$app/pom.xml")"

# expect_refusal LOG PATTERN WHAT-PASSED WHY ARGS...: the consumer's offline build with ARGS must fail, and for
# the reason PATTERN names (in LOG), else this script fails saying what went wrong. Every build here resolves
# online (Maven Central and the file release repository): nothing may rely on what an earlier build left in
# the local repository, so a new machine with an empty ~/.m2 runs this script as it is.
expect_refusal() {
  local log="$1" pattern="$2" passed="$3" why="$4"
  shift 4
  if mvn -B -ntp -f "$app/pom.xml" -Dcontractgate.repo="file://$repo" "$@" > "$log" 2>&1; then
    echo "FAIL: the consumer's build $passed; see $log" >&2
    exit 1
  fi
  if ! grep -q "$pattern" "$log"; then
    echo "FAIL: the consumer's build failed, but not for $why; see $log" >&2
    exit 1
  fi
}

echo "-- deploy the release to $repo"
(cd "$root" && mvn -B -ntp -q deploy -DskipTests -DaltDeploymentRepository="release::file:$repo")

echo "-- build the consumer app against it: our artifacts from the release repository, the rest from Maven Central"
mvn -B -ntp -f "$app/pom.xml" -Dcontractgate.repo="file://$repo" clean verify

echo "-- planted fault: one interaction now answers 418, which the spec does not document"
pact="$(ls "$app"/target/pacts/*.json | head -n 1)"
sed -i '0,/"status": 200/s//"status": 418/' "$pact"
grep -q '"status": 418' "$pact"
expect_refusal "$app/target/planted-fault.log" "pact.response.status.undocumented" \
  "passed a pact with an undocumented status" "the undocumented status" \
  "dev.contractgate:contract-gate-maven-plugin:$version:pacts"
echo "OK: the consumer's build fails on the undocumented status (pact.response.status.undocumented)"

echo "-- planted mismatch: the build's spec is not the one the project's client was built from"
edited="$app/target/edited-spec.yaml"
{ cat "$app/target/contract-gate-spec/agent-tokens.yaml"; echo "# edited after the release"; } > "$edited"
log="$app/target/planted-mismatch.log"
expect_refusal "$log" "was built from the spec with SHA-256 .*allowSpecMismatch" \
  "mixed a client with another spec" "the spec mismatch" \
  -Dcontractgate.spec="$edited" "dev.contractgate:contract-gate-maven-plugin:$version:lint"
echo "OK: a client built from another spec is refused: $(grep -o 'contract-gate:lint: the project.*' "$log" | head -n 1 | cut -c1-160)…"
