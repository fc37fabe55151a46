#!/usr/bin/env bash
# Prints "N passed, N failed, N skipped" summed over every result file of a run:
# TRX files (dotnet test) and JSON reports (vitest / playwright) under the given directory.
# Reads the results themselves, never a runner's own summary line. The optional second argument
# counts suites that could not run, reported as failures.
set -euo pipefail
dir=${1:?usage: summarize.sh RESULTS_DIR [BROKEN_SUITES]}
broken=${2:-0}
python3 - "$dir" "$broken" <<'PY'
import json, pathlib, re, sys
root = pathlib.Path(sys.argv[1])
passed = skipped = 0
# A suite or check that could not run at all counts as one failure each.
failed = int(sys.argv[2])
for trx in root.rglob("*.trx"):
    text = trx.read_text(encoding="utf-8", errors="replace")
    for outcome in re.findall(r'<UnitTestResult\b[^>]*\boutcome="(\w+)"', text):
        if outcome == "Passed": passed += 1
        elif outcome in ("Failed", "Error", "Timeout", "Aborted"): failed += 1
        else: skipped += 1
for report in root.rglob("*.json"):
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
    except ValueError:
        continue
    if isinstance(data, dict) and "numPassedTests" in data:  # vitest --reporter=json
        passed += data["numPassedTests"]; failed += data["numFailedTests"]
        skipped += data.get("numPendingTests", 0) + data.get("numTodoTests", 0)
    elif isinstance(data, dict) and "stats" in data and "expected" in data["stats"]:  # playwright json
        s = data["stats"]
        passed += s.get("expected", 0) + s.get("flaky", 0); failed += s.get("unexpected", 0); skipped += s.get("skipped", 0)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
