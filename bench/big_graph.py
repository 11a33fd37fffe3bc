"""The store at scale: bulk load, named-query latency, exports and disk size on a 1M-triple graph.

    .venv/bin/python bench/big_graph.py --triples 1000000 --out bench/out/big

Steps:

1. **Generate** synthetic articles (deterministic for a ``--seed``) as :class:`~diplograph.model.ArticleFacts`
   — invented people, agreements and missions of real ISO states from :mod:`diplograph.gazetteer` —
   and turn each into its named graph with :func:`diplograph.rdf.article_graph`, exactly as a build
   does, until the graphs hold ``--triples`` triples. People, missions, defections and agreements
   recur across articles (a few are in hundreds of articles), so the store has merged nodes whose
   ``skos:prefLabel`` the merged view computes, as in real news. Not timed as loading.
2. **Bulk-load** them into a fresh on-disk store with :meth:`GraphStore.replace_articles` (the
   empty-store bulk path, merged-view refresh and flush included): triples/s.
3. **Query** every named query in ``src/diplograph/queries/`` with typical parameters (and without,
   where all of them are optional): one warm-up run, then the median of ``--runs`` runs, each
   reading every row of the result.
4. **Update** the big store the incremental way: replace one article, remove one article (each one
   transaction with the merged-view refresh).
5. **Export** Turtle and TriG with :func:`diplograph.export.export_store`; the store's size on disk.

Prints a Markdown table and writes every figure to ``--json`` (default ``bench/out/big_graph.json``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import random
import shutil
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, URIRef

from diplograph import gazetteer
from diplograph.export import export_store
from diplograph.model import (
    AGREEMENT_STATUSES,
    Agreement,
    Article,
    ArticleFacts,
    CountryMention,
    Defection,
    Embassy,
    Evidence,
    Person,
)
from diplograph.query import named_queries
from diplograph.rdf import article_graph, iri_for
from diplograph.store import GraphStore

BENCH_DIR = Path(__file__).resolve().parent

# States that news about defections is mostly about; the rest of the gazetteer appears as hosts,
# destinations and treaty parties.
ORIGINS = ("PRK", "RUS", "CHN", "IRN", "CUB", "SYR", "BLR", "VEN", "ERI", "MMR")
DESTINATIONS = ("KOR", "USA", "GBR", "DEU", "FRA", "JPN", "CAN", "SWE", "NLD", "TUR", "ITA", "AUS")
POSITIONS = ("ambassador", "minister-counsellor", "counsellor for political affairs", "first secretary",
             "second secretary", "third secretary", "military attaché", "trade attaché", "consul",
             "press officer", "deputy chief of mission", "cultural attaché")
TOPICS = ("Trade", "Fisheries", "Extradition", "Civil Aviation", "Maritime Boundary", "Investment",
          "Nuclear Cooperation", "Visa Waiver", "Cultural Exchange", "Border Security", "Energy Transit",
          "Arms Control", "Double Taxation", "Scientific Cooperation", "Refugee Return")
KINDS = ("Treaty", "Agreement", "Accord", "Memorandum", "Declaration", "Protocol")
SOURCES = ("Harbour Times", "Meridian Wire", "The Continental", "Daily Ledger", "Northgate Post")
_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tor", "vel", "an", "dri", "esk", "fal", "gor", "hal", "is",
              "jun", "kel", "mar", "nor", "os", "pel", "quin", "ros", "sul", "tam", "ul", "vor", "wen",
              "yar", "zel", "bra", "cor", "dun")


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


class World:
    """The recurring cast of the synthetic news: people, missions, agreements, drawn once per seed."""

    def __init__(self, rng: random.Random, *, people: int, agreements: int) -> None:
        self.rng = rng
        states = [c for c in gazetteer.countries().values() if not c.historic and c.capitals]
        self.states = [c.iso for c in states]
        names: dict[str, None] = {}
        while len(names) < people:  # dict: unique, in draw order (deterministic)
            names[f"{_name(rng, 1)} {_name(rng, 2)} {_name(rng, 1)}"] = None
        self.people = []
        for name in names:
            origin = rng.choice(ORIGINS) if rng.random() < 0.8 else rng.choice(self.states)
            posts = tuple(Embassy(origin, rng.choice(self.states)) for _ in range(rng.randint(1, 3)))
            defection = Defection(name, origin, rng.choice(DESTINATIONS), posts[0],
                                  _partial_date(rng, 1990, 2023), rng.choice(POSITIONS),
                                  round(rng.uniform(0.5, 0.95), 2), rule="subject-cue")
            self.people.append({
                "person": Person(name, aliases=(name.split()[0],), nationality=origin,
                                 positions=(rng.choice(POSITIONS),), posts=posts),
                "defection": defection if rng.random() < 0.35 else None,
            })
        self.agreements = []
        for i in range(agreements):
            parties = tuple(sorted({*rng.sample(self.states, rng.randint(2, 4)), rng.choice(ORIGINS)}))
            city = gazetteer.country(parties[0]).capitals[0]
            title = f"{rng.choice(KINDS)} of {city} on {rng.choice(TOPICS)} ({i + 1})"
            alias = f"{city} {rng.choice(KINDS).lower()} {i + 1}"
            self.agreements.append(Agreement(title, aliases=(alias,), parties=parties,
                                             date=_partial_date(rng, 1985, 2023),
                                             confidence=round(rng.uniform(0.5, 0.95), 2),
                                             rule="named-agreement"))

    def pick(self, pool: list[Any]) -> Any:
        """A Zipf-like pick: a few items recur in hundreds of articles, most in a handful."""
        return pool[min(int(len(pool) * self.rng.random() ** 3), len(pool) - 1)]


def _respelled(name: str) -> str:
    """The same name spelt another way, as another romanisation would: its last letter doubled
    ("Kalo Marvel Tor" -> "Kalo Marvel Torr"), which the match key folds back."""
    return name + name[-1]


def _partial_date(rng: random.Random, first: int, last: int) -> str:
    day = date(first, 1, 1) + timedelta(days=rng.randrange((date(last, 12, 31) - date(first, 1, 1)).days))
    return (day.isoformat(), day.isoformat()[:7], str(day.year))[rng.choice((0, 0, 1, 2))]


class _Text:
    """An article's body, grown sentence by sentence, handing out each sentence's offsets."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.parts: list[str] = []
        self.length = 0

    def say(self, sentence: str) -> tuple[Evidence, ...]:
        start = self.length + (1 if self.parts else 0)
        self.parts.append(sentence)
        self.length = start + len(sentence)
        return (Evidence(self.article_id, start, self.length, sentence),)


