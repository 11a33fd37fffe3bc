"""The SHACL shapes in ``ontology/shapes.ttl`` and :func:`diplograph.shapes.validate_graph`.

Each broken graph is the conforming graph below with one thing wrong; the test checks *which* node
and property pyshacl blames (focus node and result path), never the message text.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib import namespace as rdf_namespaces

from diplograph.errors import InputError
from diplograph.namespaces import DG, DGR
from diplograph.shapes import ONTOLOGY_DIR, SHAPES_PATH, ValidationReport, validate_graph

# Bare URIRefs, not rdflib's XSD object at module level: pytest probes every module global while
# collecting, and XSD (an open DefinedNamespace) warns on each attribute it does not know.
XSD_DATE = rdf_namespaces.XSD.date
XSD_GYEAR_MONTH = rdf_namespaces.XSD.gYearMonth
XSD_GYEAR = rdf_namespaces.XSD.gYear
XSD_ANY_URI = rdf_namespaces.XSD.anyURI
XSD_NON_NEGATIVE_INTEGER = rdf_namespaces.XSD.nonNegativeInteger

REPO_ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"

ARTICLE = DGR["article/bbc-2016-08-17"]
PRK = DGR["country/PRK"]
GBR = DGR["country/GBR"]
KOR = DGR["country/KOR"]
USA = DGR["country/USA"]
THAE = DGR["person/thae-yong-ho"]
EMBASSY = DGR["embassy/PRK-GBR-london"]
DEFECTION = DGR["defection/bbc-2016-08-17/1"]
AGREEMENT = DGR["agreement/singapore-joint-statement"]
SPAN = DGR["span/bbc-2016-08-17/120-245"]


def conforming_graph() -> Graph:
    """One article's worth of every class, the way the builder is meant to write it."""
    g = Graph()
    g.add((ARTICLE, RDF.type, DG.Article))
    g.add((ARTICLE, RDFS.label, Literal("North Korean diplomat defects")))
    g.add((ARTICLE, DG.sourceId, Literal("bbc-2016-08-17")))
    g.add((ARTICLE, DG.published, Literal("2016-08-17", datatype=XSD_DATE)))
    g.add((ARTICLE, DG.title, Literal("North Korean diplomat defects")))
    g.add((ARTICLE, DG.url, Literal("https://www.bbc.co.uk/news/world-asia-37099325", datatype=XSD_ANY_URI)))
    g.add((ARTICLE, DG.contentHash, Literal("0" * 64)))

    for country, code, name in [
        (PRK, "PRK", "North Korea"),
        (GBR, "GBR", "Britain"),
        (KOR, "KOR", "South Korea"),
        (USA, "USA", "United States"),
    ]:
        g.add((country, RDF.type, DG.Country))
        g.add((country, RDFS.label, Literal(name)))
        g.add((country, DG.isoCode, Literal(code)))
        g.add((country, DG.mentionedIn, ARTICLE))
    g.add((PRK, SKOS.altLabel, Literal("DPRK")))

    g.add((EMBASSY, RDF.type, DG.Embassy))
    g.add((EMBASSY, RDFS.label, Literal("North Korean embassy in London")))
    g.add((EMBASSY, DG.sendingCountry, PRK))
    g.add((EMBASSY, DG.hostCountry, GBR))
    g.add((EMBASSY, DG.city, Literal("London")))

    g.add((THAE, RDF.type, DG.Person))
    g.add((THAE, RDFS.label, Literal("Thae Yong-ho")))
    g.add((THAE, SKOS.prefLabel, Literal("Thae Yong-ho")))
    g.add((THAE, DG.nationality, PRK))
    g.add((THAE, DG.position, Literal("deputy ambassador")))
    g.add((THAE, DG.postedAt, EMBASSY))
    g.add((THAE, DG.mentionedIn, ARTICLE))

    g.add((DEFECTION, RDF.type, DG.Defection))
    g.add((DEFECTION, RDFS.label, Literal("defection of Thae Yong-ho")))
    g.add((DEFECTION, DG.defector, THAE))
    g.add((DEFECTION, DG.fromCountry, PRK))
    g.add((DEFECTION, DG.toCountry, KOR))
    g.add((DEFECTION, DG.fromPost, EMBASSY))
    g.add((DEFECTION, DG.date, Literal("2016-08", datatype=XSD_GYEAR_MONTH)))
    g.add((DEFECTION, DG.confidence, Literal(Decimal("0.9"))))
    g.add((DEFECTION, DG.evidence, Literal("Thae Yong-ho has defected to South Korea.")))
    g.add((DEFECTION, DG.evidenceSpan, SPAN))
    g.add((DEFECTION, DG.rule, Literal("defect_to")))

    g.add((SPAN, RDF.type, DG.TextSpan))
    g.add((SPAN, DG.beginIndex, Literal(120, datatype=XSD_NON_NEGATIVE_INTEGER)))
    g.add((SPAN, DG.endIndex, Literal(245, datatype=XSD_NON_NEGATIVE_INTEGER)))
    g.add((SPAN, DG.inArticle, ARTICLE))

    g.add((AGREEMENT, RDF.type, DG.Agreement))
    g.add((AGREEMENT, RDFS.label, Literal("Singapore joint statement")))
    g.add((AGREEMENT, DG.party, PRK))
    g.add((AGREEMENT, DG.party, USA))
    g.add((AGREEMENT, DG.status, Literal("signed")))
    g.add((AGREEMENT, DG.date, Literal("2018-06-12", datatype=XSD_DATE)))
    g.add((AGREEMENT, DG.confidence, Literal(Decimal("0.7"))))
    g.add((AGREEMENT, DG.evidence, Literal("The two leaders signed a joint statement in Singapore.")))
    return g


