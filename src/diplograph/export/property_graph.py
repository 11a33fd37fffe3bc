"""The merged graph as a property graph: GraphML (Gephi, yEd, APOC), GEXF (Gephi), Neo4j import CSV.

One model, :class:`PropertyGraph`, feeds the three writers, so they carry the same nodes, edges and
typed attributes:

- a node per IRI or blank node, with ``iri``, a display ``label`` (``skos:prefLabel``, else
  ``rdfs:label``), its classes (``type``: CURIEs; ``labels``: APOC's ``:Person`` form), ``mentions``
  (how many articles mention it, an int) and one attribute per literal-valued property;
- an edge per IRI-valued triple (other than ``rdf:type``), typed by the predicate's local name
  (``defector``, ``mentionedIn``: the relationship type in Neo4j), with its CURIE as ``predicate``.

Literal values keep their type: ``xsd:decimal``/``double``/``float`` become doubles, the
``xsd:integer`` family ints, ``xsd:boolean`` booleans, anything else a string. A numeric property
stated with several values (two articles giving two confidences) keeps the largest; several strings
are joined with `` | `` in GraphML/GEXF and become a ``string[]`` in the Neo4j CSV. Evidence spans
(``dg:TextSpan`` nodes, their ``dg:evidenceSpan``/``dg:inArticle`` edges) are left out unless asked
for: they double the node count and mean nothing in a network view.

GraphML follows the GraphML schema (node and edge ids unique NMTOKENs, one ``<key>`` per attribute
with its ``attr.type``) and APOC's ``apoc.import.graphml`` conventions for ``readLabels: true``: the
node key with id ``labels`` (``:Person``), the edge key with id ``label`` as each edge's first
``<data>`` (the relationship type). The Neo4j CSV follows ``neo4j-admin database import full``'s
header format: ``iri:ID``, ``:LABEL``, ``name:type`` columns; ``:START_ID``, ``:END_ID``, ``:TYPE``.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

import networkx as nx
import pyoxigraph as ox

from diplograph.namespaces import PREFIXES, curie

__all__ = [
    "NEO4J_ARRAY_DELIMITER",
    "NEO4J_NODE_FILES",
    "NEO4J_RELATIONSHIP_FILE",
    "PropertyGraph",
    "read_property_graph",
    "to_networkx",
    "write_gexf",
    "write_graphml",
    "write_neo4j_csv",
]

_DG, _XSD = PREFIXES["dg"], PREFIXES["xsd"]
_RDF_TYPE = PREFIXES["rdf"] + "type"
_LABELS = (PREFIXES["skos"] + "prefLabel", PREFIXES["rdfs"] + "label")
_MENTIONED_IN = _DG + "mentionedIn"
_TEXT_SPAN = _DG + "TextSpan"

_DOUBLES = {_XSD + t for t in ("decimal", "double", "float")}
_INTS = {
    _XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_BOOLEAN = _XSD + "boolean"
_INT32 = 2**31 - 1

#: the classes that get a node file of their own in the Neo4j CSV, in this order; other nodes go to
#: ``nodes_Resource.csv`` (n10s's name for a node of no known class)
_NEO4J_CLASSES = ("Person", "Country", "Embassy", "Defection", "Agreement", "Article", "TextSpan", "Resource")
#: The Neo4j node files, always all written (an empty one holds only its header), so that the
#: ``neo4j-admin database import full`` command line in docs/export.md never changes.
NEO4J_NODE_FILES: tuple[str, ...] = tuple(f"nodes_{c}.csv" for c in _NEO4J_CLASSES)
NEO4J_RELATIONSHIP_FILE = "relationships.csv"
#: Between the values of a ``string[]`` column (and of ``:LABEL``): the ASCII unit separator, which
#: news text does not hold (it is replaced by a space in values). neo4j-admin: ``--array-delimiter=U+001F``.
NEO4J_ARRAY_DELIMITER = "\x1f"

Value = str | int | float | bool
#: opens one output file for binary writing (the caller's atomic writer)
Opener = Callable[[Path], AbstractContextManager[IO[bytes]]]


@dataclass
class Node:
    id: str  # n0, n1, ...: GraphML ids are NMTOKENs, which an IRI is not
    iri: str
    types: set[str] = field(default_factory=set)
    literals: dict[str, list[ox.Literal]] = field(default_factory=lambda: defaultdict(list))
    mentions: int = 0

    @property
    def labels(self) -> list[str]:
        """Neo4j labels: the local names of the node's classes."""
        return sorted({_local(t) for t in self.types})

    @property
    def label(self) -> str:
        names = next((self.literals[p] for p in _LABELS if p in self.literals), None)
        return min(n.value for n in names) if names else self.iri