def synthetic_articles(seed: int) -> Iterator[ArticleFacts]:
    """An endless, deterministic stream of news-like articles about diplomats and agreements."""
    rng = random.Random(seed)
    world = World(rng, people=20_000, agreements=2_000)
    day = date(2000, 1, 1)
    for n in range(10**9):
        day += timedelta(days=rng.random() < 0.3)
        article_id = f"big-{n:07d}"
        text = _Text(article_id)
        persons, defections, agreements = [], [], []
        for _ in range(rng.randint(2, 5)):
            cast = world.pick(world.people)
            p: Person = cast["person"]
            if cast["defection"] is not None and rng.random() < 0.1:
                p = replace(p, name=_respelled(p.name))  # another spelling: the merged view links them
            persons.append(p)
            post = p.posts[0]
            text.say(f"{p.name}, {p.positions[0]} at the {gazetteer.country(post.sending).name} embassy in "
                     f"{gazetteer.country(post.host).name}, was named in the report.")
            if cast["defection"] is not None and rng.random() < 0.5:
                d: Defection = replace(cast["defection"], defector=p.name)
                evidence = text.say(f"{d.defector} left his post and defected to "
                                    f"{gazetteer.country(d.to_country or 'KOR').name} in {d.date}.")
                defections.append(replace(d, evidence=evidence))
        for _ in range(rng.randint(0, 2)):
            agr: Agreement = world.pick(world.agreements)
            status = AGREEMENT_STATUSES[min(int((day.year - 2000) / 5 * rng.random() * 1.6), 4)]
            evidence = text.say(f"The {agr.name}, signed in {agr.date}, is now {status.replace('_', ' ')}.")
            agreements.append(replace(agr, status=status, evidence=evidence))
        isos = {p.nationality for p in persons} | {e.host for p in persons for e in p.posts}
        isos |= {iso for a in agreements for iso in a.parties} | {d.to_country for d in defections}
        countries = tuple(CountryMention(iso, forms=gazetteer.country(iso).names[:2])
                          for iso in sorted(i for i in isos if i))
        article = Article(article_id, " ".join(text.parts),
                          title=f"{persons[0].name} and {len(persons) - 1} others in the news",
                          published=day, url=f"https://news.example.org/{day:%Y/%m/%d}/{article_id}",
                          source=rng.choice(SOURCES))
        yield ArticleFacts(article, countries, tuple(persons), (), tuple(defections), tuple(agreements))


