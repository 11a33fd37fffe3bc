"""``build``: the one place the stages are chained.

    read_articles ─▶ nlp.pipe ─▶ facts_from_doc ─▶ article_graph ─▶ GraphStore ─▶ graph.trig / .ttl / .html

Articles stream through: the model is loaded once, documents go through ``nlp.pipe`` in
batches, and each article's graph goes to the store as soon as it is made. Articles whose
content hash is already in the store are skipped, so re-running a build is cheap and leaves
the same graph.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.model import Article, ArticleFacts

__all__ = ["BuildSummary", "build", "extract_articles"]

log = logging.getLogger(__name__)

BATCH_SIZE = 32  # news-length texts: small batches beat spaCy's default of 1,000 (less padding, less memory)


@dataclass
class BuildSummary:
    """What a build did, for the one-line report at its end."""

    articles: int = 0
    skipped: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    quads: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)

    def count(self, facts: ArticleFacts) -> None:
        self.articles += 1
        self.facts.update(
            {
                "persons": len(facts.persons),
                "countries": len(facts.countries),
                "embassies": len(facts.embassies),
                "defections": len(facts.defections),
                "agreements": len(facts.agreements),
            }
        )

    def one_line(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in self.facts.items())
        skipped = f" ({self.skipped} unchanged, skipped)" if self.skipped else ""
        return (
            f"built {self.articles} articles{skipped}: {kinds or 'no facts'}; "
            f"{self.quads} quads in store; {self.seconds:.1f} s"
        )


def extract_articles(
    articles: Iterable[Article], *, model: str | None = None, workers: int = 1, batch_size: int = BATCH_SIZE
) -> Iterator[ArticleFacts]:
    """Parse and extract a stream of articles with one loaded model.

    Raises:
        ExtractionError: the model cannot be loaded.
    """
    from diplograph.extract import facts_from_doc
    from diplograph.nlp import make_nlp

    nlp = make_nlp(model)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=workers):
        yield facts_from_doc(doc, article)


def build(
    *,
    inputs: Iterable[Path],
    out_dir: Path,
    store_path: Path | None = None,
    model: str | None = None,
    html: bool = True,
    workers: int = 1,
    progress: bool | None = None,
) -> BuildSummary:
    """Build articles into the store under ``out_dir`` and write graph.trig, graph.ttl, graph.html.

    Args:
        inputs: files or folders of .txt, .jsonl and .html articles.
        out_dir: where the outputs (and, by default, the store) go.
        store_path: the Oxigraph store; default ``out_dir/store``.
        model: an installed spaCy model package name.
        html: also write the interactive view.
        workers: processes for the NLP stage.
        progress: show a progress bar (None: only on a terminal).

    Raises:
        InputError: an input cannot be read; nothing is written to the store or the outputs.
        ExtractionError: the spaCy model cannot be loaded.
        StoreError: the store cannot be opened (e.g. another build holds it) or written.
    """
    from diplograph.export import export_store
    from diplograph.rdf import article_graph, article_iri
    from diplograph.read import read_articles
    from diplograph.store import GraphStore

    started = time.perf_counter()
    summary = BuildSummary()
    out_dir.mkdir(parents=True, exist_ok=True)
    store_path = store_path or out_dir / "store"
    with GraphStore.open(store_path) as store:
        known = store.article_hashes()

        def changed(articles: Iterable[Article]) -> Iterator[Article]:
            for a in articles:
                if known.get(str(article_iri(a.id))) == a.hash:
                    summary.skipped += 1
                else:
                    yield a

        todo = _with_progress(changed(read_articles(inputs)), progress)
        graphs = (
            article_graph(facts)
            for facts in _counted(extract_articles(todo, model=model, workers=workers), summary)
        )
        store.replace_articles(graphs)
        store.refresh_merged_view()
        summary.quads = len(store)
        summary.outputs.append(export_store(store, out_dir / "graph.trig", "trig"))
        summary.outputs.append(export_store(store, out_dir / "graph.ttl", "turtle"))
        if html:
            from diplograph.viz import write_html

            summary.outputs.append(write_html(store.merged_graph(), out_dir / "graph.html"))
    summary.seconds = time.perf_counter() - started
    return summary


def _counted(stream: Iterable[ArticleFacts], summary: BuildSummary) -> Iterator[ArticleFacts]:
    for facts in stream:
        summary.count(facts)
        yield facts


def _with_progress(articles: Iterator[Article], progress: bool | None) -> Iterator[Article]:
    """A progress bar on a terminal (or when asked); silent in pipes and CI."""
    import sys

    if progress is False or (progress is None and not sys.stderr.isatty()):
        return articles
    from tqdm import tqdm

    return iter(tqdm(articles, unit=" articles", file=sys.stderr, disable=False))
