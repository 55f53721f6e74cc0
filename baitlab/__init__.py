"""Bait Lab's pure core: techniques, content, detector, quiz logic and storage.

Nothing in this package imports Streamlit; the pages in ``views/`` and the
pieces in ``components/`` call into it, never the other way round.
"""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = PROJECT_ROOT / "lessons"
# BAITLAB_SAMPLES points the app at another folder of samples (the tests use it).
SAMPLES_DIR = Path(os.environ.get("BAITLAB_SAMPLES") or PROJECT_ROOT / "samples")
CUES_DIR = PROJECT_ROOT / "cues"