def generate(triples: int, seed: int) -> tuple[list[tuple[URIRef, Graph]], list[ArticleFacts]]:
    """Article graphs (and their facts) until they hold at least ``triples`` triples."""
    graphs, facts, total = [], [], 0
    for f in synthetic_articles(seed):
        iri, graph = article_graph(f)
        graphs.append((iri, graph))
        facts.append(f)
        total += len(graph)
        if total >= triples:
            break
    return graphs, facts


def query_cases(facts: list[ArticleFacts]) -> list[tuple[str, dict[str, str]]]:
    """Every named query with the parameters an analyst would give it (and bare, where allowed)."""
    # the most-mentioned defector: a hub, the worst case for per-node queries
    top = Counter(d.defector for f in facts for d in f.defections).most_common(1)[0][0]
    surname = top.split()[1]
    typical: dict[str, list[dict[str, str]]] = {
        "defections": [{}, {"country": "PRK"}],
        "defections-by-origin": [{}],
        "embassies": [{"country": "PRK"}, {"country": "PRK", "host": "GBR"}],
        "agreements": [{"country": "PRK"}, {}],
        "person": [{"name": surname}],
        "evidence": [{"node": str(iri_for(Person(top)))}, {"name": surname}],
        "timeline": [{"country": "PRK", "since": "2010"}, {}],
    }
    names = named_queries()
    for name, nq in names.items():  # a query added later is still measured, bare or with a guess
        if name not in typical:
            typical[name] = [{p.name: "PRK" for p in nq.params if not p.optional}]
    return [(name, params) for name in names for params in typical[name]]


def _query_worker(store_path: Path, name: str, params: dict[str, str], runs: int, conn: Connection) -> None:
    """In a child process: a warm-up run, then ``runs`` timed runs, each sent as (seconds, rows)."""
    nq = named_queries()[name]
    bindings = nq.bindings(params)
    with GraphStore.open(store_path, read_only=True) as store:
        for _ in range(runs + 1):
            t0 = time.perf_counter()
            result = store.query(nq.text, bindings=bindings)
            assert isinstance(result, ox.QuerySolutions)
            names = [v.value for v in result.variables]
            rows = 0
            for row in result:
                for n in names:  # read every value, as a client would
                    row[n]
                rows += 1
            conn.send((time.perf_counter() - t0, rows))


