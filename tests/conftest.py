import os
import shutil
import tempfile
from pathlib import Path

import pytest

from baitlab.content import load_library
from baitlab.techniques import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue()


@pytest.fixture(scope="session")
def library(catalogue):
    return load_library(catalogue, ROOT / "samples")


@pytest.fixture(scope="session")
def founding(library):
    sample = library.get("camera-rolling-officer")
    assert sample is not None, [str(p) for p in library.problems]
    return sample


@pytest.fixture
def sample_dir(tmp_path):
    """A scratch copy of the founding sample, to break in tests."""
    for name in ("camera-rolling-officer.yaml", "camera-rolling-officer.txt"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def hostile_env(monkeypatch):
    monkeypatch.setenv("BAITLAB_SAMPLES", str(FIXTURES / "hostile"))
    yield FIXTURES / "hostile"


os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
# Tests (and the app servers the browser tests start) save progress in a throwaway database.
os.environ["BAITLAB_DB"] = "sqlite:///" + str(
    Path(tempfile.mkdtemp(prefix="baitlab-test-")) / "test.db"
)
