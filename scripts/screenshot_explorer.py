"""Screenshots of the explorer for the README: serves a fresh database on a free port and
photographs a few pages in Debian's Chromium (Playwright pointed at /usr/bin/chromium).

    python scripts/screenshot_explorer.py [OUT_DIR]   (default: docs/)
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

from ruchina_ai_data.explore.database import write_database

PAGES = {
    "explorer-home.png": "/",
    "explorer-entity.png": "/ruchina/about_entity?entity_id=huawei&_hide_sql=1",
}


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs"
    with tempfile.TemporaryDirectory() as folder, socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        db = write_database(Path(folder) / "ruchina.db")
        command = [sys.executable, "-m", "ruchina_ai_data", "serve", str(db), "--port", str(port)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        site = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(site + "/-/versions.json", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path="/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                for name, path in PAGES.items():
                    page.goto(site + path)
                    page.screenshot(path=str(out / name))
                    print(f"wrote {out / name}")
                browser.close()
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
