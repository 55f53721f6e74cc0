#!/usr/bin/env bash
# Makes sure a Chromium is there for the browser tests: Debian's package where we are root on
# Debian (no browser download needed), otherwise Playwright's own download.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BAITLAB_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's Chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium fonts-dejavu-core >/dev/null
else
  echo "Downloading Playwright's Chromium for the browser tests…"
  .venv/bin/python -m playwright install chromium
fi
