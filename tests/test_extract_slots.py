"""The slot scorer: features of proposed values, the logistic gate, and the trainer's labels and
thresholds. Sentences here are invented for these tests."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from diplograph.extract import facts_from_doc
from diplograph.extract import slots as slots_module
from diplograph.extract.slots import ScoredSlot, SlotModel, choose, gate_agreement, gate_defection, load_model
from diplograph.model import Agreement, Article, ArticleFacts, Defection, Embassy, Person
from diplograph.train import Example, choose_margins, choose_thresholds, fit, label_article, misfits

ROOT = Path(__file__).resolve().parents[1]

DEFECTION = Defection(
    defector="Lena Varga",
    from_country="HUN",
    to_country="AUT",
    from_post=Embassy("HUN", "CHE", "Bern"),
    date="1983-05",
    rule="subject",
    confidence=0.8,
)


def _model(**slots: tuple[float, dict[str, float], float]) -> SlotModel:
    return SlotModel(
        {
            name.replace("_", "."): {"intercept": b, "weights": w, "threshold": t}
            for name, (b, w, t) in slots.items()
        }
    )


def test_score_is_the_logistic_of_the_weighted_features() -> None:
    model = _model(defection_to=(-1.0, {"in_evidence": 2.0, "prep=to": 0.5}, 0.5))
    scored = model.score(ScoredSlot("defection.to", "AUT", {"in_evidence": 1.0, "prep=to": 1.0}))
    assert scored.probability == pytest.approx(1 / (1 + math.exp(-1.5)), abs=1e-4)
    assert scored.kept
    assert not model.score(ScoredSlot("defection.to", "AUT", {})).kept  # p = 0.27 < 0.5


def _stump(threshold: float, left: float, right: float) -> list[list[float]]:
    """One depth-1 tree on the model's first feature: at or below ``threshold`` goes left."""
    mean = (left + right) / 2
    return [[0, threshold, 1, 2, mean], [left], [right]]


def test_boosted_trees_sum_their_leaves_and_credit_each_split() -> None:
    spec = {
        "init": -0.5,
        "rate": 0.5,
        "features": ["in_evidence"],
        "trees": [_stump(0.5, -1.0, 3.0), _stump(0.5, 0.0, 1.0)],
        "threshold": 0.5,
    }
    model = SlotModel({"defection.to": spec})
    # in evidence: -0.5 + 0.5 * (3 + 1) = 1.5; not: -0.5 + 0.5 * (-1 + 0) = -1.0
    assert model.probability("defection.to", {"in_evidence": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probability("defection.to", {}) == pytest.approx(1 / (1 + math.exp(1.0)))
    # the split moved the margin from the trees' means (0.5 * (1 + 0.5)) to 2.0: +1.25
    assert model.contributions("defection.to", {"in_evidence": 1.0}) == {"in_evidence": pytest.approx(1.25)}
    base = spec["init"] + spec["rate"] * sum(t[0][-1] for t in spec["trees"])
    assert base + 1.25 == pytest.approx(1.5)


def test_a_slot_without_weights_is_kept_unscored() -> None:
    scored = _model().score(ScoredSlot("defection.date", "1983", {"x": 1.0}))
    assert scored.probability is None and scored.kept


def test_gate_leaves_out_each_value_below_its_threshold() -> None:
    model = _model(
        defection=(2.0, {}, 0.5),  # p 0.88: the fact stays, with that confidence
        defection_to=(-2.0, {}, 0.5),  # p 0.12: the destination goes
        defection_date=(2.0, {}, 0.95),  # p 0.88 but the threshold asks for 0.95
        defection_from=(3.0, {}, 0.5),
        defection_post=(3.0, {}, 0.5),
    )
    proposed = [
        ScoredSlot(s, v, {}, post=DEFECTION.from_post if s == "defection.post" else None)
        for s, v in [
            ("defection", "Lena Varga"),
            ("defection.from", "HUN"),
            ("defection.to", "AUT"),
            ("defection.post", "CHE"),
            ("defection.date", "1983-05"),
        ]
    ]
    kept, scored = gate_defection(model, DEFECTION, proposed)
    assert kept is not None
    assert (kept.from_country, kept.to_country, kept.from_post, kept.date) == (
        "HUN",
        None,
        DEFECTION.from_post,
        None,
    )
    assert kept.confidence == pytest.approx(0.8808, abs=1e-4)
    assert [s.kept for s in scored] == [True, True, False, True, False]


def test_the_scorer_may_prefer_another_candidate_to_the_rules_value() -> None:
    model = _model(
        defection=(2.0, {}, 0.5), defection_to=(-1.0, {"in_evidence": 3.0, "modifies_mission": -4.0}, 0.6)
    )
    proposed = [
        ScoredSlot("defection", "Lena Varga", {}),
        # the rules' pick: a state whose embassy sheltered her
        ScoredSlot("defection.to", "AUT", {"in_evidence": 1.0, "modifies_mission": 1.0}),
        ScoredSlot("defection.to", "CAN", {"in_evidence": 1.0}, proposed=False),
        ScoredSlot("defection.to", "ITA", {}, proposed=False),
    ]
    kept, scored = gate_defection(model, DEFECTION, proposed)
    assert kept is not None and kept.to_country == "CAN"
    assert [s.value for s in scored if s.chosen] == ["Lena Varga", "CAN"]
    # and asserts nothing when no candidate is believed enough
    weak = _model(defection=(2.0, {}, 0.5), defection_to=(-1.0, {}, 0.6))
    kept, _ = gate_defection(weak, DEFECTION, proposed)
    assert kept is not None and kept.to_country is None


def test_gate_drops_a_fact_it_does_not_believe() -> None:
    model = _model(agreement=(-3.0, {}, 0.5))
    a = Agreement(name="Harbour Accord", parties=("NOR", "ISL"), status="signed")
    kept, _ = gate_agreement(model, a, [ScoredSlot("agreement", a.name, {})])
    assert kept is None


def test_load_model_honours_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DIPLOGRAPH_SLOT_MODEL", "off")
    assert load_model() is None
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"slots": {"defection": {"intercept": 0.0, "weights": {}, "threshold": 0.5}}}))
    monkeypatch.setenv("DIPLOGRAPH_SLOT_MODEL", str(path))
    assert load_model().slots["defection"]["threshold"] == 0.5  # type: ignore[union-attr]


