"""Train the slot scorer (:mod:`diplograph.extract.slots`) from the annotated sets in ``eval/``.

    python -m diplograph.train                      # every set eval/sets.json lists for training
    python -m diplograph.train --leave-out wire -o /tmp/no-wire.json
    python -m diplograph.train --report             # leave-one-set-out figures per slot, nothing written
    python -m diplograph.train --report --errors agreement.status   # and that slot's wrong decisions

For every article of every training set, the rules run with the scorer off; each fact they
propose and each slot value it asserts becomes one example, labelled against the set's gold
(``gold.json``, format in GOLD_FORMAT.md) the way the evaluation scorer judges it: a defection is
right when its defector is a gold defector; a value is right when it equals the gold value (a
date also at the gold's precision); a value where the gold has none is wrong. One model per slot
is fitted on all examples: gradient-boosted depth-3 trees with a fixed seed (``--learner logistic``:
an L2 logistic regression), both deterministic. Each slot's thresholds are chosen on
leave-one-set-out predictions so that keeping a value is worth it only when it is right far more
often than not (``--cost``: how many right values one wrong value costs), and so that no attribute
slot is asserted below ``--min-precision`` of right values (default 0.9); ``--margin`` also
chooses a floor and a lead for asserting a clear favourite below them. The model goes to a JSON
file; inference needs no scikit-learn.

Needs the ``train`` extra (``requirements/train.txt``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from diplograph.extract.slots import MODEL_PATH, SLOTS, ScoredSlot, SlotModel, clear_favourite
from diplograph.model import Agreement, ArticleFacts, Defection

__all__ = ["Example", "examples_for_set", "fit", "label_article", "main", "misfits"]

ROOT = Path(__file__).resolve().parents[2]
SETS_FILE = ROOT / "eval" / "sets.json"
# Inverse L2 strength of every slot's logistic regression (``--learner logistic``).
REGULARISATION = float(os.environ.get("DIPLOGRAPH_TRAIN_C", "1.0"))
# The boosted trees (the default learner): how many, how deep, how much each one counts.
TREES, TREE_DEPTH, TREE_RATE = 150, 3, 0.05
# A wrong value costs this many right ones for an attribute; for a whole fact, one (F1).
DEFAULT_COST = {"attribute": 3.0, "fact": 1.0}
# No attribute slot is asserted at a leave-one-set-out precision below this: where the cost alone
# would go lower, the thresholds rise until the slot's values are right this often (or, failing
# that, as often as they can be).
DEFAULT_MIN_PRECISION = 0.9
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "gen",
        "general",
        "col",
        "colonel",
        "capt",
        "captain",
        "lt",
        "president",
        "ambassador",
        "minister",
        "prime",
    }
)
STOP = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "on",
        "and",
        "for",
        "to",
        "in",
        "between",
        "with",
        "deal",
        "agreement",
        "treaty",
        "accord",
        "accords",
        "declaration",
        "pact",
        "guidelines",
    }
)


@dataclass(frozen=True)
class Example:
    """One candidate value (or fact) with its label; ``group`` names the decision it belongs to
    (one article's fact and slot: the scorer picks at most one candidate per group)."""

    set: str
    article: str
    slot: str
    value: str
    features: dict[str, float]
    label: int
    group: str = ""
    proposed: bool = True


def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    words = [w for w in re.split(r"[^a-z0-9]+", s) if w and w not in TITLES]
    return " ".join(words)


def _tokens(name: str) -> set[str]:
    return {w for w in _norm(name).split() if w not in STOP}


def _same_date(gold: str, got: str) -> bool:
    return got[: len(gold)] == gold and len(re.sub(r"[^0-9]", "", got)) == len(re.sub(r"[^0-9]", "", gold))


def _gold_person(names: set[str], gold_persons: list[dict]) -> str | None:
    normed = {_norm(n) for n in names}
    for p in gold_persons:
        if normed & {_norm(x) for x in [p["name"], *p.get("aliases", [])]}:
            return p["name"]
    return None


def label_article(
    facts: ArticleFacts, scored: list[tuple[object, list[ScoredSlot]]], gold: dict
) -> list[tuple[ScoredSlot, int, int]]:
    """Each proposed fact and each candidate of its slots, with its label (1 right, 0 wrong) and
    the index of the fact it belongs to. The candidates of a fact the gold does not have are not
    examples (only the fact itself is, as a negative)."""
    labels_of = {p.name: {p.name, *p.aliases} for p in facts.persons}
    gold_d = {d["defector"]: d for d in gold.get("defections", [])}
    gold_a = gold.get("agreements", [])
    taken_d: set[str] = set()
    taken_a: set[int] = set()
    out: list[tuple[ScoredSlot, int, int]] = []
    for index, (fact, slots) in enumerate(scored):
        if isinstance(fact, Defection):
            who = _gold_person(labels_of.get(fact.defector, {fact.defector}), gold.get("persons", []))
            g = gold_d.get(who) if who is not None and who not in taken_d else None
            if g is not None:
                taken_d.add(who)  # type: ignore[arg-type]
            for s in slots:
                if s.slot == "defection":
                    out.append((s, int(g is not None), index))
                elif g is not None:
                    key = {
                        "defection.from": "from",
                        "defection.to": "to",
                        "defection.post": "post_host",
                        "defection.date": "date",
                    }[s.slot]
                    want = g.get(key)
                    right = bool(want) and (_same_date(want, s.value) if key == "date" else s.value == want)
                    out.append((s, int(right), index))
        elif isinstance(fact, Agreement):
            best, best_sim = None, 0.0
            for i, ga in enumerate(gold_a):
                if i in taken_a:
                    continue
                sim = max(
                    (
                        len(t1 & t2) / len(t1 | t2)
                        for name in [ga["name"], *ga.get("aliases", [])]
                        for lab in [fact.name, *fact.aliases]
                        for t1, t2 in [(_tokens(name), _tokens(lab))]
                        if t1 and t2
                    ),
                    default=0.0,
                )
                if set(fact.parties) and set(fact.parties) == set(ga.get("parties", [])):
                    sim += 0.5
                if sim >= 0.5 and sim > best_sim:
                    best, best_sim = i, sim
            if best is not None:
                taken_a.add(best)
            ga = gold_a[best] if best is not None else None
            for s in slots:
                if s.slot == "agreement":
                    out.append((s, int(ga is not None), index))
                elif ga is not None:
                    if s.slot == "agreement.parties":
                        right = set(s.value.split()) == set(ga.get("parties", []))
                    elif s.slot == "agreement.date":
                        right = bool(ga.get("date")) and _same_date(ga["date"], s.value)
                    else:
                        right = s.value == ga.get("status")
                    out.append((s, int(right), index))
    return out


def examples_for_set(set_dir: Path, nlp) -> list[Example]:
    """Run the rules (scorer off) over one set and label what they propose."""
    from diplograph.extract import facts_from_doc
    from diplograph.read import read_articles

    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))["articles"]
    articles = list(read_articles([set_dir / "corpus.jsonl"]))
    out: list[Example] = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        scored: list[tuple[object, list[ScoredSlot]]] = []
        facts = facts_from_doc(doc, article, model=None, scores=scored)
        for slot, label, index in label_article(facts, scored, gold.get(article.id, {})):
            group = f"{set_dir.name}/{article.id}/{index}/{slot.slot}"
            out.append(
                Example(
                    set_dir.name,
                    article.id,
                    slot.slot,
                    slot.value,
                    slot.features,
                    label,
                    group,
                    slot.proposed,
                )
            )
    return out


