"""WordIndex: token positions by lowercase form, exact text or lemma, on hand-built Docs."""

import spacy
from spacy.tokens import Doc

from diplograph.nlp.index import WordIndex, sentences

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


def test_nlp_index_positions_answers_are_fresh_lists_in_text_order():
    index = WordIndex(_doc())
    first = index.positions({"wife"})
    first.append(99)  # a caller's list is its own: the index keeps its answer
    assert index.positions({"wife"}) == [1, 10]
    assert index.positions({"!", "his", ","}) == [0, 2, 4, 11]


def _sentenced() -> Doc:
    words = ["A", "b", ".", "C", "d", "e", ".", "F", ".", "G", "h", "."]
    starts = [True, False, False, True, False, False, False, True, False, True, False, False]
    return Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)


def test_nlp_index_sentences_finds_a_tokens_sentence_and_counts_between():
    doc = _sentenced()
    index = sentences(doc)
    assert index.starts == [0, 3, 7, 9]
    assert [index.number(i) for i in (0, 2, 3, 6, 7, 11)] == [0, 0, 1, 1, 2, 3]
    assert index.apart(1, 8) == 2 and index.apart(3, 3) == 0 and index.apart(2, 11) == 3
    assert [s.start for s in index.following(doc[3:7])] == [7, 9]
    assert [s.start for s in index.following(doc[0:3], 1)] == [3]
    assert sentences(doc) is index  # made once, kept with the Doc
