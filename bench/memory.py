"""Peak resident memory of ``diplograph build`` at several corpus sizes (issue 4: streaming end to end).

    .venv/bin/python bench/memory.py --articles 2000 20000 [--workers 2] [--html off on] [--viz]

For each size and HTML setting, runs ``python -m diplograph build CORPUS --out DIR --progress off``
(``--no-html`` when HTML is off) in a fresh process and samples, every 100 ms with psutil, the
resident memory of that process and of its children (spaCy's ``n_process`` workers). It reports:

tree peak
    the largest sum over the process tree at one instant: what the machine must have free;
main peak
    the largest RSS of the build process alone (the model, extraction, store writes, exports);
after-nlp peak
    the largest RSS of the build process once ``nlp.pipe``'s children have exited (only with
    ``--workers`` > 1, where they exist): what the store, merged view, exports and HTML need.

``--no-model`` measures everything a build does except spaCy: the same ``pipeline.build`` call on the
same corpus (reading, skip check, counting, store bulk load, merged view, exports, HTML), with
``pipeline.extract_graphs`` replaced by ``big_graph.py``'s synthetic article graphs (about 170
triples each, twice a real article's), one per article read. It takes minutes at 20,000 articles
where the real build takes an hour on 2 cores, and shows whether the stages after the model stream.

``--viz`` also runs ``diplograph viz --store DIR/store`` on each ``--no-html`` build, which is
exactly the HTML step of a build (the whole merged graph drawn), so its cost is seen on its own.

The corpus is ``make_corpus.py``'s (article i depends only on seed and i, so the 2,000-article
corpus is the first 2,000 lines of the 20,000 one). Results go to ``OUT/memory.json`` and a
Markdown table (``OUT/memory.md``, also printed). Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

log = logging.getLogger("bench.memory")

MIB = 2**20


@dataclass
class Measured:
    """One measured command."""

    label: str
    articles: int
    command: list[str]
    seconds: float
    tree_peak: int
    main_peak: int
    after_children_peak: int  # 0 when the command never had children
    returncode: int
    stderr_tail: str
    load_avg: float


def measure(label: str, articles: int, command: list[str], log_path: Path) -> Measured:
    """Run ``command``, sampling its RSS (alone and with its children) until it exits.

    Raises:
        OSError: the command cannot be started.
    """
    load = os.getloadavg()[0]
    started = time.perf_counter()
    with log_path.open("wb") as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        me = psutil.Process(proc.pid)
        tree_peak = main_peak = after = 0
        had_children = False
        while proc.poll() is None:
            try:
                main = me.memory_info().rss
                children = me.children(recursive=True)
                total = main + sum(_rss(c) for c in children)
            except psutil.Error:
                break  # exited between poll() and the read
            had_children = had_children or bool(children)
            tree_peak, main_peak = max(tree_peak, total), max(main_peak, main)
            if had_children and not children:
                after = max(after, main)
            time.sleep(0.1)
        proc.wait()
    seconds = time.perf_counter() - started
    tail = log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-3:]
    return Measured(label, articles, command, seconds, tree_peak, main_peak, after, proc.returncode,
                    "\n".join(tail), load)


def _rss(p: psutil.Process) -> int:
    try:
        return int(p.memory_info().rss)
    except psutil.Error:
        return 0  # a child that exited between listing and reading


def corpus_for(out: Path, articles: int, seed: int) -> Path:
    """The corpus of ``articles`` articles, generated once."""
    from make_corpus import write_corpus

    path = out / f"corpus-{articles}-s{seed}.jsonl"
    if not path.exists():
        log.info("generating %d articles -> %s", articles, path)
        write_corpus(path, articles, seed)
    return path


def build_without_model(corpus: Path, out_dir: Path, html: bool) -> None:
    """``pipeline.build`` with synthetic graphs in place of spaCy and extraction (``--no-model``)."""
    from big_graph import synthetic_articles

    import diplograph.pipeline as pipeline
    from diplograph.rdf import article_graph

    def synthetic_graphs(articles, **_: object):  # type: ignore[no-untyped-def]
        for _article, facts in zip(articles, synthetic_articles(seed=0), strict=False):
            iri, graph = article_graph(facts)
            yield iri, graph, pipeline.fact_counts(facts)

    pipeline.extract_graphs = synthetic_graphs  # type: ignore[assignment]
    with StagePeaks() as peaks:
        summary = pipeline.build(inputs=[corpus], out_dir=out_dir, html=html, html_max_quads=None,
                                 progress=False)
    stages = ", ".join(f"{stage} {rss / MIB:,.0f}" for stage, rss in peaks.peaks.items())
    print(f"peak RSS MiB by stage: {stages}", file=sys.stderr)
    print(summary.one_line(), file=sys.stderr)


class StagePeaks:
    """This process's peak RSS per build stage, the stage being set by wrappers around the store,
    the exports and the view (never edited, only wrapped), sampled every 50 ms."""

    def __init__(self) -> None:
        self.peaks: dict[str, int] = {}
        self.stage = "read + rdf + bulk load"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            rss = me.memory_info().rss
            self.peaks[self.stage] = max(self.peaks.get(self.stage, 0), rss)
            self._stop.wait(0.05)

    def _wrap(self, owner: object, name: str, stage: str) -> None:
        original = getattr(owner, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            before, self.stage = self.stage, stage
            try:
                return original(*args, **kwargs)
            finally:
                self.stage = before

        setattr(owner, name, wrapper)

    def __enter__(self) -> StagePeaks:
        import diplograph.export
        import diplograph.viz
        from diplograph.store import GraphStore

        self._wrap(GraphStore, "refresh_merged_view", "merged view")
        self._wrap(GraphStore, "_update", "merged view")
        self._wrap(GraphStore, "merged_graph", "html: merged graph to rdflib")
        self._wrap(diplograph.export, "export_store", "export")
        self._wrap(diplograph.viz, "write_html", "html: layout and page")
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(args: argparse.Namespace) -> list[Measured]:
    """Every (size, HTML) build, then (with ``--viz``) the HTML view of each HTML-less store."""
    results: list[Measured] = []
    python = [sys.executable, "-m", "diplograph"]
    for articles in args.articles:
        corpus = corpus_for(args.out, articles, args.seed)
        for html in args.html:
            out_dir = args.out / f"memory-{articles}-html-{html}"
            shutil.rmtree(out_dir, ignore_errors=True)
            if args.no_model:
                out_dir = out_dir.with_name(out_dir.name + "-no-model")
                command = [sys.executable, str(Path(__file__).resolve()), "--phase", "build-without-model",
                           "--corpus", str(corpus), "--build-dir", str(out_dir), "--html", html]
            else:
                command = [*python, "build", str(corpus), "--out", str(out_dir), "--progress", "off",
                           "--workers", str(args.workers)]
                # "on" is the whole view whatever the size (no --html-max-quads cap): its true cost
                command += ["--no-html"] if html == "off" else ["--html-max-quads", "0"]
            shutil.rmtree(out_dir, ignore_errors=True)
            log.info("%s", " ".join(command))
            label = f"build{' without model' if args.no_model else ''}, html {html}"
            m = measure(label, articles, command, args.out / f"{out_dir.name}.log")
            log.info("  %.0f s, tree peak %.0f MiB, main peak %.0f MiB: %s", m.seconds, m.tree_peak / MIB,
                     m.main_peak / MIB, m.stderr_tail.splitlines()[-1:] if m.stderr_tail else "")
            results.append(m)
            if args.viz and html == "off" and m.returncode == 0:
                command = [*python, "viz", "--store", str(out_dir / "store"),
                           "-o", str(out_dir / "graph.html")]
                v = measure("viz of the whole store", articles, command, args.out / f"{out_dir.name}-viz.log")
                log.info("  viz: %.0f s, peak %.0f MiB", v.seconds, v.main_peak / MIB)
                results.append(v)
    return results


def markdown(results: list[Measured], workers: int) -> str:
    """A table of the figures, then the ratio of the largest to the smallest size per measure."""
    lines = [f"workers={workers} (real builds); load average at each start in the last column.", "",
             "| articles | what | seconds | tree peak MiB | main peak MiB | after-nlp peak MiB | exit "
             "| load |",
             "|---|---|---|---|---|---|---|---|"]
    for m in results:
        after = f"{m.after_children_peak / MIB:,.0f}" if m.after_children_peak else "–"
        lines.append(f"| {m.articles:,} | {m.label} | {m.seconds:,.0f} | {m.tree_peak / MIB:,.0f} | "
                     f"{m.main_peak / MIB:,.0f} | {after} | {m.returncode} | {m.load_avg:.1f} |")
    sizes = sorted({m.articles for m in results})
    if len(sizes) > 1:
        lines.append("")
        for label in dict.fromkeys(m.label for m in results):
            small = next((m for m in results if m.label == label and m.articles == sizes[0]), None)
            big = next((m for m in results if m.label == label and m.articles == sizes[-1]), None)
            if small and big and small.tree_peak and small.main_peak:
                lines.append(f"{label}: {sizes[-1]:,} / {sizes[0]:,} articles: tree peak "
                             f"{big.tree_peak / small.tree_peak:.2f}x, main peak "
                             f"{big.main_peak / small.main_peak:.2f}x")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="example: .venv/bin/python bench/memory.py --articles 2000 20000 --workers 2 --html off --viz")
    parser.add_argument("--articles", type=int, nargs="+", default=[2000, 20000], metavar="N")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=2, help="build --workers (default 2)")
    parser.add_argument("--html", nargs="+", choices=("off", "on"), default=["off", "on"],
                        help="build without and/or with graph.html, uncapped (default: both)")
    parser.add_argument("--viz", action="store_true", help="also measure `diplograph viz` of each store")
    parser.add_argument("--no-model", action="store_true",
                        help="synthetic graphs instead of spaCy: the stages after the model only")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out")
    # Internal: the --no-model build, run in a fresh process that run() samples.
    parser.add_argument("--phase", choices=("build-without-model",), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase == "build-without-model":
        build_without_model(args.corpus, args.build_dir, html=args.html == ["on"])
        return 0
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    results = run(args)
    (args.out / "memory.json").write_text(json.dumps([asdict(m) for m in results], indent=2) + "\n",
                                          encoding="utf-8")
    table = markdown(results, args.workers)
    (args.out / "memory.md").write_text(table, encoding="utf-8")
    sys.stdout.write(table)
    return 0 if all(m.returncode == 0 for m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
