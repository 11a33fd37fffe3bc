"""Every export format, read back by parsers that share no code with the writer.

RDF exports are parsed by pyoxigraph, rdflib and (when installed by ``make system-deps``) Debian's
``serdi`` and ``rapper``, and compared with the hand-built graphs as graphs (rdflib.compare).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from diplograph.errors import StoreError
from diplograph.export import FORMATS, atomic_write, export_store
from diplograph.export.property_graph import NEO4J_ARRAY_DELIMITER, NEO4J_NODE_FILES, NEO4J_RELATIONSHIP_FILE
from diplograph.namespaces import DG, DGR, PREFIXES
from diplograph.shapes import ONTOLOGY_DIR
from diplograph.store import GraphStore
from diplograph.terms import to_rdflib
from rdf_helpers import (
    ONTOLOGY_IRI,
    article_graph,
    assert_isomorphic,
    graph_of,
    ontology_header,
    rich_article,
    union,
)

PERSON = DGR["person/thae-yong-ho"]
ARTICLE_RICH = DGR["article/rich"]


SPAN = DGR["span/rich-0-61"]
DEFECTION = DGR["defection/thae-yong-ho-2016"]


def with_evidence_span(article: tuple[URIRef, Graph]) -> tuple[URIRef, Graph]:
    """The rich article plus the evidence span of its defection, as rdf.py writes one."""
    iri, g = article
    g.add((DEFECTION, DG.evidenceSpan, SPAN))
    g.add((SPAN, RDF.type, DG.TextSpan))
    g.add((SPAN, DG.inArticle, iri))
    g.add((SPAN, DG.beginIndex, Literal(0)))
    g.add((SPAN, DG.endIndex, Literal(61)))
    return iri, g


@pytest.fixture
def graphs() -> list[tuple[URIRef, Graph]]:
    two = article_graph("two", persons={"thae-yong-ho": "Thae Yong Ho"})
    return [with_evidence_span(rich_article()), two]


@pytest.fixture
def store(tmp_path: Path, graphs: list[tuple[URIRef, Graph]]):
    with GraphStore.open(tmp_path / "store") as s:
        s.replace_articles(graphs)
        yield s


def merged(graphs: list[tuple[URIRef, Graph]]) -> Graph:
    """What graph.ttl must hold: the union of the article graphs plus one prefLabel per node."""
    g = union(*(graph for _, graph in graphs))
    g.add((PERSON, SKOS.prefLabel, Literal("Thae Yong Ho")))  # the tie is broken by code point order
    g.add((DGR["country/PRK"], SKOS.prefLabel, Literal("North Korea")))
    g.add((DGR["defection/thae-yong-ho-2016"], SKOS.prefLabel, Literal("defection of Thae Yong-ho")))
    return g


def parse_oxigraph(path: Path, fmt: ox.RdfFormat) -> Graph:
    g = Graph()
    for q in ox.parse(path=str(path), format=fmt):
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


def parse_ntriples_tool(cmd: list[str]) -> Graph:
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} is not installed (make system-deps installs it)")
    done = subprocess.run(cmd, capture_output=True, check=True)
    return Graph().parse(data=done.stdout.decode("utf-8"), format="nt")


@pytest.mark.parametrize(("fmt", "oxfmt", "rdflib_fmt"),
                         [("turtle", ox.RdfFormat.TURTLE, "turtle"), ("nt", ox.RdfFormat.N_TRIPLES, "nt")])
def test_export_merged_graph_parses_identically_everywhere(store, graphs, tmp_path, fmt, oxfmt, rdflib_fmt):
    path = export_store(store, tmp_path / f"graph.{fmt}", fmt)
    expected = union(merged(graphs), ontology_header())
    assert_isomorphic(expected, parse_oxigraph(path, oxfmt))
    assert_isomorphic(expected, Graph().parse(path, format=rdflib_fmt))
    syntax = "turtle" if fmt == "turtle" else "ntriples"
    assert_isomorphic(expected, parse_ntriples_tool(["serdi", "-i", syntax, "-o", "ntriples", str(path)]))
    rapper = ["rapper", "-q", "-i", syntax, "-o", "ntriples", str(path)]
    assert_isomorphic(expected, parse_ntriples_tool(rapper))


@pytest.mark.parametrize(("fmt", "rdflib_fmt"),
                         [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_dataset_keeps_one_named_graph_per_article(store, graphs, tmp_path, fmt, rdflib_fmt):
    path = export_store(store, tmp_path / f"graph.{fmt}", fmt)
    ds = Dataset().parse(path, format=rdflib_fmt)
    names = {g.identifier for g in ds.graphs() if g.identifier != ds.default_graph.identifier}
    assert names >= {iri for iri, _ in graphs}
    for iri, graph in graphs:
        assert_isomorphic(graph, graph_of(ds, iri))
    oxi = ox.Dataset(ox.parse(path=str(path), format=ox.RdfFormat.from_extension(
        {"trig": "trig", "nquads": "nq", "jsonld": "jsonld"}[fmt])))
    assert len(oxi) == len(store)


def test_export_trig_parsed_by_serdi(store, graphs, tmp_path):
    path = export_store(store, tmp_path / "graph.trig", "trig")
    if shutil.which("serdi") is None:
        pytest.skip("serdi is not installed (make system-deps installs it)")
    nquads = subprocess.run(["serdi", "-i", "trig", "-o", "nquads", str(path)],
                            capture_output=True, check=True)
    ds = Dataset().parse(data=nquads.stdout.decode("utf-8"), format="nquads")
    for iri, graph in graphs:
        assert_isomorphic(graph, graph_of(ds, iri))


def node_by_iri(g: nx.MultiDiGraph, iri: URIRef) -> dict:
    (attrs,) = [a for _, a in g.nodes(data=True) if a.get("iri") == str(iri)]
    return attrs


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_property_graph_read_back_by_networkx_with_typed_attributes(store, tmp_path, fmt):
    path = export_store(store, tmp_path / f"graph.{fmt}", fmt)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    person = node_by_iri(g, PERSON)
    assert person["label"] == "Thae Yong Ho"
    assert person["type"] == "dg:Person"
    assert "태영호" in person["skos:altLabel"]
    assert person["mentions"] == 2  # dg:mentionedIn two articles: an int, not "2"
    defection = node_by_iri(g, DEFECTION)
    assert defection["dg:confidence"] == 0.85 and isinstance(defection["dg:confidence"], float)
    edges = {(g.nodes[u]["iri"], g.nodes[v]["iri"], d["label"]) for u, v, d in g.edges(data=True)}
    assert (str(DEFECTION), str(PERSON), "defector") in edges
    mentions = [d for _, _, d in g.edges(data=True) if d["label"] == "mentionedIn"]
    assert len(mentions) == 3  # the person in both articles, the defection in one: none merged away
    ET.parse(path)  # well-formed XML


GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
NMTOKEN = re.compile(r"^[\w.:-]+$")


def test_export_graphml_follows_the_graphml_schema_rules(store, tmp_path):
    """Unique NMTOKEN ids for nodes, edges and keys; every <data> names a declared key of its kind."""
    root = ET.parse(export_store(store, tmp_path / "graph.graphml", "graphml")).getroot()
    keys = {k.get("id"): k for k in root.iter(f"{GRAPHML}key")}
    assert len(keys) == len(root.findall(f"{GRAPHML}key"))
    graphml_types = {"boolean", "int", "long", "float", "double", "string"}
    assert {k.get("attr.type") for k in keys.values()} <= graphml_types
    for kind in ("node", "edge"):
        elements = list(root.iter(f"{GRAPHML}{kind}"))
        ids = [e.get("id") for e in elements]
        assert len(ids) == len(set(ids)), f"duplicate {kind} ids"
        assert all(i and NMTOKEN.match(i) for i in ids), f"{kind} id that is not an NMTOKEN"
        for e in elements:
            for data in e.findall(f"{GRAPHML}data"):
                assert keys[data.get("key")].get("for") == kind
    node_ids = {n.get("id") for n in root.iter(f"{GRAPHML}node")}
    assert all({e.get("source"), e.get("target")} <= node_ids for e in root.iter(f"{GRAPHML}edge"))
    types = {k.get("attr.name"): k.get("attr.type") for k in keys.values()}
    assert types["dg:confidence"] == "double" and types["mentions"] == "int"


def apoc_read_labels(path: Path) -> tuple[dict[str, set[str]], list[tuple[str, str, str]]]:
    """What ``apoc.import.graphml(path, {readLabels: true})`` makes of a file, by APOC's documented
    format: a node's labels from its ``labels`` data (``:A:B``), a relationship's type from the
    edge's ``label`` attribute or else its first ``<data key="label">``. Returns the labels by
    ``iri`` and the (source iri, type, target iri) relationships."""
    root = ET.parse(path).getroot()
    iri_key = next(k.get("id") for k in root.iter(f"{GRAPHML}key")
                   if k.get("for") == "node" and k.get("attr.name") == "iri")
    labels: dict[str, set[str]] = {}
    iris: dict[str, str] = {}
    for node in root.iter(f"{GRAPHML}node"):
        data = {d.get("key"): d.text or "" for d in node.findall(f"{GRAPHML}data")}
        iris[node.get("id")] = data[iri_key]
        labels[data[iri_key]] = {p for p in re.split(" *: *", data.get("labels", "")) if p}
    rels = []
    for edge in root.iter(f"{GRAPHML}edge"):
        first = edge.find(f"{GRAPHML}data")
        by_data = first.text if first is not None and first.get("key") == "label" else None
        rel_type = edge.get("label") or by_data
        assert rel_type and ":" not in rel_type, "APOC would fall back to its default relationship type"
        rels.append((iris[edge.get("source")], rel_type, iris[edge.get("target")]))
    return labels, rels


def test_export_graphml_gives_apoc_labels_and_relationship_types(store, tmp_path):
    labels, rels = apoc_read_labels(export_store(store, tmp_path / "graph.graphml", "graphml"))
    assert labels[str(PERSON)] == {"Person"}
    assert labels[str(DEFECTION)] == {"Defection"}
    assert labels[str(DGR["country/PRK"])] == {"Country"}
    assert (str(DEFECTION), "defector", str(PERSON)) in rels
    assert (str(PERSON), "nationality", str(DGR["country/PRK"])) in rels


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_property_graph_leaves_evidence_spans_out_unless_asked(store, tmp_path, fmt):
    read = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    without = read(export_store(store, tmp_path / f"plain.{fmt}", fmt))
    assert str(SPAN) not in {a["iri"] for _, a in without.nodes(data=True)}
    assert "evidenceSpan" not in {d["label"] for _, _, d in without.edges(data=True)}
    full = read(export_store(store, tmp_path / f"full.{fmt}", fmt, with_evidence=True))
    span = node_by_iri(full, SPAN)
    assert span["dg:beginIndex"] == 0 and span["dg:endIndex"] == 61
    assert isinstance(span["dg:endIndex"], int)
    assert full.number_of_nodes() == without.number_of_nodes() + 1


GEXF = "{http://www.gexf.net/1.2draft}"


def test_export_gexf_declares_typed_attributes_and_unique_edge_ids(store, tmp_path):
    root = ET.parse(export_store(store, tmp_path / "graph.gexf", "gexf")).getroot()
    types = {a.get("title"): a.get("type") for a in root.iter(f"{GEXF}attribute")}
    assert types["dg:confidence"] == "double" and types["mentions"] == "integer"
    ids = [e.get("id") for e in root.iter(f"{GEXF}edge")]
    assert ids and len(ids) == len(set(ids))


def test_export_is_atomic_and_keeps_the_old_file_on_failure(store, tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.write(b"half")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".graph.ttl")] == []
    with pytest.raises(StoreError, match="unknown export format"):
        export_store(store, target, "rdfxml")
    assert target.read_text() == "old"


def test_export_formats_are_the_documented_ones():
    assert set(FORMATS) == {"turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf", "neo4j"}


# -- Neo4j: the CSV header format of `neo4j-admin database import full` ------------------------------

NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point",
               "date", "localtime", "time", "localdatetime", "datetime", "duration"}
NEO4J_PARSE = {"int": int, "long": int, "double": float, "float": float, "string": str,
               "boolean": lambda v: {"true": True, "false": False}[v]}


def parse_neo4j_header(header: list[str]) -> dict[str, tuple[str, str, bool]]:
    """column -> (property name, type, is array), by the import tool's rules: ``name:type``,
    ``name:type[]``, ``name`` (a string), or a bare field ``:ID``/``:LABEL``/``:START_ID``/
    ``:END_ID``/``:TYPE`` (``name:ID`` also keeps the id as property ``name``)."""
    out = {}
    for column in header:
        name, _, kind = column.rpartition(":") if ":" in column else (column, "", "string")
        array = kind.endswith("[]")
        kind = kind.removesuffix("[]")
        assert kind in NEO4J_TYPES | {"ID", "LABEL", "START_ID", "END_ID", "TYPE"}, column
        assert ":" not in name, f"{column}: a property name with a colon is read as name:type"
        out[column] = (name, kind, array)
    return out


def read_neo4j_dir(directory: Path) -> tuple[dict[str, dict], list[dict]]:
    nodes: dict[str, dict] = {}
    for name in NEO4J_NODE_FILES:
        with open(directory / name, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        columns = parse_neo4j_header(rows[0])
        assert [k for _, k, _ in columns.values()].count("ID") == 1, name
        assert [k for _, k, _ in columns.values()].count("LABEL") == 1, name
        for row in rows[1:]:
            record: dict = {}
            for (prop, kind, array), field in zip(columns.values(), row, strict=True):
                if field == "":
                    continue  # an empty field is no property
                if kind == "LABEL":
                    record[":LABEL"] = set(field.split(NEO4J_ARRAY_DELIMITER))
                elif kind == "ID":
                    record[":ID"] = field
                    if prop:
                        record[prop] = field
                elif array:
                    record[prop] = [NEO4J_PARSE[kind](v) for v in field.split(NEO4J_ARRAY_DELIMITER)]
                else:
                    record[prop] = NEO4J_PARSE[kind](field)
            assert record[":ID"] not in nodes, f"id {record[':ID']} twice (ids share one space across files)"
            nodes[record[":ID"]] = record
    with open(directory / NEO4J_RELATIONSHIP_FILE, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert {k for _, k, _ in parse_neo4j_header(rows[0]).values()} >= {"START_ID", "END_ID", "TYPE"}
    rels = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    return nodes, rels


def test_export_neo4j_csv_follows_the_import_tool_header_rules(store, tmp_path):
    out = export_store(store, tmp_path / "import", "neo4j")
    assert sorted(p.name for p in out.iterdir()) == sorted([*NEO4J_NODE_FILES, NEO4J_RELATIONSHIP_FILE])
    nodes, rels = read_neo4j_dir(out)
    for rel in rels:
        assert rel[":START_ID"] in nodes and rel[":END_ID"] in nodes, rel
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", rel[":TYPE"]), rel[":TYPE"]
    person = nodes[str(PERSON)]
    assert person[":LABEL"] == {"Person"} and person["name"] == "Thae Yong Ho" and person["mentions"] == 2
    assert set(person["altLabel"]) == {"태영호", "Тхэ Ён Хо", "تاي يونغ هو"}
    defection = nodes[str(DEFECTION)]
    assert defection[":LABEL"] == {"Defection"} and defection["confidence"] == 0.85
    assert defection["evidence"] == "Thae Yong-ho, the deputy ambassador, defected in August 2016."
    article = nodes[str(ARTICLE_RICH)]
    assert article["title"] == 'He said "I chose freedom"\nand left \\ quietly'  # a multiline field
    assert {(r[":START_ID"], r[":TYPE"], r[":END_ID"]) for r in rels} >= {
        (str(DEFECTION), "defector", str(PERSON)), (str(PERSON), "nationality", str(DGR["country/PRK"]))}
    assert str(SPAN) not in nodes
    nodes, _ = read_neo4j_dir(export_store(store, tmp_path / "full", "neo4j", with_evidence=True))
    assert nodes[str(SPAN)][":LABEL"] == {"TextSpan"} and nodes[str(SPAN)]["endIndex"] == 61


def test_export_neo4j_refuses_a_file_as_its_directory(store, tmp_path):
    (tmp_path / "import").write_text("x")
    with pytest.raises(StoreError, match="not a directory"):
        export_store(store, tmp_path / "import", "neo4j")


# -- JSON-LD: compacted, and the same quads as the store -------------------------------------------

def store_dataset(store: GraphStore) -> Dataset:
    ds = Dataset()
    for q in store.oxigraph:
        default = isinstance(q.graph_name, ox.DefaultGraph)
        g = ds.default_graph if default else ds.graph(to_rdflib(q.graph_name))
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return ds


def assert_same_dataset(expected: Dataset, actual: Dataset) -> None:
    def names(ds: Dataset) -> set:
        return {g.identifier for g in ds.graphs() if len(g) and g.identifier != ds.default_graph.identifier}

    assert names(actual) == names(expected)
    for name in names(expected):
        assert_isomorphic(graph_of(expected, name), graph_of(actual, name))
    assert_isomorphic(union(expected.default_graph), union(actual.default_graph))


def test_export_jsonld_is_compacted_with_a_typed_context(store, tmp_path):
    doc = json.loads(export_store(store, tmp_path / "graph.jsonld", "jsonld").read_text(encoding="utf-8"))
    context = doc["@context"]
    assert {k: context[k] for k in PREFIXES} == PREFIXES
    assert context["confidence"] == {"@id": "dg:confidence", "@type": "xsd:decimal"}
    assert context["defector"] == {"@id": "dg:defector", "@type": "@id"}
    (rich,) = [g for g in doc["@graph"] if g["@id"] == "dgr:article/rich"]
    (defection,) = [n for n in rich["@graph"] if n["@id"] == "dgr:defection/thae-yong-ho-2016"]
    assert defection["@type"] == "Defection"
    assert defection["confidence"] == "0.85" and defection["defector"] == "dgr:person/thae-yong-ho"
    assert defection["date"] == {"@value": "2016-08", "@type": "xsd:gYearMonth"}


def test_export_jsonld_round_trips_to_the_stores_quads_in_rdflib(store, tmp_path):
    path = export_store(store, tmp_path / "graph.jsonld", "jsonld")
    assert_same_dataset(store_dataset(store), Dataset().parse(path, format="json-ld"))


def test_export_jsonld_round_trips_to_the_stores_quads_in_pyld(store, tmp_path):
    jsonld = pytest.importorskip("pyld.jsonld")
    doc = json.loads(export_store(store, tmp_path / "graph.jsonld", "jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    assert_same_dataset(store_dataset(store), Dataset().parse(data=nquads, format="nquads"))


# -- the merged graph's ontology header ------------------------------------------------------------

def declared_ontology_iri() -> URIRef:
    ontology = Graph().parse(ONTOLOGY_DIR / "diplograph.ttl", format="turtle")
    (iri,) = ontology.subjects(RDF.type, OWL.Ontology)
    return iri


@pytest.mark.parametrize(("fmt", "rdflib_fmt"), [("turtle", "turtle"), ("nt", "nt")])
def test_export_merged_graph_imports_the_ontology(store, tmp_path, fmt, rdflib_fmt):
    g = Graph().parse(export_store(store, tmp_path / f"graph.{fmt}", fmt), format=rdflib_fmt)
    (header,) = g.subjects(RDF.type, OWL.Ontology)
    assert list(g.objects(header, OWL.imports)) == [declared_ontology_iri()] == [ONTOLOGY_IRI]


def test_export_with_ontology_inlines_its_classes_and_properties(store, graphs, tmp_path):
    path = export_store(store, tmp_path / "graph.ttl", "turtle", with_ontology=True)
    g = Graph().parse(path, format="turtle")
    for cls in (DG.Person, DG.Country, DG.Embassy, DG.Defection, DG.Agreement, DG.Article):
        assert (cls, RDF.type, OWL.Class) in g
    assert (DG.confidence, RDFS.range, XSD.decimal) in g
    assert len(list(g.subjects(RDF.type, OWL.Ontology))) == 1  # one ontology: the file itself
    assert not list(g.triples((None, OWL.imports, None)))  # nothing left to fetch
    ontology = Graph().parse(ONTOLOGY_DIR / "diplograph.ttl", format="turtle")
    assert_isomorphic(union(merged(graphs), ontology_without_header(ontology), data_header()), g)


def ontology_without_header(ontology: Graph) -> Graph:
    out = Graph()
    iri = declared_ontology_iri()
    for t in ontology:
        if t[0] != iri:
            out.add(t)
    return out


def data_header() -> Graph:
    g = Graph()
    g.add((BNode(), RDF.type, OWL.Ontology))
    return g


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld", "graphml", "gexf", "neo4j"])
def test_export_with_ontology_is_refused_where_it_means_nothing(store, tmp_path, fmt):
    with pytest.raises(StoreError, match="--with-ontology is for turtle and nt"):
        export_store(store, tmp_path / "out", fmt, with_ontology=True)


# -- docs/export.md: the commands it gives match what the export writes ----------------------------

EXPORT_DOCS = Path(__file__).resolve().parent.parent / "docs" / "export.md"


def test_export_docs_cover_every_format():
    text = EXPORT_DOCS.read_text(encoding="utf-8")
    for fmt in FORMATS:
        assert f"`{fmt}`" in text, f"docs/export.md does not mention --format {fmt}"


def test_export_docs_neo4j_admin_command_loads_every_file_the_export_writes():
    text = EXPORT_DOCS.read_text(encoding="utf-8")
    (command,) = [line for line in text.splitlines() if "neo4j-admin database import full" in line
                  and line.startswith("bin/")]
    args = command.split()
    assert args[:5] == ["bin/neo4j-admin", "database", "import", "full", "neo4j"]
    node_files = [a.removeprefix("--nodes=import/") for a in args if a.startswith("--nodes=")]
    assert node_files == list(NEO4J_NODE_FILES)
    assert f"--relationships=import/{NEO4J_RELATIONSHIP_FILE}" in args
    assert f"--array-delimiter=U+{ord(NEO4J_ARRAY_DELIMITER):04X}" in args
    assert "--multiline-fields=true" in args
