"""RDF graph -> networkx MultiDiGraph: the things worth drawing, with what a tooltip needs.

One node per typed resource (``dg:Person`` ... ``dg:Article``) and per resource that a known
object property points at; one edge per object-property triple between two drawn nodes, keyed by
the property's local name. Literals become node attributes. ``dg:TextSpan`` nodes are not drawn:
their offsets and article are folded into the node that cites them, as a *source*.

Node attributes: ``label`` (str), ``type`` (class local name, ``"Other"`` when untyped),
``iri`` (str), ``aliases`` (list[str]), ``attrs`` (dict[str, list[str]]), ``evidence``
(list[str]) and ``sources`` (list[dict] with ``article`` (its IRI), ``title``, ``date``, ``url``,
``begin``, ``end``).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, BNode, Graph, Literal
from rdflib.term import Node

from diplograph.errors import DiplographError
from diplograph.namespaces import DG

__all__ = ["LETTER_FOLDS", "NODE_CLASSES", "find_nodes", "graph_to_network", "name_key", "select_subnetwork"]

log = logging.getLogger(__name__)

#: Drawn classes, most specific first: a node typed twice is drawn as the first that applies.
NODE_CLASSES: tuple[str, ...] = ("Defection", "Agreement", "Embassy", "Person", "Country", "Article")
OTHER = "Other"

# Property IRIs as plain strings (the network is built from plain triples)
_RDF_TYPE, _LABEL = str(RDF.type), str(RDFS.label)
_PREF_LABEL, _ALT_LABEL = str(SKOS.prefLabel), str(SKOS.altLabel)
_TITLE, _ISO_CODE, _SOURCE_ID = str(DG.title), str(DG.isoCode), str(DG.sourceId)
_PUBLISHED, _URL = str(DG.published), str(DG.url)
_EVIDENCE, _EVIDENCE_SPAN, _TEXT_SPAN = str(DG.evidence), str(DG.evidenceSpan), str(DG.TextSpan)
_IN_ARTICLE, _BEGIN, _END = str(DG.inArticle), str(DG.beginIndex), str(DG.endIndex)
#: Properties folded into a node's text rather than drawn as edges or listed as attributes.
_FOLDED_PROPS = {_PREF_LABEL, _LABEL, _ALT_LABEL, _RDF_TYPE, _EVIDENCE, _EVIDENCE_SPAN}
#: Properties whose object is a web address, not a thing to draw, even when it is an IRI.
_ADDRESS_PROPS = {_URL}


def graph_to_network(graph: Graph | Iterable[ox.Triple]) -> nx.MultiDiGraph:
    """Turn the merged RDF view into a network of drawable nodes and labelled edges.

    Args:
        graph: plain triples (the merged view; named graphs are not needed): an rdflib Graph or
            pyoxigraph Triples (``GraphStore.merged_triples()``, which skips building an rdflib
            Graph: about twice as fast on a large store).

    Returns:
        A MultiDiGraph keyed by node IRI (``_:id`` for blank nodes); see the module docstring
        for the attributes. Deterministic: the same graph gives the same nodes in the same order.
    """
    g = _Triples(graph)
    types = _node_types(g)
    net = nx.MultiDiGraph()
    for node in sorted(types):
        net.add_node(node, **_describe(g, node, types[node]))
    for s, p, o in sorted(g.links):
        if s in types and o in types:
            net.add_edge(s, o, key=_local(p), label=_local(p))
    _attach_sources(g, net, types)
    log.debug("network: %d nodes, %d edges", net.number_of_nodes(), net.number_of_edges())
    return net


class Lit(str):
    """A literal's lexical form (datatype and language tag dropped: the view shows text)."""

    __slots__ = ()


