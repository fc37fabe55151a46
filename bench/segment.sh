#!/usr/bin/env bash
# Staff message to a segment: how long the preview and the send take on the 60,000-row registry, how fast the
# background fan-out writes the messages, and how fast they are delivered (issue 18, item 3; ADR 0026).
#
#   ./bench/segment.sh [COUNT] [REGION]     (from the repository root; COUNT defaults to 60000, REGION to MA-02)
#
#   1. Builds the API (Release), generates COUNT cooperatives with the app's own seeded generator (demo-csv) and
#      imports them into a fresh SQLite database (the registry benchmark's input).
#   2. The generator writes no contact e-mail, so the bench gives every cooperative of REGION one
#      (coop-<registration number>@example.ma), then records, directly in the database, an e-mail opt-in to
#      announcements for the contacts of OPTED (default 5500) of them (as a registry import carrying the consent
#      would, source registry-import): without an opt-in a contact hears no announcement (ADR 0024).
#   3. Times PreviewSegmentMessage for the region, then SendSegmentMessage with its fingerprint (202), then follows
#      GetSegmentMessage: the fan-out (all messages written to ntf_messages) and the delivery (every e-mail written
#      as an .eml to the pickup directory: no SMTP server) until the campaign is completed.
#   4. Checks no recipient got two messages on a channel and every message was delivered.
# A report, not a test: exits 0 when it ran. Needs bash, dotnet, curl, python3 and sqlite3.
set -euo pipefail

COUNT="${1:-60000}"
REGION="${2:-MA-02}"
PORT="${BENCH_PORT:-5390}"
OPTED="${BENCH_OPTED:-5500}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
API_DLL="api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll"
TMP="$(mktemp -d "${TMPDIR:-/tmp}/coophub-segment.XXXXXX")"
SERVER_PID=""
die() { echo "segment.sh: ERROR: $*" >&2; exit 1; }
cleanup() {
  local status=$?
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [[ "${BENCH_KEEP:-0}" == "1" || $status -ne 0 ]]; then echo "segment.sh: temp dir kept: $TMP" >&2; else rm -rf "$TMP"; fi
  exit $status
}
trap cleanup EXIT
for tool in dotnet curl python3 sqlite3; do command -v "$tool" >/dev/null || die "'$tool' is not on PATH."; done

echo "== CoopHub segment message benchmark: $COUNT cooperatives, region $REGION, $(nproc) CPU(s) =="
dotnet build api/CoopHub.Api -c Release -nologo -v quiet >"$TMP/build.log" 2>&1 || { cat "$TMP/build.log" >&2; die "build failed"; }
dotnet "$API_DLL" demo-csv "$COUNT" "$TMP/coops.csv" 7 >/dev/null || die "demo-csv failed"

KEY="chk_seg$$_$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')"
URL="http://127.0.0.1:$PORT"
ConnectionStrings__CoopHub="Data Source=$TMP/bench.db" DemoData__Enabled=false ASPNETCORE_ENVIRONMENT=Production \
Bootstrap__AdminApiKey="$KEY" Notifications__PickupDirectory="$TMP/mail" Notifications__SmsPickupDirectory="$TMP/sms" \
Notifications__PollInterval=00:00:00.200 Notifications__RateLimits__Email__PerMinute=0 Notifications__RateLimits__Sms__PerMinute=0 \
  dotnet "$API_DLL" --urls "$URL" >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/health/ready")" == 200 ]] && break; sleep 0.2; done
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/health/ready")" == 200 ]] || die "the API did not start (see $TMP/server.log)"

echo "== Import =="
curl -sf -H "X-Api-Key: $KEY" -H 'Content-Type: text/csv; charset=utf-8' --data-binary @"$TMP/coops.csv" \
  -w '  import: %{time_total} s\n' -o "$TMP/import.json" "$URL/api/v1/cooperatives/import?dryRun=false" || die "import failed"
DB="$TMP/bench.db"
IN_REGION=$(sqlite3 "$DB" "SELECT COUNT(*) FROM coop_cooperatives WHERE region_code = '$REGION'")


sqlite3 "$DB" "PRAGMA busy_timeout = 10000;
  UPDATE coop_cooperatives SET contact_email = 'coop-' || lower(registration_number) || '@example.ma' WHERE region_code = '$REGION';
  INSERT INTO ntf_preferences (recipient_id, recipient_kind, topic, channel, enabled, source, changed_by, changed_at)
  SELECT id, 'contact', 'announcements', 'email', 1, 'registry-import', NULL, '2026-12-05T00:00:00.0000000+00:00'
  FROM coop_cooperatives WHERE region_code = '$REGION' ORDER BY registration_number LIMIT $OPTED;" >/dev/null
