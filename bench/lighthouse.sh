#!/usr/bin/env bash
# Lighthouse (mobile) on the pages people reach first, in Arabic (issue 16): the directory, a cooperative, the open
# calls, an open call, its application form (signed in as the bootstrap administrator), the events and the ideas.
# Performance, accessibility, best practices and SEO for each, printed as a table (bench/web/lighthouse.mjs); the
# JSON and HTML reports are kept under TestResults/lighthouse (LIGHTHOUSE_OUT), with scores.json.
#
#   ./bench/lighthouse.sh [BASE_URL]   (default: builds and serves the API with demo data on BENCH_PORT, 5089)
#   LIGHTHOUSE_ONLY=ideas,cooperative limits the run to those pages; BENCH_SKIP_BUILD=1 uses the last build;
#   LIGHTHOUSE_RUNS=N (default 3) reports each page's median run by performance, with the range of the N scores
#   (one run moves by ten points or more on a busy machine).
#
# Runs Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) headless with Lighthouse's mobile emulation
# (Moto G Power, simulated slow 4G). A report, not a test: exit 0 when everything ran, whatever the scores.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
ensure_web_packages
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="${LIGHTHOUSE_OUT:-$PWD/TestResults/lighthouse}"
mkdir -p "$out"

base="${1:-}"
if [ -z "$base" ]; then
  require_dotnet
  port="${BENCH_PORT:-5089}"
  tmp=$(mktemp -d)
  trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] || dotnet build api/CoopHub.Api -c Release --nologo -v quiet >/dev/null
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] || (cd web && npm run build --silent >/dev/null)
  ConnectionStrings__CoopHub="Data Source=$tmp/bench.db" DemoData__Enabled=true Spa__Root="$PWD/web/dist" \
    Bootstrap__AdminEmail=admin@coophub.local Bootstrap__AdminPassword=CoopHub-dev-admin-2026 \
    RateLimits__AnonymousReadsPerMinute=100000 RateLimits__SignInPerMinute=1000 \
    dotnet api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll --urls "http://127.0.0.1:$port" >"$tmp/api.log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
  wait_ready "$base" "$tmp/api.log"
fi

LIGHTHOUSE_OUT="${LIGHTHOUSE_OUT:-$out}" LIGHTHOUSE_RUNS="${LIGHTHOUSE_RUNS:-3}" node bench/web/lighthouse.mjs "$base"
