#!/usr/bin/env bash
# contract diff and openapi-diff alone, side by side, on real edits of the spec (edits.py).
# Needs the CLI built (mvn -B -Pquickstart package). Prints one Markdown row per edit:
# edit | openapi-diff | contract diff exit | rules of the errors.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benchmarks/diff-edits/edits.py "$work/edits" >&2
echo "| edit | openapi-diff alone | contract diff | error rules (warnings) |"
echo "|---|---|---|---|"
for edit in "$work"/edits/*.yaml; do
  name=$(basename "$edit" .yaml)
  set +e
  ./contract diff --base openapi/agent-tokens.yaml --spec "$edit" --report-dir "$work/$name" >/dev/null 2>&1
  code=$?
  set -e
  python3 - "$work/$name/contract-report.json" "$name" "$code" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
findings = [f for c in report["checks"] for f in c.get("findings", [])]
errors = sorted({f["rule"] for f in findings if f["severity"].lower() == "error"})
warnings = sorted({f["rule"] for f in findings if f["severity"].lower() == "warning"})
verdict = report["stats"]["openapi-diff verdict"]
ours = "exit " + sys.argv[3] + (" breaking" if sys.argv[3] == "1" else " compatible")
rules = ", ".join(errors) + ((" (" + ", ".join(warnings) + ")") if warnings else "")
print(f"| {sys.argv[2]} | {verdict} | {ours} | {rules} |")
PY
done
