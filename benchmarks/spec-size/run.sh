#!/usr/bin/env bash
# How the engines scale with the size of a spec (a benchmark, not a test): specs of N trivial
# resource collections (create, list, read, delete each: 4N operations) are generated, then
# `contract lint`, a self-`contract diff` and `contract check` (against nothing listening: the
# plan, link inference included, is built and every request fails fast) are timed, with the peak
# memory of each run. Prints one line per size; times should grow about linearly with N.
#
# Usage: benchmarks/spec-size/run.sh [N ...]   (default: 250 500 1000 2500)
# Needs the CLI built (mvn -B -Pquickstart package) and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(250 500 1000 2500)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
measure() { # label command...
  local out; out=$( { /usr/bin/time -f "%e s %M KB" "${@:2}" >/dev/null 2>"$work/err"; } 2>&1 || true)
  tail -1 "$work/err" | awk -v l="$1" '{printf "%s %s s, %d MB; ", l, $1, $3 / 1024}'
}
for n in "${sizes[@]}"; do
  python3 - "$n" "$work/spec-$n.yaml" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
lines = ["openapi: 3.0.3", "info: {title: size, version: '1'}", "security: [{bearer: []}]", "paths:"]
for i in range(n):
    lines += [f"  /things{i}:", "    get:", f"      operationId: list{i}", "      responses:",
              "        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}",
              "    post:", f"      operationId: create{i}",
              "      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}",
              "      responses:", "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}",
              f"  /things{i}/{{thingId}}:", "    parameters: [{name: thingId, in: path, required: true, schema: {type: string}}]",
              "    get:", f"      operationId: read{i}", "      responses:",
              "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}",
              "        '404': {description: none}",
              "    delete:", f"      operationId: delete{i}", "      responses: {'204': {description: gone}, '404': {description: none}}"]
lines += ["components:", "  securitySchemes: {bearer: {type: http, scheme: bearer}}",
          "  schemas:", "    Thing: {type: object, required: [name], properties: {id: {type: string}, name: {type: string}}}"]
open(out, "w").write("\n".join(lines) + "\n")
PY
  cp "$work/spec-$n.yaml" "$work/copy-$n.yaml"
  line="$((4 * n)) operations: "
  line+=$(measure lint ./contract lint --spec "$work/spec-$n.yaml" --report-dir "$work/l$n")
  line+=$(measure diff ./contract diff --base "$work/spec-$n.yaml" --spec "$work/copy-$n.yaml" --report-dir "$work/d$n")
  line+=$(measure check ./contract check --spec "$work/spec-$n.yaml" --base-url http://127.0.0.1:9 --token t --timeout 1 \
    --max-requests 100000 --sequences 0 --report-dir "$work/c$n")
  echo "$line"
done
