"""``DG`` in code and ``ontology/diplograph.ttl`` must declare exactly the same terms.

Like rdflib's own closed namespaces, ``DG`` is hand-written; this test is what keeps it from drifting
from the ontology file (and the ontology from losing a label, comment, domain or range).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from diplograph.namespaces import DG

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_PATH = ONTOLOGY_DIR / "diplograph.ttl"

CLASS_TYPES = {OWL.Class, RDFS.Class}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _dg_terms() -> set[URIRef]:
    """Every term ``DG`` declares (its annotations, not the ``_NS``/``_fail`` machinery)."""
    return {DG[name] for name in DG.__annotations__ if not name.startswith("_")}


def _declared_under_dg(ontology: Graph) -> set[URIRef]:
    namespace = str(DG._NS)
    return {
        s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(namespace)
    }


def test_namespaces_dg_terms_are_declared_in_ontology(ontology: Graph) -> None:
    missing = _dg_terms() - _declared_under_dg(ontology)
    assert not missing, f"in DG but not declared in {ONTOLOGY_PATH.name}: {sorted(missing)}"


def test_namespaces_ontology_terms_are_in_dg(ontology: Graph) -> None:
    extra = _declared_under_dg(ontology) - _dg_terms()
    assert not extra, f"declared in {ONTOLOGY_PATH.name} but missing from DG: {sorted(extra)}"


def test_namespaces_no_undeclared_dg_iri_is_used_in_ontology(ontology: Graph) -> None:
    # Catches a typo such as dg:Defecton in a domain, which would silently mint a new term.
    namespace = str(DG._NS)
    used = {
        node
        for triple in ontology
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(namespace)
    }
    assert used <= _dg_terms(), sorted(used - _dg_terms())


@pytest.mark.parametrize("term", sorted(_dg_terms()), ids=lambda t: str(t).rsplit("#", 1)[-1])
def test_namespaces_term_is_documented(ontology: Graph, term: URIRef) -> None:
    types = set(ontology.objects(term, RDF.type))
    assert types & (CLASS_TYPES | PROPERTY_TYPES), f"{term} is neither a class nor a property"
    assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
    assert ontology.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"
    if types & PROPERTY_TYPES:
        assert ontology.value(term, RDFS.domain) is not None, f"{term} has no rdfs:domain"
        assert ontology.value(term, RDFS.range) is not None, f"{term} has no rdfs:range"


def test_namespaces_classes_and_properties_are_typed_as_contract_says(ontology: Graph) -> None:
    classes = {DG.Person, DG.Country, DG.Embassy, DG.Defection, DG.Agreement, DG.Article, DG.TextSpan}
    assert {t for t in _dg_terms() if (t, RDF.type, OWL.Class) in ontology} == classes
    assert (DG.defector, RDF.type, OWL.FunctionalProperty) in ontology
    assert (DG.nationality, RDF.type, OWL.ObjectProperty) in ontology
    assert (DG.confidence, RDF.type, OWL.DatatypeProperty) in ontology


def test_namespaces_date_range_is_union_of_partial_dates(ontology: Graph) -> None:
    from rdflib.collection import Collection
    from rdflib.namespace import XSD

    date_range = ontology.value(DG.date, RDFS.range)
    assert (date_range, RDF.type, RDFS.Datatype) in ontology
    members = ontology.value(date_range, OWL.unionOf)
    assert set(Collection(ontology, members)) == {XSD.date, XSD.gYearMonth, XSD.gYear}


@pytest.mark.parametrize("name", ["diplograph.ttl", "shapes.ttl"])
def test_namespaces_ontology_files_parse_in_oxigraph(name: str) -> None:
    # The store is Oxigraph, whose Turtle parser is stricter than rdflib's in places.
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY_DIR / name), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(ONTOLOGY_DIR / name, format="turtle"))