def test_the_shipped_weights_cover_every_slot_with_a_threshold() -> None:
    data = json.loads(slots_module.MODEL_PATH.read_text(encoding="utf-8"))
    for slot in (
        "defection",
        "defection.from",
        "defection.to",
        "defection.date",
        "agreement",
        "agreement.parties",
        "agreement.status",
    ):
        spec = data["slots"][slot]
        assert 0.0 < spec["threshold"] < 1.0 and 0.0 < spec["threshold_alt"] <= 1.01
        assert spec.get("weights") or spec.get("trees")
    assert data["trained_on"]


def test_the_shipped_weights_were_trained_on_the_sets_listed_for_training() -> None:
    # a set moved into (or out of) training in eval/sets.json without `make train` would ship
    # weights that do not match what the documentation says they learned from
    listed = json.loads((ROOT / "eval" / "sets.json").read_text(encoding="utf-8"))["train"]
    shipped = json.loads(slots_module.MODEL_PATH.read_text(encoding="utf-8"))["trained_on"]
    assert sorted(shipped) == sorted(listed)


# --- the trainer -------------------------------------------------------------------------------


def test_labels_follow_the_gold_like_the_scorer() -> None:
    facts = ArticleFacts(
        article=Article(id="t1", text=""),
        persons=(Person(name="Lena Varga", aliases=("Varga",)),),
    )
    proposed = [
        ScoredSlot(s, v, {})
        for s, v in [
            ("defection", "Lena Varga"),
            ("defection.from", "HUN"),
            ("defection.to", "AUT"),
            ("defection.post", "CHE"),
            ("defection.date", "1983-05"),
        ]
    ]
    gold = {
        "persons": [{"name": "Lena Varga", "aliases": ["Varga"]}],
        "defections": [
            {"defector": "Lena Varga", "from": "HUN", "to": None, "post_host": "CHE", "date": "1983"}
        ],
    }
    labels = {s.slot: y for s, y, _ in label_article(facts, [(DEFECTION, proposed)], gold)}
    # the destination is asserted where gold has none; the date is too precise for the gold's year
    assert labels == {
        "defection": 1,
        "defection.from": 1,
        "defection.to": 0,
        "defection.post": 1,
        "defection.date": 0,
    }


