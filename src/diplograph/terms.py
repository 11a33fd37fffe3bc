"""RDF terms across the rdflib / pyoxigraph boundary, and the lexical checks rdflib does not make.

rdflib builds the graphs (``rdf.py``); pyoxigraph stores, queries and serialises them. The two
term models differ, so this module converts in both directions, one term at a time.

rdflib accepts and serialises ill-typed literals silently (``"2016-13"^^xsd:gYearMonth`` has
``Literal.ill_typed is None`` because rdflib has no parser for that datatype), and so does
Oxigraph. :func:`ill_typed_reason` checks the lexical forms of the datatypes diplograph writes,
so the store never accepts a literal that a strict consumer would reject.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

__all__ = ["Triple", "ill_typed_reason", "to_oxigraph", "to_rdflib"]

#: One RDF triple of rdflib terms (what iterating an rdflib Graph gives).
Triple = tuple[Node, Node, Node]

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_TZ = r"(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?"
_YEAR = r"-?([1-9]\d{3,}|0\d{3})"
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _date_ok(lexical: str) -> bool:
    m = re.fullmatch(rf"{_YEAR}-(\d\d)-(\d\d){_TZ}", lexical)
    if not m:
        return False
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not 1 <= month <= 12:
        return False
    # Proleptic Gregorian calendar; XSD 1.1 has a year 0, and it is a leap year (isleap(0) agrees).
    days = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month]
    return 1 <= day <= days


def _matches(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern)
    return lambda lexical: compiled.fullmatch(lexical) is not None


#: The datatypes we check; others pass through (Oxigraph and rdflib keep them as they are).
_CHECKS: dict[str, Callable[[str], bool]] = {
    XSD + "date": _date_ok,
    XSD + "gYearMonth": _matches(rf"{_YEAR}-(0[1-9]|1[0-2]){_TZ}"),
    XSD + "gYear": _matches(rf"{_YEAR}{_TZ}"),
    XSD + "dateTime": _matches(
        rf"{_YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-4]):[0-5]\d:[0-5]\d(\.\d+)?{_TZ}"
    ),
    XSD + "decimal": _matches(r"[+-]?(\d+(\.\d*)?|\.\d+)"),
    XSD + "integer": _matches(r"[+-]?\d+"),
    XSD + "nonNegativeInteger": _matches(r"(\+?\d+|-0+)"),
    XSD + "boolean": _matches(r"true|false|1|0"),
}


def ill_typed_reason(lexical: str, datatype: str | None) -> str | None:
    """Say why ``lexical`` is not a valid literal of ``datatype``, or return ``None`` when it is.

    Only the XSD datatypes diplograph writes are checked (date, gYearMonth, gYear, dateTime,
    decimal, integer, nonNegativeInteger, boolean); any other datatype is accepted.

    Args:
        lexical: the literal's lexical form, e.g. ``"2016-13"``.
        datatype: the datatype IRI, or ``None`` for a plain string.

    Returns:
        A short reason such as ``'"2016-13" is not a valid xsd:gYearMonth'``, or ``None``.
    """
    check = _CHECKS.get(datatype or "")
    if check is None or check(lexical):
        return None
    return f'"{lexical}" is not a valid xsd:{datatype.removeprefix(XSD) if datatype else ""}'


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """Convert an rdflib term to the equal pyoxigraph term.

    Args:
        term: a :class:`~rdflib.URIRef`, :class:`~rdflib.BNode` or :class:`~rdflib.Literal`.

    Returns:
        The pyoxigraph term with the same lexical form, datatype and language tag.

    Raises:
        ValueError: if the term is not a valid RDF term (e.g. an IRI with a space in it), or is
            an rdflib node kind RDF 1.1 has no term for (a formula, a variable).
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != RDF_LANG_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"{term!r} is not an RDF 1.1 term")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> Node:
    """Convert a pyoxigraph term to the equal rdflib term.

    Args:
        term: a pyoxigraph named node, blank node or literal.

    Returns:
        The rdflib term. ``xsd:string`` literals become plain rdflib literals, as rdflib parses them.

    Raises:
        ValueError: for an RDF-star quoted triple or a default-graph marker, which rdflib has no
            term for.
    """
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == XSD + "string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"{term!r} has no rdflib equivalent")
