"""Every export format, read back by parsers that share no code with the writer.

RDF exports are parsed by pyoxigraph, rdflib and (when installed by ``make system-deps``) Debian's
``serdi`` and ``rapper``, and compared with the hand-built graphs as graphs (rdflib.compare).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from diplograph.errors import StoreError
from diplograph.export import FORMATS, atomic_write, export_store
from diplograph.namespaces import DGR
from diplograph.store import GraphStore
from diplograph.terms import to_rdflib
from rdf_helpers import article_graph, assert_isomorphic, graph_of, rich_article, union

PERSON = DGR["person/thae-yong-ho"]


@pytest.fixture
def graphs() -> list[tuple[URIRef, Graph]]:
    return [rich_article(), article_graph("two", persons={"thae-yong-ho": "Thae Yong Ho"})]


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
    expected = merged(graphs)
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


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_property_graph_for_gephi(store, tmp_path, fmt):
    path = export_store(store, tmp_path / f"graph.{fmt}", fmt)
    g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    person = g.nodes[str(PERSON)]
    assert person["label"] == "Thae Yong Ho"
    assert person["type"] == "dg:Person"
    assert "태영호" in person["skos:altLabel"]
    defection = str(DGR["defection/thae-yong-ho-2016"])
    assert g.has_edge(defection, str(PERSON))
    ET.parse(path)  # well-formed XML


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
    assert set(FORMATS) == {"turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf"}
