#!/usr/bin/env bash
# Phone-first benchmark (issue 16): the directory on a throttled 390x844 touch Chromium in Arabic.
#
#   ./bench/web.sh                (from the repository root)
#
# Builds the API and the SPA, serves the built SPA from the API with demo data on a fresh SQLite database, and
# runs bench/web/measure.mjs: bytes on the wire by type, first contentful paint, first rows cold and on a return
# visit, each against its target. A report, not a test: exit 0 when everything ran, whatever the figures.
# Knobs: BENCH_PORT (default 5089), BENCH_PATH (default /cooperatives), CHROME_PATH (default /usr/bin/chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
require_dotnet
ensure_chromium
ensure_web_packages

port="${BENCH_PORT:-5089}"
tmp=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || dotnet build api/CoopHub.Api -c Release --nologo -v quiet >/dev/null
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || (cd web && npm run build --silent >/dev/null)
ConnectionStrings__CoopHub="Data Source=$tmp/bench.db" DemoData__Enabled=true Spa__Root="$PWD/web/dist" \
  RateLimits__AnonymousReadsPerMinute=100000 \
  dotnet api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll --urls "http://127.0.0.1:$port" >"$tmp/api.log" 2>&1 &
pid=$!
wait_ready "http://127.0.0.1:$port" "$tmp/api.log"
(cd web && BENCH_URL="http://127.0.0.1:$port" node ../bench/web/measure.mjs)