def test_an_unmatched_fact_is_a_negative_and_its_values_are_not_examples() -> None:
    facts = ArticleFacts(article=Article(id="t1", text=""), persons=(Person(name="Lena Varga"),))
    proposed = [ScoredSlot("defection", "Lena Varga", {}), ScoredSlot("defection.to", "AUT", {})]
    labelled = label_article(facts, [(DEFECTION, proposed)], {"persons": [], "defections": []})
    assert [(s.slot, y) for s, y, _ in labelled] == [("defection", 0)]


def _examples(n: int) -> list[Example]:
    out = []
    for i in range(n):
        good = i % 3 != 0
        out.append(
            Example(
                set=f"s{i % 2}",
                article=f"a{i}",
                slot="defection.to",
                value="AUT",
                features={"in_evidence": 1.0 if good else 0.0, "noise": (i % 5) / 5},
                label=int(good),
            )
        )
    return out


def test_fit_is_deterministic_and_learns_the_signal() -> None:
    first, second = fit(_examples(60), learner="logistic"), fit(_examples(60), learner="logistic")
    assert first == second
    assert first["slots"]["defection.to"]["weights"]["in_evidence"] > 1.0


def test_boosted_trees_are_deterministic_and_agree_with_scikit_learn() -> None:
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer

    from diplograph.train import TREE_DEPTH, TREE_RATE, TREES

    examples = _examples(60)
    first, second = fit(examples), fit(examples)
    assert first == second and first["learner"] == "trees"
    model = SlotModel(first["slots"])
    assert model.probability("defection.to", {"in_evidence": 1.0}) > 0.9
    assert model.probability("defection.to", {"in_evidence": 0.0}) < 0.1
    vec = DictVectorizer(sparse=False, sort=True)
    x = vec.fit_transform([e.features for e in examples])
    reference = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=TREE_DEPTH, learning_rate=TREE_RATE, random_state=0
    ).fit(x, [e.label for e in examples])
    for e, p in zip(examples, reference.predict_proba(x)[:, 1], strict=True):
        assert model.probability("defection.to", e.features) == pytest.approx(p, abs=1e-5)


def test_dates_are_placed_among_the_facts_other_candidates() -> None:
    among = slots_module._among_dates
    values = ["1983-05-14", "1983-05-15", "1983"]
    assert among("1983-05-14", values).keys() >= {"earliest", "days_apart_1_2", "finer_than_another"}
    assert "latest" in among("1983-05-15", values)
    assert "coarser_than_another" in among("1983", values) and "earliest" not in among("1983", values)
    assert among("2001", ["2001"]) == {"date_candidates": 1 / 6, "only_date": 1.0}


def test_thresholds_trade_right_values_against_wrong_ones() -> None:
    ex = [
        Example("s", str(i), "defection.to", "X", {}, label, group=str(i))
        for i, label in enumerate([1, 1, 1, 0, 1, 0, 0])
    ]
    probs = [0.95, 0.9, 0.85, 0.8, 0.7, 0.4, 0.3]
    predicted = list(zip(ex, probs, strict=True))
    # one wrong value costs four right ones: keep only the top three (the lowest such threshold)
    keep, _ = choose_thresholds(predicted, {"attribute": 4.0, "fact": 1.0})["defection.to"]
    assert keep == pytest.approx(0.85)
    # at cost 0.5 the fourth and fifth are worth it too
    keep, _ = choose_thresholds(predicted, {"attribute": 0.5, "fact": 1.0})["defection.to"]
    assert keep == pytest.approx(0.45)


def test_a_precision_floor_raises_the_threshold_where_the_cost_alone_would_not() -> None:
    ex = [
        Example("s", str(i), "defection.to", "X", {}, label, group=str(i))
        for i, label in enumerate([1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1])
    ]
    probs = [0.95, 0.93, 0.91, 0.9, 0.88, 0.86, 0.84, 0.8, 0.7, 0.6, 0.55]
    predicted = list(zip(ex, probs, strict=True))
    cost = {"attribute": 3.0, "fact": 1.0}
    # at cost 3 the one wrong value is worth the three right ones below it (10 right, 1 wrong)
    keep, _ = choose_thresholds(predicted, cost)["defection.to"]
    assert keep <= 0.55
    # at least 0.95 right: 10 / 11 is not enough, so stop above the wrong value
    keep, _ = choose_thresholds(predicted, cost, min_precision=0.95)["defection.to"]
    assert keep == pytest.approx(0.85)


