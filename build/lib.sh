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

# Installs the SPA's npm packages when node_modules is missing or older than the lock file.
ensure_web_packages() {
  require_tool node "install Node.js 20+ (apt-get install -y nodejs npm) to build the SPA."
  require_tool npm "install npm (apt-get install -y npm) to build the SPA."
  if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules ]; then
    echo "Installing the SPA's npm packages…"
    if [ -f web/package-lock.json ]; then
      (cd web && npm ci --no-audit --no-fund) || { echo "error: npm ci failed in web/ (is the npm registry reachable?)." >&2; exit 1; }
    else
      (cd web && npm install --no-audit --no-fund) || { echo "error: npm install failed in web/." >&2; exit 1; }
    fi
    touch web/node_modules
  fi
}

# Debian's chromium for the browser tests; Playwright must not download its own.
ensure_chromium() {
  # The browser tests run Chromium's headless shell (the same engine without the browser around it: CI's browser
  # stage 8.4 → about 7 min on 2 cores, ADR 0034); the phone benchmark and Lighthouse run the full browser.
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    echo "Installing chromium for the browser tests (apt-get)…"
    if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium fonts-noto-core >/dev/null; }; then
      echo "error: chromium could not be installed with apt-get; install Debian's chromium package (or set CHROMIUM_PATH) and run again." >&2
      return 1
    fi
  fi
  if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/lib/chromium/chromium-headless-shell ]; then
    echo "Installing chromium-headless-shell for the browser tests (apt-get)…"
    $sudo apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1 \
      || { $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1; } \
      || echo "note: chromium-headless-shell could not be installed; the browser tests run the full chromium (slower)."
  fi
  return 0
}
