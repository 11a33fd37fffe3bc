"""Profile one ``diplograph build`` with cProfile and list where diplograph's own code spends time.

    .venv/bin/python bench/profile_build.py --articles 300 [--top 25] [--out bench/out]

Generates (or reuses) the corpus, builds it once in this process under :mod:`cProfile` (one
worker, so the NLP stage is in-process too), saves ``OUT/profile-N.pstats`` (open it with
``python -m pstats`` or snakeviz) and prints two tables of functions in ``diplograph``: by own
time (``tottime``) and by time including callees (``cumtime``). cProfile's overhead inflates
Python-heavy code relative to spaCy's compiled parts; use it to rank hotspots, not for speeds.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))


def diplograph_rows(stats: pstats.Stats, key: str, top: int) -> list[tuple[float, float, int, str]]:
    """``(tottime, cumtime, calls, "file:line function")`` for diplograph functions, largest ``key`` first."""
    rows = []
    for (file, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/diplograph/" in file and "/bench/" not in file:
            where = file[file.index("diplograph/"):]
            rows.append((tottime, cumtime, calls, f"{where}:{line} {name}"))
    rows.sort(key=lambda r: r[0] if key == "tottime" else r[1], reverse=True)
    return rows[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: .venv/bin/python bench/profile_build.py --articles 300")
    parser.add_argument("--articles", type=int, default=300, metavar="N", help="corpus size (default 300)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--top", type=int, default=25, help="rows per table (default 25)")
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "out", help="default bench/out")
    args = parser.parse_args(argv)

    from make_corpus import write_corpus

    from diplograph.pipeline import build

    corpus = args.out / f"corpus-{args.articles}-s{args.seed}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, args.articles, args.seed)
    build_dir = args.out / "profile-build"
    shutil.rmtree(build_dir, ignore_errors=True)
    profiler = cProfile.Profile()
    summary = profiler.runcall(build, inputs=[corpus], out_dir=build_dir, workers=1, progress=False)
    saved = args.out / f"profile-{args.articles}.pstats"
    profiler.dump_stats(saved)
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    print(f"{summary.one_line()}; profiled total {total:.1f} s; stats in {saved}\n")
    for key in ("tottime", "cumtime"):
        print(f"diplograph functions by {key}:\n  tottime  cumtime     calls  function")
        for tottime, cumtime, calls, where in diplograph_rows(stats, key, args.top):
            print(f"  {tottime:7.2f}  {cumtime:7.2f}  {calls:8d}  {where}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
