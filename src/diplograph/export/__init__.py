"""Serialisations of the store, each written to a temp file and renamed (never a half-written file).

=========  ==============================================  =====================================
format     what                                            how
=========  ==============================================  =====================================
turtle     the merged graph: all triples of all graphs,    ``SELECT DISTINCT`` over the union,
           each once (CONTRACT.md: "what plain Turtle      Oxigraph's streaming serialiser
           carries"), under an ontology header that
           ``owl:imports`` the diplograph ontology
           (``with_ontology``: its axioms inlined)
nt         the merged graph as N-Triples                   as turtle
trig       the dataset: one named graph per article +      Oxigraph ``dump`` (streams)
           the default graph (merged-view extras)
nquads     the same dataset, one quad a line               Oxigraph ``dump`` (streams)
jsonld     the same dataset, compacted JSON-LD 1.1: one    :mod:`.jsonld`, subject by subject
           ``@context`` (prefixes, typed ontology          (streams)
           terms), one ``@graph`` per article
graphml    the merged graph as a property graph (Gephi,    :mod:`.property_graph`, in memory
           yEd, APOC ``apoc.import.graphml``): typed
           attributes, Neo4j labels, unique ids
gexf       the same property graph, GEXF 1.2 (Gephi)       as graphml
neo4j      the same property graph as a directory of       as graphml
           ``neo4j-admin database import full`` CSVs
=========  ==============================================  =====================================

RDF formats stream from the store to the file, so a large graph is never held in memory; only the
property-graph formats build their graph first, as their headers declare every attribute. The
property-graph formats leave evidence spans (``dg:TextSpan``) out unless ``with_evidence``.
docs/export.md says how each loads into Gephi, Neo4j, Protégé, JSON-LD tools, GraphDB and Jena.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox

from diplograph import files
from diplograph.errors import DiplographError, StoreError
from diplograph.namespaces import PREFIXES
from diplograph.store import GraphStore

from .property_graph import read_property_graph, to_networkx, write_gexf, write_graphml, write_neo4j_csv

__all__ = [
    "FORMATS",
    "ONTOLOGY_IRI",
    "SINGLE_FILE_FORMATS",
    "atomic_write",
    "export_store",
    "property_graph",
    "write_export",
]

log = logging.getLogger(__name__)

_DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
_MERGED_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
_PROPERTY_GRAPH_FORMATS = ("graphml", "gexf", "neo4j")

#: Every format :func:`export_store` writes, by the name the CLI takes.
FORMATS: tuple[str, ...] = (*_MERGED_FORMATS, *_DATASET_FORMATS, "jsonld", *_PROPERTY_GRAPH_FORMATS)
#: The formats that are one file (and so can go to standard output): all but ``neo4j``, a directory.
SINGLE_FILE_FORMATS: tuple[str, ...] = tuple(f for f in FORMATS if f != "neo4j")

#: The diplograph ontology (ontology/diplograph.ttl), which the merged graph's header imports.
ONTOLOGY_IRI = "https://w3id.org/diplograph/ontology"
_RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")
_OWL_ONTOLOGY = ox.NamedNode(PREFIXES["owl"] + "Ontology")
_OWL_IMPORTS = ox.NamedNode(PREFIXES["owl"] + "imports")
#: the merged graph's ontology header: a blank node, as the merged graph has no IRI of its own
#: (a fixed label, so that the same store gives the same bytes)
_HEADER = ox.BlankNode("diplograph")


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[bytes]]:
    """:func:`diplograph.files.atomic_write`, its errors as :class:`StoreError` (an export reads
    the store and writes a file: both are reported the way store errors are).

    Raises:
        StoreError: if the file cannot be created or renamed.
    """
    try:
        with files.atomic_write(path) as out:
            yield out
    except DiplographError as exc:
        if isinstance(exc, StoreError):
            raise
        raise StoreError(str(exc)) from exc


def export_store(
    store: GraphStore,
    path: Path,
    fmt: str,
    *,
    merged: Iterable[ox.Triple] | None = None,
    with_evidence: bool = False,
    with_ontology: bool = False,
) -> Path:
    """Write the store to ``path`` in ``fmt`` (one of :data:`FORMATS`), atomically.

    Args:
        store: an open store.
        path: the output file; for ``neo4j``, the output directory (created if missing; the
            files it gets are each replaced atomically, other files are left alone).
        fmt: ``turtle``, ``nt`` (the merged graph), ``trig``, ``nquads``, ``jsonld`` (the dataset
            with its named graphs), ``graphml``, ``gexf`` or ``neo4j`` (the merged graph as a
            property graph).
        merged: the merged view's triples, when the caller has already read them
            (:meth:`GraphStore.merged_triples`): the build draws graph.html from the same list.
        with_evidence: property-graph formats only: keep the evidence spans (``dg:TextSpan``).
        with_ontology: ``turtle``/``nt`` only: inline the ontology's axioms instead of
            ``owl:imports`` (for tools that cannot fetch it, e.g. Protégé offline).

    Returns:
        ``path``.

    Raises:
        StoreError: if ``fmt`` is unknown or an option does not apply to it, the store cannot be
            read or the file cannot be written.
    """
    path = Path(path)
    _check_options(fmt, with_evidence=with_evidence, with_ontology=with_ontology)
    if fmt == "neo4j":
        if path.exists() and not path.is_dir():
            raise StoreError(f"cannot write the Neo4j CSV files into {path}: it is a file, not a directory")
        try:
            graph = read_property_graph(store.merged_triples(), with_evidence=with_evidence)
            write_neo4j_csv(graph, path, atomic_write)
        except OSError as exc:
            raise StoreError(f"cannot export store {store.path}: {exc}") from exc
        log.info("wrote %s (%s)", path, fmt)
        return path
    with atomic_write(path) as out:
        if fmt in _DATASET_FORMATS:
            # by path, not through the Python file: Oxigraph then writes without holding the
            # GIL, so the build can draw graph.html meanwhile
            try:
                store.oxigraph.dump(out.name, _DATASET_FORMATS[fmt], prefixes=PREFIXES)
            except OSError as exc:  # reading the store failed; atomic_write keeps the old file
                raise StoreError(f"cannot export store {store.path}: {exc}") from exc
        else:
            write_export(
                store, out, fmt, merged=merged, with_evidence=with_evidence, with_ontology=with_ontology
            )
    log.info("wrote %s (%s)", path, fmt)
    return path


def write_export(
    store: GraphStore,
    out: IO[bytes],
    fmt: str,
    *,
    merged: Iterable[ox.Triple] | None = None,
    with_evidence: bool = False,
    with_ontology: bool = False,
) -> None:
    """Write the store in ``fmt`` (one of :data:`SINGLE_FILE_FORMATS`) to the binary stream ``out``.

    Not atomic: for standard output and other streams; :func:`export_store` writes files.

    Args:
        store: an open store.
        out: where to write, e.g. ``sys.stdout.buffer``.
        fmt: as for :func:`export_store`, but not ``neo4j`` (a directory).
        merged: as for :func:`export_store`.
        with_evidence: as for :func:`export_store`.
        with_ontology: as for :func:`export_store`.

    Raises:
        StoreError: if ``fmt`` is unknown, is ``neo4j``, or an option does not apply to it, or the
            store cannot be read.
    """
    _check_options(fmt, with_evidence=with_evidence, with_ontology=with_ontology)
    if fmt not in SINGLE_FILE_FORMATS:
        raise StoreError(f"{fmt} export writes a directory of files: give a directory, not standard output")
    try:
        if fmt in _DATASET_FORMATS:
            store.oxigraph.dump(out, _DATASET_FORMATS[fmt], prefixes=PREFIXES)
        elif fmt == "jsonld":
            from diplograph.shapes import ONTOLOGY_DIR

            from .jsonld import write_jsonld

            write_jsonld(store.oxigraph, store.named_graphs(), out, ontology=ONTOLOGY_DIR / "diplograph.ttl")
        elif fmt in _MERGED_FORMATS:
            triples = store.merged_triples() if merged is None else merged
            body = chain(_ontology_header(with_ontology=with_ontology), triples)
            ox.serialize(body, out, _MERGED_FORMATS[fmt], prefixes=PREFIXES)
        elif fmt == "graphml":
            write_graphml(read_property_graph(store.merged_triples(), with_evidence=with_evidence), out)
        else:
            write_gexf(read_property_graph(store.merged_triples(), with_evidence=with_evidence), out)
    except OSError as exc:  # reading the store failed
        raise StoreError(f"cannot export store {store.path}: {exc}") from exc


def _check_options(fmt: str, *, with_evidence: bool, with_ontology: bool) -> None:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if with_ontology and fmt not in _MERGED_FORMATS:
        raise StoreError(f"--with-ontology is for turtle and nt, not {fmt}")
    if with_evidence and fmt not in _PROPERTY_GRAPH_FORMATS:
        raise StoreError(
            f"--with-evidence is for {', '.join(_PROPERTY_GRAPH_FORMATS)}; {fmt} always has the evidence"
        )


def _ontology_header(*, with_ontology: bool) -> Iterator[ox.Triple]:
    """The merged graph's OWL header: it imports the ontology, or carries the ontology's axioms.

    Inlined, the ontology's own header (the triples about its IRI) is left out, so that the file
    is one ontology; Protégé and the OWL API then read it without fetching anything.
    """
    yield ox.Triple(_HEADER, _RDF_TYPE, _OWL_ONTOLOGY)
    if not with_ontology:
        yield ox.Triple(_HEADER, _OWL_IMPORTS, ox.NamedNode(ONTOLOGY_IRI))
        return
    from diplograph.shapes import ONTOLOGY_DIR

    for t in ox.parse(path=str(ONTOLOGY_DIR / "diplograph.ttl"), format=ox.RdfFormat.TURTLE):
        if not (isinstance(t.subject, ox.NamedNode) and t.subject.value == ONTOLOGY_IRI):
            yield t


def property_graph(store: GraphStore, *, with_evidence: bool = False) -> nx.MultiDiGraph:
    """The merged graph as a networkx property graph keyed by IRI, for network analysis.

    The nodes and edges, and their typed attributes, are those GraphML and GEXF carry (see
    :mod:`diplograph.export.property_graph`).

    Args:
        store: an open store.
        with_evidence: keep the evidence spans (``dg:TextSpan`` nodes and their edges).

    Raises:
        StoreError: if the store cannot be read.
    """
    return to_networkx(read_property_graph(store.merged_triples(), with_evidence=with_evidence))
