"""Hand-built article graphs and graph comparison for the store, query, export and server tests.

Nothing here comes from the NLP pipeline: the graphs are written by hand in the shape ``rdf.py``
produces (CONTRACT.md), so these tests do not depend on the model or the extractor.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from diplograph.namespaces import DG, DGR

ARTICLE = Namespace(DGR["article/"])


def article_graph(source_id: str, *, persons: dict[str, str] | None = None, content_hash: str | None = None,
                  extra: tuple[tuple[URIRef, URIRef, Literal], ...] = ()) -> tuple[URIRef, Graph]:
    """One article's graph: the article node, and each ``slug -> label`` person it mentions."""
    a = ARTICLE[source_id]
    g = Graph()
    g.add((a, RDF.type, DG.Article))
    g.add((a, DG.sourceId, Literal(source_id)))
    g.add((a, DG.published, Literal("2024-01-15", datatype=XSD.date)))
    g.add((a, DG.contentHash, Literal(content_hash or f"hash-{source_id}")))
    for slug, label in (persons or {}).items():
        p = DGR[f"person/{slug}"]
        g.add((p, RDF.type, DG.Person))
        g.add((p, RDFS.label, Literal(label)))
        g.add((p, DG.mentionedIn, a))
    for triple in extra:
        g.add(triple)
    return a, g


def rich_article() -> tuple[URIRef, Graph]:
    """An article with every awkward literal: quotes, newlines, scripts, language tags, typed dates."""
    a, g = article_graph("rich", persons={"thae-yong-ho": "Thae Yong-ho"})
    p = DGR["person/thae-yong-ho"]
    prk, d = DGR["country/PRK"], DGR["defection/thae-yong-ho-2016"]
    g.add((a, DG.title, Literal('He said "I chose freedom"\nand left \\ quietly')))
    g.add((p, SKOS.altLabel, Literal("태영호", lang="ko")))
    g.add((p, SKOS.altLabel, Literal("Тхэ Ён Хо", lang="RU")))
    g.add((p, SKOS.altLabel, Literal("تاي يونغ هو", lang="ar")))
    g.add((p, DG.position, Literal("minister\tfor \u00e9conomie 😀")))
    g.add((prk, RDF.type, DG.Country))
    g.add((prk, RDFS.label, Literal("North Korea")))
    g.add((prk, DG.isoCode, Literal("PRK")))
    g.add((p, DG.nationality, prk))
    g.add((d, RDF.type, DG.Defection))
    g.add((d, RDFS.label, Literal("defection of Thae Yong-ho")))
    g.add((d, DG.defector, p))
    g.add((d, DG.fromCountry, prk))
    g.add((d, DG.date, Literal("2016-08", datatype=XSD.gYearMonth)))
    g.add((d, DG.confidence, Literal("0.85", datatype=XSD.decimal)))
    g.add((d, DG.evidence, Literal("Thae Yong-ho, the deputy ambassador, defected in August 2016.")))
    g.add((d, DG.mentionedIn, a))
    return a, g


def lower_lang(graph: Graph) -> Graph:
    """A copy with language tags lower-cased: Oxigraph normalises them, RDF says they compare caselessly."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    """Compare as graphs (never as text); on failure show what is only in one or the other."""
    expected, actual = lower_lang(expected), lower_lang(actual)
    if isomorphic(expected, actual):
        return
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    lines = ["graphs differ", "only expected:"]
    lines += sorted(f"  {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in only_expected)
    lines.append("only actual:")
    lines += sorted(f"  {t[0].n3()} {t[1].n3()} {t[2].n3()}" for t in only_actual)
    raise AssertionError("\n".join(lines))


def union(*graphs: Graph) -> Graph:
    out = Graph()
    for g in graphs:
        for t in g:
            out.add(t)
    return out


def merged_view(*graphs: Graph) -> Graph:
    """What graph.ttl holds for these graphs (a TriG file's): all their triples, less the store's
    person-name index (``dg:nameText``, which TriG keeps and the merged view leaves out)."""
    out = union(*graphs)
    out.remove((None, DG.nameText, None))
    return out


def graph_of(dataset: Dataset, name: URIRef) -> Graph:
    """The triples of one named graph of ``dataset``, as a plain graph."""
    out = Graph()
    for s, p, o in dataset.graph(name):
        out.add((s, p, o))
    return out


def named_graphs(trig: Path) -> dict[URIRef | None, Graph]:
    """Every graph of a TriG file as a plain graph, the default graph under ``None``."""
    ds = Dataset()
    ds.parse(trig, format="trig")
    out: dict[URIRef | None, Graph] = {}
    for g in ds.graphs():
        name = None if g.identifier == ds.default_graph.identifier else URIRef(g.identifier)
        copy = Graph()
        for t in g:
            copy.add(t)
        if len(copy) or name is None:
            out[name] = copy
    return out


ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")


def ontology_header() -> Graph:
    """The header every merged-graph export starts with: an ontology that imports diplograph's."""
    g = Graph()
    header = BNode()
    g.add((header, RDF.type, OWL.Ontology))
    g.add((header, OWL.imports, ONTOLOGY_IRI))
    return g
