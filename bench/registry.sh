#!/usr/bin/env bash
# Cooperatives registry benchmark.
#
#   ./bench/registry.sh [COUNT]        (from the repository root; COUNT defaults to 60000)
#
# What it does, and why:
#   1. Builds the API in Release and starts it on a free loopback port with a brand-new SQLite database in a
#      temp dir, so every run measures the same thing: an empty registry filled only by this run's import.
#   2. Generates COUNT cooperatives with the app's own demo generator (`CoopHub.Api.dll demo-csv`), seeded, so
#      the input is the same from run to run and realistic (Arabic + French names, sectors, regions).
#   3. Times POST /api/v1/cooperatives/import with that CSV (one all-or-nothing request).
#   4. Measures the directory queries with bench/RegistryBench (one client process, one keep-alive
#      connection, warm-up then N sequential requests), and prints p50/p95/p99 against a floor
#      (GET /health/live: the cost of HTTP + routing + JSON with no database work).
#
# It is a report, not a test: it exits 0 when everything ran, even if a figure MISSes its target,
# and non-zero only when something failed (build, start-up, a non-200 answer, ...).
#
# Knobs (environment): BENCH_PORT (first port to try, default 5090), BENCH_REQUESTS (default 300),
# BENCH_WARMUP (default 20), BENCH_SEED (generator seed, default 7), BENCH_KEEP=1 keeps the temp dir
# (database, CSV, server log) for inspection, e.g. with sqlite3 and EXPLAIN QUERY PLAN.
set -euo pipefail

COUNT="${1:-60000}"
REQUESTS="${BENCH_REQUESTS:-300}"
WARMUP="${BENCH_WARMUP:-20}"
SEED="${BENCH_SEED:-7}"
FIRST_PORT="${BENCH_PORT:-5090}"

die() { echo "registry.sh: ERROR: $*" >&2; exit 1; }

