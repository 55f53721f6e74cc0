"""Bait Lab's pure core: techniques, content, detector, quiz logic and storage.

Nothing in this package imports Streamlit; the pages in ``views/`` and the
pieces in ``components/`` call into it, never the other way round.
"""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LESSONS_DIR = PROJECT_ROOT / "lessons"
SAMPLES_DIR = PROJECT_ROOT / "samples"


def samples_dir() -> Path:
    """Gives the samples folder: BAITLAB_SAMPLES when set (the tests use it), else samples/."""
    return Path(os.environ.get("BAITLAB_SAMPLES") or SAMPLES_DIR)


CUES_DIR = PROJECT_ROOT / "cues"