def fit(
    examples: list[Example],
    *,
    learner: str = "trees",
) -> dict:
    """One model per slot, with threshold 0.5 (:func:`choose_thresholds` sets the real ones):
    ``trees`` (gradient-boosted depth-3 trees, fixed seed) or ``logistic`` (L2, lbfgs). Both are
    deterministic."""
    from sklearn.feature_extraction import DictVectorizer

    slots: dict[str, dict] = {}
    for slot in SLOTS:
        rows = [e for e in examples if e.slot == slot]
        labels = {e.label for e in rows}
        if len(rows) < 8 or len(labels) < 2:
            continue
        vec = DictVectorizer(sparse=False, sort=True)
        x = vec.fit_transform([e.features for e in rows])
        y = [e.label for e in rows]
        spec = _trees(x, y, vec.feature_names_) if learner == "trees" else _logistic(x, y, vec.feature_names_)
        slots[slot] = {**spec, "threshold": 0.5, "examples": len(rows), "right": sum(y)}
    return {"slots": slots, "learner": learner}


def _logistic(x, y: list[int], names: list[str]) -> dict:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=REGULARISATION, max_iter=2000, solver="lbfgs")
    lr.fit(x, y)
    weights = {name: round(float(w), 5) for name, w in zip(names, lr.coef_[0], strict=True) if abs(w) >= 1e-5}
    return {"intercept": round(float(lr.intercept_[0]), 5), "weights": weights}


