"""Facts that cannot be true, found with public facts the project ships (``gazetteer``).

Each rule reads the merged graph and returns a finding per fact it doubts; ``diplograph validate``
prints them as warnings (the graph keeps the fact: an article said it, and the evidence is there
to check). Rules:

* a defection or agreement dated after a state it names had ended ("the Soviet Union" in 1995):
  either the date or the state was misread.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef

from diplograph import gazetteer
from diplograph.namespaces import DG, DGR

__all__ = ["Doubt", "doubts"]

_COUNTRY = str(DGR["country/"])
_STATE_PROPERTIES = {
    DG.Defection: (DG.fromCountry, DG.toCountry),
    DG.Agreement: (DG.party,),
}


@dataclass(frozen=True)
class Doubt:
    """One fact a rule doubts, and why, in words."""

    fact: str  # the fact's IRI
    reason: str


def doubts(graph: Graph) -> list[Doubt]:
    """Every fact in ``graph`` (the merged view) that a rule doubts, sorted by fact."""
    from rdflib import RDF

    found = []
    for cls, properties in _STATE_PROPERTIES.items():
        for fact in graph.subjects(RDF.type, cls):
            years = sorted({int(str(d)[:4]) for d in graph.objects(fact, DG.date) if isinstance(d, Literal)})
            if not years:
                continue
            for prop in properties:
                for state in graph.objects(fact, prop):
                    reason = _after_its_end(state, years[0])
                    if reason:
                        found.append(Doubt(str(fact), reason))
    return sorted(set(found), key=lambda d: (d.fact, d.reason))


def _after_its_end(state: object, year: int) -> str | None:
    if not isinstance(state, URIRef) or not str(state).startswith(_COUNTRY):
        return None
    iso = str(state)[len(_COUNTRY) :]
    end = gazetteer.ended(iso)
    if end is None or year <= end:
        return None
    name = gazetteer.country(iso).name
    return f"names {name}, which ended in {end}, for {year}: the date or the state is misread"
