"""Facts to RDF: one rdflib Graph per article, its named graph in the store.

    ArticleFacts ──article_triples──▶ (article IRI, [triple, ...])    what a build streams to the store
                 ──article_graph────▶ (article IRI, Graph)            the same triples as an rdflib Graph

Everything read from an article goes into the graph named by the article's IRI (CONTRACT.md,
"Provenance"): the article's own description, and for every node it mentions the type, the
label this article uses, the facts, and ``dg:mentionedIn``. The cross-article extras
(``skos:prefLabel``) are the store's job.
"""

from __future__ import annotations

from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from diplograph import gazetteer
from diplograph.dates import is_valid_partial_date, xsd_datatype
from diplograph.model import Agreement, ArticleFacts, Defection, Embassy, Evidence, Person
from diplograph.namespaces import DG, DGR, PREFIXES
from diplograph.resolve import (
    agreement_key,
    article_key,
    defection_key,
    embassy_city,
    embassy_key,
    name_key,
    person_key,
)
from diplograph.terms import Triple

__all__ = [
    "Triple",
    "article_graph",
    "article_iri",
    "article_triples",
    "bind_prefixes",
    "country_iri",
    "iri_for",
]


def article_iri(source_id: str) -> URIRef:
    return DGR[f"article/{article_key(source_id)}"]


def country_iri(iso: str) -> URIRef:
    return DGR[f"country/{iso}"]


def person_iri(name: str) -> URIRef:
    return DGR[f"person/{person_key(name)}"]


def iri_for(entity: Person | Embassy | Defection | Agreement) -> URIRef:
    """The deterministic IRI of a person, mission, defection or agreement."""
    if isinstance(entity, Person):
        return person_iri(entity.name)
    if isinstance(entity, Embassy):
        return DGR[f"embassy/{embassy_key(entity)}"]
    if isinstance(entity, Defection):
        return DGR[f"defection/{defection_key(entity)}"]
    return DGR[f"agreement/{agreement_key(entity)}"]


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    return graph


# looked up once: attribute access on rdflib's namespace classes costs microseconds a time
_TYPE, _LABEL, _MENTIONED_IN = RDF.type, RDFS.label, DG.mentionedIn


class _TripleSet:
    """A set of triples that keeps the order they were added in (what a Graph would hold)."""

    def __init__(self) -> None:
        self.items: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        self.items[triple] = None


class _ArticleGraph:
    """Accumulates one article's triples; every node it adds is typed, labelled and sourced.

    Triples go into a plain ordered set, not an rdflib Graph: a Graph indexes every triple three
    ways as it is added, which a build (streaming triples to the store) never reads.
    """

    def __init__(self, facts: ArticleFacts) -> None:
        self.facts = facts
        self.iri = article_iri(facts.article.id)
        self.g = _TripleSet()
        self._seen: set[URIRef] = set()

    def node(self, iri: URIRef, cls: URIRef, label: str) -> URIRef:
        if iri not in self._seen:
            self._seen.add(iri)
            self.g.add((iri, _TYPE, cls))
            self.g.add((iri, _LABEL, Literal(label)))
            self.g.add((iri, _MENTIONED_IN, self.iri))
        return iri

    def person(self, name: str) -> URIRef:
        iri = person_iri(name)
        if iri not in self._seen:
            key = name_key(name)
            if key:
                self.g.add((iri, DG.nameKey, Literal(key)))
        return self.node(iri, DG.Person, name)

    def country(self, iso: str) -> URIRef:
        iri = country_iri(iso)
        if iri not in self._seen:
            self.node(iri, DG.Country, gazetteer.country(iso).name)
            self.g.add((iri, DG.isoCode, Literal(iso)))
        return iri

    def embassy(self, e: Embassy) -> URIRef:
        iri = iri_for(e)
        if iri not in self._seen:
            sending, host = gazetteer.country(e.sending).name, gazetteer.country(e.host).name
            city = e.city or embassy_city(e)
            self.node(iri, DG.Embassy, f"Embassy of {sending} in {city or host}")
            self.g.add((iri, DG.sendingCountry, self.country(e.sending)))
            self.g.add((iri, DG.hostCountry, self.country(e.host)))
            if e.city:
                self.g.add((iri, DG.city, Literal(e.city)))
        return iri

    # Offsets are xsd:integer, not xsd:nonNegativeInteger: Oxigraph stores integer subtypes as
    # xsd:integer, and a graph should read back from the store as it was written.
    def evidence(
        self, subject: URIRef, evidence: tuple[Evidence, ...], confidence: float, rule: str | None
    ) -> None:
        g = self.g
        for ev in evidence:
            g.add((subject, DG.evidence, Literal(ev.text)))
            span = DGR[f"span/{article_key(ev.article_id)}/{ev.start}-{ev.end}"]
            g.add((subject, DG.evidenceSpan, span))
            g.add((span, RDF.type, DG.TextSpan))
            g.add((span, DG.inArticle, self.iri))
            g.add((span, DG.beginIndex, Literal(ev.start, datatype=XSD.integer)))
            g.add((span, DG.endIndex, Literal(ev.end, datatype=XSD.integer)))
        g.add((subject, DG.confidence, Literal(Decimal(str(round(confidence, 2))), datatype=XSD.decimal)))
        if rule:
            g.add((subject, DG.rule, Literal(rule)))

    def date(self, subject: URIRef, value: str | None) -> None:
        if value and is_valid_partial_date(value):
            self.g.add((subject, DG.date, Literal(value, datatype=xsd_datatype(value))))


