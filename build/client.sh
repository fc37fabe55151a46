#!/usr/bin/env bash
# Regenerates the C# client (clients/csharp/CoopHub.Client/CoopHubClient.g.cs) from the committed contract.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project clients/csharp/Generator -c Release -- api/CoopHub.Api/openapi/v1.json clients/csharp/CoopHub.Client/CoopHubClient.g.cs