def test_the_error_list_names_wrong_and_missed_decisions_only() -> None:
    def ex(group: str, value: str, label: int, proposed: bool, p: float) -> tuple[Example, float]:
        return Example("s", group, "agreement.status", value, {}, label, group=group, proposed=proposed), p

    predicted = [
        ex("g-right", "signed", 1, True, 0.9),  # asserted and right: not listed
        ex("g-wrong", "signed", 0, True, 0.9),  # asserted and wrong
        ex("g-wrong", "in_force", 1, False, 0.3),
        ex("g-missed", "suspended", 1, False, 0.4),  # nothing clears 0.5, a right value was there
        ex("g-hopeless", "terminated", 0, True, 0.2),  # nothing asserted, nothing right: not listed
    ]
    out = misfits(predicted, "agreement.status", {"agreement.status": (0.5, 0.5)})
    heads = [line for line in out.splitlines() if not line.startswith(" ")]
    assert heads == ["missed g-missed", "wrong g-wrong"]
    assert "  0.90 ----- rules signed\n  0.30 right       in_force" in out

def test_another_candidate_has_its_own_threshold() -> None:
    # in each group the rules' value (p 0.6) is wrong and another candidate (p 0.55) is right
    ex = []
    for g in range(5):
        ex.append((Example("s", str(g), "defection.date", "1990", {}, 0, group=str(g), proposed=True), 0.6))
        ex.append((Example("s", str(g), "defection.date", "1991", {}, 1, group=str(g), proposed=False), 0.55))
    keep, alt = choose_thresholds(ex, {"attribute": 1.0, "fact": 1.0})["defection.date"]
    assert keep > 0.6 and alt <= 0.55  # veto the rules' value, take the other


def test_a_clear_favourite_is_chosen_below_the_threshold() -> None:
    spec = {"intercept": 0.0, "weights": {"w": 1.0}, "threshold": 0.9, "margin_floor": 0.55, "margin": 0.4}
    model = SlotModel({"defection.date": spec})
    # p 0.73 against 0.12: below the threshold, but far ahead of its rival
    ahead = [
        ScoredSlot("defection.date", "1983-05", {"w": 1.0}),
        ScoredSlot("defection.date", "1983", {"w": -2.0}),
    ]
    picked, _ = choose(model, ahead)
    assert picked["defection.date"] is not None and picked["defection.date"].value == "1983-05"
    # p 0.73 against 0.62: no clear favourite, nothing asserted
    close = [
        ScoredSlot("defection.date", "1983-05", {"w": 1.0}),
        ScoredSlot("defection.date", "1983", {"w": 0.5}),
    ]
    assert choose(model, close)[0]["defection.date"] is None
    # a model trained without the rule never uses it
    plain = SlotModel({"defection.date": {k: v for k, v in spec.items() if not k.startswith("margin")}})
    assert choose(plain, ahead)[0]["defection.date"] is None


def test_the_favourite_rule_is_trained_on_what_it_gains() -> None:
    # five groups whose favourite (p 0.7, far ahead) is right, one whose favourite is wrong
    ex = []
    for g, label in enumerate([1, 1, 1, 1, 1, 0]):
        ex.append((Example("s", str(g), "defection.date", "1990", {}, label, group=str(g)), 0.7))
        ex.append((Example("s", str(g), "defection.date", "1991", {}, 0, group=str(g)), 0.1))
    thresholds = {"defection.date": (0.95, 0.95)}  # nothing clears the thresholds
    floor, lead = choose_margins(ex, {"attribute": 3.0, "fact": 1.0}, thresholds)["defection.date"]
    assert floor <= 0.7 and lead <= 0.6  # 5 right against 1 wrong is worth it at cost 3
    floor, lead = choose_margins(ex, {"attribute": 6.0, "fact": 1.0}, thresholds)["defection.date"]
    assert floor == 1.01 or lead == 1.01  # at cost 6 it is not


# --- features on a parsed article ------------------------------------------------------------


def _proposed(nlp, text: str, published: date, kind: type) -> list[ScoredSlot]:  # type: ignore[no-untyped-def]
    """The rules' one fact of ``kind`` in ``text`` and every candidate of its slots (scorer off)."""
    from diplograph.extract import facts_from_doc

    scored: list = []
    facts_from_doc(nlp(text), Article(id="t", text=text, published=published), model=None, scores=scored)
    [candidates] = [slots for fact, slots in scored if isinstance(fact, kind)]
    return candidates


