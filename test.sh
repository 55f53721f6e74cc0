#!/usr/bin/env bash
# Sets up everything the tests need (first run only) and runs the whole suite:
# lint, content validation, unit + page tests, real-browser tests, benchmark figures.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh requirements-dev.txt
bash scripts/browser.sh
export PYTHONDONTWRITEBYTECODE=1
echo "== lint"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== content"
.venv/bin/python -m baitlab validate
echo "== detector figures (fails below the floors in cues/evaluation-floors.yaml)"
.venv/bin/python -m baitlab evaluate --check
echo "== benchmark (figures only, never pass/fail)"
.venv/bin/python benchmarks/bench_analysis.py --quick
echo "== tests"
.venv/bin/python -m pytest -q "$@"
