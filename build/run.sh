#!/usr/bin/env bash
# Builds CoopHub, migrates the embedded SQLite database (data/coophub.db), loads the demo data on
# first start and serves the API on http://127.0.0.1:5080. Extra arguments go to the host,
# e.g. ./build/run.sh --urls http://127.0.0.1:5099
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
require_dotnet

mkdir -p data
export ConnectionStrings__CoopHub="${ConnectionStrings__CoopHub:-Data Source=$PWD/data/coophub.db}"
export DemoData__Enabled="${DemoData__Enabled:-true}"
# No SMTP server by default: notification e-mails are written as .eml files under data/mail (set Smtp__Host to send).
export Notifications__PickupDirectory="${Notifications__PickupDirectory:-$PWD/data/mail}"
# No SMS provider by default: notification SMS are written as .sms.txt files under data/sms (set Sms__Provider=Twilio to send).
export Notifications__SmsPickupDirectory="${Notifications__SmsPickupDirectory:-$PWD/data/sms}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
# A development administrator, created only when the database has none. For production, set your
# own Bootstrap__AdminEmail / Bootstrap__AdminPassword (and optionally Bootstrap__AdminApiKey) instead.
export Bootstrap__AdminEmail="${Bootstrap__AdminEmail:-admin@coophub.local}"
export Bootstrap__AdminPassword="${Bootstrap__AdminPassword:-CoopHub-dev-admin-2026}"

echo "Building CoopHub…"
dotnet build api/CoopHub.Api -c Release --nologo -v quiet
if [ -f web/package.json ]; then
  ensure_web_packages
  echo "Building the SPA…"
  (cd web && npm run build --silent) || { echo "error: the SPA did not build (cd web && npm run build)." >&2; exit 1; }
  export Spa__Root="$PWD/web/dist"
fi

urls="http://127.0.0.1:5080"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --urls) urls="${args[$((i + 1))]:-$urls}" ;;
    --urls=*) urls="${args[$i]#--urls=}" ;;
  esac
done
has_urls=false
for a in "$@"; do case "$a" in --urls|--urls=*) has_urls=true ;; esac; done
$has_urls || set -- --urls "$urls" "$@"

echo "CoopHub is starting at ${urls%%;*}  (API under /api/v1, Swagger UI at /swagger; Ctrl+C stops it)"
echo "Sign in as $Bootstrap__AdminEmail with the password in Bootstrap__AdminPassword (development default: CoopHub-dev-admin-2026):"
echo "  curl -c cookies.txt -H 'Content-Type: application/json' -d '{\"email\":\"$Bootstrap__AdminEmail\",\"password\":\"…\"}' ${urls%%;*}/api/v1/auth/sign-in"
exec dotnet api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll --contentRoot "$PWD/api/CoopHub.Api" "$@"
