"""A real Streamlit server and a real Chromium for the browser tests."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEBIAN_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Uses Debian's Chromium where it is installed, else Playwright's own download."""
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    chromium = os.environ.get("BAITLAB_CHROMIUM") or (
        DEBIAN_CHROMIUM if Path(DEBIAN_CHROMIUM).exists() else shutil.which("chromium")
    )
    if chromium:
        args["executable_path"] = chromium
    return args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(env_extra: dict):
    port = _free_port()
    env = {**os.environ, **env_extra}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("Streamlit did not start: " + process.stderr.read().decode()[-2000:])
    return process, url


@pytest.fixture(scope="session")
def app_url():
    process, url = _serve({})
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="session")
def hostile_url():
    process, url = _serve({"BAITLAB_SAMPLES": str(ROOT / "tests" / "fixtures" / "hostile")})
    yield url
    process.terminate()
    process.wait(10)


# Streamlit's front end finds its base path by first asking /<page>/_stcore/health and
# /<page>/_stcore/host-config, which 404 on a deep link before it falls back to the root.
# Those two probes are the only console errors we accept.
_KNOWN_PROBES = ("/_stcore/health", "/_stcore/host-config")


@pytest.fixture
def console_errors(page):
    errors: list[str] = []

    def on_console(message):
        url = (message.location or {}).get("url", "")
        if message.type == "error" and not url.endswith(_KNOWN_PROBES):
            errors.append(f"{message.text} ({url})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: errors.append(f"dialog opened: {dialog.message}"))
    return errors
