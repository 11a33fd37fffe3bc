"""RDF graph -> networkx MultiDiGraph: the things worth drawing, with what a tooltip needs.

One node per typed resource (``dg:Person`` ... ``dg:Article``) and per resource that a known
object property points at; one edge per object-property triple between two drawn nodes, keyed by
the property's local name. Literals become node attributes. ``dg:TextSpan`` nodes are not drawn:
their offsets and article are folded into the node that cites them, as a *source*.

Node attributes: ``label`` (str), ``type`` (class local name, ``"Other"`` when untyped),
``iri`` (str), ``aliases`` (list[str]), ``attrs`` (dict[str, list[str]]), ``evidence``
(list[str]) and ``sources`` (list[dict] with ``title``, ``date``, ``url``, ``begin``, ``end``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from diplograph.errors import DiplographError
from diplograph.namespaces import DG

__all__ = ["NODE_CLASSES", "graph_to_network", "select_subnetwork"]

log = logging.getLogger(__name__)

#: Drawn classes, most specific first: a node typed twice is drawn as the first that applies.
NODE_CLASSES: tuple[str, ...] = ("Defection", "Agreement", "Embassy", "Person", "Country", "Article")
OTHER = "Other"

#: Properties folded into a node's text rather than drawn as edges or listed as attributes.
_LABEL_PROPS = {SKOS.prefLabel, RDFS.label, SKOS.altLabel}
_FOLDED_PROPS = _LABEL_PROPS | {RDF.type, DG.evidence, DG.evidenceSpan}
#: Properties whose object is a web address, not a thing to draw, even when it is an IRI.
_ADDRESS_PROPS = {DG.url}


def graph_to_network(graph: Graph) -> nx.MultiDiGraph:
    """Turn the merged RDF view into a network of drawable nodes and labelled edges.

    Args:
        graph: plain triples (the merged view); named graphs are not needed.

    Returns:
        A MultiDiGraph keyed by node IRI (``_:id`` for blank nodes); see the module docstring
        for the attributes. Deterministic: the same graph gives the same nodes in the same order.
    """
    types = _node_types(graph)
    net = nx.MultiDiGraph()
    for node in sorted(types, key=_key):
        net.add_node(_key(node), **_describe(graph, node, types[node]))
    for s, p, o in sorted(graph, key=lambda t: (_key(t[0]), str(t[1]), _key(t[2]))):
        if p in _FOLDED_PROPS or p in _ADDRESS_PROPS or isinstance(o, Literal):
            continue
        if s in types and o in types:
            net.add_edge(_key(s), _key(o), key=_local(p), label=_local(p))
    _attach_sources(graph, net, types)
    log.debug("network: %d nodes, %d edges", net.number_of_nodes(), net.number_of_edges())
    return net


def _node_types(graph: Graph) -> dict[Node, str]:
    """Every resource to draw, with its class local name."""
    classes = {DG[name]: name for name in NODE_CLASSES}
    rank = {name: i for i, name in enumerate(NODE_CLASSES)}
    types: dict[Node, str] = {}
    for s, cls in graph.subject_objects(RDF.type):
        name = classes.get(cls)  # type: ignore[call-overload]
        if name and (s not in types or rank[name] < rank[types[s]]):
            types[s] = name
    spans = set(graph.subjects(RDF.type, DG.TextSpan)) | set(graph.objects(None, DG.evidenceSpan))
    # An untyped resource linked to a typed one is still part of the story (say, an owl:sameAs
    # target); one linked only to other untyped things is usually vocabulary, so it is left out.
    typed = set(types)
    for s, p, o in graph:
        if p in _FOLDED_PROPS or p in _ADDRESS_PROPS or isinstance(o, Literal):
            continue
        for end, other in ((s, o), (o, s)):
            if other in typed and end not in types and end not in spans and not _is_vocabulary(end):
                types[end] = OTHER
    return types


def _is_vocabulary(node: Node) -> bool:
    """Classes and properties of the ontology are schema, not data."""
    return isinstance(node, URIRef) and str(node).startswith(str(DG._NS))


def _describe(graph: Graph, node: Node, type_name: str) -> dict[str, Any]:
    labels = _texts(graph.objects(node, SKOS.prefLabel)) + _texts(graph.objects(node, RDFS.label))
    title = _texts(graph.objects(node, DG.title))
    iso = _texts(graph.objects(node, DG.isoCode))
    label = next(iter(labels + title + iso), None) or _local(node)
    aliases = sorted({a for a in labels + _texts(graph.objects(node, SKOS.altLabel)) if a != label})
    attrs: dict[str, list[str]] = defaultdict(list)
    for p, o in graph.predicate_objects(node):
        if p not in _FOLDED_PROPS and (isinstance(o, Literal) or p in _ADDRESS_PROPS):
            attrs[_local(p)].append(str(o))
    return {
        "label": label,
        "type": type_name,
        "iri": str(node) if isinstance(node, URIRef) else _key(node),
        "aliases": aliases,
        "attrs": {k: sorted(set(v)) for k, v in sorted(attrs.items())},
        "evidence": _texts(graph.objects(node, DG.evidence)),
        "sources": [],
    }


def _attach_sources(graph: Graph, net: nx.MultiDiGraph, types: dict[Node, str]) -> None:
    """Fold each evidence span (article, offsets) into the node that cites it."""
    for node, span in sorted(graph.subject_objects(DG.evidenceSpan), key=lambda t: (_key(t[0]), _key(t[1]))):
        if node not in types:
            continue
        article = graph.value(span, DG.inArticle)
        net.nodes[_key(node)]["sources"].append(
            _source(graph, article)
            | {"begin": _int(graph.value(span, DG.beginIndex)), "end": _int(graph.value(span, DG.endIndex))}
        )
    # Without spans, the articles that mention a fact are still where its evidence came from.
    for key, data in net.nodes(data=True):
        if data["evidence"] and not data["sources"]:
            for _, article, prop in net.out_edges(key, keys=True):
                if prop == "mentionedIn":
                    data["sources"].append(_source(graph, _node_of(graph, article)))


def _source(graph: Graph, article: Node | None) -> dict[str, Any]:
    if article is None:
        return {"title": None, "date": None, "url": None, "begin": None, "end": None}
    return {
        "title": _first(graph, article, DG.title, SKOS.prefLabel, RDFS.label, DG.sourceId) or _local(article),
        "date": _first(graph, article, DG.published),
        "url": _first(graph, article, DG.url),
        "begin": None,
        "end": None,
    }


def _first(graph: Graph, node: Node, *props: URIRef) -> str | None:
    for p in props:
        value = graph.value(node, p)
        if value is not None:
            return str(value)
    return None


def _node_of(graph: Graph, key: str) -> Node:
    return BNode(key[2:]) if key.startswith("_:") else URIRef(key)


def select_subnetwork(
    net: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: Collection[str] | None = None,
) -> nx.MultiDiGraph:
    """Keep the part of the network an analyst asked for.

    Args:
        net: from :func:`graph_to_network`.
        focus: a name (label or alias, case-insensitive) or IRI; keep what lies within ``depth``
            hops of it, in either direction. Articles are provenance, so the walk stops at them
            rather than jumping to everything else the same article mentions.
        depth: hops from the focus node(s).
        types: class names to keep (``"Person"``, ``"defection"``...); focus nodes are always kept.

    Returns:
        A new MultiDiGraph (a copy; ``net`` is not changed).

    Raises:
        DiplographError: ``focus`` matches no node, ``depth`` is negative, or a type is unknown.
    """
    keep = set(net)
    centres: set[str] = set()
    if focus is not None:
        if depth < 0:
            raise DiplographError(f"--depth must be 0 or more, not {depth}")
        centres = find_nodes(net, focus)
        if not centres:
            raise DiplographError(f"no node is named {focus!r} (try a label, an alias or an IRI)")
        keep = _within(net, centres, depth)
    if types is not None:
        wanted = _type_names(types)
        keep = {n for n in keep if net.nodes[n]["type"] in wanted} | centres
    return net.subgraph(keep).copy()


def find_nodes(net: nx.MultiDiGraph, name: str) -> set[str]:
    """Nodes whose IRI, label or alias equals ``name`` (case-insensitive); else those containing it."""
    wanted = name.strip().casefold()
    exact, partial = set(), set()
    for key, data in net.nodes(data=True):
        names = [data["label"], *data["aliases"]]
        if key == name.strip() or any(n.casefold() == wanted for n in names):
            exact.add(key)
        elif wanted and any(wanted in n.casefold() for n in names):
            partial.add(key)
    return exact or partial


def _within(net: nx.MultiDiGraph, centres: set[str], depth: int) -> set[str]:
    seen = set(centres)
    frontier = set(centres)
    for _ in range(depth):
        step: set[str] = set()
        for n in frontier:
            if net.nodes[n]["type"] == "Article" and n not in centres:
                continue
            step.update(net.successors(n))
            step.update(net.predecessors(n))
        frontier = step - seen
        seen |= frontier
    return seen


def _type_names(types: Collection[str]) -> set[str]:
    known = {name.casefold(): name for name in (*NODE_CLASSES, OTHER)}
    unknown = [t for t in types if t.strip().casefold() not in known]
    if unknown:
        raise DiplographError(f"unknown class {unknown[0]!r} (choose from {', '.join(NODE_CLASSES)})")
    return {known[t.strip().casefold()] for t in types}


def _texts(values: Iterable[Node]) -> list[str]:
    """Distinct strings, in a stable order (rdflib's is not)."""
    return sorted({str(v) for v in values})


def _key(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _local(node: Node) -> str:
    text = str(node)
    for sep in ("#", "/"):
        if sep in text.rstrip(sep):
            return text.rstrip(sep).rsplit(sep, 1)[1]
    return text


def _int(value: Node | None) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None
