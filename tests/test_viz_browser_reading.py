"""The view reads at first glance (issue 14, point 5): legible labels, fitted views, a complete Reset,
a details panel of relations in plain words, articles out of the way in big graphs, forgiving search.

Real headless Chromium, as in ``test_viz_browser``; every assertion is about what the page shows.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, SKOS, XSD, Graph, Literal

from diplograph.namespaces import DG, DGR
from diplograph.viz import write_html
from test_viz import ARTICLE, CUB, DEFECTION, EMBASSY, KOR, PRK, RI
from test_viz_browser import AGREEMENT, ALL, TITLE, Page, _dom_point, _visible, events_graph

pytestmark = pytest.mark.browser

#: The smallest on-screen text, in CSS pixels, that still reads without squinting.
LEGIBLE_PX = 11
STP = DGR["country/STP"]


def news_graph(n: int, seed: int = 3) -> Graph:
    """About ``n`` nodes with the real vocabulary, in a news corpus's proportions: few countries
    linked to much, many people, defections and articles linked to little."""
    rng = random.Random(seed)
    g = Graph()

    def make(kind: str, share: float) -> list[Any]:
        nodes = [DGR[f"{kind.lower()}/{i}"] for i in range(max(3, int(n * share)))]
        for i, node in enumerate(nodes):
            g.add((node, RDF.type, DG[kind]))
            g.add((node, SKOS.prefLabel, Literal(f"{kind} number {i}")))
        return nodes

    countries, people = make("Country", 0.04), make("Person", 0.30)
    embassies, defections = make("Embassy", 0.08), make("Defection", 0.20)
    agreements, articles = make("Agreement", 0.08), make("Article", 0.30)
    for e in embassies:
        g.add((e, DG.sendingCountry, rng.choice(countries)))
        g.add((e, DG.hostCountry, rng.choice(countries)))
    for p in people:
        g.add((p, DG.nationality, rng.choice(countries)))
    for d in defections:
        g.add((d, DG.defector, rng.choice(people)))
        g.add((d, DG.fromCountry, rng.choice(countries)))
        g.add((d, DG.toCountry, rng.choice(countries)))
        g.add((d, DG.date, Literal(f"{rng.randrange(1980, 2024)}", datatype=XSD.gYear)))
    for a in agreements:
        for c in rng.sample(countries, 2):
            g.add((a, DG.party, c))
    for node in people + defections + agreements:
        g.add((node, DG.mentionedIn, rng.choice(articles)))
    return g


def _open(browser: Any, tmp_path: Path, graph: Graph, name: str = "graph.html") -> Page:
    return Page(browser, write_html(graph, tmp_path / name))


@pytest.fixture(scope="module")
def big_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(news_graph(2000), tmp_path_factory.mktemp("big") / "big.html")


@pytest.fixture(scope="module")
def mid_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_html(news_graph(300), tmp_path_factory.mktemp("mid") / "mid.html")


@pytest.fixture
def events_page(browser: Any, tmp_path: Path) -> Iterator[Page]:
    g = events_graph()
    g.add((AGREEMENT, DG.status, Literal("in_force")))
    g.add((AGREEMENT, DG.rule, Literal("described")))
    g.add((DEFECTION, DG.rule, Literal("role-cataphor")))
    g.add((STP, RDF.type, DG.Country))
    g.add((STP, SKOS.prefLabel, Literal("São Tomé and Príncipe")))
    page = _open(browser, tmp_path, g)
    yield page
    assert not page.errors
    page.page.close()


# -- labels ---------------------------------------------------------------------------------------

_LABELS = """() => {
    // What vis-network 9.1 draws: a label whose on-screen size (font size x zoom) falls below
    // its draw threshold less one pixel is skipped; the others are drawn at that size.
    const net = window.network, scale = net.getScale(), out = [];
    const shown = new Set(net.body.data.nodes.getIds({filter: n => !n.hidden}));
    const edgeShown = e => shown.has(e.fromId) && shown.has(e.toId);
    for (const [kind, items] of [['node', net.body.nodes], ['edge', net.body.edges]]) {
        for (const [id, item] of Object.entries(items)) {
            if (kind === 'node' ? !shown.has(Number(id)) : !edgeShown(item)) continue;
            const label = item.labelModule, opts = label.elementOptions;
            if (!opts.label) continue;
            const px = label.fontOptions.size * scale;
            out.push({kind: kind, id: Number(id), drawn: px >= opts.scaling.label.drawThreshold - 1, px: px});
        }
    }
    return out;
}"""


#: ... and the largest a name should get, however far one zooms in.
LARGEST_PX = 20


def _drawn_labels(page: Page) -> list[dict[str, Any]]:
    """The labels drawn, each checked to be legible and, for a node, not outsized."""
    labels = page.js(_LABELS)
    assert labels, "no labelled node or edge is shown"
    drawn = [lab for lab in labels if lab["drawn"]]
    assert all(lab["px"] >= LEGIBLE_PX for lab in drawn), sorted(lab["px"] for lab in drawn)[:5]
    outsized = [lab["px"] for lab in drawn if lab["kind"] == "node" and lab["px"] > LARGEST_PX]
    assert not outsized, outsized
    return drawn


def _zoom_in(page: Page, scale: float) -> None:
    """Turn the mouse wheel over the middle of the drawing until it is drawn at `scale`."""
    box = page.page.locator("#dg-network canvas").bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(60):
        if page.js("window.network.getScale()") >= scale:
            break
        page.page.mouse.wheel(0, -200)
        page.page.wait_for_timeout(30)
    assert page.js("window.network.getScale()") >= scale, "the wheel did not zoom"
    page.page.wait_for_timeout(300)  # names are resized once the wheel rests


def _degrees(page: Page) -> dict[int, int]:
    """Links between shown nodes per shown node, provenance (mentionedIn) aside."""
    return {int(k): v for k, v in page.js("""() => {
        const net = window.network, data = JSON.parse(document.getElementById('dg-data').textContent);
        const shown = new Set(net.body.data.nodes.getIds({filter: n => !n.hidden})), deg = {};
        shown.forEach(id => { deg[id] = 0; });
        data.edges.forEach(e => {
            if (e.label === 'mentionedIn' || !shown.has(e.from) || !shown.has(e.to)) return;
            deg[e.from]++; deg[e.to]++;
        });
        return deg; }""").items()}


def test_small_graph_labels_every_node_legibly_at_first_view(browser: Any, tmp_path: Path) -> None:
    page = _open(browser, tmp_path, events_graph())
    drawn = _drawn_labels(page)
    assert {lab["id"] for lab in drawn if lab["kind"] == "node"} == set(range(len(ALL)))
    page.click(page.node_id(str(RI)))  # a selected node's name stays in proportion
    _drawn_labels(page)
    _zoom_in(page, 3 * page.js("window.network.getScale()"))
    assert {lab["id"] for lab in _drawn_labels(page) if lab["kind"] == "node"}


@pytest.mark.parametrize("which", ["mid_html", "big_html"])
def test_big_graph_labels_the_best_connected_nodes_legibly_and_more_on_zooming_in(
    browser: Any, which: str, request: pytest.FixtureRequest
) -> None:
    page = Page(browser, request.getfixturevalue(which))
    drawn = _drawn_labels(page)
    degrees = _degrees(page)
    named = {lab["id"] for lab in drawn if lab["kind"] == "node"}
    assert 5 <= len(named) < len(degrees)  # some names at first view, not all of them
    hub = max(degrees, key=lambda n: (degrees[n], -n))
    assert hub in named
    unnamed = set(degrees) - named
    assert sum(degrees[n] for n in named) / len(named) > 2 * sum(degrees[n] for n in unnamed) / len(unnamed)

    first = page.js("window.network.getScale()")
    _zoom_in(page, 4 * first)
    closer = _drawn_labels(page)
    assert len({lab["id"] for lab in closer if lab["kind"] == "node"}) > len(named)
    _zoom_in(page, 8 * first)
    assert len(_drawn_labels(page)) >= len(closer)  # none goes, none outgrows LARGEST_PX
    page.page.close()


# -- zoom to fit after every filter ---------------------------------------------------------------

_VIEW = """hits => {
    const net = window.network, canvas = document.querySelector('#dg-network canvas');
    const box = canvas.getBoundingClientRect(), panel = document.getElementById('dg-panel');
    const width = panel.hidden ? box.width : panel.getBoundingClientRect().left - box.left;
    const ids = hits ? net.getSelectedNodes() : net.body.data.nodes.getIds({filter: n => !n.hidden});
    const pos = net.getPositions(ids);
    const xs = ids.map(id => net.canvasToDOM(pos[id]).x), ys = ids.map(id => net.canvasToDOM(pos[id]).y);
    return {count: ids.length, scale: net.getScale(), width: width, height: box.height,
            left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys)};
}"""


def _assert_fitted(page: Page, *, hits: bool = False) -> None:
    """Every shown node (or search hit) is on screen, not under the details panel, and they fill it."""
    view = page.js(_VIEW, hits)
    assert view["count"] > 0
    assert view["left"] >= 0 and view["right"] <= view["width"], view
    assert view["top"] >= 0 and view["bottom"] <= view["height"], view
    width, height = view["right"] - view["left"], view["bottom"] - view["top"]
    filled = max(width / view["width"], height / view["height"])
    assert view["count"] == 1 or filled > 0.5 or view["scale"] >= 1.0, view


def _wander_off(page: Page) -> None:
    """Zoom into a corner, as a reader does before changing a filter."""
    page.js("() => window.network.moveTo({position: {x: 5000, y: -5000}, scale: 2.5, animation: false})")


def _date(page: Page) -> None:
    page.page.fill("#dg-date-from", "1990")
    page.page.fill("#dg-date-to", "1995")
    page.page.check("#dg-dated-only")


def _type(page: Page) -> None:
    page.page.uncheck("#dg-legend input[data-class=Person]")


def _search(page: Page) -> None:
    page.page.fill("#dg-search-input", "Agreement number 1")
    page.page.click("#dg-search button[type=submit]")


def _focus(page: Page) -> None:
    page.js("() => window.network.fit({animation: false})")
    page.page.mouse.dblclick(*_dom_point(page, 3))


def _country(page: Page) -> None:
    page.page.select_option("#dg-country", index=2)


@pytest.mark.parametrize("action", [_date, _type, _search, _focus, _country], ids=lambda f: f.__name__)
def test_every_filter_fits_the_view_to_what_it_shows(browser: Any, mid_html: Path, action: Any) -> None:
    page = Page(browser, mid_html)
    _assert_fitted(page)
    _wander_off(page)
    action(page)
    page.page.wait_for_timeout(400)  # the details panel opens once a double-click is ruled out
    _assert_fitted(page, hits=action is _search)
    assert not page.errors
    page.page.close()


def test_reset_clears_filters_search_focus_selection_and_panel_and_fits(events_page: Page) -> None:
    page = events_page
    page.page.select_option("#dg-country", label="Cuba")
    page.page.fill("#dg-date-from", "2020")
    page.page.uncheck("#dg-legend input[data-class=Article]")
    page.page.fill("#dg-search-input", "Cuba")
    page.page.click("#dg-search button[type=submit]")
    page.page.fill("#dg-focus-depth", "1")
    page.page.mouse.dblclick(*_dom_point(page, page.node_id(str(CUB))))
    page.click(page.node_id(str(CUB)))
    page.js("() => window.network.moveTo({position: {x: 4000, y: 4000}, scale: 3, animation: false})")

    page.page.click("#dg-reset")
    assert _visible(page) == ALL | {"São Tomé and Príncipe"}
    assert page.page.input_value("#dg-search-input") == ""
    assert page.page.locator("#dg-search-result").inner_text() == ""
    assert page.page.input_value("#dg-country") == ""
    assert page.page.input_value("#dg-date-from") == ""
    assert page.page.input_value("#dg-focus-depth") == "2"
    assert page.page.is_checked("#dg-legend input[data-class=Article]")
    assert page.js("window.network.getSelectedNodes()") == []
    assert page.js("window.network.body.data.nodes.get({filter: n => n.opacity < 1}).length") == 0
    assert page.page.locator("#dg-panel").is_hidden()
    assert page.page.locator("#dg-focus-clear").is_hidden()
    assert not page.page.locator("#dg-focus-status").inner_text().startswith("Focus:")
    _assert_fitted(page)


# -- the details panel ----------------------------------------------------------------------------

_ROWS = """() => Object.fromEntries([...document.querySelectorAll('#dg-panel dt')].map(dt => {
    const dd = dt.nextElementSibling, links = [...dd.querySelectorAll('a.dg-node')];
    return [dt.textContent, links.length ? links.map(a => a.textContent) : dd.textContent]; }))"""


def _panel_rows(page: Page, iri: str) -> dict[str, Any]:
    page.click(page.node_id(iri))
    rows: dict[str, Any] = page.js(_ROWS)
    return rows


def test_panel_lists_a_defections_who_from_to_post_and_date(events_page: Page) -> None:
    rows = _panel_rows(events_page, str(DEFECTION))
    assert rows["Who"] == ["Ri Il Kyu"]
    assert rows["From"] == ["North Korea"]
    assert rows["To"] == ["South Korea"]
    assert rows["Post"] == ["North Korean embassy in Havana"]
    assert rows["Date"] == "November 2023"
    assert rows["Found by"] == "a role word naming the person later in the text"
    assert rows["Sources"] == [TITLE]


def test_panel_lists_an_agreements_parties_date_and_status_in_words(events_page: Page) -> None:
    rows = _panel_rows(events_page, str(AGREEMENT))
    assert sorted(rows["Parties"]) == ["Cuba", "South Korea"]
    assert rows["Date"] == "2 March 2015"
    assert rows["Status"] == "in force"
    assert rows["Found by"] == "a description of the agreement"
    text = events_page.page.locator("#dg-panel").inner_text()
    assert "in_force" not in text and "https://w3id.org/" not in text


def test_panel_lists_a_persons_nationality_posts_and_events(events_page: Page) -> None:
    rows = _panel_rows(events_page, str(RI))
    assert rows["Nationality"] == ["North Korea"]
    assert rows["Posts"] == ["North Korean embassy in Havana"]
    assert rows["Position"] == "counselor for political affairs"
    assert rows["Events"] == ["ri-il-kyu-2023"]
    assert rows["Sources"] == [TITLE]


@pytest.mark.parametrize(("iri", "row", "target"), [
    (str(DEFECTION), "Who", str(RI)),
    (str(RI), "Sources", str(ARTICLE)),
    (str(PRK), "Nationals", str(RI)),
    (str(EMBASSY), "Host country", str(CUB)),
])
def test_panel_links_select_the_node_they_name(events_page: Page, iri: str, row: str, target: str) -> None:
    _panel_rows(events_page, iri)
    label = events_page.js("id => JSON.parse(document.getElementById('dg-data').textContent)"
                           ".details[id].label", events_page.node_id(target))
    values = events_page.page.locator("#dg-panel dt", has_text=row).locator("xpath=following-sibling::dd[1]")
    values.locator("a.dg-node", has_text=label).click()
    assert events_page.page.locator("#dg-panel h3").inner_text() == label
    assert events_page.js("window.network.getSelectedNodes()") == [events_page.node_id(target)]


def test_every_node_with_an_article_lists_it_as_a_source(events_page: Page) -> None:
    for iri in (str(RI), str(PRK), str(KOR), str(CUB), str(EMBASSY), str(DEFECTION), str(AGREEMENT)):
        rows = _panel_rows(events_page, iri)
        assert rows.get("Sources"), iri
        events_page.page.click("#dg-panel-close")  # the panel lies over the nodes on the right


# -- articles hidden in big graphs ----------------------------------------------------------------

def test_articles_are_hidden_in_a_big_graph_until_ticked(browser: Any, mid_html: Path) -> None:
    page = Page(browser, mid_html)
    articles = "window.network.body.data.nodes.get({filter: n => n.group === 'Article' && !n.hidden}).length"
    assert page.js(articles) == 0
    assert not page.page.is_checked("#dg-legend input[data-class=Article]")
    page.page.check("#dg-legend input[data-class=Article]")
    assert page.js(articles) == 90
    page.page.close()


def test_articles_are_shown_in_a_small_graph(events_page: Page) -> None:
    assert "Second article" in _visible(events_page)
    assert events_page.page.is_checked("#dg-legend input[data-class=Article]")


# -- search ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("query", "found"), [
    ("Ri Il-kyu", "Ri Il Kyu"),
    ("ri il kyu", "Ri Il Kyu"),
    ("Ri Ilkyu", "Ri Il Kyu"),
    ("리일규", "Ri Il Kyu"),          # an alias
    ("DPRK", "North Korea"),         # an alias
    ("Sao Tome", "São Tomé and Príncipe"),
    ("SÃO TOMÉ AND PRINCIPE", "São Tomé and Príncipe"),
    ("havana fisheries", "Havana fisheries accord"),
])
def test_search_ignores_case_hyphens_spaces_and_accents(events_page: Page, query: str, found: str) -> None:
    events_page.page.fill("#dg-search-input", query)
    events_page.page.click("#dg-search button[type=submit]")
    assert events_page.page.locator("#dg-search-result").inner_text() == "1 match"
    assert events_page.page.locator("#dg-panel h3").inner_text() == found
