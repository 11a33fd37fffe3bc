"""The work a build does per batch of articles before the store: parse, extract, map to RDF.

    Article ──nlp.pipe──▶ Doc ──facts_from_doc──▶ ArticleFacts ──article_triples──▶ (IRI, triples)

in this process, in a pool of forked worker processes (:func:`extract_in_processes`), or on a
dask cluster (``cluster.py``); the pool and the cluster share one bounded executor
(:func:`in_order`) and one per-batch worker (:func:`extract_batch`). ``pipeline.py`` (the build)
and ``cluster.py`` both stand on this module.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Protocol, TypeVar

from diplograph.model import Article, ArticleFacts

if TYPE_CHECKING:
    from rdflib import URIRef
    from spacy.tokens import Doc

    from diplograph.rdf import Triple

__all__ = [
    "BATCH_SIZE",
    "IN_FLIGHT_PER_WORKER",
    "Extracted",
    "Failure",
    "extract_articles",
    "extract_batch",
    "extract_graphs",
    "extract_in_processes",
    "fact_counts",
    "in_order",
]

log = logging.getLogger(__name__)

T = TypeVar("T", covariant=True)
R = TypeVar("R")

BATCH_SIZE = 32  # news-length texts: small batches beat spaCy's default of 1,000 (less padding, less memory)
#: Batches in flight per worker process. Results are taken in input order, so one slow batch holds
#: the queue: with 2 per worker, 2 workers waited on each other (a 400-article build took 12% longer).
IN_FLIGHT_PER_WORKER = 8


#: One built article: its IRI, its graph's triples, its facts by class (:func:`fact_counts`).
Extracted = tuple["URIRef", list["Triple"], dict[str, int]]


@dataclass(frozen=True)
class Failure:
    """An article the extractor failed on: it costs that article only (the build goes on, the
    store keeps what it had for it, the summary counts it and the CLI exits with status 3)."""

    article_id: str
    where: str  # "news.jsonl:7" or the file
    reason: str  # "ValueError: ..."

    def one_line(self) -> str:
        return f"{self.where}: article {self.article_id!r} not built: extraction failed ({self.reason})"


def fact_counts(facts: ArticleFacts) -> dict[str, int]:
    """One article's facts by class, in the order the summary line gives them."""
    return {
        "persons": len(facts.persons),
        "countries": len(facts.countries),
        "embassies": len(facts.embassies),
        "defections": len(facts.defections),
        "agreements": len(facts.agreements),
    }