def _trees(x, y: list[int], names: list[str]) -> dict:
    """Boosted trees as data :class:`SlotModel` walks: only the features a split uses are named."""
    from sklearn.ensemble import GradientBoostingClassifier

    gb = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=TREE_DEPTH, learning_rate=TREE_RATE, random_state=0
    )
    gb.fit(x, y)
    used: dict[int, int] = {}
    trees = []
    for estimator in gb.estimators_[:, 0]:
        t = estimator.tree_
        # an inner node's value is its leaves' mean, weighted by the examples reaching each, so
        # the changes along a path (SlotModel.contributions) add up to the leaf's value
        value = [float(v) for v in t.value[:, 0, 0]]
        weight = [float(w) for w in t.weighted_n_node_samples]
        for node in reversed(range(t.node_count)):  # children come after their parent
            left, right = t.children_left[node], t.children_right[node]
            if left != -1:
                value[node] = (value[left] * weight[left] + value[right] * weight[right]) / weight[node]
        nodes = []
        for node in range(t.node_count):
            left, right = int(t.children_left[node]), int(t.children_right[node])
            if left == -1:
                nodes.append([round(value[node], 6)])
            else:
                k = used.setdefault(int(t.feature[node]), len(used))
                nodes.append([k, round(float(t.threshold[node]), 6), left, right, round(value[node], 6)])
        trees.append(nodes)
    # the boosting starts from the prior log-odds of the training labels
    init = float(gb.decision_function(x[:1])[0]) - TREE_RATE * sum(
        float(e.predict(x[:1])[0]) for e in gb.estimators_[:, 0]
    )
    return {
        "init": round(init, 6),
        "rate": TREE_RATE,
        "features": [names[f] for f, _ in sorted(used.items(), key=lambda kv: kv[1])],
        "trees": trees,
    }


def leave_one_set_out(examples: list[Example], learner: str = "trees") -> list[tuple[Example, float]]:
    """Each example with the probability a model trained without its set gives it."""
    out = []
    for name in sorted({e.set for e in examples}):
        model = SlotModel(fit([e for e in examples if e.set != name], learner=learner)["slots"])
        for e in examples:
            p = model.probability(e.slot, e.features) if e.set == name else None
            if p is not None:
                out.append((e, p))
    return out


def _by_group(predicted: list[tuple[Example, float]], slot: str) -> dict[str, list[tuple[float, Example]]]:
    """The candidates of ``slot``, each with its probability, by the decision they belong to."""
    groups: dict[str, list[tuple[float, Example]]] = {}
    for e, p in predicted:
        if e.slot == slot:
            groups.setdefault(e.group, []).append((p, e))
    return groups


def _groups(predicted: list[tuple[Example, float]], slot: str) -> list[list[tuple[float, int, bool]]]:
    """Per group of ``slot``: its candidates' (probability, label, proposed by the rules)."""
    return [[(p, e.label, e.proposed) for p, e in items] for items in _by_group(predicted, slot).values()]


def _pick(
    group: list[tuple[float, int, bool]], keep: float, alt: float, floor: float = 1.01, lead: float = 1.01
) -> tuple[float, int, bool] | None:
    """What the gate asserts for one group (as :func:`diplograph.extract.slots.choose`): the most
    probable candidate clearing its threshold, else the most probable one if it clears ``floor``
    and leads the next by ``lead``."""
    cleared = [c for c in group if c[0] >= (keep if c[2] else alt)]
    if cleared:
        return max(cleared)
    top, *rest = sorted(group, reverse=True)
    second = rest[0][0] if rest else 0.0
    return top if clear_favourite(top[0], second, floor, lead) else None


GRID = [round(i / 20, 2) for i in range(1, 20)] + [1.01]


def choose_thresholds(
    predicted: list[tuple[Example, float]], cost: dict[str, float], min_precision: float = 0.0
) -> dict[str, tuple[float, float]]:
    """Per slot, the pair (threshold for the rules' value, threshold for another candidate) that
    maximises right − cost × wrong over what the gate would assert, on held-out predictions; for
    an attribute, among the pairs whose values are right at least ``min_precision`` of the time
    (none such: the most precise pair)."""
    chosen = {}
    for slot in SLOTS:
        groups = _groups(predicted, slot)
        if not groups:
            continue
        c = cost["fact"] if "." not in slot else cost["attribute"]
        floor = min_precision if "." in slot else 0.0
        best: tuple[bool, float, float, float] = (False, float("-inf"), 0.0, 0.0)
        for keep in GRID:
            for alt in GRID:
                right = wrong = 0
                for g in groups:
                    pick = _pick(g, keep, alt)
                    if pick is not None:
                        right, wrong = (right + 1, wrong) if pick[1] else (right, wrong + 1)
                precise = right / (right + wrong) if right + wrong else 1.0
                ok = precise >= floor
                # ties: the lower threshold for the rules' value, the higher for the others
                best = max(best, (ok, right - c * wrong if ok else precise, -keep, alt))
        chosen[slot] = (-best[2], best[3])
    return chosen


