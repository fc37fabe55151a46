#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed, N skipped".
# Exit status is non-zero when any test fails or a suite cannot run.
set -uo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
require_dotnet
require_tool python3 "install python3 (apt-get install -y python3); it reads the test result files."

results=TestResults
rm -rf "$results"
mkdir -p "$results"
status=0

echo "== API tests (NUnit: SQLite; SQL Server via Testcontainers where Docker exists) =="
if ! dotnet build CoopHub.sln -c Release --nologo -v quiet; then
  echo "error: the solution does not build." >&2
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
dotnet test tests/CoopHub.Api.Tests -c Release --no-build --nologo \
  --logger "trx;LogFileName=api.trx" --logger "console;verbosity=minimal" \
  --results-directory "$results/api" || status=1

summary=$(build/summarize.sh "$results")
failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) failed.*/\1/')
if [ ! -f "$results/api/api.trx" ]; then
  echo "error: the API test run wrote no results." >&2
  status=1
fi
[ "$failed" != "0" ] && status=1
echo "$summary"
exit $status