@pytest.mark.model
def test_features_tell_a_destination_from_a_protecting_state(nlp) -> None:
    text = (
        "Tomas Rybar, a Slovak trade attaché in Vienna, defected to Canada in March 1987. "
        "He had first hidden at the Swiss embassy for a week."
    )
    proposed = _proposed(nlp, text, date(1987, 6, 1), Defection)
    by_slot = {s.slot: s for s in proposed if s.proposed}
    to = by_slot["defection.to"]
    assert to.value == "CAN"
    assert to.features["in_evidence"] == 1.0 and to.features["prep=to"] == 1.0
    # the sheltering state is a candidate too, marked as a mission's state
    sheltered = next(s for s in proposed if s.slot == "defection.to" and s.value == "CHE")
    assert not sheltered.proposed and sheltered.features["modifies_mission"] == 1.0
    date_slot = by_slot["defection.date"]
    assert date_slot.value == "1987-03" and date_slot.features["precision=month"] == 1.0
    assert date_slot.features["in_evidence"] == 1.0 and "after_publication" not in date_slot.features


@pytest.mark.model
def test_the_trainer_runs_end_to_end_and_is_deterministic(tmp_path: Path) -> None:
    from diplograph.train import main

    texts = [
        "Lena Varga, a Hungarian diplomat in Bern, defected to Austria in May 1983.",
        "Karl Odum, an Estonian sailor, jumped ship in Oslo and asked for asylum in Norway last week.",
        "Peru and Chile signed a fisheries accord in Lima in March 2004.",
        "The talks between Ghana and Togo ended without a deal.",
    ]
    gold = [
        {
            "persons": [{"name": "Lena Varga", "nationality": "HUN"}],
            "countries": ["HUN", "CHE", "AUT"],
            "defections": [
                {"defector": "Lena Varga", "from": "HUN", "to": "AUT", "post_host": "CHE", "date": "1983-05"}
            ],
        },
        {
            "persons": [{"name": "Karl Odum", "nationality": "EST"}],
            "countries": ["EST", "NOR"],
            "defections": [
                {"defector": "Karl Odum", "from": "EST", "to": "NOR", "post_host": None, "date": "2001-02"}
            ],
        },
        {
            "countries": ["PER", "CHL"],
            "agreements": [
                {"name": "fisheries accord", "parties": ["PER", "CHL"], "date": "2004-03", "status": "signed"}
            ],
        },
        {"countries": ["GHA", "TGO"]},
    ]
    sets = []
    for k in range(2):
        folder = tmp_path / f"set{k}"
        folder.mkdir()
        rows = [{"id": f"s{k}-{i}", "published": "2001-03-01", "text": t} for i, t in enumerate(texts * 3)]
        (folder / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        (folder / "gold.json").write_text(
            json.dumps({"articles": {f"s{k}-{i}": g for i, g in enumerate(gold * 3)}}), encoding="utf-8"
        )
        sets.append(str(folder))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["--sets", *sets, "-o", str(first)]) == 0
    assert main(["--sets", *sets, "-o", str(second)]) == 0
    model = json.loads(first.read_text(encoding="utf-8"))
    again = json.loads(second.read_text(encoding="utf-8"))
    assert {**model, "command": ""} == {**again, "command": ""}  # the command names its own -o
    assert model["trained_on"] == ["set0", "set1"]
    assert model["slots"]["defection.to"]["trees"]  # enough examples to fit the destination
    assert model["command"].startswith("python -m diplograph.train --sets")


@pytest.mark.model
def test_party_sets_are_candidates_and_a_count_word_is_read(nlp) -> None:
    text = (
        "Four neighbours, Peru, Chile, Bolivia and Ecuador, signed a water-sharing pact in Quito on "
        "Friday after talks that Argentina had hosted."
    )
    proposed = _proposed(nlp, text, date(2010, 3, 8), Agreement)
    sets = {s.value: s for s in proposed if s.slot == "agreement.parties"}
    four = next(s for v, s in sets.items() if set(v.split()) == {"PER", "CHL", "BOL", "ECU"})
    assert four.features["count_matches_size"] == 1.0
    every = next(s for s in sets.values() if s.features.get("every_state_named"))
    assert "ARG" in every.value.split()  # the host of the talks is a candidate, to be judged


