#!/usr/bin/env bash
# Runs every test suite and ends with one line: "N passed, N failed, N skipped".
# Exit status is non-zero when any test fails or a suite cannot run.
#
# Three stages, measured on the 2-core machine (ADR 0034, amended):
#   1. the build, beside the SPA's checks (generated client, lint, types) and its bundle;
#   2. NUnit beside Vitest: both keep the cores busy; beside the browser tests Vitest's waits for the screen went over
#      their limits on a busy machine;
#   3. Playwright alone, in two halves at once (the read-only specs named in SWEEPS in web/playwright.config.ts, on two
#      workers; every other spec), each half against its own API process and database so neither sees the other's
#      writes; on Chromium's headless shell, without the pictures made for people (E2E_SCREENSHOTS=off), the API's
#      background senders polling every 0.5 s.
# Each runner writes its output to TestResults/logs/, printed whole when its stage ends; a line with the time marks
# each stage. The phone benchmark runs last, on a quiet machine.
set -uo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
require_dotnet
require_tool python3 "install python3 (apt-get install -y python3); it reads the test result files."
require_tool curl "install curl (apt-get install -y curl); the browser tests wait on the API with it."

results=$PWD/TestResults
rm -rf "$results"
mkdir -p "$results/logs" "$results/web"
broken_dir=$results/broken # one file per suite or check that could not run: each counts as a failure
mkdir -p "$broken_dir"
broken() { echo "error: $1" >&2; echo "$1" >"$(mktemp "$broken_dir/XXXXXX")"; }
# ran_whole EXIT_STATUS RESULT_FILE PATTERN_OF_A_FAILURE WHAT: a runner that failed without a failed test in its results
# (a crashed test host, a timeout of the whole run) counts as a suite that could not run.
ran_whole() {
  [ "$1" = 0 ] && return 0
  [ -f "$2" ] && grep -Eq "$3" "$2" && return 0
  broken "$4 ended abnormally (exit $1) without a failed test in its results."
}
e2e_root=$(mktemp -d)
cleanup() {
  pkill -f "CoopHub.Api.dll --urls http://127.0.0.1:${E2E_PORT:-5180}" 2>/dev/null
  pkill -f "CoopHub.Api.dll --urls http://127.0.0.1:$((${E2E_PORT:-5180} + 1))" 2>/dev/null
  rm -rf "$e2e_root"
}
trap cleanup EXIT
stage() { echo "== $(date +%H:%M:%S) $1 =="; }
web=false
[ -f web/package.json ] && web=true

stage "Build (dotnet, Release) beside the SPA's checks (generated client up to date, lint, types) and its bundle"
if $web; then
  ensure_web_packages
  # Lint, the type check and the bundle each keep about one core busy, as the build does in its busy stretches. The
  # types are checked once (typecheck): the bundle alone is built (vite build, not npm run build, which checks again).
  (cd web && npm run --silent lint >"$results/logs/lint.log" 2>&1) & lint=$!
  (cd web && npm run --silent typecheck >"$results/logs/typecheck.log" 2>&1) & typecheck=$!
  (cd web && npx --no-install vite build --logLevel warn >"$results/logs/bundle.log" 2>&1) & bundle=$!
  (cd web && npm run --silent check:api) || broken "npm run check:api failed: run npm run generate:api in web/ and commit the result."
fi
built=true
dotnet build CoopHub.sln -c Release --nologo -v quiet || { broken "the solution does not build."; built=false; }
bundled=false
if $web; then
  wait "$lint" || { cat "$results/logs/lint.log"; broken "npm run lint failed."; }
  wait "$typecheck" || { cat "$results/logs/typecheck.log"; broken "npm run typecheck failed."; }
  if wait "$bundle"; then bundled=true; else cat "$results/logs/bundle.log"; broken "the SPA's bundle does not build (vite build)."; fi
fi

stage "C# client (generated with NSwag from the committed contract, up to date)"
if $built; then
  dotnet run --project clients/csharp/Generator -c Release --no-build -- api/CoopHub.Api/openapi/v1.json clients/csharp/CoopHub.Client/CoopHubClient.g.cs --check \
    || broken "the C# client is out of date: run ./build/client.sh and commit the result."
fi

api_tests() {
  stage "API tests (NUnit: SQLite; SQL Server via Testcontainers where Docker exists)"
  if $built; then
    dotnet test tests/CoopHub.Api.Tests -c Release --no-build --nologo \
      --logger "trx;LogFileName=api.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results/api"
    ran_whole $? "$results/api/api.trx" 'outcome="Failed"' "the API test run"
  fi
}

vitest_suite() {
  stage "SPA unit tests (Vitest)"
  rm -f web/test-results/vitest.json
  (cd web && npm test --silent)
  ran_whole $? web/test-results/vitest.json '"numFailedTests": *[1-9]' "Vitest"
  [ -f web/test-results/vitest.json ] && cp web/test-results/vitest.json "$results/web/"
}

