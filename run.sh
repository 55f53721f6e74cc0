#!/usr/bin/env bash
# Sets up Bait Lab (first run only) and starts it at http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh requirements.txt
echo "Bait Lab is starting at http://localhost:${PORT:-8501}  (Ctrl+C stops it)"
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" \
  --server.headless "${BAITLAB_HEADLESS:-false}"