@pytest.mark.model
def test_a_later_status_near_the_agreement_is_a_candidate(nlp) -> None:
    text = (
        "Ghana and Togo signed the Volta Fisheries Accord in Accra in 2009. "
        "It let boats from both states fish the lake. "
        "Last year Togo pulled out of the accord, citing unpaid licence fees. "
        "Ghana has said it may renew the arrangement if talks resume."
    )
    proposed = _proposed(nlp, text, date(2020, 5, 4), Agreement)
    status = {s.value: s for s in proposed if s.slot == "agreement.status"}
    assert {"signed", "withdrawn"} <= status.keys()
    withdrawn = status["withdrawn"]
    assert withdrawn.features["latest"] == 1.0 and withdrawn.features.get("on_agreement_noun") == 1.0
    # "may renew ... if talks resume" is said as a possibility, never the latest fact
    renewed = status["in_force"]  # "renew" is a status verb of the scorer's own list
    assert renewed.features["latest"] == 0.0 and renewed.features.get("all_modal") == 1.0


@pytest.mark.model
def test_the_articles_two_states_are_a_candidate_party_set(nlp) -> None:
    text = (
        "Ghana and Togo have argued over fishing grounds for a decade. Ghana blamed Togo in March. "
        "On Friday Kofi Mensah and Eli Adjovi signed the Keta Lagoon Accord."
    )
    proposed = _proposed(nlp, text, date(2020, 1, 1), Agreement)
    parties = {s.value: s for s in proposed if s.slot == "agreement.parties"}
    # the signing sentence names no state: the pair the article is about is the only candidate
    assert set(parties) == {"GHA TGO"}
    assert parties["GHA TGO"].features.get("the_articles_two_states") == 1.0
    assert not parties["GHA TGO"].proposed


@pytest.mark.model
def test_a_party_named_by_a_combining_form_counts_as_named(nlp) -> None:
    text = "Veterans gathered in Harbin to recall the Sino-Soviet border accord of 1991."
    proposed = _proposed(nlp, text, date(2011, 5, 16), Agreement)
    parties = [s for s in proposed if s.slot == "agreement.parties"]
    pair = next(s for s in parties if set(s.value.split()) == {"CHN", "SUN"})
    # "Soviet" is a country mention; "Sino" only a combining form, yet it names China just as well
    assert pair.features["all_in_evidence"] == 1.0 and pair.features["any_not_mentioned"] == 0.0
    assert pair.features.get("in_a_compound") == 1.0


@pytest.mark.model
def test_a_state_knows_its_place_in_the_defectors_story(nlp) -> None:
    text = (
        "Ilir Berisha, an Albanian trade attaché, defected in May 1984. "
        "He crossed first into Greece, where police questioned him for a week. "
        "He later settled in Australia."
    )
    proposed = _proposed(nlp, text, date(1984, 9, 1), Defection)
    to = {s.value: s.features for s in proposed if s.slot == "defection.to"}
    assert to["GRC"].get("place_order=first") == 1.0 and to["AUS"].get("place_order=last") == 1.0
    assert to["AUS"].get("place_subject=defector") == 1.0  # "He later settled in": the defector's act
    assert to["GRC"].get("place_subject=defector") == 1.0  # "He crossed first into"
    assert "place_order=first" not in to["AUS"]


@pytest.mark.model
def test_a_status_cue_knows_whether_it_is_the_news_or_the_background(nlp) -> None:
    text = (
        "A river-navigation convention between Laos and Cambodia took effect on Monday. "
        "The two governments signed it in Vientiane in 1997. "
        "It lapses in 2040 unless renewed."
    )
    proposed = _proposed(nlp, text, date(2003, 6, 11), Agreement)
    status = {s.value: s.features for s in proposed if s.slot == "agreement.status"}
    assert status["in_force"].get("some_news") == 1.0 and status["in_force"].get("cue_in_lead") == 1.0
    assert status["signed"].get("all_background") == 1.0 and "cue_in_lead" not in status["signed"]
    # "lapses in 2040" is dated after the article: not the status now, however late it is said
    assert status["terminated"].get("all_ahead") == 1.0 and status["terminated"]["latest"] == 0.0


