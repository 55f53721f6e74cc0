"""Bait Lab's pure core: techniques, content, detector, quiz logic and storage.

Nothing in this package imports Streamlit; the pages in ``views/`` and the
pieces in ``components/`` call into it, never the other way round.
"""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = PROJECT_ROOT / "lessons"
SAMPLES_DIR = PROJECT_ROOT / "samples"
CUES_DIR = PROJECT_ROOT / "cues"
