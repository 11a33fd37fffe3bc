"""A static picture of the view for reports, rendered by headless Chromium.

Playwright (when installed) waits for vis-network's first drawing before the screenshot; without
it, Chromium's own ``--screenshot`` is given a virtual-time budget to finish drawing.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from diplograph.errors import DiplographError
from diplograph.files import atomic_path

__all__ = ["CHROMIUM_ARGS", "find_chromium", "write_png"]

log = logging.getLogger(__name__)

#: Offline and quiet: no sandbox (containers), no GPU, no request off the machine. The view is a
#: file:// page that needs no network; Chromium would still resolve and contact Google's update,
#: safe-browsing and DNS hosts, so every host name resolves to nothing and no proxy or DNS is tried.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-first-run",
    "--no-pings",
    "--dns-prefetch-disable",
    "--no-proxy-server",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-features=AsyncDns,DnsOverHttps,NetworkTimeServiceQuerying,OptimizationHints,MediaRouter",
]


def find_chromium() -> str:
    """The Chromium to drive: ``$DIPLOGRAPH_CHROMIUM``, else ``chromium`` on PATH.

    Raises:
        DiplographError: no Chromium is installed.
    """
    found = (
        os.environ.get("DIPLOGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not found:
        raise DiplographError("--png needs Chromium (apt-get install chromium, or set DIPLOGRAPH_CHROMIUM)")
    return found


def write_png(html: Path, png: Path, *, width: int = 1600, height: int = 1000, timeout_s: float = 60) -> Path:
    """Screenshot the page at ``html`` into ``png`` (written atomically).

    Args:
        html: a page written by :func:`~diplograph.viz.write_html`.
        png: where the picture goes.
        width: viewport width in CSS pixels.
        height: viewport height in CSS pixels.
        timeout_s: give up when the page has not drawn by then.

    Returns:
        ``png``.

    Raises:
        DiplographError: Chromium is missing, fails, or the page does not draw in time.
    """
    with atomic_path(png, suffix=".png") as tmp:
        try:
            # Playwright's sync API refuses to run inside an event loop (Jupyter, or another
            # Playwright session); a worker thread has none.
            with ThreadPoolExecutor(max_workers=1) as pool:
                pool.submit(_playwright_shot, html, tmp, width, height, timeout_s).result()
        except ImportError:
            _chromium_shot(html, tmp, width, height, timeout_s)
        if tmp.stat().st_size == 0:
            raise DiplographError(f"Chromium wrote no picture for {html}")
    log.info("wrote %s", png)
    return png


def _playwright_shot(html: Path, out: Path, width: int, height: int, timeout_s: float) -> None:
    from playwright.sync_api import Error, sync_playwright

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(html.resolve().as_uri())
                page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_s * 1000)
                page.screenshot(path=str(out))
            finally:
                browser.close()
    except Error as exc:
        raise DiplographError(f"Chromium could not draw {html}: {exc.message.splitlines()[0]}") from exc


def _chromium_shot(html: Path, out: Path, width: int, height: int, timeout_s: float) -> None:
    cmd = [
        find_chromium(),
        *CHROMIUM_ARGS,
        f"--window-size={width},{height}",
        "--hide-scrollbars",
        "--virtual-time-budget=10000",
        f"--screenshot={out}",
        html.resolve().as_uri(),
    ]
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=timeout_s)
    except (subprocess.SubprocessError, OSError) as exc:
        raise DiplographError(f"Chromium could not draw {html}: {exc}") from exc
