"""Binding values to a SPARQL query's variables safely, as a ``VALUES`` block, never by splicing text.

Oxigraph's own substitution (SEP-0007) only binds variables that the ``SELECT`` projects, and a
trailing ``VALUES`` clause joins *after* grouping (SPARQL 1.1, 18.2.4.3), so neither binds
``?country`` in ``SELECT ?year (COUNT(*) AS ?n) WHERE { ... ?d dg:fromCountry ?country } GROUP BY
?year``. So we put ``VALUES (?country) { (<…/country/PRK>) }`` first inside the query's outermost
``WHERE`` group, where it joins with everything in it, and first inside each sub-SELECT's WHERE
group that mentions the variable (an outer block never reaches a subquery's own variables, so a
subquery filtered by a parameter would otherwise be evaluated for every value and only then
joined). The values are RDF terms serialised by
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
_VAR_USE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def _where_groups(sparql: str) -> tuple[int | None, list[tuple[int, int]], list[tuple[int, str]]]:
    """Read the query's group structure: the offset just after the ``{`` that opens the outermost
    WHERE group (``None`` if there is none), the ``(start, end)`` of every inner WHERE group (a
    sub-SELECT's: just after its ``{``, at its ``}``), and every variable with its offset."""
    depth, pos, saw_where, pending = 0, 0, False, False
    outer: int | None = None
    first_group: int | None = None
    inner: list[tuple[int, int]] = []
    open_inner: dict[int, int] = {}  # depth -> start of an inner WHERE group open at that depth
    variables: list[tuple[int, str]] = []
    while pos < len(sparql):
        skip = _SKIP.match(sparql, pos)
        if skip:
            pos = skip.end()
            continue
        var = _VAR_USE.match(sparql, pos)
        if var:
            variables.append((pos, var.group(1)))
            pos = var.end()
            continue
        syntax = _SYNTAX.match(sparql, pos)
        if syntax is None:
            pos += 1
            continue
        token, pos = syntax.group(0), syntax.end()
        if token == "{":
            if depth == 0:
                if saw_where and outer is None:
                    outer = pos
                elif first_group is None:
                    first_group = pos
            elif pending:
                open_inner[depth] = pos
            pending = False
            depth += 1
        elif token == "}":
            depth = max(depth - 1, 0)
            if depth in open_inner:
                inner.append((open_inner.pop(depth), syntax.start()))
        elif depth == 0:
            saw_where = True
        else:
            pending = True
    # no WHERE keyword: in SELECT * { … } and ASK { … } the first top-level group is the pattern
    return (outer if saw_where else first_group), inner, variables


def with_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """Return ``sparql`` with each ``name -> term`` bound by a ``VALUES`` block in its WHERE group.

    A parameter is a constant of the whole query, as in a template (Jena's
    ``ParameterizedSparqlString`` replaces every occurrence): the block goes first inside the
    outermost WHERE group, and a sub-SELECT whose WHERE group mentions one of the variables gets
    its own block for those, so a subquery filtered by the parameter is evaluated for its value
    only, not for every value and joined afterwards (SPARQL scopes a subquery's variables to it:
    an outer ``VALUES`` never reaches inside).

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
    terms: dict[str, str] = {}
    for name, term in bindings.items():
        bare = name.lstrip("?$")
        if not _VARIABLE.fullmatch(bare):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
        terms[bare] = str(term)  # pyoxigraph prints N-Triples syntax
    start, inner, variables = _where_groups(sparql)
    if start is None:
        raise QueryError("parameters need a query with a WHERE { … } pattern to bind them in")

    def block(names: list[str]) -> str:
        heads = " ".join(f"?{n}" for n in names)
        row = " ".join(terms[n] for n in names)
        return f" VALUES ({heads}) {{ ({row}) }} "

    inserts = [(start, block(list(terms)))]
    for a, b in inner:
        used = {name for at, name in variables if a <= at < b}
        names = [n for n in terms if n in used]
        if names:
            inserts.append((a, block(names)))
    for at, text in sorted(inserts, reverse=True):
        sparql = sparql[:at] + text + sparql[at:]
    return sparql


# -- what a query does, read without running it ---------------------------------------------------
#
# Oxigraph's parser is scannerless: ``SERVICESILENT<x>{…}`` and ``1SERVICE<x>{…}`` parse, and whether
# ``<…>`` is an IRI or a less-than depends on where it stands (``FILTER(?a<?b)SERVICE#>`` hides a
# SERVICE from a lexer that takes ``<?b)SERVICE#>`` for an IRI). So the scan below is conservative:
# at every ``<`` that could open an IRI it follows both readings, and it looks for the keyword
# anywhere in query syntax except inside a string, a comment, a variable's name or a prefixed
# name's local part (where the parser can never split it off).

_STRING = re.compile(
    r"""'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
      |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*\"""",
    re.VERBOSE | re.DOTALL,
)
_COMMENT = re.compile(r"#[^\n\r]*")
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_VAR = re.compile(r"[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+")
# a prefix (possibly empty) and a local part: letters, digits, _ - . : and %hh or \-escapes
_PNAME = re.compile(r"([^\W\d][\w\-.]*)?:((?:[\w\-.:\u00b7]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])*)")
_PROLOGUE = re.compile(
    r"""(?:\s+|\#[^\n\r]*|BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)*""", re.IGNORECASE | re.VERBOSE
)

#: What the first keyword of a SPARQL request may be, by kind.
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def mentions_keyword(sparql: str, keywords: tuple[str, ...]) -> str | None:
    """The first of ``keywords`` that ``sparql`` might use as syntax, upper-cased, or ``None``.

    Conservative: may answer yes for a query that does not use the keyword (e.g. one that names a
    prefix ``service:``), never no for one the parser would read it in.

    Args:
        sparql: a SPARQL query or update.
        keywords: the keywords to look for (any case), e.g. ``("service",)``.
    """
    lowered = tuple(k.lower() for k in keywords)
    seen: set[tuple[int, int]] = set()
    # (position, end of the <…> being read as a less-than sign, or -1): inside such a stretch a
    # keyword counts only if a '#' follows it there, since a SERVICE clause needs a '{' (which
    # cannot occur in the stretch) after its IRI or variable, so the stretch's '>' must be a comment
    starts = [(0, -1)]
    while starts:
        pos, region_end = starts.pop()
        while pos < len(sparql) and (pos, region_end) not in seen:
            seen.add((pos, region_end))
            if pos >= region_end:
                region_end = -1
            found = next((k for k in lowered if sparql[pos : pos + len(k)].lower() == k), None)
            if found is not None and (region_end < 0 or "#" in sparql[pos:region_end]):
                return found.upper()
            if skip := _STRING.match(sparql, pos) or _COMMENT.match(sparql, pos) or _VAR.match(sparql, pos):
                pos = skip.end()
            elif region_end < 0 and (iri := _IRIREF.match(sparql, pos)) is not None:
                starts.append((iri.end(), -1))  # read as an IRI; and below, as a less-than sign
                pos, region_end = pos + 1, iri.end()
            elif (pname := _PNAME.match(sparql, pos)) is not None and pname.end() > pos + 1:
                prefix = (pname.group(1) or "").lower()
                hit = next((k for k in lowered if k in prefix), None)
                if hit is not None and (region_end < 0 or "#" in sparql[pos:region_end]):
                    return hit.upper()
                pos = pname.end()
            else:
                pos += 1
    return None


def query_form(sparql: str) -> str | None:
    """The first keyword after the prologue (``PREFIX``/``BASE`` lines and comments), upper-cased.

    ``SELECT``/``ASK``/``CONSTRUCT``/``DESCRIBE`` for a query, ``INSERT``, ``DELETE``… for an
    update, or whatever word stands there (``None`` if none does).
    """
    start = _PROLOGUE.match(sparql)
    word = re.compile(r"[A-Za-z]+").match(sparql, start.end() if start else 0)
    return word.group(0).upper() if word else None


_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_WORDS = {"[_]": "", "Prefix not found": ""}


def explain_syntax_error(sparql: str, message: str) -> str:
    """Oxigraph's parser error for ``sparql`` as one line a user can act on.

    ``error at 1:29: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9' …`` (five lines
    of character ranges) becomes ``line 1, column 29 (at "foo:bar }"): the prefix foo: is not
    declared; …``.

    Args:
        sparql: the query text the parser read.
        message: ``str()`` of the :class:`SyntaxError` pyoxigraph raised.
    """
    m = _ERROR_AT.match(message.strip())
    if m is None:
        return message.strip().splitlines()[0] if message.strip() else "the parser gave no reason"
    line, column, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = sparql.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    near = text[column - 1 : column + 24].strip()
    at_end = not near and not "".join(lines[line:]).strip()
    where = f"line {line}, column {column}"
    where += f' (at "{near}")' if near else " (at the end)" if at_end else ""
    if "Prefix not found" in expected:
        pname = re.search(r"((?:[^\W\d][\w\-.]*)?:)\S*\s*$", text[: column - 1])
        prefix = pname.group(1) if pname else "this"
        return f"{where}: the prefix {prefix} is not declared; add PREFIX {prefix} <…> or use a full <IRI>"
    code = _SKIP.sub(" ", sparql)
    if code.count("{") > code.count("}"):
        return f"{where}: a closing }} is missing"
    slash = re.search(r"(?<![\w\\])([^\W\d][\w\-.]*:[\w\-.]*)/(\S*)", sparql)
    hint = ""
    if slash is not None and mentions_keyword(sparql, (slash.group(0),)):
        escaped = slash.group(0).replace("/", "\\/").rstrip(" .;,}")
        hint = f"; a / in a prefixed name must be written \\/ ({escaped}), or use the full <IRI>"
    return f"{where}: expected {_readable(expected)}{hint}"


def _readable(expected: str) -> str:
    """``one of "{", FILTER, [_], ['0' ..= '9']`` -> ``one of '{', FILTER or more of a name``."""
    body = expected.removeprefix("expected ").removeprefix("one of ").replace("\n", " ")
    items: list[str] = []
    for raw in re.findall(r"\[[^\]]*\]|\"(?:[^\"\\]|\\.)*\"|[^,\s][^,]*", body):
        item = raw.strip()
        if item in _WORDS:
            word = _WORDS[item]
        elif item.startswith("["):
            word = "more of the name (letters, digits, _ - .)"
        elif item.startswith('"'):
            word = "'" + item[1:-1].replace('\\"', '"').replace("\\\\", "\\") + "'"
        else:
            word = item
        if word and word not in items:
            items.append(word)
    if not items:
        return "something else here"
    if "ABS" in items or "STR" in items:  # the parser lists every function an expression may start with
        return "an expression (a variable, a value or a function call)"
    if "'\\u'" in items:
        return "the closing quote of a string"
    if len(items) > 8:
        items = [*items[:8], "…"]
    return items[0] if len(items) == 1 else "one of " + ", ".join(items[:-1]) + " or " + items[-1]
