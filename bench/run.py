"""Benchmark ``diplograph build`` against bare ``nlp.pipe`` of the same model, in one run.

    .venv/bin/python bench/run.py --articles 2000 [--workers 1 2] [--repeat 2] [--out bench/out]

Steps: generate (or reuse) ``OUT/corpus-N-sSEED.jsonl`` with ``make_corpus.py``; then, for each
worker count, run *bare* and *build* alternately ``--repeat`` times, each in a fresh Python
process (clean peak RSS, the model loaded as a user's build would load it), and keep the fastest
of each, so a noisy machine slows both sides alike.

bare
    ``spacy.load(model)`` then ``nlp.pipe(texts, batch_size=pipeline.BATCH_SIZE, n_process=N)``
    over the same texts; loading and reading are not timed. Run twice per round: the model as
    spaCy ships it (default ops, cython-blis), and the model run as diplograph runs it (the ops
    of ``diplograph.nlp.use_configured_ops``: numpy, one BLAS thread, unless
    ``DIPLOGRAPH_OPS=blis``; and ``index_attribute_ruler``), so the report gives both ratios:
    build against stock spaCy, and against the same model run alike (diplograph's own overhead).
build
    ``diplograph.pipeline.build(...)`` into a fresh folder (store, graph.trig, graph.ttl,
    graph.html), timed from call to return; spaCy is imported before the clock starts, as bare
    imports it (diplograph's other imports — rdflib, pyoxigraph, dateparser… — are timed). The
    stage functions it calls are wrapped (never edited) to split its time into read, load model,
    nlp (model + dg components), extract, resolve, rdf, store, merged view, export and html;
    "other" is what none of them covers.

Reports articles/s, words/s (whitespace words of the article texts), the build/bare ratios, time
per stage, peak RSS, store size and quads, as ``OUT/results.json`` and a Markdown table
(``OUT/results.md``, also printed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

PHASES = ("bare", "bare-numpy", "bare-same-ops", "build")
#: bare phases: how each runs the model (see phase_bare) and the suffix of its ratio keys
_BARE = {"bare": ("spacy", ""), "bare-numpy": ("numpy", "_numpy"),
         "bare-same-ops": ("diplograph", "_same_ops")}
STAGES = ("read", "load model", "nlp", "extract", "resolve", "rdf", "store", "merged view", "export",
          "html", "other")


class StageClock:
    """Exclusive wall time per stage: a nested stage pauses the one that called it."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self._stack: list[str] = []
        self._mark = time.perf_counter()

    def enter(self, stage: str) -> None:
        now = time.perf_counter()
        if self._stack:
            self.seconds[self._stack[-1]] += now - self._mark
        self._stack.append(stage)
        self._mark = now

    def leave(self) -> None:
        now = time.perf_counter()
        self.seconds[self._stack.pop()] += now - self._mark
        self._mark = now

    def timed(self, stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` with its calls counted as ``stage``."""

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.enter(stage)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
        return wrapper

    def iterate(self, stage: str, items: Iterable[Any]) -> Iterator[Any]:
        """``items`` with the time spent producing each one counted as ``stage``."""
        it = iter(items)
        while True:
            self.enter(stage)
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                self.leave()
            yield item


class _TimedPipeline:
    """A spaCy ``Language`` whose ``pipe`` output is timed as the nlp stage."""

    def __init__(self, nlp: Any, clock: StageClock) -> None:
        self._nlp, self._clock = nlp, clock

    def pipe(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        return self._clock.iterate("nlp", self._nlp.pipe(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


def instrument(clock: StageClock) -> None:
    """Wrap the stage functions ``pipeline.build`` looks up at call time (none is edited)."""
    import diplograph.export
    import diplograph.extract
    import diplograph.nlp
    import diplograph.rdf
    import diplograph.read
    import diplograph.viz
    from diplograph.store import GraphStore

    read = diplograph.read.read_articles
    diplograph.read.read_articles = lambda *a, **k: clock.iterate("read", read(*a, **k))
    make_nlp = diplograph.nlp.make_nlp
    load = clock.timed("load model", make_nlp)
    diplograph.nlp.make_nlp = lambda *a, **k: _TimedPipeline(load(*a, **k), clock)
    diplograph.extract.facts_from_doc = clock.timed("extract", diplograph.extract.facts_from_doc)
    diplograph.rdf.article_triples = clock.timed("rdf", diplograph.rdf.article_triples)
    for name, value in vars(diplograph.rdf).copy().items():
        if callable(value) and getattr(value, "__module__", "") == "diplograph.resolve":
            setattr(diplograph.rdf, name, clock.timed("resolve", value))
    methods = (("open", "store"), ("article_hashes", "store"), ("replace_articles", "store"),
               ("close", "store"), ("refresh_merged_view", "merged view"), ("merged_graph", "html"))
    for method, stage in methods:
        original = getattr(GraphStore, method)
        if isinstance(vars(GraphStore)[method], classmethod):
            setattr(GraphStore, method, classmethod(clock.timed(stage, original.__func__)))
        else:
            setattr(GraphStore, method, clock.timed(stage, original))
    # --workers N > 1: the worker processes parse, extract and map; what the parent waits for them
    # counts as nlp (the per-stage split of their work is not visible from here)
    import diplograph.batches

    pool = diplograph.batches.extract_in_processes
    diplograph.batches.extract_in_processes = lambda *a, **k: clock.iterate("nlp", pool(*a, **k))
    diplograph.export.export_store = clock.timed("export", diplograph.export.export_store)
    diplograph.viz.write_html = clock.timed("html", diplograph.viz.write_html)


class PeakRSS:
    """Peak resident memory of this process plus its children, sampled every 50 ms."""

    def __init__(self) -> None:
        import psutil

        self._me = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        while not self._stop.is_set():
            total = 0
            try:
                total = self._me.memory_info().rss
                for child in self._me.children(recursive=True):
                    total += child.memory_info().rss
            except psutil.Error:
                pass  # a child exited between listing and reading; next sample will see the rest
            self.peak = max(self.peak, total)
            self._stop.wait(0.05)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _max_rss_self() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def phase_bare(corpus: Path, workers: int, model: str | None, ops: str) -> dict[str, Any]:
    """Time bare ``nlp.pipe`` of the model (no diplograph components) over the corpus texts.

    ``ops``: ``spacy`` leaves spaCy's model as shipped (its default ops); ``numpy`` takes
    diplograph's ops only; ``diplograph`` runs the model as diplograph does (its ops, and the
    attribute_ruler's rules found through an index; forked ``n_process`` workers inherit both).
    """
    import spacy

    from diplograph.nlp import DEFAULT_MODEL, use_configured_ops
    from diplograph.nlp.attribute_index import index_attribute_ruler
    from diplograph.pipeline import BATCH_SIZE
    from diplograph.read import read_articles

    texts = [a.text for a in read_articles([corpus])]
    used = use_configured_ops() if ops in {"numpy", "diplograph"} else "spaCy default"
    nlp = spacy.load(model or DEFAULT_MODEL)
    if ops == "diplograph" and index_attribute_ruler(nlp):
        used += " + indexed attribute_ruler"
    tokens = 0
    with PeakRSS() as rss:
        started = time.perf_counter()
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=workers):
            tokens += len(doc)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "tokens": tokens, "pipe_names": nlp.pipe_names, "batch_size": BATCH_SIZE,
            "peak_rss": max(rss.peak, _max_rss_self()), "model_version": nlp.meta.get("version"),
            "load_avg": os.getloadavg()[0], "ops": used}


def phase_build(corpus: Path, workers: int, model: str | None, out_dir: Path) -> dict[str, Any]:
    """Time ``diplograph.pipeline.build`` of the corpus into a fresh ``out_dir``, stage by stage."""
    import spacy  # noqa: F401  # imported before the clock starts, as bare does; the build's own imports are timed

    from diplograph.pipeline import build

    shutil.rmtree(out_dir, ignore_errors=True)
    clock = StageClock()
    instrument(clock)
    with PeakRSS() as rss:
        started = time.perf_counter()
        clock.enter("other")
        summary = build(inputs=[corpus], out_dir=out_dir, model=model, workers=workers, progress=False)
        clock.leave()
        seconds = time.perf_counter() - started
    from diplograph.nlp import OPS_ENV
    outputs = {p.name: p.stat().st_size for p in summary.outputs}
    return {"seconds": seconds, "stages": {s: clock.seconds.get(s, 0.0) for s in STAGES},
            "articles": summary.articles, "quads": summary.quads, "facts": dict(summary.facts),
            "summary": summary.one_line(), "store_bytes": _tree_size(out_dir / "store"), "outputs": outputs,
            "peak_rss": max(rss.peak, _max_rss_self()), "load_avg": os.getloadavg()[0],
            "ops": os.environ.get(OPS_ENV, "numpy") + " + indexed attribute_ruler"}


def _tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _run_phase(phase: str, corpus: Path, workers: int, model: str | None, out: Path) -> dict[str, Any]:
    """Run one phase (one of ``PHASES``) in a fresh interpreter and return what it measured."""
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--corpus", str(corpus),
               "--workers", str(workers), "--build-dir", str(out)]
    if model:
        command += ["--model", model]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")),
               platform.processor())
    import spacy

    def git(*args: str) -> str:
        run = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return run.stdout.strip()

    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "platform": platform.platform(),
            "python": platform.python_version(), "spacy": spacy.__version__, "load_avg": os.getloadavg(),
            "commit": git("rev-parse", "--short", "HEAD"),
            "src_dirty": bool(git("status", "--porcelain", "--", "src"))}


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    """Generate or reuse the corpus, then run bare and build alternately for each worker count."""
    from make_corpus import write_corpus

    corpus = args.corpus or args.out / f"corpus-{args.articles}-s{args.seed}.jsonl"
    if not corpus.exists():
        _say(f"generating {args.articles} articles -> {corpus}")
        write_corpus(corpus, args.articles, args.seed)
    from diplograph.read import read_articles

    articles = list(read_articles([corpus]))
    words = sum(len(a.text.split()) for a in articles)
    results: dict[str, Any] = {
        "command": " ".join([Path(sys.executable).name, *sys.argv]), "machine": machine(),
        "corpus": {"path": str(corpus), "articles": len(articles), "words": words}, "runs": {}}
    for workers in args.workers:
        runs: dict[str, list[dict[str, Any]]] = {phase: [] for phase in PHASES}
        for round_ in range(args.repeat):
            for phase in PHASES:
                _say(f"workers={workers} round {round_ + 1}/{args.repeat}: {phase} ...")
                run = _run_phase(phase, corpus, workers, args.model, args.out / f"build-w{workers}")
                _say(f"  {run['seconds']:.1f} s, {words / run['seconds']:,.0f} words/s")
                runs[phase].append(run)
        results["runs"][str(workers)] = _summarise(runs, len(articles), words)
        # Saved as each worker count finishes, so a long run that is stopped still leaves figures.
        (args.out / "results.partial.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


def _summarise(runs: dict[str, list[dict[str, Any]]], articles: int, words: int) -> dict[str, Any]:
    best = {phase: min(runs[phase], key=lambda r: r["seconds"]) for phase in PHASES}
    build = best["build"]
    load = build["stages"]["load model"]
    out: dict[str, Any] = dict(best)
    for phase in PHASES:
        key = phase.replace("-", "_")
        out[f"{key}_seconds_all"] = [r["seconds"] for r in runs[phase]]
        out[f"{key}_load_all"] = [r.get("load_avg") for r in runs[phase]]
        out[f"{key}_words_per_s"] = words / best[phase]["seconds"]
        out[f"{key}_articles_per_s"] = articles / best[phase]["seconds"]
    for phase, (_, suffix) in _BARE.items():
        key = phase.replace("-", "_")
        out[f"{key}_tokens_per_s"] = best[phase]["tokens"] / best[phase]["seconds"]
        out[f"ratio{suffix}"] = best[phase]["seconds"] / build["seconds"]
        out[f"ratio{suffix}_without_model_load"] = best[phase]["seconds"] / (build["seconds"] - load)
    return out


def markdown(results: dict[str, Any]) -> str:
    """The README table: one row per measure and worker count, then the build's stages."""
    m, c = results["machine"], results["corpus"]
    lines = [f"Corpus: {c['articles']:,} generated articles, {c['words']:,} words. Machine: {m['cpu']}, "
             f"{m['cores']} cores, Python {m['python']}, spaCy {m['spacy']}; commit {m['commit']}"
             f"{' (+ uncommitted src)' if m['src_dirty'] else ''}; load average at start "
             f"{m['load_avg'][0]:.2f}.", "", f"Command: `{results['command']}`", "",
             "| workers | measure | seconds (best) | all runs | articles/s | words/s | peak RSS MiB |",
             "|---|---|---|---|---|---|---|"]
    for workers, r in results["runs"].items():
        names = {"bare": f"bare nlp.pipe, {r['bare'].get('ops', 'spaCy default')} ops (spaCy as shipped)",
                 "bare-numpy": f"bare nlp.pipe, {r['bare-numpy'].get('ops')} ops, spaCy's attribute_ruler",
                 "bare-same-ops": f"bare nlp.pipe, {r['bare-same-ops'].get('ops')} (as the build runs it)",
                 "build": f"diplograph build ({r['build'].get('ops')})"}
        for phase in PHASES:
            run, key = r[phase], phase.replace("-", "_")
            every = ", ".join(f"{s:.1f}" for s in r[key + "_seconds_all"])
            loads = [f"{x:.1f}" for x in r.get(key + "_load_all", []) if x is not None]
            every += f" (load {', '.join(loads)})" if loads else ""
            lines.append(f"| {workers} | {names[phase]} | {run['seconds']:.1f} | {every} | "
                         f"{r[key + '_articles_per_s']:.1f} | {r[key + '_words_per_s']:,.0f} | "
                         f"{run['peak_rss'] / 2**20:,.0f} |")
        same, stock = r["ratio_same_ops"], r["ratio"]
        lines.append(f"| {workers} | **build / bare words/s, model run alike** | | | | **{same:.2f}** "
                     f"({r['ratio_same_ops_without_model_load']:.2f} without model load) | |")
        lines.append(f"| {workers} | build / bare words/s, bare on numpy ops with spaCy's attribute_ruler "
                     f"| | | | {r['ratio_numpy']:.2f} ({r['ratio_numpy_without_model_load']:.2f} without "
                     "model load) | |")
        lines.append(f"| {workers} | build / bare words/s, bare spaCy as shipped | | | | {stock:.2f} "
                     f"({r['ratio_without_model_load']:.2f} without model load) | |")
    lines += ["", "| workers | " + " | ".join(STAGES) + " | total |", "|---" * (len(STAGES) + 2) + "|"]
    for workers, r in results["runs"].items():
        st = r["build"]["stages"]
        cells = " | ".join(f"{st[s]:.1f}" for s in STAGES)
        lines.append(f"| {workers} | {cells} | {r['build']['seconds']:.1f} |")
    for workers, r in results["runs"].items():
        b = r["build"]
        files = ", ".join(f"{k} {v / 2**20:.1f} MiB" for k, v in b["outputs"].items())
        lines += ["", f"Build (workers={workers}): {b['summary']}; store {b['store_bytes'] / 2**20:.1f} MiB "
                  f"on disk; {files}. Bare nlp.pipe: {r['bare']['tokens']:,} spaCy tokens, "
                  f"{r['bare_tokens_per_s']:,.0f} tokens/s. The build's nlp stage ("
                  f"{'model + dg components' if workers == '1' else 'the workers: nlp, extract, rdf'}) "
                  f"took {b['stages']['nlp']:.1f} s, bare nlp.pipe of the model run alike "
                  f"{r['bare-same-ops']['seconds']:.1f} s (difference "
                  f"{b['stages']['nlp'] - r['bare-same-ops']['seconds']:.0f} s); the other stages "
                  f"add {b['seconds'] - b['stages']['nlp'] - b['stages']['load model']:.0f} s."]
    if len(results["runs"]) > 1:
        first = next(iter(results["runs"].values()))
        for workers, r in list(results["runs"].items())[1:]:
            bare = first["bare"]["seconds"] / r["bare"]["seconds"]
            same = first["bare-same-ops"]["seconds"] / r["bare-same-ops"]["seconds"]
            build = first["build"]["seconds"] / r["build"]["seconds"]
            lines.append(f"Speed-up with {workers} workers: bare {bare:.2f}x (model run alike {same:.2f}x), "
                         f"build {build:.2f}x.")
    return "\n".join(lines) + "\n"


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="example: .venv/bin/python bench/run.py --articles 2000 --workers 1 2")
    parser.add_argument("--articles", type=int, default=2000, metavar="N", help="corpus size (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--corpus", type=Path, help="use this JSONL corpus instead of generating one")
    parser.add_argument("--workers", type=int, nargs="+", default=[1], metavar="N",
                        help="process counts to measure, e.g. 1 2 (default 1)")
    parser.add_argument("--repeat", type=int, default=2,
                        help="alternating bare/build rounds; the best is kept (default 2)")
    parser.add_argument("--model", help="spaCy model package (default: diplograph's)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out",
                        help="where the corpus, builds and results go (default bench/out)")
    # Internal: one measurement in this process, printed as JSON (what benchmark() runs per phase).
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--build-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase in _BARE:
        ops = _BARE[args.phase][0]
        print(json.dumps(phase_bare(args.corpus, args.workers[0], args.model, ops)))
        return 0
    if args.phase == "build":
        print(json.dumps(phase_build(args.corpus, args.workers[0], args.model, args.build_dir)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    results = benchmark(args)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    table = markdown(results)
    (args.out / "results.md").write_text(table, encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