@pytest.mark.model
def test_the_post_left_has_candidates_beyond_the_rules(nlp) -> None:
    text = (
        "Pavel Horak defected in April 1979. For three years he had worked as a Czechoslovak "
        "trade attaché in Stockholm, and he later surfaced in West Germany."
    )
    proposed = _proposed(nlp, text, date(1979, 9, 1), Defection)
    posts = {s.value: s for s in proposed if s.slot == "defection.post"}
    sweden = posts["SWE"]
    assert sweden.post is not None and sweden.post.host == "SWE" and sweden.post.city == "Stockholm"
    assert sweden.features["diplomatic_words"] == 1.0 and sweden.features["post_from=city"] == 1.0
    # a place with no state left is no post: the gate asserts it only once a state left is chosen
    model = _model(defection=(3.0, {}, 0.5), defection_post=(3.0, {}, 0.5))
    # (the rules now read his posting, CSK in SWE; a candidate drawn from the city alone has no sender)
    city_only = replace(sweden, post=replace(sweden.post, sending=""))
    no_state_left = [city_only if s is sweden else s for s in proposed if s.slot != "defection.from"]
    kept, _ = gate_defection(model, Defection("Pavel Horak", None), no_state_left)
    assert kept is not None and kept.from_post is None


@pytest.mark.model
def test_a_date_knows_whose_act_it_dates(nlp) -> None:
    text = (
        "Marta Olsen, a Danish cultural attaché in Santiago, has asked Chile for asylum. "
        "She left the residence on 4 May 1979, her lawyer said. "
        "Her husband had flown home on 2 April 1979."
    )
    proposed = _proposed(nlp, text, date(1979, 5, 20), Defection)
    dates = {s.value: s.features for s in proposed if s.slot == "defection.date"}
    # "She" is the defector by her antecedent; "Her husband" is someone else
    assert dates["1979-05-04"].get("date_subject=defector") == 1.0
    assert "date_subject=defector" not in dates["1979-04-02"]
    assert dates["1979-04-02"].get("date_subject=other") == 1.0


@pytest.mark.model
def test_a_lone_party_is_completed_from_a_neighbouring_sentence_and_sets_are_not_repeated(nlp) -> None:
    text = (
        "The French and British delegations spent a week at the port. "
        "On Tuesday France signed the Channel Herring Treaty in the town hall."
    )
    proposed = _proposed(nlp, text, date(1960, 5, 20), Agreement)
    sets = [s for s in proposed if s.slot == "agreement.parties"]
    pair = next(s for s in sets if set(s.value.split()) == {"FRA", "GBR"})
    assert not pair.proposed and pair.features["added_from_neighbour_sentence"] == 1.0
    # one candidate per set of states, whatever order its states were found in
    assert len({frozenset(s.value.split()) for s in sets}) == len(sets)
    listed = _proposed(
        nlp,
        "Four neighbours, Peru, Chile, Bolivia and Ecuador, signed a water-sharing pact in Quito on "
        "Friday after talks that Argentina had hosted.",
        date(2010, 3, 8),
        Agreement,
    )
    party_sets = [frozenset(s.value.split()) for s in listed if s.slot == "agreement.parties"]
    assert len(set(party_sets)) == len(party_sets)


def _defections_proposed(nlp, text: str, published: date) -> list[str]:  # type: ignore[no-untyped-def]
    """The defectors of every defection put to the shipped scorer: the rules' and the frames'."""
    scores: list = []
    facts_from_doc(nlp(text), Article(id="t", text=text, published=published), scores=scores)
    return [d.defector for d, _ in scores if isinstance(d, Defection)]


@pytest.mark.model
def test_a_denied_flight_is_neither_a_fact_nor_a_frame_for_the_scorer(nlp) -> None:  # type: ignore[no-untyped-def]
    denied = "Quito dismissed reports that its consul in Lima, Jorge Paez, had fled to Chile."
    told = "Quito confirmed reports that its consul in Lima, Jorge Paez, had fled to Chile."
    for text, frames in ((denied, 0), (told, 1)):
        assert len(_defections_proposed(nlp, text, date(2020, 8, 1))) == frames, text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A clerk of the Laotian embassy in Hanoi has been granted asylum in Thailand, the foreign "
        "minister, Sompong Keo, told reporters.",
        "A clerk of the Laotian embassy in Hanoi has been granted asylum in Thailand. The foreign "
        "minister, Sompong Keo, said so on Monday.",
    ],
    ids=["closing-attribution", "speaker-in-the-next-sentence"],
)
def test_the_one_who_tells_of_a_flight_is_no_frame_for_the_scorer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _defections_proposed(nlp, text, date(2020, 1, 1)) == []
