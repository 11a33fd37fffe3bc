"""The persistent store: one Oxigraph database, one named graph per article, a merged view on top.

    GraphStore.open(path)                       on disk (None: in memory); a context manager
     ├── replace_articles([(article, graph)])   each article's named graph replaced, view refreshed
     ├── remove_article(source_id)              one article's graph dropped, view refreshed
     ├── article_hashes()                       article IRI -> dg:contentHash (skip unchanged input)
     └── query(sparql, bindings=...)            SPARQL 1.1, default graph = union of all graphs

Layout (CONTRACT.md, "Provenance"): every article's triples live in the named graph whose IRI is
the article's ``dg:Article`` IRI; the default graph holds only the merged-view extras computed
across articles (one ``skos:prefLabel`` per node: its most frequent ``rdfs:label`` across articles,
ties broken by the longest, then the alphabetically first).

Write safety. Oxigraph offers two load paths: ``bulk_extend``/``bulk_load`` (about 5x faster, but
not transactional: a killed load leaves part of the data) and ``update``/``extend``/``load``
(one RocksDB transaction each: all or nothing). A replacement must drop the old graph and insert
the new one together, which only a single SPARQL ``update`` can do. So:

* into an **empty** store (a first build) we bulk-load, guarded by a ``<store>.incomplete``
  marker written before and removed after; if the process dies in between, the next writer finds
  the marker and clears the store back to its prior state (empty), and readers refuse it;
* into a **non-empty** store, every changed article's ``DROP GRAPH`` + ``INSERT DATA`` and the
  ``skos:prefLabel`` refresh of the nodes its old and new graphs label go into **one** SPARQL
  update, i.e. one transaction: a build killed half-way leaves the store exactly as it was, and a
  write costs what its articles' nodes cost, not what the whole store does.

Concurrency. RocksDB allows one writer per directory and calls reading alongside a writer
"undefined behaviour", so we take an ``flock`` on ``<store>.lock`` first: writers exclusively,
readers (query, export, serve) shared. Whoever comes second fails at once with a one-line
:class:`~diplograph.errors.StoreError` naming the store; nothing waits and nothing is corrupted.
"""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.term import Node

from diplograph.errors import QueryError, StoreError
from diplograph.namespaces import DG, PREFIXES
from diplograph.sparql import Term, explain_syntax_error, mentions_keyword, with_values
from diplograph.terms import Triple, ill_typed_reason, to_oxigraph, to_rdflib

__all__ = ["GraphStore", "Prepared", "QueryResult", "first_line", "lock_holder", "lock_store", "prepare"]

log = logging.getLogger(__name__)

QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

_BULK_CHUNK_QUADS = 100_000  # quads per bulk_extend call: bounds the bulk loader's buffers

# One aggregate picks every node's canonical name: MIN over "(1e10 - n)(1e6 - length)label" is the
# label seen in most articles, then the longest, then the alphabetically first (code-point order,
# as Python sorts). The two numbers have a fixed width (10 and 6 digits), so SUBSTR(?k, 17) is the label.
_REFRESH_MERGED_VIEW = """
DELETE { ?node skos:prefLabel ?old } WHERE { ?node skos:prefLabel ?old } ;
INSERT { ?node skos:prefLabel ?best } WHERE {
  { SELECT ?node (MIN(?key) AS ?k) WHERE {
      { SELECT ?node ?label (COUNT(DISTINCT ?g) AS ?n)
        WHERE { GRAPH ?g { ?node rdfs:label ?l } BIND(STR(?l) AS ?label)
                FILTER(STRLEN(?label) > 0 && STRLEN(?label) < 900000) }
        GROUP BY ?node ?label }
      BIND(CONCAT(STR(10000000000 - ?n), STR(1000000 - STRLEN(?label)), ?label) AS ?key)
    } GROUP BY ?node }
  BIND(SUBSTR(?k, 17) AS ?best)
}
"""


