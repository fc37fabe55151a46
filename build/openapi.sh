#!/usr/bin/env bash
# Exports the OpenAPI document the API serves to the committed contract
# api/CoopHub.Api/openapi/v1.json. A deliberate step: run it after changing an endpoint, then commit.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib.sh
require_dotnet

port=${OPENAPI_PORT:-5097}
tmp=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT

dotnet build api/CoopHub.Api -c Release --nologo -v quiet >/dev/null
ConnectionStrings__CoopHub="Data Source=$tmp/openapi.db" DemoData__Enabled=false \
  dotnet api/CoopHub.Api/bin/Release/net10.0/CoopHub.Api.dll --urls "http://127.0.0.1:$port" >"$tmp/log" 2>&1 &
pid=$!
wait_ready "http://127.0.0.1:$port" "$tmp/log"
curl -fsS "http://127.0.0.1:$port/swagger/v1/swagger.json" | python3 -m json.tool --indent 2 --no-ensure-ascii > api/CoopHub.Api/openapi/v1.json
echo "wrote api/CoopHub.Api/openapi/v1.json"
