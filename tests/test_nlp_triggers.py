"""``dg_trigger_ruler`` finds exactly what a stock ``span_ruler`` finds with the same patterns.

The comparison runs on Docs annotated by hand (random words, tags and lemmas from a small
vocabulary, so patterns fire often and overlap), with the project's own patterns and with patterns
that exercise what the ruler treats specially: ``IN`` sets, operators, phrases, a first token it
cannot index. One model test compares the two on the sample articles.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplograph.nlp.triggers import TriggerRuler, _longest, _spelled_out, trigger_patterns

# (word, pos, tag, lemma): words the project's cues are made of, and filler
WORDS = [
    ("defected", "VERB", "VBD", "defect"),
    ("defect", "NOUN", "NN", "defect"),
    ("fled", "VERB", "VBD", "flee"),
    ("escape", "NOUN", "NN", "escape"),
    ("escaped", "VERB", "VBD", "escape"),
    ("switched", "VERB", "VBD", "switch"),
    ("sides", "NOUN", "NNS", "side"),
    ("went", "VERB", "VBD", "go"),
    ("over", "ADP", "RP", "over"),
    ("to", "ADP", "IN", "to"),
    ("into", "ADP", "IN", "into"),
    ("crossed", "VERB", "VBD", "cross"),
    ("the", "DET", "DT", "the"),
    ("his", "PRON", "PRP$", "his"),
    ("post", "NOUN", "NN", "post"),
    ("left", "VERB", "VBD", "leave"),
    ("treaty", "NOUN", "NN", "treaty"),
    ("signed", "VERB", "VBD", "sign"),
    ("Framework", "PROPN", "NNP", "Framework"),
    ("and", "CCONJ", "CC", "and"),
    (",", "PUNCT", ",", ","),
    ("not", "PART", "RB", "not"),
    ("return", "VERB", "VB", "return"),
    ("home", "ADV", "RB", "home"),
    ("in", "ADP", "IN", "in"),
    ("force", "NOUN", "NN", "force"),
    ("pulled", "VERB", "VBD", "pull"),
    ("out", "ADP", "RP", "out"),
    ("Soto", "PROPN", "NNP", "Soto"),
    ("border", "NOUN", "NN", "border"),
]

SPECIAL_PATTERNS: list[dict[str, Any]] = [
    # an operator on the first token: cannot be indexed, runs over the whole text
    {"label": "X", "id": "op-first", "pattern": [{"LOWER": "the", "OP": "?"}, {"LEMMA": "treaty"}]},
    # no plain word on the first token: only a part of speech
    {"label": "X", "id": "pos-first", "pattern": [{"POS": "PROPN"}, {"LOWER": {"IN": ["and", ","]}}]},
    # unbounded operators after an indexed first token
    {
        "label": "X",
        "id": "star",
        "pattern": [{"LEMMA": "cross"}, {"IS_PUNCT": False, "OP": "*"}, {"LOWER": "into"}],
    },
    {"label": "X", "id": "plus", "pattern": [{"LOWER": "not"}, {"POS": "VERB", "OP": "+"}]},
    # a set under an operator stays a set
    {
        "label": "X",
        "id": "set-op",
        "pattern": [{"LEMMA": "go"}, {"LOWER": {"IN": ["over", "to"]}, "OP": "{1,2}"}],
    },
    # two sets on one token, and a NOT_IN
    {
        "label": "Y",
        "id": "two-sets",
        "pattern": [{"LOWER": {"IN": ["fled", "left"]}, "TAG": {"IN": ["VBD", "VBN"]}}],
    },
    {"label": "Y", "id": "not-in", "pattern": [{"LEMMA": "leave"}, {"LOWER": {"NOT_IN": ["the"]}}]},
    # the same id under two labels, and a phrase
    {"label": "Y", "id": "shared", "pattern": [{"TEXT": "Framework"}]},
    {"label": "Z", "id": "shared", "pattern": [{"ORTH": "Framework"}]},
    {"label": "Z", "id": "phrase", "pattern": "in force"},
]


def _random_doc(nlp: Language, rng: random.Random, length: int) -> Doc:
    rows = [rng.choice(WORDS) for _ in range(length)]
    words, pos, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas)


def _stock(nlp: Language, patterns: list[dict[str, Any]]) -> Any:
    ruler = nlp.add_pipe("span_ruler", name="stock", config={"spans_key": "stock", "validate": True})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return ruler


def _spans(doc: Doc, key: str) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans[key]]


@pytest.mark.parametrize("patterns", [trigger_patterns(), SPECIAL_PATTERNS], ids=["project", "special"])
def test_triggers_ruler_finds_what_span_ruler_finds(patterns: list[dict[str, Any]]) -> None:
    nlp = spacy.blank("en")
    stock = _stock(nlp, patterns)
    ours = TriggerRuler(nlp, patterns, spans_key="ours")
    rng = random.Random(7)
    found = 0
    for _ in range(300):
        doc = _random_doc(nlp, rng, rng.randint(1, 40))
        stock(ours(doc))
        assert _spans(doc, "ours") == _spans(doc, "stock"), doc.text
        found += len(doc.spans["ours"])
    assert found > 300  # the patterns really fired


def test_triggers_ruler_needs_the_annotations_its_patterns_read() -> None:
    nlp = spacy.blank("en")
    ruler = TriggerRuler(nlp, [{"label": "X", "pattern": [{"LEMMA": "quite-unlikely"}]}])
    with pytest.raises(ValueError, match="E155"):
        ruler(nlp.make_doc("no lemmas here"))


def test_triggers_sets_are_spelled_out_except_under_an_operator() -> None:
    pattern = [
        {"LOWER": {"IN": ["a", "b"]}, "POS": {"IN": ["X", "Y"]}},
        {"LOWER": {"IN": ["c", "d"]}, "OP": "?"},
    ]
    assert _spelled_out(pattern) == [
        [{"LOWER": low, "POS": pos}, {"LOWER": {"IN": ["c", "d"]}, "OP": "?"}]
        for low in ("a", "b")
        for pos in ("X", "Y")
    ]


@pytest.mark.parametrize(
    ("ops", "longest"),
    [
        (["1"], 1),
        (["1", "?", "!"], 3),
        (["1", "{0,5}", "1"], 7),
        (["{3}"], 3),
        (["{,2}"], 2),
        (["1", "*"], None),
        (["+"], None),
        (["{2,}"], None),
    ],
)
def test_triggers_longest_match(ops: list[str], longest: int | None) -> None:
    assert _longest([{"LOWER": "x", "OP": op} for op in ops]) == longest


@pytest.mark.model
def test_triggers_ruler_on_the_sample_articles_equals_span_ruler(nlp: Language, sample_dir: Any) -> None:
    from diplograph.nlp import TRIGGERS_KEY
    from diplograph.read import read_articles

    stock = spacy.blank("en")
    ruler = _stock(stock, trigger_patterns())
    texts = [a.text for a in read_articles([sample_dir])]
    assert texts
    for doc in nlp.pipe(texts):
        ruler(doc)
        assert _spans(doc, TRIGGERS_KEY) == _spans(doc, "stock")