# The person-name index: every distinct name of every person (rdfs:label, skos:altLabel, in any
# article graph), lower-cased, once in the default graph as dg:nameText. The `person` query matches
# its parameter against these (about one per person and spelling) instead of lower-casing every
# label of every article graph (160,000 at 1M triples). Written here, in the store's write path, so
# the index covers every graph written, whoever made it; readers never see dg:nameText in the
# merged view (merged_triples leaves it out), the dataset formats keep it (a dump restores as is).
_NAME_TEXT_WHERE = """GRAPH ?g { ?node a dg:Person ; rdfs:label|skos:altLabel ?l }
  BIND(LCASE(STR(?l)) AS ?text) FILTER(STRLEN(?text) > 0 && STRLEN(?text) < 900000)"""
_REFRESH_NAME_INDEX = f"""
DELETE {{ ?node dg:nameText ?text }} WHERE {{ ?node dg:nameText ?text }} ;
INSERT {{ ?node dg:nameText ?text }} WHERE {{ {_NAME_TEXT_WHERE} }}
"""


# The same, for the nodes one write touched only: a write first marks every node its old and new
# graphs label, in a scratch graph dropped before the transaction ends (so no reader ever sees it),
# and refreshes those nodes alone. A node no other article labels loses its name with its graph.
_TOUCHED = "<urn:x-diplograph:touched>"
_MARK_TOUCHED = (
    f"INSERT {{ GRAPH {_TOUCHED} {{ ?node a {_TOUCHED} }} }}"
    " WHERE { GRAPH {graph} { ?node rdfs:label ?l } } ;"
)
_REFRESH_TOUCHED = f"""
DELETE {{ ?node skos:prefLabel ?old }}
WHERE {{ GRAPH {_TOUCHED} {{ ?node a {_TOUCHED} }} ?node skos:prefLabel ?old }} ;
INSERT {{ ?node skos:prefLabel ?best }} WHERE {{
  {{ SELECT ?node (MIN(?key) AS ?k) WHERE {{
      {{ SELECT ?node ?label (COUNT(DISTINCT ?g) AS ?n)
        WHERE {{ GRAPH {_TOUCHED} {{ ?node a {_TOUCHED} }}
                GRAPH ?g {{ ?node rdfs:label ?l }} BIND(STR(?l) AS ?label)
                FILTER(STRLEN(?label) > 0 && STRLEN(?label) < 900000) }}
        GROUP BY ?node ?label }}
      BIND(CONCAT(STR(10000000000 - ?n), STR(1000000 - STRLEN(?label)), ?label) AS ?key)
    }} GROUP BY ?node }}
  BIND(SUBSTR(?k, 17) AS ?best)
}} ;
DELETE {{ ?node dg:nameText ?text }}
WHERE {{ GRAPH {_TOUCHED} {{ ?node a {_TOUCHED} }} ?node dg:nameText ?text }} ;
INSERT {{ ?node dg:nameText ?text }}
WHERE {{ GRAPH {_TOUCHED} {{ ?node a {_TOUCHED} }} {_NAME_TEXT_WHERE} }} ;
DROP SILENT GRAPH {_TOUCHED} ;
"""