def time_query(store_path: Path, name: str, params: dict[str, str], runs: int,
               timeout_s: float) -> dict[str, Any]:
    """Median wall time of one named query, warm, each run reading every value of every row.

    The query runs in a child process (Oxigraph queries cannot be cancelled), killed after
    ``timeout_s``; a query that has then only finished its warm-up run is reported from that run,
    one that has not finished at all as timed out.
    """
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_query_worker, args=(store_path, name, params, runs, child))
    worker.start()
    child.close()
    done: list[tuple[float, int]] = []
    deadline = time.monotonic() + timeout_s
    while len(done) < runs + 1 and parent.poll(max(deadline - time.monotonic(), 0)):
        try:
            done.append(parent.recv())
        except EOFError:  # the worker died
            break
    if worker.is_alive():
        worker.kill()
    worker.join()
    figures: dict[str, Any] = {"query": name, "params": params}
    if not done:
        return {**figures, "rows": None, "runs": 0, "median_s": None, "timed_out_s": timeout_s}
    times = [t for t, _ in (done[1:] or done)]  # the warm-up run only when nothing else finished
    return {**figures, "rows": done[0][1], "runs": len(times), "median_s": statistics.median(times),
            "min_s": min(times), "max_s": max(times)}


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def run(triples: int, out: Path, seed: int, runs: int, timeout_s: float) -> dict[str, Any]:
    """Generate, load, query, update and export; return every figure."""
    t0 = time.perf_counter()
    graphs, facts = generate(triples, seed)
    generated = sum(len(g) for _, g in graphs)
    gen_s = time.perf_counter() - t0
    print(f"generated {len(graphs):,} articles, {generated:,} triples in {gen_s:.1f} s", file=sys.stderr)

    store_path = out / "store"
    shutil.rmtree(store_path, ignore_errors=True)
    for stale in (out / "store.incomplete", out / "store.lock"):
        stale.unlink(missing_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"triples_generated": generated, "articles": len(graphs), "generate_s": gen_s}
    with GraphStore.open(store_path) as store:
        t0 = time.perf_counter()
        written = store.replace_articles(graphs)
        load_s = time.perf_counter() - t0
        results.update(quads_loaded=written, quads_in_store=len(store), load_s=load_s,
                       load_triples_per_s=written / load_s)
        print(f"bulk-loaded {written:,} quads in {load_s:.1f} s ({written / load_s:,.0f}/s)", file=sys.stderr)
        t0 = time.perf_counter()
        store.refresh_merged_view()
        results["merged_view_refresh_s"] = time.perf_counter() - t0
        del graphs

        # incremental updates at this size: one changed article, one article taken out
        changed = replace(facts[0], article=replace(facts[0].article, title="A corrected headline"))
        t0 = time.perf_counter()
        store.replace_articles([article_graph(changed)])
        results["replace_one_article_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        store.remove_article(facts[1].article.id)
        results["remove_one_article_s"] = time.perf_counter() - t0
        print("updated", file=sys.stderr)

    results["queries"] = []
    for name, params in query_cases(facts):
        figures = time_query(store_path, name, params, runs, timeout_s)
        results["queries"].append(figures)
        print(f"  {name} {params}: {_latency(figures)}, {figures['rows']} rows", file=sys.stderr)
    with GraphStore.open(store_path, read_only=True) as store:
        for fmt, suffix in (("turtle", "ttl"), ("trig", "trig")):
            target = out / f"graph.{suffix}"
            t0 = time.perf_counter()
            export_store(store, target, fmt)
            results[f"export_{fmt}_s"] = time.perf_counter() - t0
            results[f"export_{fmt}_bytes"] = target.stat().st_size
            print(f"exported {fmt} in {results[f'export_{fmt}_s']:.1f} s", file=sys.stderr)
    results["store_bytes"] = dir_size(store_path)
    return results


def _latency(q: dict[str, Any]) -> str:
    if q["median_s"] is None:
        return f"> {q['timed_out_s']:,.0f} s (killed)"
    return f"{q['median_s'] * 1000:,.0f} ms" + ("" if q["runs"] > 1 else " (1 run)")


def machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "pyoxigraph": ox.__version__,
            "platform": platform.platform()}


def markdown(r: dict[str, Any]) -> str:
    """The figures as the Markdown table the README carries."""
    mb = 1024 * 1024
    lines = ["| measure | value |", "|---|---|",
             f"| graph | {r['quads_loaded']:,} triples in {r['articles']:,} article graphs "
             f"({r['quads_in_store']:,} quads with the merged view) |",
             f"| bulk load (`replace_articles` into an empty store, merged view and flush included) | "
             f"{r['load_s']:.1f} s, **{r['load_triples_per_s']:,.0f} triples/s** |",
             f"| merged-view refresh alone | {r['merged_view_refresh_s']:.1f} s |",
             f"| replace one article (one transaction) | {r['replace_one_article_s'] * 1000:,.0f} ms |",
             f"| remove one article | {r['remove_one_article_s'] * 1000:,.0f} ms |"]
    for q in r["queries"]:
        params = " ".join(f"{k}={v.rpartition('/')[2]}" for k, v in q["params"].items()) or "(none)"
        rows = "?" if q["rows"] is None else f"{q['rows']:,}"
        lines.append(f"| query `{q['query']}` {params} ({rows} rows) | {_latency(q)} |")
    lines += [f"| export Turtle ({r['export_turtle_bytes'] / mb:,.0f} MB) | {r['export_turtle_s']:.1f} s |",
              f"| export TriG ({r['export_trig_bytes'] / mb:,.0f} MB) | {r['export_trig_s']:.1f} s |",
              f"| store on disk | {r['store_bytes'] / mb:,.0f} MB |"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     epilog="example: .venv/bin/python bench/big_graph.py --triples 1000000 "
                                            "--out bench/out/big")
    parser.add_argument("--triples", type=int, default=1_000_000,
                        help="at least this many (default: 1,000,000)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out" / "big",
                        help="folder for the store and the exports (its store/ is replaced)")
    parser.add_argument("--json", type=Path, default=BENCH_DIR / "out" / "big_graph.json")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query (default: 5)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds per query, all runs together; then it is killed (default: 120)")
    args = parser.parse_args(argv)
    results = run(args.triples, args.out, args.seed, args.runs, args.timeout)
    command = " ".join([".venv/bin/python", "bench/big_graph.py", *sys.argv[1:]])
    results.update(machine=machine(), command=command, seed=args.seed)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
