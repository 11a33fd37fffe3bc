"""The vocabulary in code: ``DG`` (the ontology, closed) and ``DGR`` (the IRIs the builder mints).

``DG`` mirrors ``ontology/diplograph.ttl`` term for term; ``tests/test_namespaces.py`` keeps the two
from drifting. Being a closed :class:`~rdflib.namespace.DefinedNamespace`, a typo such as
``DG.defecter`` raises at import time instead of minting a stray IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["DG", "DGR", "NIF", "PREFIXES", "SCHEMA", "SEM", "curie"]


class DG(DefinedNamespace):
    """diplograph ontology: https://w3id.org/diplograph/ontology#"""

    _NS = Namespace("https://w3id.org/diplograph/ontology#")
    _fail = True

    # Classes (CONTRACT.md)
    Person: URIRef  # a named human
    Country: URIRef  # a sovereign state, present or historic
    Embassy: URIRef  # a diplomatic mission of one state in another
    Defection: URIRef  # a person leaving the service/allegiance of a state for another
    Agreement: URIRef  # a treaty, accord, declaration, deal or set of guidelines between states
    Article: URIRef  # a source document
    TextSpan: URIRef  # a stretch of an article's text that a fact was read from (nif:String)

    # Properties (CONTRACT.md)
    isoCode: URIRef  # Country -> ISO 3166-1 alpha-3 (3166-3 for historic states)
    nationality: URIRef  # Person -> Country
    position: URIRef  # Person -> role as stated
    postedAt: URIRef  # Person -> Embassy
    sendingCountry: URIRef  # Embassy -> Country whose mission it is
    hostCountry: URIRef  # Embassy -> Country where it is
    city: URIRef  # Embassy -> city name
    defector: URIRef  # Defection -> Person (exactly one)
    fromCountry: URIRef  # Defection -> Country left
    toCountry: URIRef  # Defection -> Country reached
    fromPost: URIRef  # Defection -> Embassy left from
    date: URIRef  # Defection/Agreement -> xsd:date | xsd:gYearMonth | xsd:gYear
    party: URIRef  # Agreement -> Country, one triple per party
    status: URIRef  # Agreement -> signed | in_force | suspended | terminated | withdrawn
    mentionedIn: URIRef  # any extracted node -> Article
    evidence: URIRef  # Defection/Agreement -> sentence(s) the fact was read from
    confidence: URIRef  # Defection/Agreement -> xsd:decimal in [0, 1]
    sourceId: URIRef  # Article -> the input's id
    published: URIRef  # Article -> xsd:date

    # Properties of our own (beyond the contract)
    title: URIRef  # Article -> headline
    url: URIRef  # Article -> where it came from
    source: URIRef  # Article -> publisher or origin, free text
    contentHash: URIRef  # Article -> SHA-256 of the text read (skip unchanged articles)
    evidenceSpan: URIRef  # Defection/Agreement -> TextSpan with offsets
    inArticle: URIRef  # TextSpan -> Article
    beginIndex: URIRef  # TextSpan -> xsd:integer >= 0, first character
    endIndex: URIRef  # TextSpan -> xsd:integer >= 0, one past the last character
    rule: URIRef  # Defection/Agreement -> name of the extraction rule that produced it
    nameKey: URIRef  # Person -> the romanisation-folded key of their full name (resolve.name_key)
    mergedInto: URIRef  # merged view: Person/Defection -> the node it is merged into (owl:sameAs)
    nameText: URIRef  # store's index: Person -> each distinct name, lower-cased (store.py)


DGR = Namespace("https://w3id.org/diplograph/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

#: Prefixes bound in every graph we serialise and every query we run.
PREFIXES: dict[str, str] = {
    "dg": str(DG._NS),
    "dgr": str(DGR),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": str(SCHEMA),
}


def curie(iri: str) -> str:
    """``dg:Person`` for the full IRI, by the first of :data:`PREFIXES` that covers it; else the IRI."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri
