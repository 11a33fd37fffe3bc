"""What to draw, read from the store: the merged view, or the part a SPARQL query picks.

A ``CONSTRUCT``/``DESCRIBE`` query's triples are drawn as they are, plus the types and labels of
the nodes they mention (so the picture is styled and named); a ``SELECT`` query's IRIs choose the
nodes, drawn with every merged-view triple among them and their attributes.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.errors import QueryError
from diplograph.namespaces import DG, PREFIXES

__all__ = ["graph_from_store", "select_by_query"]

log = logging.getLogger(__name__)

_ALL = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
_NAMING = (RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, DG.title, DG.isoCode)


def graph_from_store(store_path: Path, *, query: str | None = None) -> Graph | list[ox.Triple]:
    """The graph to draw from the store at ``store_path``.

    Args:
        store_path: an on-disk store written by ``diplograph build``.
        query: SPARQL text deciding what is drawn (see the module docstring); ``None`` draws all.

    Returns:
        Plain triples of the merged view (all named graphs together): with no query, the store's
        own triples (no rdflib copy: a whole large store draws about twice as fast); with one,
        an rdflib Graph.

    Raises:
        StoreError: the store is missing, locked by a writer, or unreadable.
        QueryError: the query does not parse, or is an ``ASK``.
    """
    from diplograph.store import GraphStore

    with GraphStore.open(store_path, read_only=True) as store:
        if query is None:
            return list(store.merged_triples())
        everything = store.query(_ALL)
        assert isinstance(everything, ox.QueryTriples)  # a CONSTRUCT always gives triples
        merged = _triples(everything)
        result = store.query(query)
        if isinstance(result, ox.QueryTriples):
            return _with_naming(_triples(result), merged)
        if isinstance(result, ox.QuerySolutions):
            picked = {_rdflib(t) for row in result for t in row if isinstance(t, ox.NamedNode)}
            return select_by_query(merged, picked)
    raise QueryError("--query must be a SELECT, CONSTRUCT or DESCRIBE query, not ASK")


def select_by_query(merged: Graph, nodes: set[Node]) -> Graph:
    """The triples of ``merged`` about ``nodes``: links among them and their literal attributes.

    Args:
        merged: the merged view.
        nodes: the IRIs a query selected.

    Returns:
        A new graph; evidence spans of the selected nodes are kept so their sources still show.
    """
    out = _bound(Graph())
    for s, p, o in merged:
        if s in nodes and (o in nodes or isinstance(o, Literal) or p in (RDF.type, DG.evidenceSpan)):
            out.add((s, p, o))
            if p == DG.evidenceSpan:
                out += merged.triples((o, None, None))
    log.info("query selected %d nodes, %d triples", len(nodes), len(out))
    return out


def _with_naming(constructed: Graph, merged: Graph) -> Graph:
    named = {n for s, _, o in constructed for n in (s, o) if not isinstance(n, Literal)}
    for node in named:
        for p in _NAMING:
            for o in merged.objects(node, p):
                constructed.add((node, p, o))
    return constructed


def _triples(result: ox.QueryTriples) -> Graph:
    g = _bound(Graph())
    for t in result:
        g.add((_rdflib(t.subject), _rdflib(t.predicate), _rdflib(t.object)))
    return g


def _rdflib(term: object) -> Node:
    from diplograph.terms import to_rdflib

    return to_rdflib(term)  # type: ignore[arg-type]


def _bound(g: Graph) -> Graph:
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, URIRef(iri))
    return g
