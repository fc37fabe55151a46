#!/usr/bin/env bash
# One vs two API instances on one SQLite database (issue 20): requests/s and p95 for the directory list, a search and
# event registrations, N concurrent clients, requests spread round robin over the instances (bench/instances.py); then
# the outbox: DELIVERIES webhook deliveries drained by one dispatcher, then by two, each on a fresh SQLite file
# (bench/outbox.py: deliveries/s and exactly-once).
#
#   ./bench/instances.sh [REQUESTS] [CLIENTS] [DELIVERIES]   (defaults 600, 8 and 1000; ports BENCH_PORT and BENCH_PORT+1,
#                                                             default 5330; BENCH_ONLY=outbox skips the requests)
#
# SQLite has one writer: two instances on one file are correct (tests/CoopHub.Api.Tests/Instances prove it), not
# faster. The point of these figures is that the second instance costs nothing in correctness and little in speed.
# A report, not a test (not in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS="${1:-600}"; CLIENTS="${2:-8}"; DELIVERIES="${3:-1000}"; PORT="${BENCH_PORT:-5330}"
KEY="chk_benchadmin_0123456789abcdefghijklmnop"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/coophub-instances.XXXXXX")"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] || dotnet build api/CoopHub.Api -c Release --nologo -v quiet >/dev/null
DLL="api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll"

start() { # port demo [database file]
  ConnectionStrings__CoopHub="Data Source=${3:-$TMP/bench.db}" DemoData__Enabled="$2" Logging__LogLevel__Default=Warning \
    Webhooks__AllowPrivateTargets=true Webhooks__AllowLoopbackHttp=true Webhooks__PollInterval=00:00:00.050 \
    Bootstrap__AdminEmail=admin@coophub.local Bootstrap__AdminPassword=CoopHub-dev-admin-2026 Bootstrap__AdminApiKey="$KEY" \
    RateLimits__AnonymousReadsPerMinute=1000000 HOME="$TMP/home-$1" \
    dotnet "$DLL" --urls "http://127.0.0.1:$1" >"$TMP/api-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 1; done
  echo "instance on $1 did not start" >&2; cat "$TMP/api-$1.log" >&2; exit 1
}
event() { # port capacity
  local start end
  start=$(date -u -d '+10 days' +%Y-%m-%dT10:00:00); end=$(date -u -d '+10 days' +%Y-%m-%dT15:00:00)
  curl -sf -X POST "http://127.0.0.1:$1/api/v1/events" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d "{
    \"kind\":\"workshop\",\"titleAr\":\"ورشة\",\"titleFr\":\"Atelier\",\"startsAt\":\"$start\",\"endsAt\":\"$end\",
    \"venue\":{\"address\":\"Oujda\"},\"regionCode\":\"MA-02\",\"provinceCode\":\"MA-OUJ\",\"capacity\":$2,
    \"audience\":\"public\",\"status\":\"published\",\"agenda\":[{\"time\":\"09:00\",\"titleFr\":\"Accueil\"}]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }

if [ "${BENCH_ONLY:-}" != outbox ]; then
  echo "| instances | operation | requests/s | p95 ms | statuses |"
  echo "|---|---|---|---|---|"
  start "$PORT" true
  python3 bench/instances.py "$PORT" "$(event "$PORT" 50)" "$KEY" "$REQUESTS" "$CLIENTS"
  start "$((PORT + 1))" false
  python3 bench/instances.py "$PORT,$((PORT + 1))" "$(event "$PORT" 50)" "$KEY" "$REQUESTS" "$CLIENTS"
  stop_all
  echo
fi

# The outbox: one event, DELIVERIES subscribers; one dispatcher, then two on a fresh file (PollInterval 50 ms).
echo "| dispatchers | deliveries | seconds | deliveries/s | exactly once |"
echo "|---|---|---|---|---|"
start "$PORT" false "$TMP/outbox-1.db"
python3 bench/outbox.py "$PORT" "$KEY" "$DELIVERIES"
stop_all
start "$PORT" false "$TMP/outbox-2.db"
start "$((PORT + 1))" false "$TMP/outbox-2.db"
python3 bench/outbox.py "$PORT,$((PORT + 1))" "$KEY" "$DELIVERIES"
