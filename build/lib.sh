# Helpers the build scripts share. Sourced, not run.

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "error: the .NET SDK (10.0.x) is not installed or not on PATH. Install it from https://dot.net and run again." >&2
    exit 1
  fi
  local major
  major=$(dotnet --version 2>/dev/null | cut -d. -f1)
  if [ "${major:-0}" -lt 10 ]; then
    echo "error: .NET SDK 10.0 or newer is required (found $(dotnet --version))." >&2
    exit 1
  fi
}

require_tool() { # name, how to get it
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "error: '$1' is required: $2" >&2
    exit 1
  fi
}

# wait_ready URL LOGFILE: waits for /health/ready, printing the log if the host dies.
wait_ready() {
  local url=$1 log=$2
  for _ in $(seq 1 120); do
    if curl -fsS "$url/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "error: the API stopped while starting; its log:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "error: the API did not become ready within 60 s; its log:" >&2
  cat "$log" >&2
  exit 1
}