def blame(report: ValidationReport) -> set[tuple[str, str]]:
    """The (focus node, result path) pairs of a report's violations."""
    return {(v.focus_node, v.path) for v in report.violations if v.severity == "Violation"}


def _set(subject: URIRef, predicate: URIRef, value: Literal) -> Callable[[Graph], None]:
    return lambda g: g.set((subject, predicate, value))


def _add(subject: URIRef, predicate: URIRef, value: Literal) -> Callable[[Graph], None]:
    return lambda g: g.add((subject, predicate, value))


def _remove(subject: URIRef, predicate: URIRef) -> Callable[[Graph], None]:
    return lambda g: g.remove((subject, predicate, None))


BROKEN = {
    "country-two-iso-codes": (_add(PRK, DG.isoCode, Literal("KP")), PRK, DG.isoCode),
    "country-lowercase-iso-code": (_set(GBR, DG.isoCode, Literal("gbr")), GBR, DG.isoCode),
    "country-no-iso-code": (_remove(KOR, DG.isoCode), KOR, DG.isoCode),
    "person-no-label": (_remove(THAE, RDFS.label), THAE, RDFS.label),
    "person-language-tagged-label": (
        lambda g: g.set((THAE, RDFS.label, Literal("Thae Yong-ho", lang="en"))),
        THAE,
        RDFS.label,
    ),
    "person-nationality-not-a-country": (_set(THAE, DG.nationality, EMBASSY), THAE, DG.nationality),
    "defection-no-defector": (_remove(DEFECTION, DG.defector), DEFECTION, DG.defector),
    "defection-two-defectors": (_add(DEFECTION, DG.defector, DGR["person/x"]), DEFECTION, DG.defector),
    "defection-ill-formed-gyearmonth": (
        _set(DEFECTION, DG.date, Literal("2016-13", datatype=XSD_GYEAR_MONTH)),
        DEFECTION,
        DG.date,
    ),
    "defection-date-plain-string": (_set(DEFECTION, DG.date, Literal("2016")), DEFECTION, DG.date),
    "defection-confidence-above-one": (
        _set(DEFECTION, DG.confidence, Literal(Decimal("1.5"))),
        DEFECTION,
        DG.confidence,
    ),
    "defection-confidence-is-double": (
        _set(DEFECTION, DG.confidence, Literal(0.9)),
        DEFECTION,
        DG.confidence,
    ),
    "defection-no-evidence": (_remove(DEFECTION, DG.evidence), DEFECTION, DG.evidence),
    "agreement-bad-status": (_set(AGREEMENT, DG.status, Literal("active")), AGREEMENT, DG.status),
    "agreement-party-not-a-country": (_add(AGREEMENT, DG.party, THAE), AGREEMENT, DG.party),
    "agreement-negative-confidence": (
        _set(AGREEMENT, DG.confidence, Literal(Decimal("-0.1"))),
        AGREEMENT,
        DG.confidence,
    ),
    "embassy-two-hosts": (_add(EMBASSY, DG.hostCountry, KOR), EMBASSY, DG.hostCountry),
    "article-no-source-id": (_remove(ARTICLE, DG.sourceId), ARTICLE, DG.sourceId),
    "article-published-is-string": (
        _set(ARTICLE, DG.published, Literal("2016-08-17")),
        ARTICLE,
        DG.published,
    ),
    "span-begin-after-end": (
        _set(SPAN, DG.beginIndex, Literal(300, datatype=XSD_NON_NEGATIVE_INTEGER)),
        SPAN,
        DG.beginIndex,
    ),
    # Oxigraph stores offsets as xsd:integer, so a plain integer is fine; a negative one is not.
    "span-index-is-negative": (_set(SPAN, DG.beginIndex, Literal(-5)), SPAN, DG.beginIndex),
}


