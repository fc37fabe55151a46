#!/usr/bin/env bash
# Lighthouse (mobile) on the public pages people reach first, in Arabic (issue 16): performance, accessibility,
# best practices and SEO for each, printed as a table; the JSON reports are kept under TestResults/lighthouse.
#
#   ./bench/lighthouse.sh [BASE_URL]   (default: builds and serves the API with demo data on BENCH_PORT, 5089)
#
# Runs Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) headless with Lighthouse's mobile emulation
# (Moto G Power, simulated slow 4G). A report, not a test: exit 0 when everything ran, whatever the scores.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
ensure_web_packages
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$PWD/TestResults/lighthouse"
mkdir -p "$out"

base="${1:-}"
if [ -z "$base" ]; then
  require_dotnet
  port="${BENCH_PORT:-5089}"
  tmp=$(mktemp -d)
  trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
  dotnet build api/CoopHub.Api -c Release --nologo -v quiet >/dev/null
  (cd web && npm run build --silent >/dev/null)
  ConnectionStrings__CoopHub="Data Source=$tmp/bench.db" DemoData__Enabled=true Spa__Root="$PWD/web/dist" \
    RateLimits__AnonymousReadsPerMinute=100000 \
    dotnet api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll --urls "http://127.0.0.1:$port" >"$tmp/api.log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
  wait_ready "$base" "$tmp/api.log"
fi

printf '%-28s %5s %5s %5s %5s  %s\n' page perf a11y bp seo "FCP / LCP / TBT"
for page in /cooperatives /calls /events /ideas; do
  name=$(echo "$page" | tr -c 'a-z0-9\n' '-' | sed 's/^-//')
  web/node_modules/.bin/lighthouse "$base$page" --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --lang=ar-MA" >/dev/null 2>&1 \
    || { echo "$page: lighthouse did not finish"; continue; }
  node -e '
    const r = require(process.argv[1]); const c = r.categories, a = r.audits;
    const s = (k) => String(Math.round((c[k]?.score ?? 0) * 100)).padStart(5);
    console.log(process.argv[2].padEnd(28), s("performance"), s("accessibility"), s("best-practices"), s("seo"), " ",
      a["first-contentful-paint"].displayValue, "/", a["largest-contentful-paint"].displayValue, "/", a["total-blocking-time"].displayValue);
  ' "$out/$name.json" "$page"
done
echo "Targets (issue 16): performance >= 90, accessibility >= 95, best practices >= 95, SEO >= 95."