def article_graph(facts: ArticleFacts) -> tuple[URIRef, Graph]:
    """The named graph of one article: its IRI and every triple read from it."""
    iri, triples = article_triples(facts)
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in triples)
    return iri, graph


def _full_name_key(alias: str) -> str | None:
    """The match key of an alias that is a full name of its own (a declared birth, married or pen
    name, another spelling): two or more words, none of them a title ("Mr Kim" is no one's name)."""
    words = alias.replace("-", " ").lower().rstrip(".").split()
    titles = gazetteer.titles()
    if len(alias.split()) < 2 or any(w.rstrip(".") in titles for w in words):
        return None
    return name_key(alias)


def article_triples(facts: ArticleFacts) -> tuple[URIRef, list[Triple]]:
    """The triples of one article's named graph (as :func:`article_graph`), each once, in a list."""
    ag = _ArticleGraph(facts)
    g, a = ag.g, facts.article
    ag.node(ag.iri, DG.Article, a.title or a.id)
    g.add((ag.iri, DG.sourceId, Literal(a.id)))
    g.add((ag.iri, DG.contentHash, Literal(a.hash)))
    if a.title:
        g.add((ag.iri, DG.title, Literal(a.title)))
    if a.published:
        kind = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[a.published_precision]
        g.add((ag.iri, DG.published, Literal(a.published_text, datatype=kind)))
    if a.url:
        g.add((ag.iri, DG.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.source:
        g.add((ag.iri, DG.source, Literal(a.source)))
    g.items.pop((ag.iri, _MENTIONED_IN, ag.iri), None)

    for c in facts.countries:
        iri = ag.country(c.iso)
        for form in c.forms:
            if form != gazetteer.country(c.iso).name:
                g.add((iri, SKOS.altLabel, Literal(form)))
    persons: dict[str, URIRef] = {}
    for p in facts.persons:
        iri = persons[p.name] = ag.person(p.name)
        for alias in p.aliases:
            g.add((iri, SKOS.altLabel, Literal(alias)))
            key = _full_name_key(alias)
            if key:  # "Peter Lang, born Pyotr Langovoy": the other full name is matched on too
                g.add((iri, DG.nameKey, Literal(key)))
        if p.nationality:
            g.add((iri, DG.nationality, ag.country(p.nationality)))
        for pos in p.positions:
            g.add((iri, DG.position, Literal(pos)))
        for post in p.posts:
            g.add((iri, DG.postedAt, ag.embassy(post)))
    for e in facts.embassies:
        ag.embassy(e)
    for d in facts.defections:
        _defection(ag, d, persons)
    for agr in facts.agreements:
        _agreement(ag, agr)
    return ag.iri, list(g.items)


def _defection(ag: _ArticleGraph, d: Defection, persons: dict[str, URIRef]) -> None:
    g = ag.g
    iri = ag.node(iri_for(d), DG.Defection, f"Defection of {d.defector}")
    person = persons.get(d.defector) or ag.person(d.defector)
    g.add((iri, DG.defector, person))
    if d.from_country:
        g.add((iri, DG.fromCountry, ag.country(d.from_country)))
    if d.to_country:
        g.add((iri, DG.toCountry, ag.country(d.to_country)))
    if d.from_post:
        g.add((iri, DG.fromPost, ag.embassy(d.from_post)))
    ag.date(iri, d.date)
    ag.evidence(iri, d.evidence, d.confidence, d.rule)


def _agreement(ag: _ArticleGraph, agr: Agreement) -> None:
    g = ag.g
    iri = ag.node(iri_for(agr), DG.Agreement, agr.name)
    for alias in agr.aliases:
        g.add((iri, SKOS.altLabel, Literal(alias)))
    for iso in agr.parties:
        g.add((iri, DG.party, ag.country(iso)))
    ag.date(iri, agr.date)
    if agr.status:
        g.add((iri, DG.status, Literal(agr.status)))
    ag.evidence(iri, agr.evidence, agr.confidence, agr.rule)
