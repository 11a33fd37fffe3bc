"""The dataset as compacted JSON-LD 1.1: one ``@context``, one ``@graph`` per article, streamed.

The context declares the prefixes of :data:`diplograph.namespaces.PREFIXES` and a term for every
class and property of the ontology, typed from its ``rdfs:range``: object properties coerce to
``@id`` (``"defector": "dgr:person/thae-yong-ho"``), datatype properties with one non-string range
to that datatype (``"confidence": "0.85"`` is an ``xsd:decimal``); ``label``, ``prefLabel`` and
``altLabel`` are the RDFS and SKOS labels. A value that does not fit its term's type (a
``gYear`` date, a language-tagged label) is written in full under its CURIE or term, as a JSON-LD
compactor does, so expanding the document gives back exactly the store's quads.

The writer holds at most one article's graph at a time (to write each subject's node object once)
and writes the default graph as it scans it, so memory does not grow with the store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from diplograph.namespaces import PREFIXES, curie

__all__ = ["context", "write_jsonld"]

_RDF_TYPE = PREFIXES["rdf"] + "type"
_XSD_STRING = PREFIXES["xsd"] + "string"
_OWL = PREFIXES["owl"]
_RDFS_RANGE = PREFIXES["rdfs"] + "range"
_LABEL_TERMS = {
    "label": PREFIXES["rdfs"] + "label",
    "prefLabel": PREFIXES["skos"] + "prefLabel",
    "altLabel": PREFIXES["skos"] + "altLabel",
}


@cache
def _terms(ontology: Path) -> dict[str, tuple[str, str | None]]:
    """term -> (property or class IRI, ``@id``, a datatype IRI or None) from the ontology file."""
    dg = PREFIXES["dg"]
    kinds: dict[str, str] = {}
    ranges: dict[str, set[str]] = {}
    for t in ox.parse(path=str(ontology), format=ox.RdfFormat.TURTLE):
        s = t.subject
        if not isinstance(s, ox.NamedNode) or not s.value.startswith(dg):
            continue
        if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode):
            kind = t.object.value.removeprefix(_OWL)
            if kind in ("Class", "ObjectProperty", "DatatypeProperty"):
                kinds[s.value] = kind
        elif t.predicate.value == _RDFS_RANGE:
            # a union range is a blank node: no single type to coerce to
            ranges.setdefault(s.value, set()).add(
                t.object.value if isinstance(t.object, ox.NamedNode) else ""
            )
    terms: dict[str, tuple[str, str | None]] = {}
    for iri, kind in sorted(kinds.items()):
        datatype: str | None = None
        if kind == "ObjectProperty":
            datatype = "@id"
        elif kind == "DatatypeProperty" and len(ranges.get(iri, ())) == 1:
            (only,) = ranges[iri]
            datatype = only if only and only != _XSD_STRING else None
        terms[iri.removeprefix(dg)] = (iri, datatype)
    terms.update({name: (iri, None) for name, iri in _LABEL_TERMS.items()})
    return terms


def context(ontology: Path) -> dict[str, Any]:
    """The ``@context`` the writer uses: the prefixes, then one term per ontology term and label."""
    ctx: dict[str, Any] = dict(PREFIXES)
    for term, (iri, datatype) in _terms(ontology).items():
        if datatype is None:
            ctx[term] = curie(iri)
        else:
            ctx[term] = {"@id": curie(iri), "@type": datatype if datatype == "@id" else curie(datatype)}
    return ctx


def write_jsonld(store: ox.Store, graphs: list[str], out: IO[bytes], *, ontology: Path) -> None:
    """Write the store as one compacted JSON-LD document to the binary stream ``out``.

    Args:
        store: the Oxigraph store.
        graphs: its named graphs' IRIs; each becomes ``{"@id": graph, "@graph": [...]}``, and the
            default graph's nodes follow them at the top level.
        out: where to write.
        ontology: the ontology file the terms are read from.
    """
    terms = _terms(ontology)
    by_iri = {iri: (term, datatype) for term, (iri, datatype) in terms.items()}
    out.write(b'{\n"@context": ')
    out.write(json.dumps(context(ontology), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b',\n"@graph": [')
    first = True
    for name in graphs:
        graph = ox.NamedNode(name)
        out.write(f'{"" if first else ","}\n{{"@id": {json.dumps(curie(name))}, "@graph": ['.encode())
        _write_nodes(store.quads_for_pattern(None, None, None, graph), by_iri, out)
        out.write(b"\n]}")
        first = False
    for node in _node_objects(store.quads_for_pattern(None, None, None, ox.DefaultGraph()), by_iri):
        out.write(b"" if first else b",")
        out.write(b"\n" + json.dumps(node, ensure_ascii=False).encode("utf-8"))
        first = False
    out.write(b"\n]\n}\n")


def _write_nodes(quads: Iterator[ox.Quad], by_iri: dict[str, tuple[str, str | None]], out: IO[bytes]) -> None:
    sep = b"\n"
    for node in _node_objects(_by_subject(quads), by_iri):
        out.write(sep + json.dumps(node, ensure_ascii=False).encode("utf-8"))
        sep = b",\n"


def _by_subject(quads: Iterator[ox.Quad]) -> Iterator[ox.Quad]:
    """One article's quads with each subject's together (Oxigraph's scan order does not group
    them); an article's graph is small, so this holds one graph, never the store."""
    runs: dict[ox.NamedNode | ox.BlankNode | ox.Triple, list[ox.Quad]] = {}
    for q in quads:
        runs.setdefault(q.subject, []).append(q)
    for run in runs.values():
        yield from run