@dataclass(frozen=True)
class Edge:
    id: str
    source: Node
    target: Node
    predicate: str

    @property
    def type(self) -> str:
        return _local(self.predicate)


@dataclass
class PropertyGraph:
    """Nodes with typed literal properties and typed edges, read from the merged graph."""

    nodes: dict[str, Node]  # by IRI (``_:b`` for a blank node)
    edges: list[Edge]
    kinds: dict[str, str]  # property IRI -> "double" | "int" | "long" | "boolean" | "string"

    def value(self, node: Node, prop: str) -> Value | list[str] | None:
        """One node's value for ``prop`` as its kind says; strings as a sorted list."""
        literals = node.literals.get(prop)
        if not literals:
            return None
        kind = self.kinds[prop]
        if kind == "string":
            return sorted({lit.value for lit in literals})
        if kind == "boolean":
            return any(lit.value.strip() in ("true", "1") for lit in literals)
        if kind in ("int", "long"):
            return max(int(lit.value) for lit in literals)
        return max(float(lit.value) for lit in literals)

    def properties(self) -> list[str]:
        """Every literal property any node has, sorted by CURIE."""
        return sorted(self.kinds, key=curie)


def read_property_graph(triples: Iterable[ox.Triple], *, with_evidence: bool = False) -> PropertyGraph:
    """The property graph of the merged graph's ``triples`` (one pass; held in memory).

    Args:
        triples: the merged graph (:meth:`GraphStore.merged_triples`).
        with_evidence: keep ``dg:TextSpan`` nodes and their edges.
    """
    nodes: dict[str, Node] = {}

    def node(term: ox.NamedNode | ox.BlankNode) -> Node:
        key = term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"
        if key not in nodes:
            nodes[key] = Node(f"n{len(nodes)}", key)
        return nodes[key]

    links: list[tuple[Node, Node, str]] = []
    for triple in triples:
        s, p, o = triple.subject, triple.predicate.value, triple.object
        if isinstance(s, ox.Triple) or isinstance(o, ox.Triple):
            continue  # RDF-star quoted triples have no property-graph form; we never write them
        subject = node(s)
        if isinstance(o, ox.Literal):
            subject.literals[p].append(o)
        elif p == _RDF_TYPE:
            subject.types.add(o.value if isinstance(o, ox.NamedNode) else f"_:{o.value}")
        else:
            links.append((subject, node(o), p))
            if p == _MENTIONED_IN:
                subject.mentions += 1
    if not with_evidence:
        spans = {n.iri for n in nodes.values() if _TEXT_SPAN in n.types}
        nodes = {k: n for k, n in nodes.items() if k not in spans}
        links = [(s, t, p) for s, t, p in links if s.iri not in spans and t.iri not in spans]
    for i, n in enumerate(nodes.values()):  # dense ids after the spans are gone
        n.id = f"n{i}"
    edges = [Edge(f"e{i}", s, t, p) for i, (s, t, p) in enumerate(links)]
    return PropertyGraph(nodes, edges, _kinds(nodes.values()))


def _kinds(nodes: Iterable[Node]) -> dict[str, str]:
    datatypes: dict[str, set[str]] = defaultdict(set)
    big: set[str] = set()
    for n in nodes:
        for p, literals in n.literals.items():
            for lit in literals:
                datatypes[p].add(lit.datatype.value)
                if lit.datatype.value in _INTS and _is_big(lit.value):
                    big.add(p)
    kinds = {}
    for p, types in datatypes.items():
        if types <= _INTS:
            kinds[p] = "long" if p in big else "int"
        elif types <= _INTS | _DOUBLES:
            kinds[p] = "double"
        elif types == {_BOOLEAN}:
            kinds[p] = "boolean"
        else:
            kinds[p] = "string"
    return kinds


def _is_big(text: str) -> bool:
    try:
        return abs(int(text)) > _INT32
    except ValueError:
        return False


def _local(iri: str) -> str:
    """``https://…/ontology#mentionedIn`` -> ``mentionedIn``: a Neo4j label or relationship type."""
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri


# -- attributes shared by GraphML and GEXF -------------------------------------------------------


def _node_attributes(pg: PropertyGraph) -> list[tuple[str, str]]:
    """(name, kind) of every node attribute; ``labels`` and ``label`` first (APOC, Gephi)."""
    fixed = [
        ("labels", "string"),
        ("label", "string"),
        ("iri", "string"),
        ("type", "string"),
        ("mentions", "int"),
    ]
    return fixed + [(curie(p), pg.kinds[p]) for p in pg.properties()]


