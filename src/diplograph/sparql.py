"""Binding values to a SPARQL query's variables safely, as a ``VALUES`` block, never by splicing text.

Oxigraph's own substitution (SEP-0007) only binds variables that the ``SELECT`` projects, and a
trailing ``VALUES`` clause joins *after* grouping (SPARQL 1.1, 18.2.4.3), so neither binds
``?country`` in ``SELECT ?year (COUNT(*) AS ?n) WHERE { ... ?d dg:fromCountry ?country } GROUP BY
?year``. So we put ``VALUES (?country) { (<…/country/PRK>) }`` first inside the query's outermost
``WHERE`` group, where it joins with everything in it. The values are RDF terms serialised by
pyoxigraph (N-Triples syntax, every quote and backslash escaped), so user text can only ever be a
term, never query syntax; the insertion point is found by a small lexer that skips comments,
strings and IRIs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from diplograph.errors import QueryError

__all__ = ["Term", "with_values"]

Term = ox.NamedNode | ox.BlankNode | ox.Literal

# Tokens that may contain braces or the word WHERE without being syntax: comments, the four string
# forms (long ones first) and IRIs (an IRIREF cannot contain spaces, so "?a < 3" is not one).
_SKIP = re.compile(
    r"""\#[^\n]*
      | '''(?:[^'\\]|\\.|'(?!''))*'''
      | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      | '(?:[^'\\\n]|\\.)*'
      | "(?:[^"\\\n]|\\.)*"
      | <[^<>"{}|^`\\\x00-\x20]*>""",
    re.VERBOSE,
)
_SYNTAX = re.compile(r"\{|\}|(?<![?$:\w-])WHERE(?![\w:-])", re.IGNORECASE)  # not ?where, ex:where
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _where_group_start(sparql: str) -> int | None:
    """The offset just after the ``{`` that opens the outermost WHERE group, or ``None``."""
    depth, pos, saw_where = 0, 0, False
    first_group: int | None = None
    while pos < len(sparql):
        skip = _SKIP.match(sparql, pos)
        if skip:
            pos = skip.end()
            continue
        syntax = _SYNTAX.match(sparql, pos)
        if syntax is None:
            pos += 1
            continue
        token, pos = syntax.group(0), syntax.end()
        if token == "{":
            if depth == 0 and (saw_where or first_group is None):
                if saw_where:
                    return pos
                first_group = pos
            depth += 1
        elif token == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            saw_where = True
    # no WHERE keyword: in SELECT * { … } and ASK { … } the first top-level group is the pattern
    return None if saw_where else first_group


def with_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Return ``sparql`` with each ``name -> term`` bound by a ``VALUES`` block in its WHERE group.

    Args:
        sparql: a SPARQL 1.1 query.
        bindings: variable name (with or without ``?``) -> the RDF term it must equal.

    Returns:
        The query text with ``VALUES (?a ?b) { (t1 t2) }`` inserted; unchanged if ``bindings`` is empty.

    Raises:
        QueryError: if a name is not a SPARQL variable name, or the query has no WHERE group
            (e.g. ``DESCRIBE <x>``) to bind variables in.
    """
    if not bindings:
        return sparql
    names = []
    for name in bindings:
        bare = name.lstrip("?$")
        if not _VARIABLE.fullmatch(bare):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        names.append(f"?{bare}")
    start = _where_group_start(sparql)
    if start is None:
        raise QueryError("parameters need a query with a WHERE { … } pattern to bind them in")
    row = " ".join(str(term) for term in bindings.values())  # pyoxigraph prints N-Triples syntax
    values = f" VALUES ({' '.join(names)}) {{ ({row}) }} "
    return sparql[:start] + values + sparql[start:]
