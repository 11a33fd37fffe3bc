"""AttributeIndex: the attribute_ruler's matches found through an index give spaCy's own matches.

Rule kinds on hand-built Docs (every condition the index reads, and the kinds it leaves to a
Matcher); then the real model's 179 rules on real and generated news text, match for match and
annotation for annotation.
"""

from __future__ import annotations

import importlib.util
import pickle
import sys
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from diplograph.nlp import DEFAULT_MODEL
from diplograph.nlp.attribute_index import AttributeIndex, index_attribute_ruler

ROOT = Path(__file__).resolve().parent.parent

WORDS = ["He", "ai", "n't", "gon", "na", "say", "nothin'", ",", "y'", "all", " ", "Dr.", "Mays", "left", "."]
TAGS = ["PRP", "VBP", "RB", "VBG", "TO", "VB", "NN", ",", "PRP", "DT", "_SP", "NNP", "NNP", "VBD", "."]
DEPS = ["nsubj", "aux", "neg", "aux", "aux", "ROOT", "dobj", "punct", "nsubj", "det", "dep", "compound",
        "nsubj", "conj", "punct"]
HEADS = [5, 5, 5, 5, 5, 5, 5, 5, 13, 8, 9, 12, 13, 5, 5]

RULES: list[tuple[list[list[dict]], dict[str, str], int]] = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN"}, 0),  # a tag
    ([[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]], {"LEMMA": "be"}, 0),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, 1),  # two words, the second annotated
    ([[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], {"LEMMA": "nothing"}, 0),  # a regex on the first word
    ([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"}, 0),
    ([[{"IS_SPACE": True}]], {"POS": "SPACE"}, 0),  # a flag
    ([[{"TAG": {"NOT_IN": ["NNP", "_SP"]}, "DEP": "nsubj"}]], {"MORPH": "Case=Nom"}, 0),
    ([[{"ORTH": "Dr."}], [{"TEXT": "Mays"}]], {"POS": "PROPN"}, 0),  # one rule, two patterns
    ([[{"TAG": "NNP"}, {"TAG": "NNP", "OP": "?"}]], {"MORPH": "Number=Sing"}, -1),  # an operator: a Matcher's
    ([[{"LENGTH": {">=": 4}, "TAG": "VBD"}]], {"LEMMA": "leave"}, 0),  # a comparison: a Matcher's
    ([[{"TAG": "NN"}]], {"MORPH": "Number=Sing"}, 0),  # a later rule on the same words
]


def _ruler(nlp: Language) -> AttributeRuler:
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in RULES:
        ruler.add(patterns=patterns, attrs=attrs, index=index)  # type: ignore[attr-defined]
    return ruler  # type: ignore[return-value]


def _doc(vocab) -> Doc:  # type: ignore[no-untyped-def]
    spaces = [False] * len(WORDS)
    return Doc(vocab, words=WORDS, spaces=spaces, tags=TAGS, deps=DEPS, heads=HEADS)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_nlp_attribute_index_finds_the_matchers_matches_for_every_rule_kind() -> None:
    nlp = spacy.blank("en")
    ruler = _ruler(nlp)
    doc = _doc(nlp.vocab)
    want = ruler.match(doc)
    got = AttributeIndex(ruler)(doc)
    assert got == want
    numbers = {number for number, *_ in got}
    assert numbers == set(range(len(RULES)))  # every rule matched somewhere: none untested


def test_nlp_attribute_index_sets_the_same_attributes() -> None:
    nlp = spacy.blank("en")
    ruler = _ruler(nlp)
    stock = ruler(_doc(nlp.vocab))
    assert index_attribute_ruler(nlp)
    indexed = ruler(_doc(nlp.vocab))
    assert _annotations(indexed) == _annotations(stock)
    assert [t.lemma_ for t in indexed][1:5] == ["be", "", "", "to"]


def test_nlp_attribute_index_is_idempotent_and_sees_rules_added_later() -> None:
    nlp = spacy.blank("en")
    ruler = _ruler(nlp)
    assert index_attribute_ruler(nlp) and index_attribute_ruler(nlp)
    first = vars(ruler)["match"]
    assert isinstance(first, AttributeIndex) and vars(ruler)["match"] is first
    ruler.add(patterns=[[{"LOWER": "left"}]], attrs={"LEMMA": "leave"})
    doc = ruler(_doc(nlp.vocab))
    assert doc[13].lemma_ == "leave"


def test_nlp_attribute_index_pickles_with_its_pipeline() -> None:
    """A pipeline must still pickle (spawned processes receive it so); the index is rebuilt there."""
    nlp = spacy.blank("en")
    _ruler(nlp)
    index_attribute_ruler(nlp)
    copy = pickle.loads(pickle.dumps(nlp))
    assert isinstance(vars(copy.get_pipe("attribute_ruler"))["match"], AttributeIndex)
    assert _annotations(copy(_doc(copy.vocab))) == _annotations(nlp(_doc(nlp.vocab)))


def test_nlp_attribute_index_leaves_a_model_without_a_ruler_alone() -> None:
    nlp = spacy.blank("en")
    assert not index_attribute_ruler(nlp)
    assert nlp.pipe_names == []


def _texts() -> list[str]:
    spec = importlib.util.spec_from_file_location("bench_make_corpus_ai", ROOT / "bench" / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    from diplograph.read import read_articles

    sample = [a.text for a in read_articles([ROOT / "data" / "sample"])]
    return sample + [a["text"] for a in module.generate_articles(60, seed=11)]


@pytest.mark.model
def test_nlp_attribute_index_on_the_model_gives_spacys_matches_and_annotations() -> None:
    stock = spacy.load(DEFAULT_MODEL)
    indexed = spacy.load(DEFAULT_MODEL)
    assert index_attribute_ruler(indexed)
    texts = _texts()
    ruler = stock.get_pipe("attribute_ruler")
    index = AttributeIndex(ruler)  # type: ignore[arg-type]
    with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        for doc in stock.pipe(texts):
            assert index(doc) == ruler.match(doc)  # type: ignore[attr-defined]
    for want, got in zip(stock.pipe(texts), indexed.pipe(texts), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.ent_type_) for t in got] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.ent_type_) for t in want
        ]


@pytest.mark.model
def test_nlp_attribute_index_is_how_diplographs_model_matches(nlp: Language) -> None:
    assert isinstance(vars(nlp.get_pipe("attribute_ruler"))["match"], AttributeIndex)
