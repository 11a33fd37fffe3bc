"""Plain words for the view: what the details panel calls a node's relations, statuses and rules.

The graph speaks in property names (``fromCountry``), status codes (``in_force``) and rule ids
(``role-cataphor``); a reader wants "From", "in force" and "a role word naming the person later in
the text". :func:`view_words` gathers them into the page's data, so the script only looks words up.

Property names not given a heading here read as the ontology's own ``rdfs:label`` ("posted at"),
so a property added to ``ontology/diplograph.ttl`` gets words without a change to this file.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from diplograph.namespaces import DG
from diplograph.shapes import ONTOLOGY_DIR

__all__ = ["PANEL_ROWS", "RULE_WORDS", "STATUS_WORDS", "property_words", "view_words"]

#: Per class, the panel's first rows, in order: (heading, where, property). ``out`` lists the nodes
#: the property points at, ``in`` the nodes pointing here through it, ``attr`` a literal value.
#: Links and values no row names follow under the property's own words.
PANEL_ROWS: dict[str, list[tuple[str, str, str]]] = {
    "Defection": [
        ("Who", "out", "defector"),
        ("From", "out", "fromCountry"),
        ("To", "out", "toCountry"),
        ("Post", "out", "fromPost"),
        ("Position", "attr", "position"),
        ("Date", "attr", "date"),
    ],
    "Agreement": [("Parties", "out", "party"), ("Date", "attr", "date"), ("Status", "attr", "status")],
    "Person": [
        ("Nationality", "out", "nationality"),
        ("Posts", "out", "postedAt"),
        ("Position", "attr", "position"),
        ("Events", "in", "defector"),
    ],
    "Embassy": [
        ("Sending country", "out", "sendingCountry"),
        ("Host country", "out", "hostCountry"),
        ("City", "attr", "city"),
        ("Staff", "in", "postedAt"),
        ("Defections from it", "in", "fromPost"),
    ],
    "Country": [
        ("ISO code", "attr", "isoCode"),
        ("Nationals", "in", "nationality"),
        ("Defections from", "in", "fromCountry"),
        ("Defections to", "in", "toCountry"),
        ("Agreements", "in", "party"),
        ("Embassies abroad", "in", "sendingCountry"),
        ("Embassies hosted", "in", "hostCountry"),
    ],
    "Article": [("Published", "attr", "published"), ("Mentions", "in", "mentionedIn")],
}

#: An agreement's ``dg:status`` codes (ontology: dg:status) as a reader says them.
STATUS_WORDS: dict[str, str] = {
    "signed": "signed",
    "in_force": "in force",
    "suspended": "suspended",
    "terminated": "terminated",
    "withdrawn": "withdrawn",
}

#: What each extraction rule (``dg:rule``) took as evidence, shown as "Found by".
RULE_WORDS: dict[str, str] = {
    "subject": "the person as subject of the verb",
    "possessive": "a possessive naming the person",
    "of-phrase": "an “of” phrase naming the person",
    "object": "the person as object of the verb",
    "pronoun": "a pronoun referring to the person",
    "role-noun": "a role word naming the person",
    "role-anaphor": "a role word referring back to the person",
    "role-cataphor": "a role word naming the person later in the text",
    "relative-clause": "a relative clause about the person",
    "appositive": "an apposition next to the name",
    "nearest-name": "the nearest name before the event",
    "same-sentence": "the only person in the sentence",
    "group-member": "a member of a group said to leave",
    "companion": "someone who left with the defector",
    "frame": "the learnt scorer, with no rule to tie it",
    "frame-tied": "the learnt scorer, though a rule tied the event to someone else",
    "named": "the agreement's name",
    "described": "a description of the agreement",
    "unnamed": "a mention of an agreement not yet named",
}

#: Headings for literal attributes no panel row names.
ATTR_WORDS: dict[str, str] = {"rule": "Found by", "confidence": "Confidence", "url": "Web address"}


@functools.cache
def property_words() -> dict[str, str]:
    """Property local name -> the ontology's ``rdfs:label`` ("postedAt" -> "posted at")."""
    ontology = Graph().parse(ONTOLOGY_DIR / "diplograph.ttl")
    words: dict[str, str] = {}
    for prop_class in (URIRef(str(RDF.Property)), *_OWL_PROPERTIES):
        for prop in ontology.subjects(RDF.type, prop_class):
            label = ontology.value(prop, RDFS.label)
            if isinstance(prop, URIRef) and isinstance(label, Literal) and str(prop).startswith(str(DG._NS)):
                words[str(prop)[len(str(DG._NS)) :]] = str(label)
    return words


_OWL_PROPERTIES = tuple(
    URIRef(f"http://www.w3.org/2002/07/owl#{name}")
    for name in ("ObjectProperty", "DatatypeProperty", "AnnotationProperty")
)


def plain(name: str) -> str:
    """Words for a name with no entry anywhere: ``sameAs`` -> "same as", ``in_force`` -> "in force"."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").replace("-", " ")
    return spaced.lower()


def view_words() -> dict[str, Any]:
    """Everything the page's script needs to name things, as JSON-ready data."""
    return {
        "rows": {cls: [list(row) for row in rows] for cls, rows in PANEL_ROWS.items()},
        "properties": property_words(),
        "attrs": ATTR_WORDS,
        "statuses": STATUS_WORDS,
        "rules": RULE_WORDS,
    }