def test_shapes_conforming_graph_conforms() -> None:
    report = validate_graph(conforming_graph())
    assert report.conforms, report.violations
    assert report.violations == ()


@pytest.mark.parametrize("breakage", BROKEN.values(), ids=BROKEN.keys())
def test_shapes_broken_graph_is_blamed_on_the_right_node(
    breakage: tuple[Callable[[Graph], None], URIRef, URIRef],
) -> None:
    break_graph, focus, path = breakage
    graph = conforming_graph()
    break_graph(graph)
    report = validate_graph(graph)
    assert not report.conforms
    assert blame(report) == {(focus.n3(), path.n3())}


def test_shapes_merged_graph_allows_per_article_differences() -> None:
    # The union of two articles' graphs: two labels for one person, two statuses, dates and
    # confidences for one agreement. None of that is a violation in the merged view.
    graph = conforming_graph()
    graph.add((THAE, RDFS.label, Literal("Thae Yong Ho")))
    graph.add((AGREEMENT, DG.status, Literal("suspended")))
    graph.add((AGREEMENT, DG.date, Literal("2018-06", datatype=XSD_GYEAR_MONTH)))
    graph.add((AGREEMENT, DG.confidence, Literal(Decimal("0.5"))))
    report = validate_graph(graph)
    assert report.conforms, report.violations


def test_shapes_violation_carries_value_message_and_severity() -> None:
    graph = conforming_graph()
    graph.set((AGREEMENT, DG.status, Literal("active")))
    (violation,) = validate_graph(graph).violations
    assert violation.value == Literal("active").n3()
    assert violation.severity == "Violation"
    assert violation.message  # the shape's sh:message; its wording is not pinned here


def test_shapes_dataset_is_checked_graph_by_graph() -> None:
    dataset = Dataset()
    article_graph = dataset.graph(ARTICLE)
    for triple in conforming_graph():
        article_graph.add(triple)
    assert validate_graph(dataset).conforms
    article_graph.remove((DEFECTION, DG.defector, None))
    assert blame(validate_graph(dataset)) == {(DEFECTION.n3(), DG.defector.n3())}


def test_shapes_custom_shapes_path_is_used(tmp_path: Path) -> None:
    shapes = tmp_path / "only-iso.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix dg: <https://w3id.org/diplograph/ontology#> .\n"
        "[] a sh:NodeShape ; sh:targetClass dg:Country ;\n"
        '   sh:property [ sh:path dg:isoCode ; sh:pattern "^X" ] .\n'
    )
    report = validate_graph(conforming_graph(), shapes_path=shapes)
    assert {focus for focus, _ in blame(report)} == {c.n3() for c in (PRK, GBR, KOR, USA)}


def test_shapes_missing_shapes_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        validate_graph(Graph(), shapes_path=tmp_path / "nope.ttl")


def test_shapes_unparsable_shapes_file_raises_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle .")
    with pytest.raises(InputError, match=r"bad\.ttl"):
        validate_graph(Graph(), shapes_path=bad)


def test_shapes_ontology_dir_is_the_repository_ontology() -> None:
    assert ONTOLOGY_DIR.resolve() == REPO_ONTOLOGY_DIR
    assert SHAPES_PATH.is_file()
    assert (ONTOLOGY_DIR / "diplograph.ttl").is_file()
