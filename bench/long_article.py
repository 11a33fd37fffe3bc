"""Time to extract one long article, against its length (extraction should grow linearly).

    .venv/bin/python bench/long_article.py --chars 100000 200000 400000 800000

The article is the bundled sample's texts (data/sample) repeated up to each length: people,
pronouns, defection cues, dates and agreements recur throughout, which is what made rules that
walk the whole article per question quadratic. Prints, per length, the seconds spaCy takes to
parse it and the seconds diplograph's rules and slot scorer take on the parsed Doc.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from diplograph.extract import facts_from_doc
from diplograph.model import Article
from diplograph.nlp import make_nlp
from diplograph.read import read_articles

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, nargs="+", default=[100_000, 200_000, 400_000, 800_000])
    args = parser.parse_args()
    sample = "\n\n".join(a.text for a in read_articles([ROOT / "data" / "sample"]))
    nlp = make_nlp()
    nlp.max_length = max(args.chars) + 1
    print(f"{'chars':>9}  {'parse s':>8}  {'extract s':>9}  {'extract µs/char':>15}")
    for n in args.chars:
        text = (sample * (n // len(sample) + 1))[:n]
        article = Article(id=f"long-{n}", text=text, published=date(2020, 1, 1))
        started = time.perf_counter()
        doc = nlp(text)
        parsed = time.perf_counter()
        facts_from_doc(doc, article)
        done = time.perf_counter()
        print(f"{n:>9,}  {parsed - started:>8.1f}  {done - parsed:>9.2f}  {(done - parsed) / n * 1e6:>15.1f}")


if __name__ == "__main__":
    main()
