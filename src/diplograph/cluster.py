"""Extraction on a dask.distributed cluster: ``diplograph build --dask tcp://scheduler:8786``.

    here:     read ─▶ batches of Articles ──submit──┐                 ┌──▶ store.replace_articles
    workers:          extract_batch: nlp ─▶ extract ─▶ rdf ─▶ triples ──────┘   (in submission order)

Only the expensive part (the model, the rule components, the extraction and the RDF mapping)
runs on the cluster; reading, the store and the exports stay on the machine that runs ``build``,
which holds the store's lock. Each worker process loads the model once: :func:`make_nlp
<diplograph.nlp.make_nlp>` is cached per process, so every batch after the first reuses it.

A bounded number of batches is in flight at a time and results are taken in the order they were
submitted, so memory stays flat however large the corpus, and the store is fed deterministically.
Every worker needs diplograph and the spaCy model installed (the task is sent by reference, not by
value). dask.distributed is an optional dependency: ``pip install 'diplograph[dask]'``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rdflib import URIRef

from diplograph.batches import Extracted, Failure, extract_graphs, in_order
from diplograph.errors import DiplographError, ExtractionError
from diplograph.model import Article

if TYPE_CHECKING:
    from diplograph.rdf import Triple

__all__ = ["extract_batch", "extract_on_cluster"]

log = logging.getLogger(__name__)

#: Batches in flight per worker thread: enough to keep every worker busy while results travel back.
IN_FLIGHT_PER_THREAD = 2
CONNECT_TIMEOUT = "30s"

# spaCy does not promise that one pipeline may run in two threads at once, and a worker started
# with --nthreads > 1 would try; parsing is CPU-bound under the GIL anyway, so serialise it.
_NLP_LOCK = threading.Lock()


def extract_batch(
    articles: list[Article], model: str | None, batch_size: int
) -> list[tuple[str, list[Triple], dict[str, int]] | Failure]:
    """Run on a worker: parse, extract and map ``articles`` with the worker's one loaded model.

    Returns:
        For each article, in order: its IRI, its graph's triples (rdflib terms, pickled by dask on
        the way back, as the pipeline's own worker processes send them), its facts by class; or a
        :class:`~diplograph.batches.Failure` for an article the extractor failed on.

    Raises:
        ExtractionError: the model is not installed on this worker.
    """
    with _NLP_LOCK:
        return [
            item if isinstance(item, Failure) else (str(item[0]), item[1], item[2])
            for item in extract_graphs(articles, model=model, batch_size=batch_size)
        ]


def extract_on_cluster(
    articles: Iterable[Article], *, address: str, model: str | None, batch_size: int
) -> Iterator[Extracted | Failure]:
    """Extract ``articles`` on the dask cluster whose scheduler is at ``address``, streaming results back.

    Args:
        articles: what to build, read here and sent to the workers ``batch_size`` at a time.
        address: the scheduler, e.g. ``tcp://10.0.0.5:8786``.
        model: the spaCy model package, installed on every worker.
        batch_size: articles per task (and per ``nlp.pipe`` batch on the worker).

    Yields:
        ``(article IRI, graph's triples, facts by class)`` in input order.

    Raises:
        DiplographError: dask.distributed is not installed.
        ExtractionError: the scheduler cannot be reached, it has no workers, or a worker lacks
            diplograph or the model.
    """
    try:
        from distributed import Client
    except ImportError as exc:
        raise DiplographError(
            "--dask needs dask.distributed: pip install 'diplograph[dask]' (and on every worker)"
        ) from exc
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExtractionError(f"cannot reach the dask scheduler at {address}: {exc}") from exc
    try:
        threads = sum(client.nthreads().values())
        if not threads:
            raise ExtractionError(f"the dask scheduler at {address} has no workers")
        log.info("dask: %s, %d worker thread(s)", address, threads)
        yield from _stream(client, iter(articles), model, batch_size, threads * IN_FLIGHT_PER_THREAD)
    finally:
        client.close()


def _stream(
    client: Any, articles: Iterator[Article], model: str | None, batch_size: int, in_flight: int
) -> Iterator[Extracted | Failure]:
    def result(task: Any) -> list[tuple[str, list[Triple], dict[str, int]] | Failure]:
        try:
            return list(task.result())
        except ImportError as exc:  # unpickling the task needs diplograph on the worker
            raise ExtractionError(f"a dask worker cannot run diplograph: {exc}") from exc

    for item in in_order(
        articles,
        # pure=False: two batches with equal texts are still two tasks (no result sharing)
        lambda batch: client.submit(extract_batch, batch, model, batch_size, pure=False),
        batch_size=batch_size,
        in_flight=in_flight,
        result=result,
    ):
        if isinstance(item, Failure):
            yield item  # one article the extractor failed on: the build goes on
        else:
            iri, triples, counts = item
            yield URIRef(iri), triples, counts