def _node_values(pg: PropertyGraph, n: Node) -> Iterator[tuple[str, Value]]:
    if n.types:
        yield "labels", "".join(f":{label}" for label in n.labels)
    yield "label", n.label
    yield "iri", n.iri
    if n.types:
        yield "type", " | ".join(sorted(curie(t) for t in n.types))
    yield "mentions", n.mentions
    for p in pg.properties():
        value = pg.value(n, p)
        if value is not None:
            yield curie(p), " | ".join(value) if isinstance(value, list) else value


def _open(xml: XMLGenerator, name: str, attrs: dict[str, str]) -> None:
    xml.startElement(name, AttributesImpl(attrs))


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


# -- GraphML ----------------------------------------------------------------------------------------

_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_EDGE_ATTRIBUTES = (("label", "string"), ("predicate", "string"))


def _graphml_key_id(name: str, owner: str) -> str:
    # APOC reads node labels and relationship types by these exact key ids; key ids are unique
    # across the document, hence the owner's prefix on every other one
    if (owner, name) in (("node", "labels"), ("edge", "label")):
        return name
    return f"{owner}.{name}"


def write_graphml(pg: PropertyGraph, out: IO[bytes]) -> None:
    """Write ``pg`` as GraphML 1.0 (directed) to the binary stream ``out``."""
    xml = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
    xml.startDocument()
    _open(
        xml,
        "graphml",
        {
            "xmlns": _GRAPHML_NS,
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{_GRAPHML_NS} {_GRAPHML_NS}/1.0/graphml.xsd",
        },
    )
    node_keys = _node_attributes(pg)
    for owner, keys in (("node", node_keys), ("edge", list(_EDGE_ATTRIBUTES))):
        for name, kind in keys:
            attrs = {"id": _graphml_key_id(name, owner), "for": owner, "attr.name": name, "attr.type": kind}
            xml.ignorableWhitespace("\n  ")
            _open(xml, "key", attrs)
            xml.endElement("key")
    xml.ignorableWhitespace("\n  ")
    _open(xml, "graph", {"id": "G", "edgedefault": "directed"})
    for n in pg.nodes.values():
        xml.ignorableWhitespace("\n    ")
        _open(xml, "node", {"id": n.id})
        for name, value in _node_values(pg, n):
            _graphml_data(xml, _graphml_key_id(name, "node"), value)
        xml.endElement("node")
    for e in pg.edges:
        xml.ignorableWhitespace("\n    ")
        _open(xml, "edge", {"id": e.id, "source": e.source.id, "target": e.target.id})
        _graphml_data(
            xml, _graphml_key_id("label", "edge"), e.type
        )  # first: APOC takes the type from the first <data>
        _graphml_data(xml, _graphml_key_id("predicate", "edge"), curie(e.predicate))
        xml.endElement("edge")
    xml.ignorableWhitespace("\n  ")
    xml.endElement("graph")
    xml.ignorableWhitespace("\n")
    xml.endElement("graphml")
    xml.ignorableWhitespace("\n")
    xml.endDocument()


def _graphml_data(xml: XMLGenerator, key: str, value: Value) -> None:
    _open(xml, "data", {"key": key})
    xml.characters(_text(value))
    xml.endElement("data")


# -- GEXF -------------------------------------------------------------------------------------------

_GEXF_NS = "http://www.gexf.net/1.2draft"  # the namespace Gephi and networkx read as GEXF 1.2
_GEXF_TYPES = {"string": "string", "int": "integer", "long": "long", "double": "double", "boolean": "boolean"}


def write_gexf(pg: PropertyGraph, out: IO[bytes]) -> None:
    """Write ``pg`` as GEXF 1.2 (directed, static) to the binary stream ``out``."""
    xml = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
    xml.startDocument()
    _open(xml, "gexf", {"xmlns": _GEXF_NS, "version": "1.2"})
    _open(xml, "graph", {"defaultedgetype": "directed", "mode": "static"})
    node_keys = [(name, kind) for name, kind in _node_attributes(pg) if name != "label"]
    ids = {name: str(i) for i, (name, _) in enumerate(node_keys)}
    for cls, keys in (("node", node_keys), ("edge", [("predicate", "string")])):
        _open(xml, "attributes", {"class": cls, "mode": "static"})
        for i, (name, kind) in enumerate(keys):
            _open(xml, "attribute", {"id": str(i), "title": name, "type": _GEXF_TYPES[kind]})
            xml.endElement("attribute")
        xml.endElement("attributes")
    _open(xml, "nodes", {})
    for n in pg.nodes.values():
        values = dict(_node_values(pg, n))
        _open(xml, "node", {"id": n.id, "label": str(values.pop("label"))})
        _gexf_values(xml, ((ids[k], v) for k, v in values.items()))
        xml.endElement("node")
    xml.endElement("nodes")
    _open(xml, "edges", {})
    for e in pg.edges:
        _open(xml, "edge", {"id": e.id, "source": e.source.id, "target": e.target.id, "label": e.type})
        _gexf_values(xml, [("0", curie(e.predicate))])
        xml.endElement("edge")
    xml.endElement("edges")
    xml.endElement("graph")
    xml.endElement("gexf")
    xml.endDocument()


