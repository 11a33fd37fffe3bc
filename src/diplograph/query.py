"""SPARQL over the store: named queries kept as ``.rq`` files, safe parameters, result formats.

    run_query(store, text | NamedQuery, params={"country": "PRK"}, fmt="table", out=stdout)

Named queries live in ``diplograph/queries/*.rq``. Each starts with a comment header that the
``--help`` and the README show::

    # question: Which defections does the graph know, with their sources?
    # param country (country): only defections from this state, an ISO 3166 alpha-3 code (PRK)

A parameter's kind says how a command-line value becomes an RDF term: ``country`` maps ``PRK`` to
``dgr:country/PRK``; ``iri`` takes ``<…>``, ``https://…`` or a CURIE (``dgr:person/thae-yong-ho``);
``year``/``integer`` make an ``xsd:integer``; ``string`` a plain literal. Values are bound with a
``VALUES`` block (:mod:`diplograph.sparql`), never pasted into the query text. Parameters of ad-hoc
queries are guessed the same way: an IRI or CURIE becomes an IRI, anything else a string.

Formats: ``table`` (aligned text, CURIEs; the default), ``csv``/``tsv``/``json`` (the SPARQL 1.1
results formats; ``json`` also answers ``ASK``), ``turtle``/``nt`` for ``CONSTRUCT``/``DESCRIBE``.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import IO

import pyoxigraph as ox

from diplograph.errors import QueryError, StoreError
from diplograph.namespaces import DG, PREFIXES
from diplograph.sparql import QUERY_FORMS, UPDATE_FORMS, Term, mentions_keyword, query_form
from diplograph.store import GraphStore, first_line

__all__ = [
    "FORMATS",
    "NamedQuery",
    "Parameter",
    "named_queries",
    "parse_param",
    "pasteable",
    "run_query",
    "to_term",
    "unknown_terms",
]

log = logging.getLogger(__name__)

#: Output formats of :func:`run_query`.
FORMATS = ("table", "csv", "tsv", "json", "turtle", "nt")
_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
}
_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
_KINDS = ("country", "iri", "year", "integer", "string")
_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_]\w*)\s*\((\w+)(?:,\s*(optional))?\)\s*:\s*(.*)")


@dataclass(frozen=True)
class Parameter:
    """A named query's parameter, as declared in its header."""

    name: str
    kind: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with diplograph: its name, the question it answers, its parameters and text."""

    name: str
    question: str
    params: tuple[Parameter, ...]
    text: str

    @classmethod
    def parse(cls, name: str, text: str) -> NamedQuery:
        """Read the header comment of a ``.rq`` file (``# question:`` and ``# param`` lines).

        Raises:
            QueryError: if a parameter's kind is unknown.
        """
        question, params = "", []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            if m := _PARAM_LINE.fullmatch(line.strip()):
                if m.group(2) not in _KINDS:
                    raise QueryError(f"query {name}: parameter {m.group(1)} has unknown kind {m.group(2)!r}")
                params.append(Parameter(m.group(1), m.group(2), bool(m.group(3)), m.group(4).strip()))
            elif line.lstrip("# ").startswith("question:"):
                question = line.lstrip("# ").removeprefix("question:").strip()
        return cls(name, question, tuple(params), text)

    def bindings(self, params: Mapping[str, str]) -> dict[str, Term]:
        """Turn ``name -> command-line value`` into RDF terms by each parameter's kind.

        Raises:
            QueryError: for an unknown parameter, a missing required one, or an ill-formed value.
        """
        known = {p.name: p for p in self.params}
        unknown = sorted(set(params) - set(known))
        if unknown:
            names = ", ".join(known) or "none"
            raise QueryError(f"query {self.name} has no parameter {unknown[0]!r} (it takes: {names})")
        missing = [p.name for p in self.params if not p.optional and p.name not in params]
        if missing:
            raise QueryError(f"query {self.name} needs --param {missing[0]}=… ({known[missing[0]].doc})")
        return {name: to_term(value, known[name].kind) for name, value in params.items()}


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in ``diplograph/queries/``, by name (the file stem).

    Raises:
        QueryError: if a query file's header declares an unknown parameter kind.
    """
    folder = resources.files("diplograph") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = NamedQuery.parse(name, entry.read_text(encoding="utf-8"))
    return found


def to_term(value: str, kind: str = "auto") -> Term:
    """The RDF term a command-line value stands for.

    Args:
        value: the text after ``name=``.
        kind: ``country``, ``iri``, ``year``, ``integer``, ``string``, or ``auto`` (an IRI if it
            looks like one — ``<…>``, ``http(s)://…`` or a known CURIE — else a string).

    Raises:
        QueryError: if the value is not valid for its kind.
    """
    try:
        if kind == "country":
            if not re.fullmatch(r"[A-Za-z]{3}", value):
                raise QueryError(f"{value!r} is not an ISO 3166 alpha-3 country code (e.g. PRK)")
            return ox.NamedNode(f"{PREFIXES['dgr']}country/{value.upper()}")
        if kind in ("year", "integer"):
            if not re.fullmatch(r"[+-]?\d+", value):
                raise QueryError(f"{value!r} is not an integer")
            return ox.Literal(value, datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
        if kind == "string":
            return ox.Literal(value)
        iri = _as_iri(value)
        if iri is not None:
            return ox.NamedNode(iri)
        if kind == "iri":
            raise QueryError(f"{value!r} is not an IRI (<…>, https://… or a CURIE such as dgr:person/…)")
        return ox.Literal(value)
    except ValueError as exc:  # pyoxigraph refuses an invalid IRI
        raise QueryError(f"{value!r} is not a valid IRI: {exc}") from None


def _as_iri(value: str) -> str | None:
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if re.match(r"https?://", value):
        return value
    prefix, colon, local = value.partition(":")
    if colon and prefix in PREFIXES and " " not in local:
        return PREFIXES[prefix] + local
    return None


def parse_param(text: str) -> tuple[str, str]:
    """Split a ``--param name=value`` argument.

    Raises:
        QueryError: if there is no ``=`` or no name.
    """
    name, eq, value = text.partition("=")
    if not eq or not name.strip():
        raise QueryError(f"--param {text!r}: expected name=value")
    return name.strip(), value


def run_query(
    store: GraphStore,
    query: str | NamedQuery,
    *,
    params: Mapping[str, str] | None = None,
    fmt: str = "table",
    out: IO[bytes],
    allow_service: bool = False,
) -> int:
    """Run a SPARQL query against ``store`` and write its results to ``out`` in ``fmt``.

    Read-only: an update (``INSERT``, ``DELETE``…) is refused. A ``dg:`` term the ontology lacks
    is logged as a warning naming the nearest term (the query still runs: it may be meant).

    Args:
        store: an open store; the default graph is the union of all graphs.
        query: SPARQL text, or a :class:`NamedQuery` (whose declared kinds convert ``params``).
        params: ``name -> value`` from ``--param``; bound as RDF terms.
        fmt: one of :data:`FORMATS`.
        out: a binary stream.
        allow_service: let ``SERVICE <url>`` call other endpoints (off: refused).

    Returns:
        The number of results (rows, triples, or 1 for ``ASK``); -1 for csv/tsv/json, which
        stream straight from the store to ``out``.

    Raises:
        QueryError: if the query is invalid (with its line and column), is not a read-only query,
            uses ``SERVICE`` without ``allow_service`` (or a SERVICE call fails), a parameter is
            wrong, or ``fmt`` does not suit the query form (e.g. ``turtle`` for a ``SELECT``).
        StoreError: if the store cannot be read.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if isinstance(query, NamedQuery):
        bindings: dict[str, Term] = query.bindings(params or {})
        text = query.text
    else:
        bindings = {name: to_term(value) for name, value in (params or {}).items()}
        text = query
    _check_form(text)
    for term, nearest in unknown_terms(text):
        log.warning(
            "dg:%s is not in the ontology%s", term, f"; did you mean dg:{nearest}?" if nearest else ""
        )
    result = store.query(text, bindings=bindings, allow_service=allow_service)
    try:
        return _write(result, fmt, out)
    except OSError as exc:
        if allow_service and mentions_keyword(text, ("service",)):
            raise QueryError(f"a SERVICE call failed: {first_line(exc)}") from None
        raise StoreError(f"cannot read store {store.path}: {first_line(exc)}") from exc


def _check_form(text: str) -> None:
    form = query_form(text)
    if form in QUERY_FORMS:
        return
    if form in UPDATE_FORMS:
        raise QueryError(
            f"query runs read-only queries (SELECT, ASK, CONSTRUCT, DESCRIBE), and {form} is an update; "
            "change the graph with `diplograph build`/`remove`, or send updates to "
            "`diplograph serve --allow-updates`"
        )
    nearest = difflib.get_close_matches(form or "", QUERY_FORMS, n=1, cutoff=0.6)
    found = f"not {form!r}" if form else "not nothing"
    raise QueryError(
        "a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after any PREFIX lines), "
        + found
        + (f"; did you mean {nearest[0]}?" if nearest else "")
    )


_DG_NAME = re.compile(r"(?<![\w\-.:])dg:((?:[\w\-.]|\\.)*[\w\-])")
_DG_IRI = re.compile(r"<" + re.escape(PREFIXES["dg"]) + r"([^>]*)>")


def unknown_terms(sparql: str) -> list[tuple[str, str | None]]:
    """The ``dg:`` terms ``sparql`` names that the ontology lacks, each with the nearest term (or None).

    Looks at ``dg:name`` and ``<https://w3id.org/diplograph/ontology#name>`` outside strings and
    comments; a query that declares its own ``PREFIX dg:`` is taken at its word.
    """
    from diplograph.sparql import _SKIP  # the lexer's comments, strings and IRIs

    if re.search(r"PREFIX\s+dg:", sparql, re.IGNORECASE):
        return []
    known = sorted(DG.__annotations__)
    code = _SKIP.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql)
    named = [m.group(1).replace("\\", "") for m in _DG_NAME.finditer(code)]
    named += [m.group(1) for m in _DG_IRI.finditer(code)]
    unknown: list[tuple[str, str | None]] = []
    for term in dict.fromkeys(named):
        if term not in known:
            close = difflib.get_close_matches(term, known, n=1, cutoff=0.6) or difflib.get_close_matches(
                term.lower(), [k.lower() for k in known], n=1, cutoff=0.6
            )
            nearest = next((k for k in known if close and k.lower() == close[0].lower()), None)
            unknown.append((term, nearest))
    return unknown


def _write(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str, out: IO[bytes]) -> int:
    if isinstance(result, ox.QueryTriples):
        if fmt not in ("table", *_GRAPH_FORMATS):
            raise QueryError(
                f"a CONSTRUCT/DESCRIBE query gives triples: use --format turtle or nt, not {fmt}"
            )
        triples = list(result)
        ox.serialize(triples, out, _GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE), prefixes=PREFIXES)
        return len(triples)
    if isinstance(result, ox.QueryBoolean):
        if fmt == "json":
            result.serialize(out, ox.QueryResultsFormat.JSON)
        elif fmt in ("table", "csv", "tsv"):
            out.write(b"true\n" if bool(result) else b"false\n")
        else:
            raise QueryError(f"an ASK query gives a boolean: use --format table or json, not {fmt}")
        return 1
    if fmt in _GRAPH_FORMATS:
        raise QueryError(f"a SELECT query gives rows: use --format table, csv, tsv or json, not {fmt}")
    if fmt in _RESULT_FORMATS:
        result.serialize(out, _RESULT_FORMATS[fmt])  # streams; the row count is not known
        return -1
    return _table(result, out)


def _cell(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return pasteable(term.value)
    if isinstance(term, ox.Literal):
        text = term.value.replace("\n", "⏎").replace("\t", " ")
        return f"{text}@{term.language}" if term.language else text
    return str(term)


# SPARQL 1.1 grammar [169]-[173]: PN_LOCAL and its PLX escapes. A local name may hold letters,
# digits, _ - . : and %hh; these may stand escaped with a backslash; the rest needs a full <IRI>.
_PN_LOCAL_ESCAPABLE = frozenset("_~.-!$&'()*+,;=/?#@%")
_NAME_CHAR = re.compile(r"[\w\u00b7\u0300-\u036f\u203f-\u2040:-]")
_FIRST_CHAR = re.compile(r"[^\W\u0300-\u036f]|:")  # letters, digits, _ and :


def pasteable(iri: str) -> str:
    """``iri`` as it can be pasted back into a query: ``dgr:country\\/RUS``, or ``<iri>``.

    A prefixed name when one of diplograph's prefixes fits and the rest can be a SPARQL local
    name (escaping ``/``, ``.``, ``~``… with a backslash, as the grammar allows); the full IRI
    in angle brackets otherwise.
    """
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            local = _local_name(iri[len(ns) :])
            if local is not None:
                return f"{prefix}:{local}"
    return f"<{iri}>"


def _local_name(rest: str) -> str | None:
    out = []
    i = 0
    while i < len(rest):
        ch = rest[i]
        if ch == "%" and re.fullmatch(r"[0-9A-Fa-f]{2}", rest[i + 1 : i + 3]):
            out.append(rest[i : i + 3])  # %hh stays as it is: PERCENT is part of the local name
            i += 3
            continue
        first, last = i == 0, i == len(rest) - 1
        if ch == ".":
            plain = not (first or last)  # a local name neither starts nor ends with a bare dot
        else:
            plain = bool(_NAME_CHAR.fullmatch(ch)) and not (first and not _FIRST_CHAR.fullmatch(ch))
        if plain:
            out.append(ch)
        elif ch in _PN_LOCAL_ESCAPABLE:
            out.append("\\" + ch)
        else:
            return None
        i += 1
    return "".join(out)


def _is_iri(cell: str) -> bool:
    """A cell printed by :func:`pasteable`: never clipped, so that it pastes back whole."""
    if cell.startswith("<") and cell.endswith(">"):
        return True
    prefix, colon, rest = cell.partition(":")
    return bool(colon) and prefix in PREFIXES and " " not in rest


def _table(result: ox.QuerySolutions, out: IO[bytes], *, max_width: int = 60) -> int:
    names = [v.value for v in result.variables]
    rows = [[_cell(row[n]) for n in names] for row in result]
    widths = [min(max([len(n), *(len(r[i]) for r in rows)]), max_width) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        clipped = [
            c if len(c) <= w or _is_iri(c) else c[: w - 1] + "…" for c, w in zip(cells, widths, strict=True)
        ]
        return "  ".join(c.ljust(w) for c, w in zip(clipped, widths, strict=True)).rstrip() + "\n"

    text = line(names) + line(["-" * w for w in widths]) + "".join(line(r) for r in rows)
    text += f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
    out.write(text.encode("utf-8"))
    return len(rows)
