#!/usr/bin/env bash
# Side-by-side benchmark (not a test): contract check vs Specmatic's generated contract tests,
# against the bundled mock server behind the fault server, clean and with each planted fault.
#   benchmarks/specmatic/compare.sh [--clean-runs N] [--faults name,name]
# Needs: a built checkout (mvn -B -DskipTests install), JDK 17, npm (installs the pinned Specmatic
# into benchmarks/specmatic/node_modules on first use). Takes about 12 minutes on 2 cores.
# Output: a Markdown table on stdout and in benchmarks/specmatic/target/results.md, with every
# run's console log and reports under benchmarks/specmatic/target/{contract,specmatic}/<fault>/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."

for jar in mock-server/target/mock-server.jar cli/target/contract.jar fault-server/target/fault-server.jar; do
  if [ ! -f "$jar" ]; then
    echo "compare: $jar is missing; build first with: mvn -B -DskipTests install" >&2
    exit 2
  fi
done
if [ ! -f "$here/node_modules/specmatic/specmatic.jar" ]; then
  echo "compare: installing the pinned Specmatic (package.json) with npm ci" >&2
  (cd "$here" && npm ci --no-audit --no-fund >&2)
fi
rm -rf "$here/target"
exec java -cp fault-server/target/fault-server.jar "$here/Compare.java" "$@"
