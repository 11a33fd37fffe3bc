"""The view in real headless Chromium (Playwright driving Debian's /usr/bin/chromium), offline."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, SKOS, XSD, Graph, Literal, URIRef

from diplograph.namespaces import DG, DGR
from diplograph.viz import graph_to_network, select_subnetwork, write_html
from diplograph.viz.png import write_png
from test_viz import ARTICLE, CUB, DEFECTION, KOR, PRK, RI, defection_graph

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


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

    def click(self, node: int) -> None:
        """Click a node and wait for its details (they open once a double-click is ruled out)."""
        label = self.js("id => JSON.parse(document.getElementById('dg-data').textContent)"
                        ".details[id].label", node)
        self.page.mouse.click(*_dom_point(self, node))
        self.page.wait_for_function(
            "label => document.querySelector('#dg-panel:not([hidden]) h3')?.textContent === label",
            arg=label, timeout=5_000)


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
        sample_page.click(node)
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
    page.click(page.node_id(str(DEFECTION)))
    assert page.page.locator("#dg-panel a:not(.dg-node)").count() == 0  # links to other nodes stay
    assert page.js("[...document.querySelectorAll('#dg-panel a')].every(a => a.getAttribute('href') === '#')")
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


# -- the side panel's filters and the focus, clicked and typed through ------------------------------

KIM = DGR["person/kim-chol"]
DEFECTION_2 = DGR["defection/kim-chol"]
AGREEMENT = DGR["agreement/havana-fisheries"]
ARTICLE_2 = DGR["article/dev-001"]


def events_graph() -> Graph:
    """The defection graph plus a dated agreement (KOR, CUB; 2015-03-02) and an undated defection
    (Kim Chol, PRK -> KOR) from a second article: 11 nodes."""
    g = defection_graph()
    for node, cls, label in ((KIM, DG.Person, "Kim Chol"),
                             (DEFECTION_2, DG.Defection, "Defection of Kim Chol"),
                             (AGREEMENT, DG.Agreement, "Havana fisheries accord"),
                             (ARTICLE_2, DG.Article, "Second article")):
        g.add((node, RDF.type, cls))
        g.add((node, SKOS.prefLabel, Literal(label)))
    for s, p, o in ((KIM, DG.nationality, PRK), (DEFECTION_2, DG.defector, KIM),
                    (DEFECTION_2, DG.fromCountry, PRK), (DEFECTION_2, DG.toCountry, KOR),
                    (AGREEMENT, DG.party, KOR), (AGREEMENT, DG.party, CUB)):
        g.add((s, p, o))
    g.add((AGREEMENT, DG.date, Literal("2015-03-02", datatype=XSD.date)))
    for node in (KIM, DEFECTION_2, AGREEMENT):
        g.add((node, DG.mentionedIn, ARTICLE_2))
    return g


TITLE = "Diplomat defects </script><!-- \u2028"  # the first article's (hostile) title
ALL = {"Ri Il Kyu", "North Korea", "South Korea", "Cuba", "North Korean embassy in Havana",
       "ri-il-kyu-2023", TITLE, "Kim Chol", "Defection of Kim Chol", "Havana fisheries accord",
       "Second article"}


@pytest.fixture
def events_page(browser: Any, tmp_path: Path) -> Iterator[Page]:
    page = Page(browser, write_html(events_graph(), tmp_path / "events.html"))
    assert _visible(page) == ALL
    yield page
    assert not page.errors
    page.page.close()


def _visible(page: Page) -> set[str]:
    """Labels of the nodes vis-network is drawing (not hidden)."""
    return set(page.js("""() => {
        const d = JSON.parse(document.getElementById('dg-data').textContent).details;
        return window.network.body.data.nodes.get({filter: n => !n.hidden}).map(n => d[n.id].label); }"""))


def _labels_near(name: str, depth: int) -> set[str]:
    """What `viz --focus NAME --depth N` keeps: the page's focus must agree with it."""
    sub = select_subnetwork(graph_to_network(events_graph()), focus=name, depth=depth)
    return {data["label"] for _, data in sub.nodes(data=True)}


def _counts(page: Page) -> str:
    return page.page.locator("#dg-counts").inner_text()


def test_country_filter_keeps_the_country_and_what_is_linked_to_it(events_page: Page) -> None:
    events_page.page.select_option("#dg-country", label="Cuba")
    # Cuba, its embassy, article and agreement; through the embassy its sending state, staff and
    # the defection from it; through the agreement the other party and its article.
    # Not Kim Chol or his defection: nothing links them to Cuba.
    assert _visible(events_page) == ALL - {"Kim Chol", "Defection of Kim Chol"}
    assert _counts(events_page).startswith("9 of 11 nodes")
    events_page.page.select_option("#dg-country", label="All countries")
    assert _visible(events_page) == ALL


def test_country_options_are_the_countries_as_text(events_page: Page) -> None:
    options = events_page.page.locator("#dg-country option").all_inner_texts()
    assert options == ["All countries", "Cuba", "North Korea", "South Korea"]