[[ "$COUNT" =~ ^[1-9][0-9]*$ ]] || die "COUNT must be a positive integer (got '$COUNT'). Usage: ./bench/registry.sh [COUNT]"
[[ "$REQUESTS" =~ ^[1-9][0-9]*$ && "$WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_REQUESTS must be > 0 and BENCH_WARMUP >= 0."
command -v dotnet >/dev/null 2>&1 \
  || die "'dotnet' is not on PATH. Install the .NET 10 SDK (https://dot.net) or add it to PATH, then run again."

# Paths are relative to the repository root, wherever the script is started from.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
API_PROJECT="api/CoopHub.Api"
API_OUT="$API_PROJECT/bin/Release/net10.0"
API_DLL="$API_OUT/CoopHub.Api.dll"
BENCH_PROJECT="bench/RegistryBench"
BENCH_DLL="$BENCH_PROJECT/bin/Release/net10.0/RegistryBench.dll"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/coophub-bench.XXXXXX")"
SERVER_PID=""
SERVER_LOG="$TMP/server.log"

# Always stop the server (and only the server we started, by its pid) and clean up, however we exit.
cleanup() {
  local status=$?
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    # Give Kestrel a moment to shut down gracefully, then insist.
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${BENCH_KEEP:-0}" == "1" || $status -ne 0 ]]; then
    echo "registry.sh: temp dir kept: $TMP (bench.db, coops.csv, server.log)" >&2
  else
    rm -rf "$TMP"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The status code of GET http://127.0.0.1:$1$2, or nothing if no answer. Uses bash's /dev/tcp so the
# script needs nothing but bash and dotnet; HTTP/1.0 makes the server close the connection after answering.
http_status() {
  local port=$1 path=$2 line=""
  {
    exec 3<>"/dev/tcp/127.0.0.1/$port" || return 0
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$path" "$port" >&3
    IFS=' ' read -r -t 5 _ line _ <&3 || true
    exec 3>&- 3<&-
  } 2>/dev/null
  echo "$line"
}

# A free loopback port: the first from FIRST_PORT on where nothing accepts a connection.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="$FIRST_PORT"
while port_in_use "$PORT"; do
  PORT=$((PORT + 1))
  (( PORT < FIRST_PORT + 100 )) || die "no free port in $FIRST_PORT..$((FIRST_PORT + 99)); set BENCH_PORT."
done
URL="http://127.0.0.1:$PORT"

echo "== CoopHub registry benchmark: $COUNT cooperatives, $REQUESTS requests per case, $(nproc 2>/dev/null || echo '?') CPU(s) =="
echo "temp dir: $TMP"

# 1. Build. Release, because Debug builds skip JIT optimisations and would make every figure meaningless.
#    Quiet output; on failure the build log is shown.
echo
echo "== Build (Release) =="
build() {
  local log="$TMP/build-$(basename "$1").log"
  if ! dotnet build "$1" -c Release -nologo -v quiet >"$log" 2>&1; then
    cat "$log" >&2
    die "'dotnet build $1 -c Release' failed (log above)."
  fi
  echo "built $1"
}
build "$API_PROJECT"
# The client is a separate project, not in CoopHub.sln; bench/Directory.*.props keep the repository's build
# settings and central package versions out of it.
build "$BENCH_PROJECT"
[[ -f "$API_DLL" ]] || die "$API_DLL not found after the build."
[[ -f "$BENCH_DLL" ]] || die "$BENCH_DLL not found after the build."

# 2. Input: the app's own generator, fixed seed, so two runs import identical files.
echo
echo "== Generate $COUNT cooperatives (demo-csv, seed $SEED) =="
dotnet "$API_DLL" demo-csv "$COUNT" "$TMP/coops.csv" "$SEED" || die "demo-csv generator failed."
[[ -s "$TMP/coops.csv" ]] || die "demo-csv wrote no file."
echo "$TMP/coops.csv: $(($(wc -l <"$TMP/coops.csv") - 1)) data lines, $(du -h "$TMP/coops.csv" | cut -f1)"

# 3. Start the server: Production environment (no developer exception page, production logging), a fresh
#    database file (migrated at start-up), no demo data, only our loopback port. The build output directory
#    is the content root so the shipped appsettings.json (log levels) applies, as it would in a deployment.
#    Importing needs staff rights (ImportCooperativesAuthorizer), so a throw-away admin API key is registered at
#    start-up (Bootstrap:AdminApiKey, format chk_<prefix>_<secret>) and the client sends it, as X-Api-Key, with
#    the import only. It lives only in this run's fresh database and goes through the environment, not argv.
#    Anonymous GETs are rate-limited per client IP (RateLimits:AnonymousReadsPerMinute, 300 by default); the
#    benchmark sends ~2,300 reads in a minute or two from one IP, so the limit is raised out of the way: the
#    limiter still runs on every request (its cost is measured), it just never rejects. The reads stay
#    anonymous on purpose: that is the public directory's path, with no per-request API-key lookup.
echo
echo "== Start API on $URL =="
BENCH_API_KEY="chk_bench$$_$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
export BENCH_API_KEY
ConnectionStrings__CoopHub="Data Source=$TMP/bench.db" \
DemoData__Enabled=false \
ASPNETCORE_ENVIRONMENT=Production \
Bootstrap__AdminApiKey="$BENCH_API_KEY" \
RateLimits__AnonymousReadsPerMinute=1000000000 \
  dotnet "$API_DLL" --urls "$URL" --contentRoot "$ROOT/$API_OUT" >"$SERVER_LOG" 2>&1 &
SERVER_PID=$!

# Ready means: database reachable and migrated (GET /health/ready == 200). Give up after 60 s, or at once
# if the process died (bad configuration, port taken meanwhile, ...).
for i in $(seq 1 600); do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    cat "$SERVER_LOG" >&2
    SERVER_PID=""
    die "the API exited during start-up (log above)."
  fi
  [[ "$(http_status "$PORT" /health/ready)" == "200" ]] && break
  if (( i == 600 )); then
    cat "$SERVER_LOG" >&2
    die "GET $URL/health/ready did not answer 200 within 60 s (server log above)."
  fi
  sleep 0.1
done
echo "ready (pid $SERVER_PID, log $SERVER_LOG)"

# 4 + 5. Import, then the query cases, then the report. One client process, one keep-alive connection.
echo
if ! dotnet "$BENCH_DLL" "$URL" "$TMP/coops.csv" "$COUNT" "$REQUESTS" "$WARMUP"; then
  echo "--- last lines of the server log ($SERVER_LOG) ---" >&2
  tail -n 40 "$SERVER_LOG" >&2
  die "the benchmark client failed (message above)."
fi
