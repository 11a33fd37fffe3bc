"""``build``: the one place the stages are chained.

    read_articles ─▶ nlp.pipe ─▶ facts_from_doc ─▶ article_triples ─▶ GraphStore ─▶ graph.trig / .ttl / .html

Articles stream through: the model is loaded once, documents go through ``nlp.pipe`` in
batches, and each article's graph goes to the store as soon as it is made. Articles whose
content hash is already in the store are skipped, so re-running a build is cheap and leaves
the same graph.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from diplograph.batches import (
    BATCH_SIZE,
    Extracted,
    Failure,
    extract_articles,
    extract_graphs,
    fact_counts,
)
from diplograph.errors import InputError
from diplograph.model import Article

if TYPE_CHECKING:  # rdflib stays unimported until a build runs: the CLI starts faster
    from rdflib import URIRef

    from diplograph.rdf import Triple
    from diplograph.store import GraphStore

__all__ = [
    "HTML_MAX_QUADS",
    "BuildSummary",
    "Failure",
    "build",
    "extract_articles",
    "extract_graphs",
    "fact_counts",
]

log = logging.getLogger(__name__)

#: Above this many quads in the store, ``build`` does not draw graph.html: the view converts the whole
#: merged graph to rdflib and networkx, about 1.1 GB of RAM at 1M triples (bench/memory.py), while
#: everything else a build does streams. ``diplograph viz --query``/``--types`` draws a selection.
HTML_MAX_QUADS = 500_000

#: The classes the summary line counts (local names in dg:), by their words in it.
_COUNTED_CLASSES = {
    "Person": "persons",
    "Country": "countries",
    "Embassy": "embassies",
    "Defection": "defections",
    "Agreement": "agreements",
}

@dataclass
class BuildSummary:
    """What a build did, for the one-line report at its end."""

    articles: int = 0
    skipped: int = 0
    bad_lines: int = 0  # malformed JSONL lines skipped (``skip_bad_lines``)
    bad_files: int = 0  # unreadable article files skipped (``skip_bad_files``)
    undated: list[str] = field(default_factory=list)  # where each article without a date was read
    failed: list[Failure] = field(default_factory=list)
    facts: Counter[str] = field(default_factory=Counter)  # distinct nodes by class, over the built articles
    quads: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    _nodes: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def count(self, graph: Iterable[Triple]) -> None:
        """Add one built article: its graph's persons, countries, ... join those already counted,
        so a person named by 500 articles counts once (the summary says what the graph holds)."""
        from rdflib import RDF

        from diplograph.namespaces import PREFIXES

        self.articles += 1
        for subject, predicate, obj in graph:
            if predicate != RDF.type:
                continue
            kind = _COUNTED_CLASSES.get(str(obj).removeprefix(PREFIXES["dg"]))
            if kind is not None:
                self._nodes.setdefault(kind, set()).add(str(subject))
        for kind in _COUNTED_CLASSES.values():
            self.facts[kind] = len(self._nodes.get(kind, ()))

    def one_line(self) -> str:
        """``built N articles (M unchanged, skipped): P persons, ...; Q quads in store; S s``."""
        kinds = ", ".join(f"{n} {k}" for k, n in self.facts.items())
        notes = [f"{self.skipped} unchanged, skipped"] if self.skipped else []
        if self.bad_lines:
            notes.append(f"{self.bad_lines} bad input lines skipped")
        if self.bad_files:
            notes.append(f"{self.bad_files} unreadable files skipped")
        if self.failed:
            notes.append(f"{len(self.failed)} failed, not built")
        skipped = f" ({'; '.join(notes)})" if notes else ""
        return (
            f"built {self.articles} articles{skipped}: {kinds or 'no facts'}; "
            f"{self.quads} quads in store; {self.seconds:.1f} s"
        )


def build(
    *,
    inputs: Iterable[Path],
    out_dir: Path,
    store_path: Path | None = None,
    model: str | None = None,
    html: bool = True,
    html_max_quads: int | None = HTML_MAX_QUADS,
    workers: int = 1,
    dask: str | None = None,
    progress: bool | None = None,
    published: date | None = None,
    replace: bool = False,
    skip_bad_lines: bool = False,
    skip_bad_files: bool = False,
    transaction_articles: int | None = None,
) -> BuildSummary:
    """Build articles into the store under ``out_dir`` and write graph.trig, graph.ttl, graph.html.

    Args:
        inputs: files or folders of .txt, .jsonl and .html articles.
        out_dir: where the outputs (and, by default, the store) go.
        store_path: the Oxigraph store; default ``out_dir/store``.
        model: an installed spaCy model package name.
        html: also write the interactive view.
        html_max_quads: skip the view (with a warning, removing a stale graph.html) when the store
            holds more quads than this; ``None``: no limit.
        workers: processes for the NLP stage (ignored with ``dask``: the cluster's workers do it).
        dask: a dask.distributed scheduler address (``tcp://host:8786``): parse, extract and map
            articles to graphs on that cluster; the store is written here.
        progress: show a progress bar on stderr (None: only when stderr is a terminal).
        published: the date of every article that carries none (relative dates resolve against
            it); articles left without a date are named in one warning.
        replace: let an input replace a stored article of the same id whose content differs;
            without it such an input is refused before anything is written.
        skip_bad_lines: skip malformed JSONL lines, each with a warning, counted in the summary.
        skip_bad_files: likewise for article files that cannot be read (empty, not UTF-8, no text).
        transaction_articles: into a store that has articles, write the changed articles this
            many to a transaction (default :data:`TRANSACTION_ARTICLES`), so memory does not grow
            with their number; a build of no more is one transaction, all or nothing.

    Raises:
        InputError: an input cannot be read, or (without ``replace``) its id holds another text
            in the store; nothing is written to the store or the outputs.
        ExtractionError: the spaCy model cannot be loaded, or the dask cluster cannot be reached
            or lacks diplograph or the model.
        DiplographError: ``dask`` is given but dask.distributed is not installed.
        StoreError: the store cannot be opened (e.g. another build holds it) or written.
    """
    from diplograph.rdf import article_iri
    from diplograph.read import check_inputs, read_articles
    from diplograph.store import GraphStore, lock_store, prepare

    started = time.perf_counter()
    inputs = list(inputs)
    bad_lines: list[InputError] | None = [] if skip_bad_lines else None
    bad_files: list[InputError] | None = [] if skip_bad_files else None
    # a bad line at the end of a feed is reported now, not after the model's work
    hashes = check_inputs(inputs, published=published, bad_lines=bad_lines, bad_files=bad_files)
    summary = BuildSummary(bad_lines=len(bad_lines or ()), bad_files=len(bad_files or ()))
    for problem in [*(bad_lines or ()), *(bad_files or ())]:
        log.warning("%s (skipped)", problem)
    reported = {str(e) for e in bad_files or ()}
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError("--out must be a folder, and this is a file", path=str(out_dir))
    out_dir.mkdir(parents=True, exist_ok=True)
    store_path = store_path or out_dir / "store"

    def changed(known: Mapping[str, str], *, count_skipped: bool) -> Iterator[Article]:
        late: list[InputError] | None = [] if skip_bad_files else None  # HTML is read only now
        lines: list[InputError] | None = [] if skip_bad_lines else None

        def report_late() -> None:
            for problem in late or ():
                if count_skipped and str(problem) not in reported:
                    reported.add(str(problem))
                    summary.bad_files += 1
                    log.warning("%s (skipped)", problem)
            if late:
                late.clear()

        for a in read_articles(inputs, published=published, bad_lines=lines, bad_files=late):
            report_late()
            stored = known.get(str(article_iri(a.id)))
            if stored != a.hash:
                if stored is not None and not replace:  # an HTML page: not read before
                    _refuse_replacing([(a.id, a.hash, a.location)], known)
                if count_skipped and a.published is None:
                    summary.undated.append(a.location)
                yield a
            elif count_skipped:
                summary.skipped += 1
        report_late()

    def built(known: Mapping[str, str]) -> Iterator[tuple[URIRef, list[Triple]]]:
        if not replace:
            _refuse_replacing(((i, h, where) for i, (h, where) in hashes.items()), known)
        todo = changed(known, count_skipped=True)
        if dask is not None:
            from diplograph.cluster import extract_on_cluster

            extracted = extract_on_cluster(todo, address=dask, model=model, batch_size=BATCH_SIZE)
        else:
            extracted = extract_graphs(todo, model=model, workers=workers)
        # The bar counts articles as they come out of extraction (not as they are read ahead) and
        # knows the total from a cheap first pass over the inputs, so it can show an ETA.
        extracted = _with_progress(
            extracted, progress, total=lambda: sum(1 for _ in changed(known, count_skipped=False))
        )
        return _counted(extracted, summary)

    def finish(store: GraphStore) -> None:
        summary.quads = len(store)
        too_big = html_max_quads is not None and summary.quads > html_max_quads
        summary.outputs += write_outputs(
            store,
            out_dir,
            html="skip" if html and too_big else html,
            parallel=workers > 1 and dask is None,
            html_note=(summary.quads, html_max_quads or 0),
        )

    known = _stored_hashes(store_path)
    if known is None:
        # A first build: articles are loaded as they come out of extraction (one bulk load), so
        # the store is held from the start; nobody can query a store that does not exist yet.
        with GraphStore.open(store_path) as store:
            _remove_stale_temporaries(out_dir)  # a killed build's half-written outputs
            # replace_articles refreshes the merged view itself (in the same transaction or bulk load)
            store.replace_articles(built(store.article_hashes()))
            finish(store)
    else:
        # A store with articles: extract first, holding nothing (queries and `serve` read on from
        # the last committed state), then take the store for the one write. A writer that holds it
        # now (`serve --allow-updates`, another build's write) is named at once, not after the work.
        with lock_store(store_path, exclusive=True, wait=PROBE_WAIT):
            pass
        # Checked and held as text, one article's terms at a time, at most `size` articles at once:
        # each batch is one transaction, the store taken for it alone (reads go on in between).
        size = transaction_articles or TRANSACTION_ARTICLES
        if size < 1:
            raise InputError(f"transaction_articles must be at least 1, not {size}")
        todo = built(known)
        graphs = prepare(islice(todo, size))
        while True:
            following = prepare(islice(todo, size)) if len(graphs.drops) == size else None
            with GraphStore.open(store_path, wait=WRITE_WAIT) as store:
                _remove_stale_temporaries(out_dir)
                store.replace_articles(graphs)
                if not following or not following.drops:
                    finish(store)
                    break
            graphs = following
    if summary.undated:
        first = ", ".join(summary.undated[:3]) + (", ..." if len(summary.undated) > 3 else "")
        log.warning(
            "%d article(s) have no date (%s): relative dates in them ('last month', 'on Tuesday') are "
            "left unresolved; give one with a 'published:' front-matter line or --published",
            len(summary.undated),
            first,
        )
    summary.seconds = time.perf_counter() - started
    log.info("%s", summary.one_line())
    return summary


#: Changed articles a build writes to one transaction into a store that has articles: a build of
#: more commits them in batches (each whole, the merged view refreshed with it), so its memory stays
#: flat; if it fails, the batches already written stay, and the next build picks up the rest.
TRANSACTION_ARTICLES = 1000
#: Seconds a build waits, when its extraction is done, for readers (queries, an export) to let go
#: of the store before its one write.
WRITE_WAIT = 60.0
#: Seconds a build waits, before its work, to see the store free of other holders: a query's brief
#: read passes; a long-lived holder (`serve`) is named then, not after the extraction.
PROBE_WAIT = 5.0


def _stored_hashes(store_path: Path) -> dict[str, str] | None:
    """The stored articles' content hashes, read as a reader; ``None`` for a store that does not
    exist, is empty, or cannot be read now (the first-build path then opens it for writing, and
    says in one line what is wrong)."""
    from diplograph.errors import StoreError
    from diplograph.store import GraphStore

    if not store_path.is_dir():
        return None
    try:
        with GraphStore.open(store_path, read_only=True) as store:
            return None if store.is_empty() else store.article_hashes()
    except StoreError:
        return None


def _refuse_replacing(inputs: Iterable[tuple[str, str, str]], known: Mapping[str, str]) -> None:
    """Raise if an input ``(id, hash, where)`` names a stored article whose content differs: the
    same id for another text is more often a clash of file names than an edit (``--replace``)."""
    from diplograph.rdf import article_iri

    clashes = [(i, where) for i, h, where in inputs if known.get(str(article_iri(i)), h) != h]
    if clashes:
        (first, where), more = clashes[0], len(clashes) - 1
        raise InputError(
            f"article id {first!r} is already in the store with different content"
            f"{f' (and {more} more)' if more else ''}; pass --replace to replace the stored article(s)",
            path=where,
        )


#: the outputs a build writes, whose temporaries (``.graph.trig.XXXX.tmp``) a killed build leaves
OUTPUT_NAMES = ("graph.trig", "graph.ttl", "graph.html")


def _remove_stale_temporaries(out_dir: Path) -> None:
    for name in OUTPUT_NAMES:
        for stale in out_dir.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
            log.info("removed %s, left by a build that did not finish", stale)


def write_outputs(
    store: GraphStore,
    out_dir: Path,
    *,
    html: bool | str = True,
    parallel: bool = False,
    only_existing: bool = False,
    html_note: tuple[int, int] = (0, 0),
) -> list[Path]:
    """Write graph.trig, graph.ttl and (``html``) graph.html from the store: all new or all old.

    Each goes to a temporary file first; only when all three are written are they renamed into
    place, so a failure on any (a full disk, a bad page) leaves every output as it was.

    Args:
        store: the store to serialise.
        out_dir: where the outputs go.
        html: draw graph.html; ``"skip"``: remove a stale one with a warning (too big to draw).
        parallel: write graph.trig on another thread meanwhile (Oxigraph's writer holds no GIL).
        only_existing: rewrite only the outputs already in ``out_dir`` (``remove`` keeps a build's
            outputs in step with its store).
        html_note: (quads, limit) for the warning when ``html`` is ``"skip"``.

    Returns:
        The outputs written.
    """
    from diplograph.export import export_store
    from diplograph.files import atomic_path

    def wanted(name: str) -> bool:
        return not only_existing or (out_dir / name).exists()

    written: list[Path] = []
    with ExitStack() as renames, ThreadPoolExecutor(1) as pool:
        # entered in order, renamed (on success) or removed (on any error) when the block ends
        def temporary(name: str, wanted: bool) -> Path | None:
            return renames.enter_context(atomic_path(out_dir / name)) if wanted else None

        trig_tmp = temporary("graph.trig", wanted("graph.trig"))
        ttl_tmp = temporary("graph.ttl", wanted("graph.ttl"))
        html_tmp = temporary("graph.html", html is True and wanted("graph.html"))
        trig = pool.submit(export_store, store, trig_tmp, "trig") if trig_tmp is not None else None
        if trig is not None and not parallel:
            trig.result()  # one core: graph.trig first, then the rest
        # graph.ttl and graph.html both need the merged view: read it from the store once
        merged = list(store.merged_triples()) if html_tmp is not None else None
        if ttl_tmp is not None:
            export_store(store, ttl_tmp, "turtle", merged=merged)
            written.append(out_dir / "graph.ttl")
        if html_tmp is not None:
            from diplograph.viz import write_html

            assert merged is not None
            write_html(merged, html_tmp)
            written.append(out_dir / "graph.html")
        if trig is not None:
            trig.result()
            written.insert(0, out_dir / "graph.trig")
    if html == "skip":
        _skip_html(out_dir / "graph.html", *html_note)
    return written


def _skip_html(path: Path, quads: int, limit: int) -> None:
    # A view of an older, smaller build would silently disagree with the store: remove it.
    path.unlink(missing_ok=True)
    log.warning(
        "graph.html not written: %d quads in the store, above the limit of %d for drawing the whole "
        "graph (it would need gigabytes of memory); draw a selection with `diplograph viz --query "
        "FILE.rq` or `--types`, or raise the limit with `build --html-max-quads`",
        quads,
        limit,
    )


def _counted(
    stream: Iterable[Extracted | Failure], summary: BuildSummary
) -> Iterator[tuple[URIRef, list[Triple]]]:
    for item in stream:
        if isinstance(item, Failure):
            summary.failed.append(item)
            log.warning("%s", item.one_line())
            continue
        iri, graph, _ = item
        summary.count(graph)
        yield iri, graph


def _with_progress(
    items: Iterator[Extracted | Failure], progress: bool | None, *, total: Callable[[], int]
) -> Iterator[Extracted | Failure]:
    """A progress bar on stderr when it is a terminal (or when asked); silent in pipes and CI."""
    if progress is False or (progress is None and not sys.stderr.isatty()):
        return items
    from tqdm import tqdm

    # rate_noinv: "0.8 articles/s" while the model loads, never tqdm's inverted "1.2s/ articles"
    bar = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"
    return iter(tqdm(items, total=total(), unit=" articles", file=sys.stderr, smoothing=0.1, bar_format=bar))
