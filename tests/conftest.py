import atexit
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
    """A scratch copy of the founding sample, to break in tests (on its own: the line naming
    its honest twin, which is not copied, is left out)."""
    for name in ("camera-rolling-officer.yaml", "camera-rolling-officer.txt"):
        shutil.copy(ROOT / "samples" / name, tmp_path / name)
    path = tmp_path / "camera-rolling-officer.yaml"
    kept = [
        line
        for line in path.read_text(encoding="utf-8").split("\n")
        if not line.startswith("twin:")
    ]
    path.write_text("\n".join(kept), encoding="utf-8")
    return tmp_path


@pytest.fixture
def hostile_env(monkeypatch):
    monkeypatch.setenv("BAITLAB_SAMPLES", str(FIXTURES / "hostile"))
    yield FIXTURES / "hostile"


os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
# Tests (and the app servers the browser tests start) save progress in a throwaway database,
# removed when the run ends (hundreds of runs had left hundreds of folders in /tmp).
_DB_DIR = Path(tempfile.mkdtemp(prefix="baitlab-test-"))
os.environ["BAITLAB_DB"] = "sqlite:///" + str(_DB_DIR / "test.db")
atexit.register(shutil.rmtree, _DB_DIR, ignore_errors=True)


ARTICLE = """<html><head><title>Payment list is OUT</title><script>steal()</script></head>
<body><nav>Home | News | Sport | Weather</nav><article><h1>Payment list is OUT</h1>
<p>The $2,000 payment is out! Check the list before it's too late.</p>
<p>Share this with everyone you know. <b>Experts say</b> thousands have already claimed.</p>
</article><footer>Cookie settings | Privacy</footer></body></html>"""


@pytest.fixture(scope="module")
def site():
    """A tiny web site on this machine: an article, a picture, a redirect and an empty page."""
    import http.server
    import threading
    import time

    pages = {
        "/article.html": ("text/html; charset=utf-8", ARTICLE.encode()),
        "/photo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        "/empty.html": ("text/html", b"<html><body><nav>Menu</nav></body></html>"),
        "/odd-charset.html": ("text/html; charset=x-made-up", ARTICLE.encode()),
        "/no-type.html": (None, ARTICLE.encode()),
    }
    moved = {"/moved": "/article.html", "/to-inside": "http://10.0.0.1/article.html"}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the name http.server calls)
            if self.path in moved:
                self.send_response(302)
                self.send_header("Location", moved[self.path])
                self.end_headers()
                return
            if self.path == "/slow":  # a byte at a time, for ever (or until the client leaves)
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                try:
                    for _ in range(100):
                        self.wfile.write(b"word ")
                        self.wfile.flush()
                        time.sleep(0.1)
                except OSError:
                    pass
                return
            kind, body = pages.get(self.path, ("text/plain", b""))
            self.send_response(200 if self.path in pages else 404)
            if kind:
                self.send_header("Content-Type", kind)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def local_links(monkeypatch):
    """Lets the link reader open the test site on this machine (and nothing else inside)."""
    from baitlab import intake

    real = intake.is_public
    monkeypatch.setattr(intake, "is_public", lambda ip: ip == "127.0.0.1" or real(ip))
