#!/usr/bin/env bash
# Serves Twilio's REST API (the Message resource of its 2010 version) on 127.0.0.1 as a validating
# mock, with Stoplight Prism and Twilio's own OpenAPI description (twilio_api_v2010.messages.json).
#   run-mock.sh PORT            answers every valid request with the description's example
#   run-mock.sh PORT UPSTREAM   checks each request against the description, then forwards it to
#                               UPSTREAM (a scripted fake that records requests, answers 429 ...)
# Requests that do not match the description are refused (422/400/415/401) before any answer.
#
# It runs in the foreground until stopped (Ctrl-C, or whoever started it stops that process): the
# Prism process is this script's own process. On first use it installs Prism, pinned in prism/,
# from the npm registry into a cache folder (TWILIO_MOCK_CACHE, default ~/.cache/pkkpm-twilio-mock),
# which takes about a minute; after that only node is needed. When it cannot start it says why on
# standard error and exits with a status other than 0.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${1:?usage: run-mock.sh PORT [UPSTREAM_URL]}"
upstream="${2:-}"

if ! command -v node >/dev/null; then
  echo "node is not on PATH: the Twilio mock needs Node.js 18 or later (Debian: apt-get install nodejs npm)." >&2
  exit 2
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; then
  echo "node $(node --version) is too old: the Twilio mock (Prism 5) needs Node.js 18 or later." >&2
  exit 2
fi

# One folder per pinned lock file, so a change of version never runs an older install.
pin="$(sha256sum "$here/prism/package-lock.json" | cut -c1-12)"
cache="${TWILIO_MOCK_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/pkkpm-twilio-mock}"
installed="$cache/prism-$pin"
prism="$installed/node_modules/@stoplight/prism-cli/dist/index.js"

if [ ! -f "$prism" ]; then
  if ! command -v npm >/dev/null; then
    echo "npm is not on PATH, and Prism is not installed yet in $cache: the Twilio mock needs npm once, to install Prism from the npm registry (Debian: apt-get install npm)." >&2
    exit 3
  fi
  mkdir -p "$cache"
  # Installed aside, then moved into place in one step: runs starting at the same time never see
  # half an install, and whichever finishes first wins.
  staging="$(mktemp -d "$cache/installing-XXXXXX")"
  cp "$here/prism/package.json" "$here/prism/package-lock.json" "$staging/"
  if ! output="$(cd "$staging" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error --fetch-retries=1 2>&1)"; then
    rm -rf "$staging"
    echo "npm could not install Prism from $(npm config get registry 2>/dev/null || echo 'the npm registry'): $(grep -v 'complete log\|_logs/' <<<"$output" | tail -n 3 | tr '\n' ' ')" >&2
    exit 4
  fi
  mv -T "$staging" "$installed" 2>/dev/null || rm -rf "$staging"
fi

description="$here/twilio_api_v2010.messages.json"
if [ -n "$upstream" ]; then
  exec node "$prism" proxy --errors -h 127.0.0.1 -p "$port" "$description" "$upstream"
else
  exec node "$prism" mock -h 127.0.0.1 -p "$port" "$description"
fi