# One node per person (ontology/README.md, "One node per person"): two person nodes whose full names
# share a dg:nameKey (another romanisation, an accent, a hyphen) are linked by owl:sameAs in the
# default graph when their evidence agrees — both defected from one state, or both were posted at
# one mission — and no article gives them two different nationalities. A shared key with a shared
# nationality alone is not enough (on the evaluation sets' names it would merge different people:
# eval/person-pairs.md). Their defections from that state are linked too, and every linked node
# points (dg:mergedInto) to the lowest IRI it is linked to, the node queries show. {scope} limits
# the refresh to some nodes: empty for all, the nodes a write touched and their key groups after one.
_SCOPE = "<urn:x-diplograph:merge-scope>"
# Candidate pairs join the merged view's one copy of each node's key (a person named in 300
# articles has 300 keyed copies in their graphs; joining those would pair 300 x 300 rows); the
# evidence is asked with EXISTS, which stops at the first proof.
_SAME_PERSON = """
  { SELECT DISTINCT ?a ?b WHERE { {scope} ?a dg:nameKey ?k . ?b dg:nameKey ?k . FILTER(?a != ?b) } }
  FILTER(EXISTS { GRAPH ?g1 { ?d1 dg:defector ?a ; dg:fromCountry ?x }
                  GRAPH ?g2 { ?d2 dg:defector ?b ; dg:fromCountry ?x } }
         || EXISTS { GRAPH ?g1 { ?a dg:postedAt ?e } GRAPH ?g2 { ?b dg:postedAt ?e } })
  FILTER NOT EXISTS { GRAPH ?g3 { ?a dg:nationality ?n1 }
                      GRAPH ?g4 { ?b dg:nationality ?n2 } FILTER(?n1 != ?n2) }
"""
_MERGE = f"""
DELETE {{ ?a dg:nameKey ?k }} WHERE {{ {{scope}} ?a dg:nameKey ?k }} ;
INSERT {{ ?a dg:nameKey ?k }} WHERE {{ {{scope}} GRAPH ?g {{ ?a dg:nameKey ?k }} }} ;
DELETE {{ ?a owl:sameAs ?b }} WHERE {{ {{scope}} ?a owl:sameAs ?b }} ;
DELETE {{ ?b owl:sameAs ?a }} WHERE {{ {{scope}} ?b owl:sameAs ?a }} ;
DELETE {{ ?a dg:mergedInto ?b }} WHERE {{ {{scope}} ?a dg:mergedInto ?b }} ;
INSERT {{ ?a owl:sameAs ?b }} WHERE {{ {_SAME_PERSON} }} ;
INSERT {{ ?d1 owl:sameAs ?d2 }} WHERE {{ SELECT DISTINCT ?d1 ?d2 WHERE {{
  {{scope}} ?a owl:sameAs ?b .
  GRAPH ?g1 {{ ?d1 dg:defector ?a ; dg:fromCountry ?x }}
  GRAPH ?g2 {{ ?d2 dg:defector ?b ; dg:fromCountry ?x }} }} }} ;
INSERT {{ ?a dg:mergedInto ?rep }} WHERE {{
  {{ SELECT ?a (MIN(STR(?b)) AS ?r) WHERE {{ {{scope}} ?a owl:sameAs ?b }} GROUP BY ?a }}
  FILTER(?r < STR(?a)) BIND(IRI(?r) AS ?rep) }} ;
"""
_MERGE_ALL = _MERGE.replace("{scope}", "")
# Every node's name and every person link, from scratch (a bulk load, refresh_merged_view).
_REFRESH_ALL = _REFRESH_MERGED_VIEW + " ;" + _REFRESH_NAME_INDEX + " ;" + _MERGE_ALL
# After a write, the scope is: the touched nodes; every node sharing a key with one of them, as the
# article graphs key it now or the merged view did before the write; the nodes linked to any of
# those (a node may be gone); the scoped persons' defections.
_MERGE_TOUCHED = f"""
INSERT {{ GRAPH {_TOUCHED} {{ ?t a {_SCOPE} }} }} WHERE {{ GRAPH {_TOUCHED} {{ ?t a {_TOUCHED} }} }} ;
INSERT {{ GRAPH {_TOUCHED} {{ ?a a {_SCOPE} }} }}
WHERE {{ GRAPH {_TOUCHED} {{ ?t a {_TOUCHED} }} GRAPH ?g {{ ?t dg:nameKey ?k }} ?a dg:nameKey ?k }} ;
INSERT {{ GRAPH {_TOUCHED} {{ ?a a {_SCOPE} }} }}
WHERE {{ GRAPH {_TOUCHED} {{ ?t a {_TOUCHED} }} ?t dg:nameKey ?k . ?a dg:nameKey ?k }} ;
INSERT {{ GRAPH {_TOUCHED} {{ ?x a {_SCOPE} }} }}
WHERE {{ GRAPH {_TOUCHED} {{ ?t a {_SCOPE} }} ?t owl:sameAs ?x }} ;
INSERT {{ GRAPH {_TOUCHED} {{ ?d a {_SCOPE} }} }}
WHERE {{ GRAPH {_TOUCHED} {{ ?a a {_SCOPE} }} GRAPH ?g {{ ?d dg:defector ?a }} }} ;
""" + _MERGE.replace("{scope}", f"GRAPH {_TOUCHED} {{ ?a a {_SCOPE} }}")


def _refresh_around(graphs: list[str], change: str) -> str:
    """One update: mark the nodes ``graphs`` label, make ``change``, mark again, refresh those."""
    marks = "\n".join(_MARK_TOUCHED.replace("{graph}", g) for g in graphs)
    return f"{marks}\n{change}\n{marks}\n{_MERGE_TOUCHED}\n{_REFRESH_TOUCHED}"


