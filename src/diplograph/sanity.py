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
                    found += [Doubt(str(fact), reason) for reason in _outside_its_life(state, years)]
    for fact in graph.subjects(RDF.type, DG.Defection):
        for state in set(graph.objects(fact, DG.fromCountry)) & set(graph.objects(fact, DG.toCountry)):
            found.append(Doubt(str(fact), f"reaches {_name(state)}, the state it leaves: a state is misread"))
    for mission in graph.subjects(RDF.type, DG.Embassy):
        sending = set(graph.objects(mission, DG.sendingCountry))
        for state in sending & set(graph.objects(mission, DG.hostCountry)):
            found.append(Doubt(str(mission), f"is a mission of {_name(state)} in itself: a state is misread"))
    return sorted(set(found), key=lambda d: (d.fact, d.reason))


def _iso(state: object) -> str | None:
    """The ISO code of a country node, ``None`` for anything else."""
    if isinstance(state, URIRef) and str(state).startswith(_COUNTRY):
        return str(state)[len(_COUNTRY) :]
    return None


def _name(state: object) -> str:
    iso = _iso(state) or str(state)
    try:
        return gazetteer.country(iso).name
    except KeyError:
        return iso


def _outside_its_life(state: object, years: list[int]) -> list[str]:
    """Why dating a fact to ``years`` (sorted) cannot be right for ``state``: it had ended before
    the first, or had not begun by the last."""
    iso = _iso(state)
    if iso is None:
        return []
    end, start = gazetteer.ended(iso), gazetteer.began(iso)
    misread = "the date or the state is misread"
    reasons = []
    if end is not None and years[0] > end:
        reasons.append(f"names {_name(state)}, which ended in {end}, for {years[0]}: {misread}")
    if start is not None and years[-1] < start:
        reasons.append(f"names {_name(state)}, which began in {start}, for {years[-1]}: {misread}")
    return reasons
