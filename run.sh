#!/usr/bin/env bash
# Sets up Bait Lab (first run only), starts it and opens it in your browser.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh requirements.txt
port="${PORT:-8501}"
echo "Bait Lab is starting at http://localhost:${port}  (Ctrl+C stops it)"
if [ "${BAITLAB_OPEN_BROWSER:-1}" = 1 ]; then
  # Open the browser once the server answers; Streamlit itself runs headless so that it never
  # stops to ask questions on first run.
  .venv/bin/python scripts/open_when_ready.py "http://localhost:${port}" &
fi
exec .venv/bin/python -m streamlit run app.py --server.port "${port}" --server.headless true
