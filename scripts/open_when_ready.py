"""Opens the app in the default browser as soon as the server answers its health check."""

import sys
import time
import urllib.request
import webbrowser

url = sys.argv[1]
for _ in range(120):
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
            webbrowser.open(url)
            break
    except OSError:
        time.sleep(0.5)
