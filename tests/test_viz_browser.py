"""The view in real headless Chromium (Playwright driving Debian's /usr/bin/chromium), offline."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef

from diplograph.namespaces import DG
from diplograph.viz import write_html
from diplograph.viz.png import CHROMIUM_ARGS, write_png
from test_viz import ARTICLE, DEFECTION, RI, defection_graph

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (sh scripts/install-system-deps.sh)")
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A loaded page with every request, console message and page error it produced."""

    def __init__(self, browser: Any, html: Path) -> None:
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.url = html.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=20_000)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_id(self, iri: str) -> int:
        return int(self.js("""iri => JSON.parse(document.getElementById('dg-data').textContent)
                                .details.findIndex(d => d.iri === iri)""", iri))

    def hover(self, node: int) -> None:
        """Move the mouse onto a node, as a user would, and wait for its tooltip."""
        box = self.page.locator("#dg-network canvas").bounding_box()
        point = self.js("""id => { const p = window.network.getPositions([id])[id];
                                   return window.network.canvasToDOM(p); }""", node)
        self.page.mouse.move(box["x"] + point["x"] + 40, box["y"] + point["y"] + 40)
        self.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=5)
        self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)


@pytest.fixture
def sample_page(browser: Any, tmp_path: Path) -> Iterator[Page]:
    page = Page(browser, write_html(defection_graph(), tmp_path / "graph.html", title="Ri Il Kyu"))
    yield page
    page.page.close()


def test_page_renders_offline_without_console_errors(sample_page: Page) -> None:
    assert sample_page.requests == [sample_page.url]  # the file itself, nothing from any host
    assert not sample_page.errors
    assert not [m for m in sample_page.console if m[0] in ("error", "warning")]
    assert sample_page.js("document.characterSet") == "UTF-8"
    assert sample_page.js("typeof window.network.getPositions") == "function"


def test_node_and_edge_counts_match_the_graph(sample_page: Page) -> None:
    counts = sample_page.js("[window.network.body.data.nodes.length, window.network.body.data.edges.length]")
    assert counts == [7, 14]
    legend = sample_page.page.locator("#dg-legend-list li").all_inner_texts()
    assert "Country (3)" in legend and "Person (1)" in legend


def test_korean_alias_is_shown_as_text(sample_page: Page) -> None:
    sample_page.hover(sample_page.node_id(str(RI)))
    assert "리일규" in sample_page.page.locator("div.vis-tooltip").inner_text()


def test_xss_payloads_stay_text_in_tooltips_and_panel(sample_page: Page) -> None:
    for iri in (str(RI), str(DEFECTION)):
        node = sample_page.node_id(iri)
        sample_page.hover(node)
        sample_page.page.mouse.click(*_dom_point(sample_page, node))
    tooltip = sample_page.page.locator("div.vis-tooltip").inner_text()
    panel = sample_page.page.locator("#dg-panel").inner_text()
    assert "<script>window.__pwned=1</script>" in tooltip + panel  # shown, as text
    assert sample_page.js("window.__pwned") is None
    assert sample_page.page.locator("#dg-panel img, div.vis-tooltip img, #dg-panel script").count() == 0
    assert not sample_page.errors


def test_article_link_is_kept_only_for_web_addresses(browser: Any, tmp_path: Path) -> None:
    g = defection_graph()
    g.set((ARTICLE, DG.url, Literal("javascript:window.__pwned=1")))
    page = Page(browser, write_html(g, tmp_path / "js.html"))
    page.page.mouse.click(*_dom_point(page, page.node_id(str(DEFECTION))))
    assert page.page.locator("#dg-panel a").count() == 0
    assert "Diplomat defects" in page.page.locator("#dg-panel").inner_text()


def test_search_finds_a_node_by_alias(sample_page: Page) -> None:
    sample_page.page.fill("#dg-search-input", "DPRK")
    sample_page.page.click("#dg-search button[type=submit]")
    assert sample_page.page.locator("#dg-search-result").inner_text() == "1 match"
    selected = sample_page.js("window.network.getSelectedNodes()")
    label = "id => JSON.parse(document.getElementById('dg-data').textContent).details[id].label"
    assert [sample_page.js(label, selected[0])] == ["North Korea"]
    assert "North Korea" in sample_page.page.locator("#dg-panel").inner_text()


def test_class_filter_hides_and_shows_a_class(sample_page: Page) -> None:
    hidden = "window.network.body.data.nodes.get({filter: n => n.hidden}).length"
    sample_page.page.uncheck("#dg-legend input[data-class=Country]")
    assert sample_page.js(hidden) == 3
    assert sample_page.page.locator("#dg-counts").inner_text().startswith("4 of 7 nodes")
    sample_page.page.check("#dg-legend input[data-class=Country]")
    assert sample_page.js(hidden) == 0


def test_click_highlights_the_neighbourhood(sample_page: Page) -> None:
    cuba = sample_page.node_id("https://w3id.org/diplograph/id/country/CUB")
    sample_page.page.mouse.click(*_dom_point(sample_page, cuba))
    faded = sample_page.js("window.network.body.data.nodes.get({filter: n => n.opacity < 1}).length")
    assert faded == 7 - 3  # Cuba, its embassy and the article stay bright


def test_png_is_a_picture_of_the_view(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed")
    html = write_html(defection_graph(), tmp_path / "graph.html")
    png = write_png(html, tmp_path / "out" / "graph.png", width=800, height=500)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 5_000


def test_empty_graph_renders(browser: Any, tmp_path: Path) -> None:
    page = Page(browser, write_html(Graph(), tmp_path / "empty.html"))
    assert page.js("window.network.body.data.nodes.length") == 0
    assert not page.errors


def _dom_point(page: Page, node: int) -> tuple[float, float]:
    box = page.page.locator("#dg-network canvas").bounding_box()
    p = page.js("id => window.network.canvasToDOM(window.network.getPositions([id])[id])", node)
    return box["x"] + p["x"], box["y"] + p["y"]


def test_viz_command_writes_page_and_png(tmp_path: Path) -> None:
    from diplograph.store import GraphStore  # imported here: only this test needs the store

    with GraphStore.open(tmp_path / "store") as store:
        store.replace_articles([(URIRef(str(ARTICLE)), defection_graph())])
    run = subprocess.run(
        [sys.executable, "-m", "diplograph", "viz", "--store", str(tmp_path / "store"),
         "-o", str(tmp_path / "v.html"), "--focus", "Ri Il Kyu", "--depth", "1", "--types", "Person,Country",
         "--png", str(tmp_path / "v.png")],
        capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "v.png").read_bytes()[:4] == b"\x89PNG"
    assert '"label":"North Korea"' in (tmp_path / "v.html").read_text(encoding="utf-8")