class GraphStore:
    """diplograph's graph in an Oxigraph store; open it with :meth:`open`, use it as a context manager."""

    def __init__(self, store: ox.Store, *, path: Path | None, read_only: bool, lock_fd: int | None) -> None:
        self._store: ox.Store | None = store
        self._path = path
        self._read_only = read_only
        self._lock_fd = lock_fd
        self.upgraded = False  # whether opening it added what an older diplograph did not write

    @classmethod
    def open(cls, path: Path | None, *, read_only: bool = False, wait: float = 0.0) -> GraphStore:
        """Open (and, for writing, create) the store at ``path``; ``None`` gives an in-memory store.

        Args:
            path: the store's directory.
            read_only: open for reading only; the store must exist. Many readers may share a store.
            wait: seconds to wait for the lock when another process holds it (0: fail at once).

        Returns:
            The open store. Close it (or use ``with``) to release the lock.

        Raises:
            StoreError: if another process is writing the store (or reading it, when opening for
                writing), if ``read_only`` and there is no store at ``path`` or its first build
                was interrupted, or if the directory holds no valid Oxigraph database.
        """
        if path is None:
            return cls(ox.Store(), path=None, read_only=read_only, lock_fd=None)
        path = Path(path)
        if read_only and not path.is_dir():
            raise StoreError(f"no store at {path}: build one first (diplograph build INPUT --out DIR)")
        path.parent.mkdir(parents=True, exist_ok=True)
        lock_fd = _lock(path, exclusive=not read_only, wait=wait)
        try:
            store = _open_oxigraph(path, read_only=read_only)
            self = cls(store, path=path, read_only=read_only, lock_fd=lock_fd)
            self._recover_interrupted_bulk_load()
            if not read_only and self.needs_upgrade():
                log.info("store %s predates the person-name index; adding it", path)
                self.refresh_merged_view()
                self.upgraded = True
        except BaseException:
            os.close(lock_fd)  # release the lock on every failure, including Ctrl-C, then re-raise
            raise
        log.debug("opened store %s (%s)", path, "read-only" if read_only else "read-write")
        return self

    @property
    def path(self) -> Path | None:
        """The store's directory, or ``None`` when it is in memory."""
        return self._path

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store`, for streaming reads (exports, dumps).

        Raises:
            StoreError: if the store has been closed.
        """
        if self._store is None:
            raise StoreError(f"store {self._path or '(in memory)'} is closed")
        return self._store

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Flush pending writes to disk and release the lock; closing twice is harmless.

        Raises:
            StoreError: if the final flush fails (e.g. the disk is full).
        """
        store, self._store = self._store, None
        try:
            if store is not None and self._path is not None and not self._read_only:
                _wrap_os_error(store.flush, f"cannot flush store {self._path}")
        finally:
            del store  # pyoxigraph has no close(): dropping the last reference closes RocksDB
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None

    def __len__(self) -> int:
        return len(self.oxigraph)

    def is_empty(self) -> bool:
        """Whether the store holds no quad at all (cheap: looks at one quad at most).

        Raises:
            StoreError: if the store is closed.
        """
        return next(iter(self.oxigraph.quads_for_pattern(None, None, None, None)), None) is None

    def needs_upgrade(self) -> bool:
        """Whether the store was written before the person-name index (``dg:nameText``): it has
        persons but no index. Opening the store for writing adds the index (``diplograph upgrade``).

        Raises:
            StoreError: if the store is closed.
        """
        store = self.oxigraph
        a_person = (ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DG.Person)))
        persons = store.quads_for_pattern(None, *a_person, None)
        if next(iter(persons), None) is None:
            return False
        indexed = store.quads_for_pattern(None, ox.NamedNode(str(DG.nameText)), None, ox.DefaultGraph())
        return next(iter(indexed), None) is None

    def named_graphs(self) -> list[str]:
        """The IRIs of all named graphs (one per article), sorted.

        Raises:
            StoreError: if the store is closed.
        """
        return sorted(str(g.value) for g in self.oxigraph.named_graphs())

    def merged_graph(self) -> Graph:
        """The merged view as an rdflib graph: every triple of every graph, once.

        For in-memory rdflib consumers (SHACL validation, notebooks); exports and the HTML view
        read :meth:`merged_triples` instead.

        Raises:
            StoreError: if the store is closed or cannot be read.
        """
        graph = Graph()
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        graph.addN((to_rdflib(s), to_rdflib(p), to_rdflib(o), graph) for s, p, o in self.merged_triples())
        return graph

    def merged_triples(self) -> Iterator[ox.Triple]:
        """The merged view as pyoxigraph triples, each once, streamed (for exports and the view);
        without the store's name index (``dg:nameText``).

        Unsorted on purpose: ORDER BY made a 240k-triple export 10x slower (22 s vs 2 s). The scan
        order is still deterministic for the same store content.

        Raises:
            StoreError: if the store is closed or cannot be read.
        """
        rows = self.query("SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(?p != dg:nameText) }")
        assert isinstance(rows, ox.QuerySolutions)
        for row in rows:
            yield ox.Triple(row["s"], row["p"], row["o"])

    def ill_typed_literals(self) -> list[str]:
        """Every stored literal that is not valid for its XSD datatype, described in one line each.

        :meth:`replace_articles` refuses these, so this finds only data written some other way.

        Raises:
            StoreError: if the store is closed or cannot be read.
        """
        rows = self.query(
            "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isLiteral(?o) && "
            "DATATYPE(?o) IN (xsd:date, xsd:gYearMonth, xsd:gYear, xsd:dateTime, xsd:decimal, "
            "xsd:integer, xsd:nonNegativeInteger, xsd:boolean)) } ORDER BY ?g ?s ?p",
            union_default_graph=False,
        )
        assert isinstance(rows, ox.QuerySolutions)
        found = []
        for r in rows:
            reason = ill_typed_reason(r["o"].value, r["o"].datatype.value)
            if reason:
                found.append(f"{r['s']} {r['p']}: {reason} (in graph {r['g']})")
        return found

    def article_hashes(self) -> dict[str, str]:
        """Map every stored article's IRI to its ``dg:contentHash``, to skip unchanged articles.

        Raises:
            StoreError: if the store is closed or cannot be read.
        """
        rows = self.query(
            "SELECT ?a ?h WHERE { GRAPH ?a { ?a dg:contentHash ?h } }", union_default_graph=False
        )
        assert isinstance(rows, ox.QuerySolutions)
        return {row["a"].value: row["h"].value for row in rows}

    def article_iri(self, source_id: str) -> str | None:
        """The IRI of the article whose ``dg:sourceId`` is ``source_id`` (or which *is* that IRI).

        Raises:
            StoreError: if the store is closed or cannot be read.
        """
        node = _named_node_or_none(source_id)
        if node is not None and self.oxigraph.contains_named_graph(node):
            return source_id
        rows = self.query(
            "SELECT ?a WHERE { GRAPH ?a { ?a dg:sourceId ?id } } ORDER BY ?a",
            bindings={"id": source_id},
            union_default_graph=False,
        )
        assert isinstance(rows, ox.QuerySolutions)
        found = [row["a"].value for row in rows]
        return found[0] if found else None

    def replace_articles(self, graphs: Iterable[tuple[URIRef, Iterable[Triple]]] | Prepared) -> int:
        """Replace each article's named graph by the given graph, then refresh the merged view.

        All-or-nothing: into a non-empty store everything is one transaction; into an empty store
        a bulk load that is rolled back (now, or on the next open if the process died) on failure.
        Articles not given keep their graphs. Every literal is checked against its datatype first.

        Args:
            graphs: ``(article IRI, that article's triples)`` pairs: an rdflib Graph or any
                iterable of rdflib triples (a build passes lists); graph names (if any) are ignored.
                Or graphs :func:`prepare`-d beforehand (always written as one transaction).

        Returns:
            The number of quads written.

        Raises:
            StoreError: if the store is read-only or closed, a literal is ill-typed (e.g.
                ``"2016-13"^^xsd:gYearMonth``) or a term is not valid RDF, or the write fails.
        """
        store = self._writable()
        if not isinstance(graphs, Prepared):
            if self._path is not None and self.is_empty():
                return self._bulk_load(graphs)
            graphs = prepare(graphs)
        if not graphs.drops:
            return 0
        update = "\n".join(graphs.drops)
        if graphs.inserts:
            update += "\nINSERT DATA {\n" + "\n".join(graphs.inserts) + "\n} ;"
        self._update(store, _refresh_around(graphs.names, update))
        log.info("replaced %d article graph(s), %d quads", len(graphs.drops), graphs.quads)
        return graphs.quads

    def remove_article(self, source_id: str) -> bool:
        """Drop one article's named graph and refresh the merged view, in one transaction.

        Args:
            source_id: the article's ``dg:sourceId`` (the input's id), or its IRI.

        Returns:
            ``True`` if the article was in the store, ``False`` if there was nothing to remove.

        Raises:
            StoreError: if the store is read-only or closed, or the write fails.
        """
        store = self._writable()
        iri = self.article_iri(source_id)
        if iri is None:
            return False
        graph = str(ox.NamedNode(iri))
        self._update(store, _refresh_around([graph], f"DROP GRAPH {graph} ;"))
        log.info("removed article %s", iri)
        return True

    def refresh_merged_view(self) -> None:
        """Recompute the merged view from all article graphs: every node's ``skos:prefLabel``,
        the person-name index (``dg:nameText``) and the person links.

        :meth:`replace_articles` and :meth:`remove_article` already do this; call it after writing
        to :attr:`oxigraph` directly.

        Raises:
            StoreError: if the store is read-only or closed, or the write fails.
        """
        self._update(self._writable(), _REFRESH_ALL)

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Node | Term | str] | None = None,
        union_default_graph: bool = True,
        allow_service: bool = False,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query with diplograph's prefixes (``dg:``, ``dgr:``, ``skos:``…) declared.

        Args:
            sparql: the query text.
            bindings: variable name -> value, bound by a ``VALUES`` block in the WHERE group
                (:func:`diplograph.sparql.with_values`: terms, never text splicing); a ``str``
                becomes a plain literal; rdflib and pyoxigraph terms are taken as they are.
            union_default_graph: match triple patterns outside ``GRAPH`` against all graphs (the
                merged view); ``GRAPH ?g { }`` still sees each article's graph.
            allow_service: let ``SERVICE <url>`` call other endpoints. Off by default: a query
                read from a user must not make this machine send requests elsewhere.

        Returns:
            Solutions (``SELECT``), a boolean (``ASK``) or triples (``CONSTRUCT``/``DESCRIBE``),
            evaluated lazily as they are iterated.

        Raises:
            QueryError: if the query does not parse (the message gives line and column), uses
                ``SERVICE`` without ``allow_service``, a binding is not a valid RDF term, or the
                query reads the person-name index of a store written before it (``needs_upgrade``).
            StoreError: if the store is closed or cannot be read.
        """
        terms: dict[str, Term] = {}
        for name, value in (bindings or {}).items():
            try:
                if isinstance(value, Node):
                    terms[name] = to_oxigraph(value)
                else:
                    terms[name] = ox.Literal(value) if isinstance(value, str) else value
            except ValueError as exc:
                raise QueryError(f"cannot bind ?{name}: {exc}") from None
        if not allow_service and mentions_keyword(sparql, ("service",)):
            raise QueryError(
                "the query uses SERVICE, which would send requests to other servers; "
                "it is off unless allowed (--allow-service)"
            )
        if "nameText" in sparql and self.needs_upgrade():
            fix = f"diplograph upgrade --store {self._path}" if self._path else "refresh_merged_view()"
            raise QueryError(
                f"store {self._path or '(in memory)'} predates the person-name index this query reads; "
                f"add it once with: {fix}"
            )
        text = with_values(sparql, terms)
        try:
            return self.oxigraph.query(
                text, prefixes=PREFIXES, use_default_graph_as_union=union_default_graph
            )
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL at {explain_syntax_error(text, str(exc))}") from None
        except OSError as exc:
            if allow_service and mentions_keyword(sparql, ("service",)):
                raise QueryError(f"a SERVICE call failed: {first_line(exc)}") from None
            raise StoreError(f"cannot query store {self._path or '(in memory)'}: {first_line(exc)}") from exc

    # -- internals ----------------------------------------------------------------------------

    def _writable(self) -> ox.Store:
        if self._read_only:
            raise StoreError(f"store {self._path} is open read-only")
        return self.oxigraph

    def _update(self, store: ox.Store, update: str) -> None:
        try:
            store.update(update, prefixes=PREFIXES)
        except SyntaxError as exc:  # a bug in the text we generate, not in user input
            raise StoreError(f"internal error: generated SPARQL update does not parse: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot write store {self._path or '(in memory)'}: {exc}") from exc

    def _marker(self) -> Path:
        assert self._path is not None
        return self._path.with_name(self._path.name + ".incomplete")

    def _bulk_load(self, graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> int:
        store, marker = self._writable(), self._marker()
        marker.write_text("a bulk load into this empty store did not finish; the next writer clears it\n")
        written = 0

        def quads() -> Iterator[ox.Quad]:
            nonlocal written
            for iri, graph in graphs:
                for quad in _quads(_graph_name(iri), graph):
                    written += 1
                    yield quad

        def load_in_chunks() -> None:
            # Oxigraph's bulk loader buffers up to a million quads per thread before writing a file:
            # 1.3 GB at 2M quads in one call, 0.14 GB (and ~10% slower) in calls of 100,000. Chunks
            # keep a build's memory flat however many articles it loads (bench/memory.py).
            stream = quads()
            for first in stream:
                store.bulk_extend(chain((first,), islice(stream, _BULK_CHUNK_QUADS - 1)))

        done = False
        try:
            _wrap_os_error(load_in_chunks, f"cannot load store {self._path}")
            self._update(store, _REFRESH_ALL)
            _wrap_os_error(store.flush, f"cannot flush store {self._path}")
            done = True
        finally:
            if not done:  # the store was empty before: emptying it again is the rollback
                store.clear()
                store.flush()
                marker.unlink()
        marker.unlink()
        log.info("bulk-loaded %d quads into empty store %s", written, self._path)
        return written

    def _recover_interrupted_bulk_load(self) -> None:
        if self._path is None or not self._marker().exists():
            return
        if self._read_only:
            raise StoreError(
                f"store {self._path} is incomplete: its first build was interrupted; build again"
            )
        log.warning("store %s: an interrupted bulk load left partial data; clearing it", self._path)
        store = self.oxigraph
        _wrap_os_error(store.clear, f"cannot clear store {self._path}")
        _wrap_os_error(store.flush, f"cannot flush store {self._path}")
        self._marker().unlink()


@dataclass
class Prepared:
    """Article graphs checked and serialised for one transaction, held as compact text (a build
    prepares them while it extracts, before it takes the store): the ``DROP`` and the ``GRAPH``
    blocks of a SPARQL update, and how many quads they insert."""

    drops: list[str] = field(default_factory=list)
    inserts: list[str] = field(default_factory=list)
    quads: int = 0
    names: list[str] = field(default_factory=list)  # the graphs' IRIs, as SPARQL terms


def prepare(graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> Prepared:
    """Check and serialise article graphs for :meth:`GraphStore.replace_articles`, one at a time,
    so that no more than one article's rdflib terms are alive at once.

    Raises:
        StoreError: a literal is ill-typed or a term is not valid RDF.
    """
    out = Prepared()
    for iri, graph in graphs:
        g = _graph_name(iri)
        out.drops.append(f"DROP SILENT GRAPH {g} ;")
        out.names.append(str(g))
        # pyoxigraph prints terms in N-Triples syntax, which SPARQL's INSERT DATA accepts as is
        lines = [f"{q.subject} {q.predicate} {q.object} ." for q in _quads(g, graph)]
        if lines:
            out.inserts.append(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}")
        out.quads += len(lines)
    return out


@contextmanager
def lock_store(path: Path, *, exclusive: bool, wait: float = 0.0) -> Iterator[None]:
    """Hold the store's lock (the one :meth:`GraphStore.open` takes) for a process we do not open it in.

    ``diplograph serve`` holds it while Oxigraph's server has the store open, so no build writes
    underneath a reader (shared) or beside a writer (exclusive).

    Raises:
        StoreError: if another process holds the lock in a conflicting mode.
    """
    fd = _lock(Path(path), exclusive=exclusive, wait=wait)
    try:
        yield
    finally:
        os.close(fd)


def _lock(path: Path, *, exclusive: bool, wait: float = 0.0) -> int:
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                break
            time.sleep(0.05)  # a reader's query, or another build's write: usually brief
    holder = lock_holder(lock_path)
    os.close(fd)
    if exclusive:
        who = f"held by {holder}" if holder else "in use by another process"
        raise StoreError(f"store {path} is {who}; stop it, or build into another --out") from None
    who = f"being written by {holder}" if holder else "being written by another process"
    raise StoreError(f"store {path} is {who}; try again when it has finished") from None


def lock_holder(lock_path: Path) -> str | None:
    """Who holds ``lock_path``'s flock, e.g. ``"`diplograph serve` (pid 1234)"``, if Linux can tell.

    Reads ``/proc/locks`` (the holder's pid, by the lock file's inode) and the holder's command
    line; ``None`` where there is no ``/proc`` or the holder has just gone.
    """
    try:
        inode = os.stat(lock_path).st_ino
        with open("/proc/locks", encoding="ascii", errors="replace") as locks:
            table = locks.read().splitlines()
    except OSError:
        return None
    for line in table:
        fields = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 fe:00:2146337 0 EOF" (a blocked waiter's line has "->")
        if len(fields) >= 6 and fields[1] == "FLOCK" and "->" not in fields:
            pid, device_inode = fields[4], fields[5]
            if device_inode.rsplit(":", 1)[-1] == str(inode) and pid.isdigit():
                return f"{_command_of(int(pid))} (pid {pid})"
    return None


def _command_of(pid: int) -> str:
    """``diplograph serve`` for a diplograph process, else the program and its first arguments."""
    if pid == os.getpid():
        return "this process"
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            argv = [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
    except OSError:
        return "another process"
    for i, arg in enumerate(argv):
        is_ours = Path(arg).name == "diplograph" or (arg == "-m" and argv[i + 1 : i + 2] == ["diplograph"])
        if is_ours:
            rest = argv[i + (2 if arg == "-m" else 1) :]
            command = next((a for a in rest if not a.startswith("-")), None)
            return f"`diplograph {command}`" if command else "`diplograph`"
    if not argv:
        return "another process"
    shown = " ".join(" ".join([Path(argv[0]).name, *argv[1:3]]).split())  # one line, even for `python -c`
    return f"`{shown if len(shown) <= 60 else shown[:59] + '…'}`"


def first_line(exc: BaseException) -> str:
    """An exception's message cut to its first non-empty line (Oxigraph appends response bodies)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0].removesuffix(" with payload:") if lines else type(exc).__name__


def _open_oxigraph(path: Path, *, read_only: bool) -> ox.Store:
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as exc:  # RocksDB reports a damaged directory as RuntimeError
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "lock" in reason.lower():
            raise StoreError(
                f"store {path} is in use by another process; try again when it has finished"
            ) from None
        raise StoreError(f"cannot open store {path}: {reason}") from exc


def _wrap_os_error(action: Callable[[], object], message: str) -> None:
    try:
        action()
    except OSError as exc:
        raise StoreError(f"{message}: {exc}") from exc


def _graph_name(iri: URIRef | str) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(iri))
    except ValueError as exc:
        raise StoreError(f"article graph name {str(iri)!r} is not a valid IRI: {exc}") from None


def _named_node_or_none(text: str) -> ox.NamedNode | None:
    try:
        return ox.NamedNode(text)
    except ValueError:
        return None  # not an IRI: the caller treats it as a source id


def _quads(g: ox.NamedNode, graph: Iterable[Triple]) -> Iterator[ox.Quad]:
    """The graph's triples as quads in ``g``, refusing invalid terms and ill-typed literals."""
    for s, p, o in graph:
        try:
            quad = ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), g)  # type: ignore[arg-type]
        except (ValueError, TypeError) as exc:
            raise StoreError(f"invalid triple in article graph <{g.value}>: {exc}") from None
        obj = quad.object
        if isinstance(obj, ox.Literal):
            reason = ill_typed_reason(obj.value, obj.datatype.value)
            if reason:
                raise StoreError(f"ill-typed literal in article graph <{g.value}>: {reason} (<{s}> <{p}>)")
        yield quad
