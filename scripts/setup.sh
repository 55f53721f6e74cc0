#!/usr/bin/env bash
# Creates .venv and installs a requirements file into it, only when that file has changed.
# Usage: scripts/setup.sh requirements.txt|requirements-dev.txt
set -euo pipefail
cd "$(dirname "$0")/.."
wanted="${1:-requirements.txt}"
python="$(command -v python3.11 || command -v python3)"
if [ ! -x .venv/bin/python ]; then
  echo "Setting up Python environment in .venv (first run takes about a minute)…"
  "$python" -m venv .venv
fi
stamp=".venv/.installed-$(basename "$wanted")"
digest="$(cat requirements*.txt | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$wanted"
  echo "$digest" > "$stamp"
fi
