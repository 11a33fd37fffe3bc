"""Serialisations of the store, each written to a temp file and renamed (never a half-written file).

=========  ==============================================  =====================================
format     what                                            how
=========  ==============================================  =====================================
trig       the dataset: one named graph per article +      Oxigraph ``dump`` (streams)
           the default graph (merged-view extras)
nquads     the same dataset, one quad a line               Oxigraph ``dump`` (streams)
jsonld     the same dataset, JSON-LD (``@graph`` per       Oxigraph ``dump`` (streams)
           named graph)
turtle     the merged graph: all triples of all graphs,    ``SELECT DISTINCT`` over the union,
           each once (CONTRACT.md: "what plain Turtle      Oxigraph's streaming serialiser
           carries")
nt         the merged graph as N-Triples                   as turtle
graphml    the merged graph as a property graph (Gephi,    networkx, in memory
           yEd, Neo4j): nodes with label/type/literal
           attributes, one edge per IRI-valued triple
gexf       the same property graph, GEXF 1.2 (Gephi)       networkx, in memory
=========  ==============================================  =====================================

RDF formats stream from the store to the file, so a large graph is never held in memory; only the
property-graph formats build a networkx graph first, as networkx's writers need one.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import networkx as nx
import pyoxigraph as ox

from diplograph.errors import StoreError
from diplograph.namespaces import PREFIXES
from diplograph.store import GraphStore

__all__ = ["FORMATS", "atomic_write", "export_store", "property_graph"]

log = logging.getLogger(__name__)

_DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
_MERGED_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
_PROPERTY_GRAPH_FORMATS = ("graphml", "gexf")

#: Every format :func:`export_store` writes, by the name the CLI takes.
FORMATS: tuple[str, ...] = (*_MERGED_FORMATS, *_DATASET_FORMATS, *_PROPERTY_GRAPH_FORMATS)

_RDF_TYPE = PREFIXES["rdf"] + "type"
_LABELS = (PREFIXES["skos"] + "prefLabel", PREFIXES["rdfs"] + "label")


@contextmanager
def atomic_write(path: Path) -> Iterator[IO[bytes]]:
    """Open a temp file next to ``path`` for binary writing; on success, rename it onto ``path``.

    The rename is atomic (same directory, same file system), so readers see the old file or the
    whole new one, never a partial one; on any error the temp file is removed and ``path`` is
    left as it was.

    Args:
        path: the file to (re)write; its directory is created if missing.

    Yields:
        The open temp file; its ``name`` is the temp file's path, for writers that take a path.

    Raises:
        StoreError: if the file cannot be created or renamed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    done = False
    try:
        os.close(fd)
        with open(tmp, "wb") as out:  # reopened by name, so that out.name is the path
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; an export is meant to be shared
        os.replace(tmp, path)
        done = True
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        if not done:
            Path(tmp).unlink(missing_ok=True)


def export_store(
    store: GraphStore, path: Path, fmt: str, *, merged: Iterable[ox.Triple] | None = None
) -> Path:
    """Write the store to ``path`` in ``fmt`` (one of :data:`FORMATS`), atomically.

    Args:
        store: an open store.
        path: the output file.
        fmt: ``turtle``, ``nt`` (the merged graph), ``trig``, ``nquads``, ``jsonld`` (the dataset
            with its named graphs), ``graphml`` or ``gexf`` (the merged graph as a property graph).
        merged: the merged view's triples, when the caller has already read them
            (:meth:`GraphStore.merged_triples`): the build draws graph.html from the same list.

    Returns:
        ``path``.

    Raises:
        StoreError: if ``fmt`` is unknown, the store cannot be read or the file cannot be written.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    oxi = store.oxigraph
    with atomic_write(path) as out:
        try:
            if fmt in _DATASET_FORMATS:
                # by path, not through the Python file: Oxigraph then writes without holding the
                # GIL, so the build can draw graph.html meanwhile
                oxi.dump(out.name, _DATASET_FORMATS[fmt], prefixes=PREFIXES)
            elif fmt in _MERGED_FORMATS:
                triples = store.merged_triples() if merged is None else merged
                ox.serialize(triples, out, _MERGED_FORMATS[fmt], prefixes=PREFIXES)
            elif fmt == "graphml":
                nx.write_graphml(property_graph(store), out)
            else:
                nx.write_gexf(property_graph(store), out)
        except OSError as exc:  # reading the store failed; atomic_write keeps the old file
            raise StoreError(f"cannot export store {store.path}: {exc}") from exc
    log.info("wrote %s (%s)", path, fmt)
    return path


def _curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _node_id(term: ox.NamedNode | ox.BlankNode) -> str:
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def property_graph(store: GraphStore) -> nx.MultiDiGraph:
    """The merged graph as a networkx property graph, for GraphML/GEXF and network analysis.

    Every IRI or blank node is a node with attributes ``iri``, ``label`` (``skos:prefLabel``, else
    ``rdfs:label``), ``type`` (its ``rdf:type`` CURIEs) and one attribute per literal-valued
    property, named by CURIE (``dg:isoCode``); several values are joined with `` | ``. Every triple
    whose object is an IRI (other than ``rdf:type``) is an edge keyed and labelled by the
    predicate's CURIE (``dg:defector``).

    Args:
        store: an open store.

    Returns:
        A :class:`networkx.MultiDiGraph` whose attribute values are all strings.

    Raises:
        StoreError: if the store cannot be read.
    """
    graph = nx.MultiDiGraph()
    literals: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for triple in store.merged_triples():
        s, p, o = triple.subject, triple.predicate.value, triple.object
        if isinstance(s, ox.Triple) or isinstance(o, ox.Triple):
            continue  # RDF-star quoted triples have no property-graph form; we never write them
        sid = _node_id(s)
        graph.add_node(sid, iri=sid)
        if isinstance(o, ox.Literal):
            literals[sid][p].add(o.value)
        elif p == _RDF_TYPE:
            literals[sid][p].add(_curie(o.value))
        else:
            oid = _node_id(o)
            graph.add_node(oid, iri=oid)
            graph.add_edge(sid, oid, key=_curie(p), predicate=_curie(p), label=_curie(p).rpartition(":")[2])
    for node, props in literals.items():
        attrs = graph.nodes[node]
        for p, values in props.items():
            attrs["type" if p == _RDF_TYPE else _curie(p)] = " | ".join(sorted(values))
        label = next((props[p] for p in _LABELS if p in props), None)
        attrs["label"] = min(label) if label else node
    for node, attrs in graph.nodes(data=True):
        attrs.setdefault("label", node)
    return graph
