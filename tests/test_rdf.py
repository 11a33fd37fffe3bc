"""Facts to RDF (rdf.py): a golden graph compared as a graph, typed literals, provenance of every node."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

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
from diplograph.namespaces import DG, DGR
from diplograph.rdf import article_graph, article_iri, article_triples
from diplograph.shapes import validate_graph
from rdf_helpers import assert_isomorphic

DATA = Path(__file__).parent / "data"

TEXT = (
    "Thae Yong Ho, North Korea's deputy ambassador in London, defected to South Korea in August 2016, "
    "Seoul said. The two Koreas signed the Comprehensive Military Agreement on 19 September 2018."
)
SENTENCE_1 = (0, 108)
SENTENCE_2 = (109, 189)


def _evidence(article_id: str, span: tuple[int, int]) -> Evidence:
    return Evidence(article_id=article_id, start=span[0], end=span[1], text=TEXT[span[0] : span[1]])


def golden_facts() -> ArticleFacts:
    """A person, three countries, an embassy, a defection and an agreement, as extraction gives them."""
    article = Article(
        id="golden-001",
        text=TEXT,
        title="North Korean envoy defects",
        published=date(2016, 8, 17),
        url="https://news.example/golden-001",
        source="Example Wire",
    )
    london = Embassy(sending="PRK", host="GBR", city="London")
    ev1, ev2 = _evidence(article.id, SENTENCE_1), _evidence(article.id, SENTENCE_2)
    return ArticleFacts(
        article=article,
        countries=(
            CountryMention(iso="PRK", forms=("North Korea",)),
            CountryMention(iso="KOR", forms=("South Korea", "Seoul")),
        ),
        persons=(
            Person(
                name="Thae Yong Ho",
                aliases=("Thae",),
                nationality="PRK",
                positions=("deputy ambassador",),
                posts=(london,),
                evidence=(ev1,),
            ),
        ),
        embassies=(london,),
        defections=(
            Defection(
                defector="Thae Yong Ho",
                from_country="PRK",
                to_country="KOR",
                from_post=london,
                date="2016-08",
                position="deputy ambassador",
                confidence=0.85,
                evidence=(ev1,),
                rule="defected-to",
            ),
        ),
        agreements=(
            Agreement(
                name="Comprehensive Military Agreement",
                aliases=("military agreement",),
                parties=("PRK", "KOR"),
                date="2018-09-19",
                status="signed",
                confidence=0.9,
                evidence=(ev2,),
                rule="signed-agreement",
            ),
        ),
    )


def test_rdf_golden_article_graph() -> None:
    assert TEXT[slice(*SENTENCE_1)].endswith("Seoul said.") and TEXT[slice(*SENTENCE_2)].startswith("The two")
    expected = Graph().parse(DATA / "golden-article.ttl", format="turtle")
    iri, actual = article_graph(golden_facts())
    assert iri == DGR["article/golden-001"]
    assert_isomorphic(expected, actual)


def test_rdf_article_triples_are_the_golden_graph_each_once() -> None:
    """What a build streams to the store is the golden graph, with no triple twice."""
    iri, triples = article_triples(golden_facts())
    assert iri == DGR["article/golden-001"]
    assert len(triples) == len(set(triples))
    assert (iri, DG.mentionedIn, iri) not in triples
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in triples)
    assert_isomorphic(Graph().parse(DATA / "golden-article.ttl", format="turtle"), graph)


def test_rdf_article_graph_is_deterministic_and_has_no_blank_nodes() -> None:
    _, first = article_graph(golden_facts())
    _, second = article_graph(golden_facts())
    assert set(first) == set(second)  # no blank nodes, so graph equality is set equality
    assert not any(isinstance(term, BNode) for triple in first for term in triple)


def _single_fact_graph(
    *, defection_date: str | None = None, agreement_date: str | None = None, confidence: float = 0.5
) -> tuple[URIRef, Graph]:
    facts = golden_facts()
    d = replace(facts.defections[0], date=defection_date, confidence=confidence)
    a = replace(facts.agreements[0], date=agreement_date, confidence=confidence)
    return article_graph(replace(facts, defections=(d,), agreements=(a,)))


DEFECTION = DGR["defection/thae-yong-ho-from-PRK"]
AGREEMENT = DGR["agreement/comprehensive-military-agreement"]


@pytest.mark.parametrize(
    ("value", "datatype"),
    [("2016", XSD.gYear), ("2016-08", XSD.gYearMonth), ("2016-08-17", XSD.date), ("2012-02-29", XSD.date)],
)
def test_rdf_date_datatype_follows_precision(value: str, datatype: URIRef) -> None:
    _, g = _single_fact_graph(defection_date=value, agreement_date=value)
    for subject in (DEFECTION, AGREEMENT):
        assert list(g.objects(subject, DG.date)) == [Literal(value, datatype=datatype)]


@pytest.mark.parametrize(
    ("precision", "lexical", "datatype"),
    [("day", "2016-08-17", XSD.date), ("month", "2016-08", XSD.gYearMonth), ("year", "2016", XSD.gYear)],
)
def test_rdf_published_keeps_the_precision_the_source_gave(
    precision: str, lexical: str, datatype: URIRef
) -> None:
    facts = golden_facts()
    article = replace(facts.article, published_precision=precision)
    iri, g = article_graph(replace(facts, article=article))
    assert list(g.objects(iri, DG.published)) == [Literal(lexical, datatype=datatype)]
    assert validate_graph(g).conforms


@pytest.mark.parametrize(
    "value", ["2016-13", "2011-02-29", "2016-8", "16", "August 2016", "2016-08-17T10:00", ""]
)
def test_rdf_invalid_date_is_never_written(value: str) -> None:
    _, g = _single_fact_graph(defection_date=value, agreement_date=value)
    assert list(g.triples((None, DG.date, None))) == []
    # the rest of the fact is still there
    assert (DEFECTION, RDF.type, DG.Defection) in g and (AGREEMENT, RDF.type, DG.Agreement) in g


@pytest.mark.parametrize(
    ("confidence", "lexical"), [(0.85, "0.85"), (1.0, "1.0"), (0.0, "0.0"), (0.333333, "0.33")]
)
def test_rdf_confidence_is_xsd_decimal_in_unit_interval(confidence: float, lexical: str) -> None:
    _, g = _single_fact_graph(confidence=confidence)
    for subject in (DEFECTION, AGREEMENT):
        (value,) = list(g.objects(subject, DG.confidence))
        assert isinstance(value, Literal) and value.datatype == XSD.decimal
        assert Decimal(str(value)) == Decimal(lexical)
        assert Decimal(0) <= Decimal(str(value)) <= Decimal(1)


def test_rdf_offsets_are_non_negative_xsd_integers() -> None:
    """xsd:integer (what Oxigraph stores any integer subtype as), so a graph reads back as written."""
    _, g = article_graph(golden_facts())
    offsets = list(g.triples((None, DG.beginIndex, None))) + list(g.triples((None, DG.endIndex, None)))
    assert len(offsets) == 4
    for _, _, o in offsets:
        assert isinstance(o, Literal) and o.datatype == XSD.integer and int(o) >= 0


def test_rdf_literals_are_well_typed_for_oxigraph() -> None:
    from diplograph.terms import ill_typed_reason

    _, g = article_graph(golden_facts())
    for _, _, o in g:
        if isinstance(o, Literal) and o.datatype is not None:
            assert ill_typed_reason(str(o), str(o.datatype)) is None, o


def test_rdf_evidence_spans_index_the_article_text() -> None:
    facts = golden_facts()
    iri, g = article_graph(facts)
    spans = 0
    for subject, span in g.subject_objects(DG.evidenceSpan):
        spans += 1
        assert (span, RDF.type, DG.TextSpan) in g and (span, DG.inArticle, iri) in g
        begin, end = int(str(g.value(span, DG.beginIndex))), int(str(g.value(span, DG.endIndex)))
        assert 0 <= begin < end <= len(facts.article.text)
        assert Literal(facts.article.text[begin:end]) in set(g.objects(subject, DG.evidence))
    assert spans == 2


def _extracted_nodes(g: Graph) -> set[URIRef]:
    return {
        s
        for s, o in g.subject_objects(RDF.type)
        if isinstance(s, URIRef) and o in (DG.Person, DG.Country, DG.Embassy, DG.Defection, DG.Agreement)
    }


def _assert_every_node_typed_labelled_sourced(g: Graph, article: URIRef) -> None:
    # text spans are evidence bookkeeping (dg:inArticle, offsets), not things the article mentions
    spans = set(g.subjects(RDF.type, DG.TextSpan))
    subjects = {s for s in g.subjects() if s != article} - spans
    objects = {
        o for p, o in g.predicate_objects() if isinstance(o, URIRef) and p != RDF.type and o != article
    } - spans
    for node in subjects | objects:
        assert g.value(node, RDF.type) is not None, f"{node} has no rdf:type"
        labels = list(g.objects(node, RDFS.label))
        assert len(labels) == 1 and str(labels[0]).strip(), f"{node} labels: {labels}"
        assert (node, DG.mentionedIn, article) in g, f"{node} is not dg:mentionedIn the article"
    assert (article, RDF.type, DG.Article) in g and (article, DG.mentionedIn, article) not in g
    assert _extracted_nodes(g) <= subjects


def test_rdf_every_node_is_typed_labelled_and_mentioned_in_the_article() -> None:
    iri, g = article_graph(golden_facts())
    assert len(_extracted_nodes(g)) == 7  # 3 countries, embassy, person, defection, agreement
    _assert_every_node_typed_labelled_sourced(g, iri)


def test_rdf_nodes_reached_only_through_facts_are_still_typed_labelled_and_sourced() -> None:
    """A defector not in the persons list, countries and a post only named by the facts."""
    article = Article(id="bare", text="Kim defected from Cuba.")
    facts = ArticleFacts(
        article=article,
        defections=(
            Defection(defector="Kim", from_country="CUB", to_country="ESP", from_post=Embassy("PRK", "CUB")),
        ),
        agreements=(Agreement(name="the Havana Accord", parties=("CUB", "USA")),),
    )
    iri, g = article_graph(facts)
    _assert_every_node_typed_labelled_sourced(g, iri)
    assert (DGR["person/kim"], RDF.type, DG.Person) in g
    assert (DGR["embassy/PRK-CUB-havana"], RDF.type, DG.Embassy) in g
    assert (DGR["agreement/havana-accord"], RDFS.label, Literal("the Havana Accord")) in g
    # the article without title is labelled by its id, and has no published date
    assert g.value(iri, RDFS.label) == Literal("bare") and g.value(iri, DG.published) is None


@pytest.mark.parametrize(
    "source_id", ["reuters/2016 08 17?x=1#top", "\u65e5\u672c\u306e\u8a18\u4e8b", 'a"b<c>']
)
def test_rdf_article_with_odd_id_gets_valid_iris(source_id: str) -> None:
    facts = golden_facts()
    evidence = tuple(replace(ev, article_id=source_id) for ev in facts.defections[0].evidence)
    facts = replace(
        facts,
        article=replace(facts.article, id=source_id),
        defections=(replace(facts.defections[0], evidence=evidence),),
    )
    iri, g = article_graph(facts)
    assert iri == article_iri(source_id)
    assert g.value(iri, DG.sourceId) == Literal(source_id)
    for triple in g:
        for term in triple:
            if isinstance(term, URIRef):
                ox.NamedNode(str(term))  # raises ValueError on an invalid IRI


def test_rdf_two_articles_on_one_defection_merge_within_the_shapes() -> None:
    from diplograph.shapes import validate_graph

    first = golden_facts()
    again = replace(first.defections[0], date="2016", confidence=0.6, evidence=())
    article = replace(first.article, id="golden-002")
    second = replace(first, article=article, defections=(again,), agreements=())
    merged = Graph()
    for facts in (first, second):
        for triple in article_graph(facts)[1]:
            merged.add(triple)
    assert len(set(merged.subjects(RDF.type, DG.Defection))) == 1  # one defection, as the contract wants
    report = validate_graph(merged)
    assert report.conforms, [(v.path, v.message) for v in report.violations]