LEADS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.01]


def choose_margins(
    predicted: list[tuple[Example, float]],
    cost: dict[str, float],
    thresholds: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    """Per attribute slot, given its thresholds, the (floor, lead) of the favourite rule that
    maximises right − cost × wrong over what the gate would assert (1.01: never)."""
    chosen = {}
    for slot in SLOTS:
        if "." not in slot or slot not in thresholds:
            continue
        groups = _groups(predicted, slot)
        keep, alt = thresholds[slot]
        best = (float("-inf"), 0.0, 0.0)
        for floor in GRID:
            for lead in LEADS:
                gain = 0.0
                for g in groups:
                    pick = _pick(g, keep, alt, floor, lead)
                    if pick is not None:
                        gain += 1.0 if pick[1] else -cost["attribute"]
                best = max(best, (gain, floor, lead))  # ties: the higher floor and lead
        chosen[slot] = (best[1], best[2])
    return chosen


def report(
    predicted: list[tuple[Example, float]],
    thresholds: dict[str, tuple[float, float]],
    margins: dict[str, tuple[float, float]] | None = None,
) -> str:
    """Rules against scorer on held-out predictions: values asserted and how many are right."""
    lines = [
        "| slot | rules assert | right | rules' precision | scorer asserts | right | scorer's precision |"
        " right values among candidates |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for slot in SLOTS:
        rows = [(e, p) for e, p in predicted if e.slot == slot]
        if not rows:
            continue
        rules = [e.label for e, _ in rows if e.proposed]
        keep, alt = thresholds.get(slot, (0.5, 0.5))
        floor, lead = (margins or {}).get(slot, (1.01, 1.01))
        decided = [
            (p[0], p[1])
            for g in _groups(predicted, slot)
            if (p := _pick(g, keep, alt, floor, lead)) is not None
        ]
        reachable = len({e.group for e, _ in rows if e.label})
        kept_right = sum(label for _, label in decided)
        rules_p = sum(rules) / len(rules) if rules else 0.0
        scorer_p = kept_right / len(decided) if decided else 0.0
        lines.append(
            f"| {slot} | {len(rules)} | {sum(rules)} | {rules_p:.3f} | "
            f"{len(decided)} | {kept_right} | {scorer_p:.3f} | {reachable} |"
        )
    return "\n".join(lines)


def misfits(
    predicted: list[tuple[Example, float]],
    slot: str,
    thresholds: dict[str, tuple[float, float]],
    margins: dict[str, tuple[float, float]] | None = None,
) -> str:
    """The decisions of ``slot`` the gate gets wrong on held-out predictions: a wrong value asserted,
    or nothing asserted though a right value was among the candidates. Each with its candidates
    (probability, right or not, proposed by the rules or not), most probable first: what to read
    when working on that slot's candidates and features. Development sets only."""
    keep, alt = thresholds.get(slot, (0.5, 0.5))
    floor, lead = (margins or {}).get(slot, (1.01, 1.01))
    lines = []
    for name, items in sorted(_by_group(predicted, slot).items()):
        pick = _pick([(p, e.label, e.proposed) for p, e in items], keep, alt, floor, lead)
        if pick is not None and pick[1]:
            continue
        if pick is None and not any(e.label for _, e in items):
            continue
        lines.append(f"{'missed' if pick is None else 'wrong'} {name}")
        for p, e in sorted(items, key=lambda t: (-t[0], t[1].value)):
            label, rules = "right" if e.label else "-----", "rules" if e.proposed else "     "
            lines.append(f"  {p:.2f} {label} {rules} {e.value}")
    return "\n".join(lines)


def _sets(names: Iterable[str] | None) -> list[Path]:
    spec = json.loads(SETS_FILE.read_text(encoding="utf-8"))
    chosen = list(names) if names else spec["train"]
    out = []
    for name in chosen:
        path = Path(name) if "/" in name else ROOT / "eval" / name
        if (path / "gold.json").exists() and (path / "corpus.jsonl").exists():
            out.append(path)
        else:
            print(f"train: skipping {path} (no corpus.jsonl and gold.json there)", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--sets", nargs="*", help="set folders or names under eval/ (default: eval/sets.json 'train')"
    )
    ap.add_argument("--leave-out", action="append", default=[], help="a set name to leave out (repeatable)")
    ap.add_argument("-o", "--output", type=Path, default=MODEL_PATH, help="where to write the weights")
    ap.add_argument(
        "--cost",
        type=float,
        default=DEFAULT_COST["attribute"],
        help="how many right attribute values one wrong one costs (default %(default)s)",
    )
    ap.add_argument(
        "--min-precision",
        type=float,
        default=DEFAULT_MIN_PRECISION,
        help="no attribute slot asserted below this leave-one-set-out precision (default %(default)s)",
    )
    ap.add_argument(
        "--learner",
        choices=("trees", "logistic"),
        default="trees",
        help="boosted trees (default) or logistic regression, one per slot",
    )
    ap.add_argument("--report", action="store_true", help="print leave-one-set-out figures, write nothing")
    ap.add_argument(
        "--margin",
        action="store_true",
        help="also assert a slot's clear favourite below its threshold (off by default: on unseen sets "
        "the values it added were right only about 2.6 times per wrong one; see docs/extraction.md)",
    )
    ap.add_argument(
        "--loso-models",
        type=Path,
        metavar="DIR",
        help="also write DIR/<set>.json: the weights trained without that set, for scoring it",
    )
    ap.add_argument(
        "--errors",
        metavar="SLOT",
        choices=SLOTS,
        help="also print the decisions of SLOT (e.g. agreement.status) the gate gets wrong leave-one-set-out",
    )
    ap.add_argument("--model", default=None, help="spaCy model (default: diplograph's)")
    args = ap.parse_args(argv)

    from diplograph.nlp import make_nlp

    nlp = make_nlp(args.model)
    examples: list[Example] = []
    for path in _sets(args.sets):
        if path.name in args.leave_out:
            continue
        found = examples_for_set(path, nlp)
        print(f"train: {path.name}: {len(found)} examples", file=sys.stderr)
        examples.extend(found)
    cost = {**DEFAULT_COST, "attribute": args.cost}
    predicted = leave_one_set_out(examples, args.learner)
    thresholds = choose_thresholds(predicted, cost, args.min_precision)
    margins = choose_margins(predicted, cost, thresholds) if args.margin else {}
    print(report(predicted, thresholds, margins))
    if args.errors:
        print(misfits(predicted, args.errors, thresholds, margins))
    if args.loso_models:
        args.loso_models.mkdir(parents=True, exist_ok=True)
        for name in sorted({e.set for e in examples}):
            rest = [e for e in examples if e.set != name]
            inner_predicted = leave_one_set_out(rest, args.learner)
            inner = choose_thresholds(inner_predicted, cost, args.min_precision)
            inner_margins = choose_margins(inner_predicted, cost, inner) if args.margin else {}
            path = args.loso_models / f"{name}.json"
            weights = fit(rest, learner=args.learner)
            _write(path, _finished(weights, inner, rest, cost, argv, inner_margins, args.min_precision))
            print(f"train: wrote {path}", file=sys.stderr)
    if args.report:
        return 0
    weights = fit(examples, learner=args.learner)
    _write(args.output, _finished(weights, thresholds, examples, cost, argv, margins, args.min_precision))
    print(f"train: wrote {args.output}", file=sys.stderr)
    return 0


def _finished(
    model: dict,
    thresholds: dict[str, tuple[float, float]],
    examples: list[Example],
    cost: dict[str, float],
    argv: list[str] | None,
    margins: dict[str, tuple[float, float]] | None = None,
    min_precision: float = DEFAULT_MIN_PRECISION,
) -> dict:
    for slot, spec in model["slots"].items():
        spec["threshold"], spec["threshold_alt"] = thresholds.get(slot, (0.5, 0.5))
        if margins and slot in margins:
            spec["margin_floor"], spec["margin"] = margins[slot]
    model["trained_on"] = sorted({e.set for e in examples})
    model["cost"] = cost
    model["min_precision"] = min_precision
    model["command"] = " ".join(["python -m diplograph.train", *(argv if argv is not None else sys.argv[1:])])
    return model


def _write(path: Path, model: dict) -> None:
    """The model as JSON, one line a slot (a slot's trees are thousands of numbers: a line each
    would make the file unreadable, one line for all would make its diffs useless)."""

    def compact(value: object) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"))

    head = {k: v for k, v in sorted(model.items()) if k != "slots"}
    lines = [f" {json.dumps(k)}: {compact(v)}," for k, v in head.items()]
    slots = [f"  {json.dumps(k)}: {compact(v)}" for k, v in sorted(model["slots"].items())]
    text = "{\n" + "\n".join(lines) + '\n "slots": {\n' + ",\n".join(slots) + "\n }\n}\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