echo "  $IN_REGION cooperatives in $REGION, each with a contact e-mail; $OPTED of them opted in to announcements by e-mail"
# The import wrote an outbox row per cooperative; the dispatcher reads them first (they reach no one). Wait until
# its cursor has caught up, so the figures below are the campaign's own.
for _ in $(seq 1 900); do
  [[ "$(sqlite3 "$DB" "PRAGMA busy_timeout = 10000; SELECT (SELECT last_seq FROM ntf_cursor) >= (SELECT COALESCE(MAX(seq), 0) FROM app_outbox)")" == 1 ]] && break
  sleep 0.2
done
echo "== Preview =="
curl -sf -H "X-Api-Key: $KEY" -w '  PreviewSegmentMessage: %{time_total} s\n' -o "$TMP/preview.json" "$URL/api/v1/notifications/segment-messages/preview?region=$REGION" || die "preview failed"
python3 -c "import json;p=json.load(open('$TMP/preview.json'));print('  cooperatives {cooperatives}, inapp {inapp}, email {email}, sms {sms}, total {total}'.format(**p))"
FINGERPRINT=$(python3 -c "import json;print(json.load(open('$TMP/preview.json'))['fingerprint'])")
python3 - "$REGION" "$FINGERPRINT" >"$TMP/send.json" <<'EOF'
import json, sys
print(json.dumps({"filter": {"region": sys.argv[1]}, "fingerprint": sys.argv[2], "texts": [
  {"language": "ar", "subject": "دورة تكوينية في التسويق الرقمي", "body": "تنظم المندوبية الجهوية دورة تكوينية لفائدة التعاونيات."},
  {"language": "fr", "subject": "Formation au marketing numérique", "body": "La délégation régionale organise une formation pour les coopératives."}]}, ensure_ascii=False))
EOF

echo "== Send =="
START=$(date +%s.%N)
curl -sf -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' --data-binary @"$TMP/send.json" -D "$TMP/send.headers" \
  -w '  SendSegmentMessage: %{http_code} in %{time_total} s\n' -o "$TMP/sent.json" "$URL/api/v1/notifications/segment-messages" || die "send failed"
LOCATION=$(grep -i '^location:' "$TMP/send.headers" | tr -d '\r' | cut -d' ' -f2)
FANNED=""
while true; do
  curl -sf -H "X-Api-Key: $KEY" -o "$TMP/progress.json" "$URL$LOCATION" || die "progress failed"
  STATUS=$(python3 -c "import json;print(json.load(open('$TMP/progress.json'))['status'])")
  NOW=$(date +%s.%N)
  if [[ -z "$FANNED" && "$STATUS" != preparing ]]; then FANNED=$NOW; fi
  [[ "$STATUS" == completed ]] && break
  python3 -c "import sys; sys.exit(0 if float('$NOW') - float('$START') < 900 else 1)" || die "not completed after 15 minutes"
  sleep 0.2
done
DONE=$(date +%s.%N)
python3 - "$START" "$FANNED" "$DONE" "$TMP/progress.json" <<'EOF'
import json, sys
start, fanned, done = map(float, sys.argv[1:4])
p = json.load(open(sys.argv[4]))["progress"]
print(f"  fan-out: {p['total']} messages written in {fanned - start:.2f} s after the send ({p['total'] / max(fanned - start, 1e-9):.0f} messages/s)")
print(f"  completed: {p['sent']} sent, {p['failed']} failed, {p['total']} in all, {done - start:.2f} s after the send ({p['sent'] / max(done - start, 1e-9):.0f} messages/s end to end)")
EOF
sqlite3 "$DB" "SELECT '  from the database: fan-out ' || printf('%.2f', (julianday(fanned_out_at) - julianday(created_at)) * 86400) || ' s (send recorded → all messages written), last e-mail sent '
  || printf('%.2f', (julianday((SELECT MAX(sent_at) FROM ntf_messages WHERE trigger_id = c.id)) - julianday(created_at)) * 86400) || ' s after the send' FROM ntf_campaigns c"
EML=$(find "$TMP/mail" -name '*.eml' | wc -l)
DUPES=$(sqlite3 "$DB" "SELECT COUNT(*) FROM (SELECT recipient_id, channel FROM ntf_messages WHERE trigger_type = 'segment.message' GROUP BY recipient_id, channel HAVING COUNT(*) > 1)")
EMAILS=$(sqlite3 "$DB" "SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'segment.message' AND channel = 'email'")
echo "  .eml files: $EML for $EMAILS e-mail messages; recipients reached twice on a channel: $DUPES"