def _node_objects(
    quads: Iterable[ox.Quad], by_iri: dict[str, tuple[str, str | None]]
) -> Iterator[dict[str, Any]]:
    """One node object per run of quads with the same subject (a repeated subject is still valid
    JSON-LD: expansion merges node objects with one ``@id``; the default graph, one label per
    node, is written as it is scanned)."""
    for subject, run in groupby(quads, key=lambda q: q.subject):
        if isinstance(subject, ox.Triple):
            continue  # RDF-star: never written by diplograph, and not in JSON-LD 1.1
        node: dict[str, Any] = {"@id": _ref(subject)}
        for q in run:
            key, value = _entry(q.predicate.value, q.object, by_iri)
            if key is None:
                continue
            node.setdefault(key, []).append(value)
        ordered = sorted(node, key=lambda k: (k not in ("@id", "@type"), k != "@id", k))
        yield {k: node[k][0] if isinstance(node[k], list) and len(node[k]) == 1 else node[k] for k in ordered}


def _ref(term: ox.NamedNode | ox.BlankNode) -> str:
    return curie(term.value) if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def _entry(
    predicate: str,
    obj: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple,
    by_iri: dict[str, tuple[str, str | None]],
) -> tuple[str | None, Any]:
    """The key and compacted value of one triple in its subject's node object.

    A bare string is coerced by its key's term, so it is written only where the coercion gives the
    right term back; anything else is a value object or ``{"@id"}``, which no term coerces.
    """
    if isinstance(obj, ox.Triple):
        return None, None
    if predicate == _RDF_TYPE and isinstance(obj, ox.NamedNode):
        return "@type", _vocab(obj.value, by_iri)
    term, coerce = by_iri.get(predicate, (None, None))
    key = term or curie(predicate)
    if isinstance(obj, ox.Literal):
        if obj.language:
            return key, {"@value": obj.value, "@language": obj.language}
        datatype = obj.datatype.value
        if datatype == (coerce or _XSD_STRING):
            return key, obj.value
        if datatype == _XSD_STRING:
            return key, {"@value": obj.value}
        return key, {"@value": obj.value, "@type": curie(datatype)}
    return key, _ref(obj) if coerce == "@id" else {"@id": _ref(obj)}


def _vocab(iri: str, by_iri: dict[str, tuple[str, str | None]]) -> str:
    """A class IRI as ``@type`` value: its term when it has one, else a CURIE."""
    term = by_iri.get(iri)
    return term[0] if term is not None else curie(iri)
