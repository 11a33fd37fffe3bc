"""Time to first drawing of the view in headless Chromium, for synthetic graphs of N nodes.

Usage: .venv/bin/python bench/viz_first_drawing.py [N ...]   (default: 500 2000 10000)

A synthetic merged view with the real vocabulary (people, countries, embassies, defections,
agreements, articles in roughly a news corpus's proportions) is written with ``write_html``;
Chromium loads it from file:// and the page records ``performance.now()`` at vis-network's first
``afterDrawing`` (milliseconds since navigation started). Python-side time is reported too.
"""

from __future__ import annotations

import logging
import random
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from rdflib import RDF, RDFS, Graph, Literal

from diplograph.namespaces import DG, DGR
from diplograph.viz import write_html
from diplograph.viz.png import CHROMIUM_ARGS, find_chromium

log = logging.getLogger("bench")


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """About ``n`` nodes: 5% countries, 30% people, 10% embassies, 20% defections, 5% agreements,
    30% articles."""
    rng = random.Random(seed)
    g = Graph()

    def make(kind: str, share: float) -> list:
        nodes = [DGR[f"{kind.lower()}/{i}"] for i in range(max(2, int(n * share)))]
        for i, node in enumerate(nodes):
            g.add((node, RDF.type, DG[kind]))
            g.add((node, RDFS.label, Literal(f"{kind} {i}")))
        return nodes

    countries, people = make("Country", 0.05), make("Person", 0.30)
    embassies, defections = make("Embassy", 0.10), make("Defection", 0.20)
    agreements, articles = make("Agreement", 0.05), make("Article", 0.30)
    for e in embassies:
        g.add((e, DG.sendingCountry, rng.choice(countries)))
        g.add((e, DG.hostCountry, rng.choice(countries)))
    for p in people:
        g.add((p, DG.nationality, rng.choice(countries)))
        g.add((p, DG.postedAt, rng.choice(embassies)))
    for d in defections:
        g.add((d, DG.defector, rng.choice(people)))
        g.add((d, DG.fromCountry, rng.choice(countries)))
        g.add((d, DG.toCountry, rng.choice(countries)))
        g.add((d, DG.evidence, Literal("Someone defected, the article said.")))
    for a in agreements:
        for c in rng.sample(countries, 2):
            g.add((a, DG.party, c))
    for node in people + defections + agreements:
        g.add((node, DG.mentionedIn, rng.choice(articles)))
    return g


def first_drawing_ms(browser, html: Path) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(html.resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=120_000)
        return float(page.evaluate("window.dgFirstDrawing"))
    finally:
        page.close()


def main(sizes: list[int]) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        for n in sizes:
            graph = synthetic_graph(n)
            started = time.perf_counter()
            html = write_html(graph, Path(tmp) / f"g{n}.html")
            python_s = time.perf_counter() - started
            runs = sorted(first_drawing_ms(browser, html) for _ in range(3))
            log.info("%6d nodes: write_html %.2f s, %.1f MB; first drawing %.0f ms (median of 3; "
                     "min %.0f, max %.0f)", n, python_s, html.stat().st_size / 1e6, runs[1], runs[0], runs[2])
        browser.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 2000, 10000])