def test_date_range_hides_events_dated_outside_it_and_keeps_undated_nodes(events_page: Page) -> None:
    events_page.page.fill("#dg-date-from", "2020")
    events_page.page.fill("#dg-date-to", "2024")
    assert _visible(events_page) == ALL - {"Havana fisheries accord"}  # undated Kim Chol defection stays
    events_page.page.check("#dg-dated-only")
    # only the defection dated 2023-11 and what is linked to it
    assert _visible(events_page) == {"ri-il-kyu-2023", "Ri Il Kyu", "North Korea", "South Korea",
                                     "North Korean embassy in Havana", TITLE}
    assert _counts(events_page).startswith("6 of 11 nodes")
    events_page.page.uncheck("#dg-dated-only")
    events_page.page.fill("#dg-date-from", "")
    events_page.page.fill("#dg-date-to", "")
    assert _visible(events_page) == ALL


@pytest.mark.parametrize(("start", "end", "hidden"), [
    ("2023-11-15", "2023-12", {"Havana fisheries accord"}),   # 2023-11 overlaps the range
    ("", "2015", {"ri-il-kyu-2023"}),                 # open start
    ("2015-03-03", "", {"Havana fisheries accord"}),          # open end; the day after the agreement
    ("2016", "2022", {"Havana fisheries accord", "ri-il-kyu-2023"}),
])
def test_date_range_treats_partial_dates_as_periods(events_page: Page, start: str, end: str,
                                                    hidden: set[str]) -> None:
    events_page.page.fill("#dg-date-from", start)
    events_page.page.fill("#dg-date-to", end)
    assert _visible(events_page) == ALL - hidden


def test_half_typed_date_is_marked_and_ignored(events_page: Page) -> None:
    events_page.page.fill("#dg-date-from", "20")
    assert events_page.page.get_attribute("#dg-date-from", "aria-invalid") == "true"
    assert _visible(events_page) == ALL


def test_double_click_focuses_on_the_neighbourhood(events_page: Page) -> None:
    events_page.page.fill("#dg-focus-depth", "1")
    events_page.page.mouse.dblclick(*_dom_point(events_page, events_page.node_id(str(RI))))
    assert _visible(events_page) == _labels_near(str(RI), 1)
    assert len(_labels_near(str(RI), 1)) == 5  # Ri, North Korea, the embassy, the defection, the article
    assert "Focus: Ri Il Kyu, depth 1" in events_page.page.locator("#dg-focus-status").inner_text()
    events_page.page.fill("#dg-focus-depth", "2")
    assert _visible(events_page) == _labels_near(str(RI), 2)
    assert len(_labels_near(str(RI), 2)) == 9  # not the agreement or its article
    events_page.page.click("#dg-focus-clear")
    assert _visible(events_page) == ALL


def test_focus_button_in_the_details_panel(events_page: Page) -> None:
    events_page.click(events_page.node_id(str(AGREEMENT)))
    events_page.page.click("#dg-panel-focus")
    assert _visible(events_page) == _labels_near(str(AGREEMENT), 2)
    assert events_page.js("window.network.getSelectedNodes()") == [events_page.node_id(str(AGREEMENT))]


def test_filters_combine_and_reset_restores_everything(events_page: Page) -> None:
    events_page.page.select_option("#dg-country", label="Cuba")
    events_page.page.fill("#dg-date-from", "2020")
    events_page.page.uncheck("#dg-legend input[data-class=Article]")
    assert _visible(events_page) == {"Cuba", "North Korean embassy in Havana", "North Korea", "Ri Il Kyu",
                                     "ri-il-kyu-2023", "South Korea"}
    # the edge count follows: only links between shown nodes
    net = graph_to_network(events_graph())
    shown = [k for k, d in net.nodes(data=True) if d["label"] in _visible(events_page)]
    edges = net.subgraph(shown).number_of_edges()
    assert _counts(events_page) == f"6 of 11 nodes · {edges} of {net.number_of_edges()} edges"
    events_page.page.click("#dg-reset")
    assert _visible(events_page) == ALL
    assert events_page.page.input_value("#dg-country") == ""
    assert events_page.page.input_value("#dg-date-from") == ""
    assert events_page.page.is_checked("#dg-legend input[data-class=Article]")
    assert _counts(events_page) == "11 of 11 nodes · 23 edges"


def test_filter_controls_keep_article_text_as_text(browser: Any, tmp_path: Path) -> None:
    g = defection_graph()
    g.set((CUB, SKOS.prefLabel, Literal("<img src=x onerror=\"window.__pwned=1\">")))
    page = Page(browser, write_html(g, tmp_path / "xss.html"))
    assert "<img src=x" in " ".join(page.page.locator("#dg-country option").all_inner_texts())
    page.page.mouse.dblclick(*_dom_point(page, page.node_id(str(CUB))))
    assert "<img src=x" in page.page.locator("#dg-focus-status").inner_text()
    assert page.page.locator("#dg-legend img").count() == 0
    assert page.js("window.__pwned") is None
    assert not page.errors
