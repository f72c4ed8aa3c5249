#!/usr/bin/env bash
# Optional faster start (about a third less start-up time) with a class-data-sharing archive:
# extracts the self-contained target/boot/mock-server.jar into target/cds/, runs it once to record
# the classes it loads, and prints the command that starts the server from the archive. Rebuild the archive after every build of
# the jar (the JVM refuses, with a warning, an archive that does not match the jar).
# Usage: mock-server/scripts/cds.sh      (after: mvn -o -B -pl mock-server package)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/target/boot/mock-server.jar"
out="$here/target/cds"
[ -f "$jar" ] || { echo "cds.sh: $jar is missing; build it with: mvn -o -B -pl mock-server package" >&2; exit 2; }
rm -rf "$out"
java -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
# A training run: Spring stops right after the context refresh; the JVM writes the archive at exit.
java -XX:ArchiveClassesAtExit="$out/app.jsa" -Dspring.context.exit=onRefresh -jar "$out/mock-server.jar" \
  --port 0 --quiet --logging.level.root=warn >/dev/null
echo "Archive written. Start the server with:"
echo "  java -XX:SharedArchiveFile=$out/app.jsa -jar $out/mock-server.jar --port 8080"
