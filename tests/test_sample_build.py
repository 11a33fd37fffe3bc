"""The bundled sample (``data/sample``) built once: SHACL, parser-independent, provenance intact."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef

from diplograph.model import Article
from diplograph.namespaces import DG
from diplograph.pipeline import build
from diplograph.rdf import article_iri
from diplograph.read import read_articles
from diplograph.shapes import Violation, validate_graph
from diplograph.terms import to_rdflib
from rdf_helpers import assert_isomorphic

pytestmark = pytest.mark.model


@dataclass(frozen=True)
class SampleBuild:
    out: Path
    articles: dict[str, Article]
    merged: Graph
    dataset: Dataset


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> SampleBuild:
    out = tmp_path_factory.mktemp("sample-build")
    build(inputs=[sample_dir], out_dir=out, progress=False)
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    return SampleBuild(
        out=out,
        articles={a.id: a for a in read_articles([sample_dir])},
        merged=Graph().parse(out / "graph.ttl", format="turtle"),
        dataset=dataset,
    )


def _article_graph(sample: SampleBuild, iri: URIRef) -> Graph:
    g = Graph()
    for t in sample.dataset.graph(iri):
        g.add(t)
    return g


def _describe(violations: tuple[Violation, ...]) -> str:
    return "\n".join(f"{v.severity}: {v.focus_node} {v.path}: {v.message} {v.value}" for v in violations)


def test_sample_build_has_every_article(sample: SampleBuild) -> None:
    assert len(sample.articles) == 6
    assert {"dev-000", "bulgarian-attache", "harbour-accord"} <= set(sample.articles)


def test_sample_build_merged_graph_conforms_to_shapes(sample: SampleBuild) -> None:
    report = validate_graph(sample.merged)
    assert report.conforms, _describe(report.violations)


@pytest.mark.parametrize(
    "source_id", ["dev-000", "sample-001", "sample-002", "sample-003", "bulgarian-attache", "harbour-accord"]
)
def test_sample_build_each_article_graph_conforms_to_shapes(sample: SampleBuild, source_id: str) -> None:
    report = validate_graph(_article_graph(sample, article_iri(source_id)))
    assert report.conforms, _describe(report.violations)


def test_sample_build_turtle_parses_the_same_in_rdflib_and_pyoxigraph(sample: SampleBuild) -> None:
    with (sample.out / "graph.ttl").open("rb") as f:
        oxigraph_triples = list(ox.parse(f, ox.RdfFormat.TURTLE))
    from_oxigraph = Graph()
    for t in oxigraph_triples:
        from_oxigraph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    assert len(oxigraph_triples) == len(set(map(str, oxigraph_triples))) == len(sample.merged) > 0
    assert_isomorphic(from_oxigraph, sample.merged)


def test_sample_build_every_country_has_exactly_one_iso_code(sample: SampleBuild) -> None:
    countries = set(sample.merged.subjects(RDF.type, DG.Country))
    assert len(countries) >= 5
    for country in countries:
        codes = list(sample.merged.objects(country, DG.isoCode))
        assert len(codes) == 1, f"{country}: {codes}"
        code = str(codes[0])
        assert len(code) == 3 and code.isascii() and code.isupper()
        assert str(country).endswith(f"/country/{code}")


def test_sample_build_each_article_has_its_named_graph(sample: SampleBuild) -> None:
    default = sample.dataset.default_graph.identifier
    names = {g.identifier for g in sample.dataset.graphs() if len(g) and g.identifier != default}
    assert names == {article_iri(i) for i in sample.articles}
    for source_id in sample.articles:
        iri = article_iri(source_id)
        g = _article_graph(sample, iri)
        assert (iri, RDF.type, DG.Article) in g
        assert g.value(iri, DG.sourceId) == Literal(source_id)


def _spans(sample: SampleBuild) -> list[tuple[str, str, set[str]]]:
    """(article id, text[begin:end], the fact's dg:evidence strings) for every evidence span."""
    found = []
    for source_id, article in sample.articles.items():
        g = _article_graph(sample, article_iri(source_id))
        for subject, span in g.subject_objects(DG.evidenceSpan):
            begin, end = int(str(g.value(span, DG.beginIndex))), int(str(g.value(span, DG.endIndex)))
            assert 0 <= begin < end <= len(article.text), (source_id, begin, end)
            found.append(
                (source_id, article.text[begin:end], {str(e) for e in g.objects(subject, DG.evidence)})
            )
    assert len(found) >= 4  # the sample has defections and agreements with evidence
    return found


def test_sample_build_evidence_spans_cover_the_evidence_sentence(sample: SampleBuild) -> None:
    for source_id, covered, evidence in _spans(sample):
        assert covered.strip() in evidence, (source_id, covered)


def test_sample_build_evidence_spans_index_the_article_text_exactly(sample: SampleBuild) -> None:
    for source_id, covered, evidence in _spans(sample):
        assert covered in evidence, (source_id, covered)


def test_sample_build_defections_and_agreements_found(sample: SampleBuild) -> None:
    """The sample is written to contain both; an empty extraction must not pass the tests above vacuously."""
    assert set(sample.merged.subjects(RDF.type, DG.Defection))
    assert set(sample.merged.subjects(RDF.type, DG.Agreement))
    assert set(sample.merged.subjects(RDF.type, DG.Embassy))


def test_sample_build_viz_of_the_store_draws_the_builds_page(sample: SampleBuild, tmp_path: Path) -> None:
    """`diplograph viz` with no query reads the store's own triples, as the build does: the same page,
    byte for byte; so does an rdflib copy of the merged view."""
    from diplograph.store import GraphStore
    from diplograph.viz import write_html
    from diplograph.viz.source import graph_from_store

    page = write_html(graph_from_store(sample.out / "store"), tmp_path / "viz.html")
    assert page.read_bytes() == (sample.out / "graph.html").read_bytes()
    with GraphStore.open(sample.out / "store", read_only=True) as store:
        via_rdflib = write_html(store.merged_graph(), tmp_path / "rdflib.html")
    assert via_rdflib.read_bytes() == page.read_bytes()
