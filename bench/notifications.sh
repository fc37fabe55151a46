#!/usr/bin/env bash
# Reach benchmark (issue 18): publishing a call that matches 5,500 cooperatives of one region of the 60,000-row registry.
#
#   ./bench/notifications.sh [COUNT]     (from the repository root; COUNT defaults to 5500)
#
# What it does (bench/NotificationBench does the measuring):
#   1. Builds the API and the driver in Release; generates the 60,000-row registry with the app's own generator
#      (`CoopHub.Api.dll demo-csv`, seed fixed), then makes exactly COUNT rows active in the Oriental (MA-02) with an
#      e-mail contact and no account (one e-mail each) and moves the generator's other Oriental rows elsewhere.
#   2. Starts the API (Production, fresh SQLite database, dispatcher on, polling every 100 ms, claim lease 5 s) sending
#      to a local SMTP server on loopback (the SmtpServer package the tests use), imports the registry and publishes a
#      call for MA-02: times the queueing, from the POST of the published call to the last of the COUNT rows.
#   3. Receives the e-mails; when half have arrived, kills the API with SIGKILL, restarts it, and waits for the rest;
#      counts what arrived by Message-ID (the message's id): duplicates and losses.
#   4. Publishes a second call with Smtp:Pipelining=true, for the comparison of the delivery rate.
#
# A report, not a test (not in CI): exit 0 when everything ran, even if a figure MISSes its target.
# Knobs: BENCH_PORT (default 5401), BENCH_REGISTRY (default 60000), BENCH_SEED (7), BENCH_KEEP=1 keeps the temp dir.
set -euo pipefail

COUNT="${1:-5500}"
REGISTRY="${BENCH_REGISTRY:-60000}"
SEED="${BENCH_SEED:-7}"
PORT="${BENCH_PORT:-5401}"

die() { echo "notifications.sh: ERROR: $*" >&2; exit 1; }
[[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || die "COUNT must be a positive integer (got '$COUNT')."
command -v dotnet >/dev/null 2>&1 || die "'dotnet' is not on PATH. Install the .NET 10 SDK."

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
API_PROJECT="api/CoopHub.Api"
API_OUT="$API_PROJECT/bin/Release/net10.0"
BENCH_PROJECT="bench/NotificationBench"
BENCH_DLL="$BENCH_PROJECT/bin/Release/net10.0/NotificationBench.dll"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/coophub-reach.XXXXXX")"
cleanup() {
  local status=$?
  if [[ "${BENCH_KEEP:-0}" == "1" || $status -ne 0 ]]; then echo "notifications.sh: temp dir kept: $TMP" >&2; else rm -rf "$TMP"; fi
  exit $status
}
trap cleanup EXIT

echo "== CoopHub reach benchmark: a call to $COUNT cooperatives of a $REGISTRY-row registry, $(nproc 2>/dev/null || echo '?') CPU(s) =="
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  for project in "$API_PROJECT" "$BENCH_PROJECT"; do
    dotnet build "$project" -c Release -nologo -v quiet >"$TMP/build.log" 2>&1 || { cat "$TMP/build.log" >&2; die "build of $project failed"; }
  done
fi
dotnet "$API_OUT/CoopHub.Api.dll" demo-csv "$REGISTRY" "$TMP/generated.csv" "$SEED" || die "demo-csv generator failed."
dotnet "$BENCH_DLL" "$ROOT/$API_OUT/CoopHub.Api.dll" "$ROOT/$API_OUT" "$TMP/generated.csv" "$TMP" "$PORT" "$COUNT"
