"""Measure the merged view's person merges on name pairs drawn from the evaluation sets' gold.

    python scripts/person_pairs.py            # prints the table eval/person-pairs.md records

Pairs (from the gold.json files of eval/sets.json's training and held-out sets and the dev set: the
names only, never the texts or the extractor's misses; never from sets not yet scored):

* same, within one article: a gold person's name and an alias that is another spelling of it
  (titles such as "President" stripped; as many parts, a different slug, at most a few letters
  apart): the key's recall on spellings an annotator joined;
* across articles: two gold persons in different articles whose names share a match key
  (``resolve.name_key``) but not a slug: labelled by a person in ``eval/person-pairs.jsonl``
  (same or different, with why); an unlabelled pair stops the script;
* hard negatives: two gold persons of one nationality in different articles sharing a surname.

The merge rule measured is the store's (``store.py``, ``_SAME_PERSON``) with the gold's evidence:
one key, and both defected from one state, and no two different nationalities. The alternative
"one key and one nationality" is printed beside it.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from diplograph import gazetteer
from diplograph.resolve import name_key, slug

ROOT = Path(__file__).resolve().parent.parent


# held-out sets whose gold names were listed when the pairs were built (session 8); later sets stay unread
NAMES_READ = ["dec7", "dec8", "dec9", "dec10", "dec11", "dec12", "dec13"]


def _gold_files() -> list[Path]:
    sets = json.loads((ROOT / "eval/sets.json").read_text())
    # the training sets as they stood when the pairs were built: dec7 and later joined them in
    # session 11, and their gold names (beyond NAMES_READ) were never listed
    train = sets["train"][: sets["train"].index("dec7")] if "dec7" in sets["train"] else sets["train"]
    files = [ROOT / "eval" / name / "gold.json" for name in train + NAMES_READ]
    return [*files, ROOT.parent / "shared/eval/dev/gold.json"]


def _untitled(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in gazetteer.titles():
        words = words[1:]
    return " ".join(words)


def _another_spelling(name: str, alias: str) -> bool:
    """Two forms of one name of the same length in parts, at most a few letters apart."""
    a, b = slug(name), slug(alias)
    return a != b and a.count("-") == b.count("-") > 0 and SequenceMatcher(None, a, b).ratio() >= 0.8


def _people() -> list[dict]:
    people = []
    for path in _gold_files():
        for article_id, article in json.loads(path.read_text())["articles"].items():
            left = defaultdict(set)
            for d in article.get("defections", []):
                if d.get("from"):
                    left[d["defector"]].add(d["from"])
            for p in article.get("persons", []):
                people.append(
                    {
                        "article": article_id,
                        "name": p["name"],
                        "aliases": p.get("aliases", []),
                        "nationality": p.get("nationality"),
                        "left": left.get(p["name"], set()),
                    }
                )
    return people


def _merges(a: dict, b: dict) -> bool:
    nationalities_differ = a["nationality"] and b["nationality"] and a["nationality"] != b["nationality"]
    return (
        name_key(a["name"]) == name_key(b["name"])
        and bool(a["left"] & b["left"])
        and not nationalities_differ
    )


def _merges_on_nationality(a: dict, b: dict) -> bool:
    return (
        name_key(a["name"]) == name_key(b["name"])
        and a["nationality"] is not None
        and a["nationality"] == b["nationality"]
    )


def main() -> int:
    people = _people()
    labels = {}
    for line in (ROOT / "eval/person-pairs.jsonl").read_text().splitlines():
        row = json.loads(line)
        labels[frozenset((slug(row["a"]), slug(row["b"])))] = row["label"]

    within = [(p["name"], _untitled(alias)) for p in people for alias in p["aliases"]]
    within = [(n, a) for n, a in within if _another_spelling(n, a)]
    within_keyed = sum(name_key(n) == name_key(a) for n, a in within)

    by_key = defaultdict(list)
    for p in people:
        if key := name_key(p["name"]):
            by_key[key].append(p)
    across, seen = [], set()
    for group in by_key.values():
        for a, b in itertools.combinations(group, 2):
            pair = frozenset((slug(a["name"]), slug(b["name"])))
            if len(pair) == 2 and a["article"] != b["article"] and pair not in seen:
                seen.add(pair)
                if pair not in labels:
                    print(
                        f"unlabelled pair: {a['name']!r} / {b['name']!r}: add it to eval/person-pairs.jsonl"
                    )
                    return 1
                across.append((a, b, labels[pair]))
    if "--list" in sys.argv:
        for a, b, label in across:
            print(
                f"{a['name']} ({a['article']}) / {b['name']} ({b['article']}): {label},"
                f" merged: {_merges(a, b)}"
            )

    by_surname = defaultdict(list)
    for p in people:
        parts = slug(p["name"]).split("-")
        if len(parts) > 1 and p["nationality"]:
            by_surname[(parts[0], p["nationality"])].append(p)
            by_surname[(parts[-1], p["nationality"])].append(p)
    negatives = {}
    for group in by_surname.values():
        for a, b in itertools.combinations(group, 2):
            if a["article"] != b["article"] and name_key(a["name"]) != name_key(b["name"]):
                negatives[frozenset((a["name"], b["name"]))] = (a, b)
    negative_merges = sum(_merges(a, b) for a, b in negatives.values())
    negative_nat = sum(_merges_on_nationality(a, b) for a, b in negatives.values())

    print(
        "| pairs | count | merged by the rule (one key, one state left) | right"
        " | one key and one nationality | right |"
    )
    print("|---|---|---|---|---|---|")
    for title, rows in (("across articles, one key, two spellings", across),):
        rule = [label for a, b, label in rows if _merges(a, b)]
        nat = [label for a, b, label in rows if _merges_on_nationality(a, b)]
        same = sum(label == "same" for _, _, label in rows)
        print(
            f"| {title} ({same} same, {len(rows) - same} different) | {len(rows)} | {len(rule)} | "
            f"{rule.count('same')} | {len(nat)} | {nat.count('same')} |"
        )
    print(
        f"| hard negatives: one surname, one nationality, two articles, two keys | {len(negatives)} "
        f"| {negative_merges} | 0 | {negative_nat} | 0 |"
    )
    print()
    print(
        f"Within one article, gold aliases that are another spelling of the name: {len(within)}; "
        f"sharing its key: {within_keyed} (the key's recall on spellings an annotator joined)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