def _gexf_values(xml: XMLGenerator, values: Iterable[tuple[str, Value]]) -> None:
    _open(xml, "attvalues", {})
    for key, value in values:
        _open(xml, "attvalue", {"for": key, "value": _text(value)})
        xml.endElement("attvalue")
    xml.endElement("attvalues")


# -- networkx ---------------------------------------------------------------------------------------


def to_networkx(pg: PropertyGraph) -> nx.MultiDiGraph:
    """``pg`` as a networkx graph keyed by IRI, with the attributes GraphML/GEXF carry (typed)."""
    graph = nx.MultiDiGraph()
    for n in pg.nodes.values():
        graph.add_node(n.iri, **dict(_node_values(pg, n)))
    for e in pg.edges:
        graph.add_edge(e.source.iri, e.target.iri, key=e.id, label=e.type, predicate=curie(e.predicate))
    return graph


# -- Neo4j import CSV -------------------------------------------------------------------------------

_NEO4J_TYPES = {"string": "string", "int": "int", "long": "long", "double": "double", "boolean": "boolean"}


def write_neo4j_csv(pg: PropertyGraph, directory: Path, open_file: Opener) -> list[Path]:
    """Write ``neo4j-admin database import full`` CSV files for ``pg`` into ``directory``.

    Args:
        pg: the property graph.
        directory: where :data:`NEO4J_NODE_FILES` and :data:`NEO4J_RELATIONSHIP_FILE` go.
        open_file: opens one file for binary writing (the caller's atomic writer).

    Returns:
        The files written.
    """
    by_file: dict[str, list[Node]] = {name: [] for name in NEO4J_NODE_FILES}
    for n in pg.nodes.values():
        cls = next((c for c in _NEO4J_CLASSES if c in n.labels), "Resource")
        by_file[f"nodes_{cls}.csv"].append(n)
    written = []
    for name, nodes in by_file.items():
        with open_file(directory / name) as out:
            _write_nodes(pg, nodes, out)
        written.append(directory / name)
    with open_file(directory / NEO4J_RELATIONSHIP_FILE) as out:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="")
        rows = csv.writer(text, lineterminator="\n")
        rows.writerow([":START_ID", ":END_ID", ":TYPE"])
        rows.writerows([e.source.iri, e.target.iri, e.type] for e in pg.edges)
        text.flush()
        text.detach()
    written.append(directory / NEO4J_RELATIONSHIP_FILE)
    return written


def _write_nodes(pg: PropertyGraph, nodes: list[Node], out: IO[bytes]) -> None:
    props = [p for p in pg.properties() if any(n.literals.get(p) for n in nodes)]
    arrays = {
        p
        for p in props
        if pg.kinds[p] == "string" and any(len(set(n.literals.get(p, ()))) > 1 for n in nodes)
    }
    header = ["iri:ID", ":LABEL", "name:string", "mentions:int"]
    header += [f"{_local(p)}:{_NEO4J_TYPES[pg.kinds[p]]}{'[]' if p in arrays else ''}" for p in props]
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    rows = csv.writer(text, lineterminator="\n")
    rows.writerow(header)
    for n in nodes:
        row = [n.iri, NEO4J_ARRAY_DELIMITER.join(n.labels or ["Resource"]), _clean(n.label), str(n.mentions)]
        for p in props:
            value = pg.value(n, p)
            if value is None:
                row.append("")
            elif isinstance(value, list):
                row.append(
                    NEO4J_ARRAY_DELIMITER.join(_clean(v) for v in value) if p in arrays else _clean(value[0])
                )
            else:
                row.append(_text(value))
        rows.writerow(row)
    text.flush()
    text.detach()


def _clean(text: str) -> str:
    return text.replace(NEO4J_ARRAY_DELIMITER, " ")
