"""Facts that cannot be true, found with public facts the project ships (``gazetteer``).

Each rule reads the merged graph and returns a finding per fact it doubts; ``diplograph validate``
prints them as warnings (the graph keeps the fact: an article said it, and the evidence is there
to check). Rules:

* a defection or agreement dated after a state it names had ended ("the Soviet Union" in 1995):
  either the date or the state was misread;
* a defection or agreement dated before a state it names began ("Ukraine" in 1975: a Soviet-era
  city read as today's state; ``data/state_beginnings.json``);
* a defection whose state reached is the state left;
* a mission of a state in itself (``dg:sendingCountry`` = ``dg:hostCountry``).
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
                    for reason in (_after_its_end(state, years[0]), _before_its_start(state, years[-1])):
                        if reason:
                            found.append(Doubt(str(fact), reason))
    for fact in graph.subjects(RDF.type, DG.Defection):
        for state in set(graph.objects(fact, DG.fromCountry)) & set(graph.objects(fact, DG.toCountry)):
            found.append(Doubt(str(fact), f"reaches {_name(state)}, the state it leaves: a state is misread"))
    for mission in graph.subjects(RDF.type, DG.Embassy):
        sending = set(graph.objects(mission, DG.sendingCountry))
        for state in sending & set(graph.objects(mission, DG.hostCountry)):
            found.append(Doubt(str(mission), f"is a mission of {_name(state)} in itself: a state is misread"))
    return sorted(set(found), key=lambda d: (d.fact, d.reason))


def _name(state: object) -> str:
    iso = str(state)[len(_COUNTRY) :] if str(state).startswith(_COUNTRY) else str(state)
    try:
        return gazetteer.country(iso).name
    except KeyError:
        return iso


def _before_its_start(state: object, year: int) -> str | None:
    if not isinstance(state, URIRef) or not str(state).startswith(_COUNTRY):
        return None
    start = gazetteer.began(str(state)[len(_COUNTRY) :])
    if start is None or year >= start:
        return None
    return f"names {_name(state)}, which began in {start}, for {year}: the date or the state is misread"


def _after_its_end(state: object, year: int) -> str | None:
    if not isinstance(state, URIRef) or not str(state).startswith(_COUNTRY):
        return None
    iso = str(state)[len(_COUNTRY) :]
    end = gazetteer.ended(iso)
    if end is None or year <= end:
        return None
    name = gazetteer.country(iso).name
    return f"names {name}, which ended in {end}, for {year}: the date or the state is misread"