class _Triples:
    """The triples the view needs, as plain strings, indexed by subject and by predicate.

    Resources are keyed by IRI (``_:id`` for blank nodes); literal objects are :class:`Lit`.
    RDF-star quoted triples are skipped: diplograph never writes them.
    """

    def __init__(self, graph: Graph | Iterable[ox.Triple]) -> None:
        triples = {t for t in map(_plain, graph) if t is not None}
        self.props: dict[str, dict[str, list[str]]] = {}
        self.by_prop: dict[str, list[tuple[str, str]]] = defaultdict(list)
        #: resource-to-resource triples that may become edges
        self.links: list[tuple[str, str, str]] = []
        not_links = _FOLDED_PROPS | _ADDRESS_PROPS
        for s, p, o in triples:
            about = self.props.get(s)
            if about is None:
                about = self.props[s] = {}
            about.setdefault(p, []).append(o)
            self.by_prop[p].append((s, o))
            if p not in not_links and type(o) is not Lit:
                self.links.append((s, p, o))

    def objects(self, node: str, prop: str) -> list[str]:
        return self.props[node].get(prop, []) if node in self.props else []

    def value(self, node: str, prop: str) -> str | None:
        """One object of ``prop`` (the least, so the choice is stable), or None."""
        found = self.objects(node, prop)
        return min(found) if found else None


def _plain(triple: tuple[Node, Node, Node] | ox.Triple) -> tuple[str, str, str] | None:
    if type(triple) is ox.Triple:
        s, p, o = triple
        if type(s) is ox.NamedNode and type(o) is ox.NamedNode:  # the common case first
            return s.value, p.value, o.value
        if isinstance(s, ox.Triple) or isinstance(o, ox.Triple):
            return None
        return _ox_key(s), p.value, Lit(o.value) if isinstance(o, ox.Literal) else _ox_key(o)
    subject, predicate, value = triple
    return _key(subject), str(predicate), Lit(value) if isinstance(value, Literal) else _key(value)


def _ox_key(node: ox.NamedNode | ox.BlankNode) -> str:
    return f"_:{node.value}" if isinstance(node, ox.BlankNode) else node.value


def _node_types(g: _Triples) -> dict[str, str]:
    """Every resource to draw, with its class local name."""
    classes = {str(DG[name]): name for name in NODE_CLASSES}
    rank = {name: i for i, name in enumerate(NODE_CLASSES)}
    types: dict[str, str] = {}
    for s, cls in g.by_prop[_RDF_TYPE]:
        name = classes.get(cls)
        if name and (s not in types or rank[name] < rank[types[s]]):
            types[s] = name
    spans = {s for s, cls in g.by_prop[_RDF_TYPE] if cls == _TEXT_SPAN} | {
        o for _, o in g.by_prop[_EVIDENCE_SPAN]
    }
    # An untyped resource linked to a typed one is still part of the story (say, an owl:sameAs
    # target); one linked only to other untyped things is usually vocabulary, so it is left out.
    typed = set(types)
    for s, _, o in g.links:
        for end, other in ((s, o), (o, s)):
            if other in typed and end not in types and end not in spans and not _is_vocabulary(end):
                types[end] = OTHER
    return types


def _is_vocabulary(node: str) -> bool:
    """Classes and properties of the ontology are schema, not data."""
    return node.startswith(str(DG._NS))


def _describe(g: _Triples, node: str, type_name: str) -> dict[str, Any]:
    labels = _texts(g.objects(node, _PREF_LABEL)) + _texts(g.objects(node, _LABEL))
    title = _texts(g.objects(node, _TITLE))
    iso = _texts(g.objects(node, _ISO_CODE))
    label = next(iter(labels + title + iso), None) or _local(node)
    aliases = sorted({a for a in labels + _texts(g.objects(node, _ALT_LABEL)) if a != label})
    attrs: dict[str, list[str]] = defaultdict(list)
    for p, objects in (g.props[node].items() if node in g.props else ()):
        if p not in _FOLDED_PROPS:
            for o in objects:
                if isinstance(o, Lit) or p in _ADDRESS_PROPS:
                    attrs[_local(p)].append(str(o))
    return {
        "label": label,
        "type": type_name,
        "iri": node,
        "aliases": aliases,
        "attrs": {k: sorted(set(v)) for k, v in sorted(attrs.items())},
        "evidence": _texts(g.objects(node, _EVIDENCE)),
        "sources": [],
    }