# start_api NAME PORT: the built API with demo data on its own database, mail and files (a folder of the run's
# temporary one), its log in TestResults/logs/api-NAME.log.
start_api() {
  local name=$1 port=$2 dir=$e2e_root/$1
  mkdir -p "$dir"
  ConnectionStrings__CoopHub="Data Source=$dir/e2e.db" DemoData__Enabled=true Spa__Root="$PWD/web/dist" \
    Bootstrap__AdminEmail=admin@coophub.local Bootstrap__AdminPassword=CoopHub-dev-admin-2026 \
    RateLimits__AnonymousReadsPerMinute=100000 RateLimits__SignInPerMinute=1000 RateLimits__AccountCodesPerMinute=1000 \
    Webhooks__AllowPrivateTargets=true \
    Notifications__PickupDirectory="$dir/mail" Notifications__SmsPickupDirectory="$dir/sms" Files__Root="$dir/files" \
    Notifications__PollInterval=00:00:00.5 Webhooks__PollInterval=00:00:00.5 \
    dotnet api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll --urls "http://127.0.0.1:$port" >"$results/logs/api-$name.log" 2>&1 &
  echo $!
}

# playwright_half NAME PORT: one half of the browser tests (E2E_LANE, see playwright.config.ts) against its API.
playwright_half() {
  local name=$1 port=$2
  (cd web && E2E_SCREENSHOTS=off E2E_LANE=$name E2E_BASE_URL="http://127.0.0.1:$port" E2E_MAIL_DIR="$e2e_root/$name/mail" E2E_SMS_DIR="$e2e_root/$name/sms" npm run --silent e2e) \
    >"$results/logs/playwright-$name.log" 2>&1
  ran_whole $? "web/test-results/e2e-$name.json" '"unexpected": *[1-9]' "Playwright ($name)"
}

browser_tests() {
  stage "Browser tests (Playwright, Debian chromium, against the API serving the built SPA; two halves at once)"
  if ! { $bundled && ensure_chromium; }; then
    broken "the browser tests could not run (chromium or the SPA's bundle is missing)."
    return
  fi
  local port=${E2E_PORT:-5180}
  # Both start at once (each loads the demo data); wait_ready watches the process in $pid.
  local phone_api rest_api
  phone_api=$(start_api phone "$port"); rest_api=$(start_api rest $((port + 1)))
  pid=$phone_api wait_ready "http://127.0.0.1:$port" "$results/logs/api-phone.log"
  pid=$rest_api wait_ready "http://127.0.0.1:$((port + 1))" "$results/logs/api-rest.log"
  rm -f web/test-results/e2e*.json
  playwright_half phone "$port" & local phone=$!
  playwright_half rest $((port + 1)) & local rest=$!
  wait "$phone"; wait "$rest"
  for half in phone rest; do
    echo "-- Playwright: $half --"
    cat "$results/logs/playwright-$half.log"
    [ -f "web/test-results/e2e-$half.json" ] && cp "web/test-results/e2e-$half.json" "$results/web/"
  done
}

if $built; then
  if $web; then
    # Vitest beside NUnit (both keep the cores busy, neither waits on a screen of the other), then the browser tests
    # alone: beside them, Vitest's waits for the screen went over their limits (ADR 0034).
    vitest_suite >"$results/logs/vitest.log" 2>&1 & vitest=$!
    api_tests
    wait "$vitest"; cat "$results/logs/vitest.log"
    browser_tests
  else
    api_tests
  fi
  # Whatever stopped a stage early (a host that never became ready, a runner that died), a suite without results fails.
  [ -f "$results/api/api.trx" ] || broken "the API test run wrote no results."
  if $web; then
    [ -f "$results/web/vitest.json" ] || broken "Vitest wrote no results."
    for half in phone rest; do [ -f "$results/web/e2e-$half.json" ] || broken "Playwright ($half) wrote no results."; done
  fi

  if $web && [ -f web/dist/index.html ]; then
    port=${E2E_PORT:-5180}
    stage "Phone benchmark (a report, not a test: the directory throttled to 400 ms RTT and 400 kbit/s, ar-MA, 390x844)"
    (cd web && BENCH_URL="http://127.0.0.1:$port" timeout 300 node ../bench/web/measure.mjs) \
      || echo "note: the phone benchmark did not run to the end; no figures this time (it never fails the build)."
    # Lighthouse, once a page, a new browser for each (about 10 s a page here): the seven pages people reach first
    # when the run is within its budget (the tests took under LIGHTHOUSE_ALL_WITHIN seconds, 11 minutes by default),
    # else the directory alone (about 12 s), so a slow machine stays within CI's 15 minutes; CI_LIGHTHOUSE=1 runs the
    # seven in any case, and ./bench/lighthouse.sh gives the median of three runs a page (one run moves on a busy
    # machine).
    if [ "${CI_LIGHTHOUSE:-0}" = "1" ] || [ "$SECONDS" -le "${LIGHTHOUSE_ALL_WITHIN:-660}" ]; then
      stage "Lighthouse (a report, not a test: mobile, Arabic, the seven first pages, one run each; reports under TestResults/lighthouse)"
      only=""
    else
      stage "Lighthouse (a report, not a test: mobile, Arabic, the directory alone: the tests took ${SECONDS} s, over ${LIGHTHOUSE_ALL_WITHIN:-660} s; all pages with CI_LIGHTHOUSE=1 or ./bench/lighthouse.sh)"
      only="directory"
    fi
    (LIGHTHOUSE_ONLY="$only" LIGHTHOUSE_OUT="$results/lighthouse" timeout 240 node bench/web/lighthouse.mjs "http://127.0.0.1:$port") \
      || echo "note: Lighthouse did not run to the end; no scores this time (it never fails the build)."
  fi
fi
cleanup
summary=$(build/summarize.sh "$results" "$(find "$broken_dir" -type f | wc -l)")
echo "$summary"
failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) failed.*/\1/')
[ "$failed" != "0" ] && exit 1
exit 0
