"""Screenshots of the explorer for the README: serves a fresh database on a free port and
photographs a few pages in Debian's Chromium (Playwright pointed at /usr/bin/chromium).

    python scripts/screenshot_explorer.py [OUT_DIR]   (default: docs/)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from ruchina_ai_data.explore.database import write_database
from ruchina_ai_data.explore.serve import running

PAGES = {
    "explorer-home.png": "/",
    "explorer-entity.png": "/ruchina/about_entity?entity_id=huawei&_hide_sql=1",
}


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs"
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        with running(write_database(Path(folder) / "ruchina.db")) as site:
            for name, path in PAGES.items():
                page.goto(site + path)
                page.screenshot(path=str(out / name))
                print(f"wrote {out / name}")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