def _attach_sources(g: _Triples, net: nx.MultiDiGraph, types: dict[str, str]) -> None:
    """Fold each evidence span (article, offsets) into the node that cites it."""
    for node, span in sorted(g.by_prop[_EVIDENCE_SPAN]):
        if node not in types:
            continue
        article = g.value(span, _IN_ARTICLE)
        net.nodes[node]["sources"].append(
            _source(g, article)
            | {"begin": _int(g.value(span, _BEGIN)), "end": _int(g.value(span, _END))}
        )
    # Without spans, the articles that mention a fact are still where its evidence came from.
    for key, data in net.nodes(data=True):
        if data["evidence"] and not data["sources"]:
            for _, article, prop in net.out_edges(key, keys=True):
                if prop == "mentionedIn":
                    data["sources"].append(_source(g, article))


def _source(g: _Triples, article: str | None) -> dict[str, Any]:
    if article is None:
        return {"article": None, "title": None, "date": None, "url": None, "begin": None, "end": None}
    return {
        "article": article,
        "title": _first(g, article, _TITLE, _PREF_LABEL, _LABEL, _SOURCE_ID) or _local(article),
        "date": _first(g, article, _PUBLISHED),
        "url": _first(g, article, _URL),
        "begin": None,
        "end": None,
    }


def _first(g: _Triples, node: str, *props: str) -> str | None:
    for p in props:
        value = g.value(node, p)
        if value is not None:
            return str(value)
    return None


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
    """Nodes whose IRI, label or alias is ``name``; else those whose label or alias contains it.

    Names compare as :func:`name_key` makes them: case, accents and hyphens do not matter.
    """
    wanted = name_key(name)
    exact, partial = set(), set()
    for key, data in net.nodes(data=True):
        names = [name_key(n) for n in (data["label"], *data["aliases"])]
        if key == name.strip() or any(_same(wanted, n) for n in names):
            exact.add(key)
        elif wanted and any(_within_name(wanted, n) for n in names):
            partial.add(key)
    return exact or partial


#: Letters that Unicode does not decompose into a base letter and an accent.
LETTER_FOLDS = {"ß": "ss", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_]+")


def name_key(name: str) -> str:
    """A name as search compares it: lower case, accents dropped, hyphens read as spaces.

    "São Tomé" -> "sao tome", "Ri Il-kyu" -> "ri il kyu", "리일규" unchanged. The page's search
    (``view.js``, ``nameKey``) does the same, so the CLI's ``--focus`` and the page agree.
    """
    decomposed = unicodedata.normalize("NFKD", name.lower())
    bare = "".join(LETTER_FOLDS.get(c, c) for c in decomposed if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", " ".join(_SEPARATORS.split(bare)).strip())


def _same(wanted: str, name: str) -> bool:
    # "Ri Ilkyu" is "Ri Il-kyu" without its hyphen: compare without spaces too
    return wanted == name or wanted.replace(" ", "") == name.replace(" ", "")


def _within_name(wanted: str, name: str) -> bool:
    return wanted in name or wanted.replace(" ", "") in name.replace(" ", "")


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


def _texts(values: Iterable[str]) -> list[str]:
    """Distinct strings, in a stable order (rdflib's is not)."""
    return sorted({str(v) for v in values})


def _key(node: Node) -> str:
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _local(node: Node | str) -> str:
    text = str(node)
    for sep in ("#", "/"):
        if sep in text.rstrip(sep):
            return text.rstrip(sep).rsplit(sep, 1)[1]
    return text


def _int(value: str | None) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None