def extract_articles(
    articles: Iterable[Article], *, model: str | None = None, workers: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[ArticleFacts]:
    """Parse and extract a stream of articles with one loaded model (``workers``: spaCy's ``n_process``).

    Raises:
        ExtractionError: the model cannot be loaded, or an article is longer than it takes.
    """
    from diplograph.errors import ExtractionError
    from diplograph.extract import facts_from_doc

    for item in _parsed(articles, model=model, batch_size=batch_size, n_process=workers):
        if isinstance(item, Failure):
            raise ExtractionError(item.one_line())
        doc, article = item
        yield facts_from_doc(doc, article)


def extract_graphs(
    articles: Iterable[Article], *, model: str | None = None, workers: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[Extracted | Failure]:
    """Parse, extract and map articles to their graphs: everything a build does before the store.

    With ``workers`` > 1, that whole chain runs in that many worker processes, a batch of
    ``batch_size`` articles per task, and results come back in input order, so the output is
    the same as with one. An article the extractor fails on comes out as a :class:`Failure`
    in its place.

    Raises:
        ExtractionError: the model cannot be loaded.
    """
    if workers > 1:
        yield from extract_in_processes(articles, model=model, workers=workers, batch_size=batch_size)
        return
    from diplograph.extract import facts_from_doc
    from diplograph.rdf import article_triples

    for item in _parsed(articles, model=model, batch_size=batch_size):
        if isinstance(item, Failure):
            yield item
            continue
        doc, article = item
        try:
            facts = facts_from_doc(doc, article)
            iri, triples = article_triples(facts)
        except Exception as exc:  # a bug met on one article costs that article, not the build
            log.debug("extraction failed on %s", article.id, exc_info=True)
            yield Failure(article.id, article.location, f"{type(exc).__name__}: {exc}")
            continue
        yield iri, triples, fact_counts(facts)


def _parsed(
    articles: Iterable[Article], *, model: str | None, batch_size: int, n_process: int = 1
) -> Iterator[tuple[Doc, Article] | Failure]:
    """Each article's Doc from one loaded model, in input order; an article longer than the model
    takes (spaCy's ``max_length``, which would raise E088 and end the stream) as a :class:`Failure`."""
    from diplograph.nlp import make_nlp

    nlp = make_nlp(model)
    too_long: deque[Failure] = deque()

    def readable(stream: Iterable[Article]) -> Iterator[tuple[str, Article]]:
        for a in stream:
            if len(a.text) > nlp.max_length:
                reason = (
                    f"too long for the model: {len(a.text):,} characters, over {nlp.max_length:,}; split it"
                )
                too_long.append(Failure(a.id, a.location, reason))
            else:
                yield a.text, a

    for doc, article in nlp.pipe(
        readable(articles), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        while too_long:
            yield too_long.popleft()
        yield doc, article
    while too_long:
        yield too_long.popleft()


def extract_in_processes(
    articles: Iterable[Article], *, model: str | None, workers: int, batch_size: int
) -> Iterator[Extracted | Failure]:
    """:func:`extract_graphs` in a pool of forked processes that inherit the loaded model.

    Workers send back graphs rather than spaCy Docs: this process then only loads the store
    (spaCy's own ``n_process`` sends Docs, which this process would have to decode and extract).
    A bounded number of batches is in flight, so memory stays flat however long the input.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from diplograph.nlp import make_nlp
    from diplograph.process import die_with_parent

    make_nlp(model)  # loaded (or refused) here, once: the forked workers inherit it
    # a killed build (SIGKILL, timeout, the OOM killer) takes its workers with it: orphans would
    # hold the store's lock for good
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
    ) as pool:
        yield from in_order(
            articles,
            lambda batch: pool.submit(extract_batch, batch, model, batch_size),
            batch_size=batch_size,
            in_flight=IN_FLIGHT_PER_WORKER * workers,
        )


class _Task(Protocol[T]):
    """A submitted batch: a concurrent.futures or a dask.distributed future."""

    def result(self) -> T: ...

    def cancel(self) -> object: ...


def in_order(
    articles: Iterable[Article],
    submit: Callable[[list[Article]], _Task[list[R]]],
    *,
    batch_size: int,
    in_flight: int,
    result: Callable[[_Task[list[R]]], list[R]] = lambda task: task.result(),
) -> Iterator[R]:
    """The one bounded executor of the process pool and the dask cluster: batches of ``batch_size``
    articles are submitted, at most ``in_flight`` at a time, and their results come back in input
    order, so memory stays flat however long the input. Stopping early (an error, an abandoned
    build) cancels what is still queued."""
    stream = iter(articles)
    pending: deque[_Task[list[R]]] = deque()

    def submit_next() -> bool:
        batch = list(islice(stream, batch_size))
        if batch:
            pending.append(submit(batch))
        return bool(batch)

    try:
        while len(pending) < in_flight and submit_next():
            pass
        while pending:
            results = result(pending.popleft())
            submit_next()
            yield from results
    finally:
        for task in pending:
            task.cancel()


def extract_batch(articles: list[Article], model: str | None, batch_size: int) -> list[Extracted | Failure]:
    """Run in a worker process (or, through cluster.py, a dask worker): one batch through the
    model, the extractor and the RDF mapping."""
    return list(extract_graphs(articles, model=model, batch_size=batch_size))
