"""diplograph: a knowledge graph of diplomats, defections and agreements, built from news.

The data flows through one module per stage::

    article ──read──▶ Article ──nlp──▶ spaCy Doc ──extract──▶ ArticleFacts ──resolve/rdf──▶ Graph
        ──store──▶ query / export / viz

    read.py      read_articles(paths)            .txt / .jsonl / .html -> Article
    nlp/         make_nlp(model)                 the spaCy model + diplograph's rule components
    extract/     facts_from_doc(doc, article)    persons, countries, embassies, defections, agreements
    resolve.py   stable keys                     one IRI per real-world thing
    rdf.py       article_graph(facts)            one named graph per article
    store.py     GraphStore                      the persistent Oxigraph store
    query.py     SPARQL and named queries
    export.py    Turtle, TriG, N-Quads, JSON-LD, GraphML, GEXF
    viz/         write_html(graph, path)         the interactive network view
    pipeline.py  build(...)                      the only module that chains the stages
    cli.py       the ``diplograph`` command

Heavy modules (spaCy, the store) are imported lazily, so ``import diplograph`` is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplograph.errors import DiplographError, ExtractionError, InputError, QueryError, StoreError
from diplograph.model import (
    Agreement,
    Article,
    ArticleFacts,
    CountryMention,
    Defection,
    Embassy,
    Evidence,
    Person,
)

if TYPE_CHECKING:
    from diplograph.pipeline import BuildSummary, build
    from diplograph.read import read_articles

__version__ = "0.1.0"

__all__ = [
    "Agreement",
    "Article",
    "ArticleFacts",
    "BuildSummary",
    "CountryMention",
    "Defection",
    "DiplographError",
    "Embassy",
    "Evidence",
    "ExtractionError",
    "InputError",
    "Person",
    "QueryError",
    "StoreError",
    "__version__",
    "build",
    "read_articles",
]

_LAZY = {
    "build": "diplograph.pipeline",
    "BuildSummary": "diplograph.pipeline",
    "read_articles": "diplograph.read",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'diplograph' has no attribute {name!r}")
