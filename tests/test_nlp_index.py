"""WordIndex: token positions by lowercase form, exact text or lemma, on hand-built Docs."""

import spacy
from spacy.tokens import Doc

from diplograph.nlp.index import WordIndex

WORDS = ["His", "wife", ",", "Ana", ",", "left", ".", "The", "Republic", "said", "wife", "!"]


def _doc() -> Doc:
    lemmas = ["his", "wife", ",", "Ana", ",", "leave", ".", "the", "Republic", "say", "wife", "!"]
    return Doc(spacy.blank("en").vocab, words=WORDS, lemmas=lemmas)  # English lexeme attrs (LOWER)


def test_nlp_index_positions_by_lowercase_form():
    assert WordIndex(_doc()).positions({"wife", "his", "absent"}) == [0, 1, 10]


def test_nlp_index_positions_by_exact_text_and_lemma():
    index = WordIndex(_doc())
    assert index.positions({"Republic"}, by="orth") == [8]
    assert index.positions({"republic"}, by="orth") == []
    assert index.positions({","}, by="orth") == [2, 4]
    assert index.positions({"leave", "say"}, by="lemma") == [5, 9]


def test_nlp_index_positions_of_no_words_is_empty():
    assert WordIndex(_doc()).positions(set()) == []


def test_nlp_index_where_tests_each_form_once():
    asked: list[str] = []

    def ends_in_e(form: str) -> bool:
        asked.append(form)
        return form.endswith("e")

    assert WordIndex(_doc()).where(ends_in_e) == [1, 7, 10]
    assert sorted(asked) == sorted({w.lower() for w in WORDS})
