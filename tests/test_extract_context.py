"""Context: the per-article view the extraction rules share, on hand-built Docs (no model)."""

from datetime import date

import spacy
from spacy.tokens import Doc

from diplograph.extract.context import Context
from diplograph.model import Article

_VOCAB = spacy.blank("en").vocab
# "He left on 4 May 2021. Talks resumed in June. The week of 1 July ended it."
WORDS = ["He", "left", "on", "4", "May", "2021", ".", "Talks", "resumed", "in", "June", ".",
         "The", "week", "of", "1", "July", "ended", "it", "."]
SENT_STARTS = [1 if i in {0, 7, 12} else 0 for i in range(len(WORDS))]
ENTS = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "B-DATE", "O",
        "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O"]


def _doc() -> Doc:
    spaces = [i + 1 < len(WORDS) and WORDS[i + 1] != "." for i in range(len(WORDS))]
    return Doc(_VOCAB, words=WORDS, spaces=spaces, sent_starts=SENT_STARTS, ents=ENTS)


def _article(text: str) -> Article:
    return Article(id="a1", text=text, published=date(2021, 6, 20))


def test_extract_context_text_is_the_articles_own_string() -> None:
    doc = _doc()
    article = _article(doc.text)
    assert Context(doc, article).text is article.text  # not joined again from the tokens


def test_extract_context_text_of_a_doc_made_from_other_text_is_the_docs() -> None:
    doc = _doc()
    other = "X" * len(doc.text)  # same length, other words: the Doc's text must win
    assert Context(doc, _article(other)).text == doc.text


def test_extract_context_dates_in_a_sentence_are_its_date_entities() -> None:
    doc = _doc()
    ctx = Context(doc, _article(doc.text))
    found = [[ent.text for ent, _ in ctx.dates_in(sent)] for sent in doc.sents]
    assert found == [["4 May 2021"], ["June"], ["1 July"]]
    # the same entities Span.ents gives, sentence by sentence
    assert found == [[e.text for e in sent.ents if e.label_ == "DATE"] for sent in doc.sents]
    assert ctx.dates_in(doc[0:5]) == []  # "He left on 4 May": the date is not wholly inside


def _dated(words: list[str], ents: list[str], published: date) -> Context:
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))]
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    doc = Doc(_VOCAB, words=words, spaces=spaces, sent_starts=starts, ents=ents)
    return Context(doc, Article(id="a1", text=doc.text, published=published))


def test_extract_context_a_dateline_day_anchors_relative_dates() -> None:
    """A story filed on Saturday and printed on Monday: "yesterday" is Friday, not Sunday."""
    words = ["OSLO", ",", "March", "7", "—", "She", "left", "yesterday", "."]
    ents = ["B-GPE", "O", "B-DATE", "I-DATE", "O", "O", "O", "B-DATE", "O"]
    ctx = _dated(words, ents, date(2020, 3, 9))
    assert ctx.anchor == date(2020, 3, 7)
    # the dateline is not a date of the story
    assert [value for _, value in ctx.all_dates()] == ["2020-03-06"]


def test_extract_context_a_weekday_dateline_sentence_anchors_too() -> None:
    words = ["LIMA", ",", "Thursday", ".", "He", "fled", "on", "Tuesday", "."]
    ents = ["B-GPE", "O", "B-DATE", "O", "O", "O", "O", "B-DATE", "O"]
    ctx = _dated(words, ents, date(2020, 3, 13))  # a Friday
    assert ctx.anchor == date(2020, 3, 12)
    assert [value for _, value in ctx.all_dates()] == ["2020-03-10"]


def test_extract_context_a_dateline_far_from_publication_is_not_the_anchor() -> None:
    words = ["OSLO", ",", "March", "7", "—", "She", "left", "yesterday", "."]
    ents = ["B-GPE", "O", "B-DATE", "I-DATE", "O", "O", "O", "B-DATE", "O"]
    assert _dated(words, ents, date(2020, 5, 9)).anchor == date(2020, 5, 9)  # two months: a misprint
    words[0] = "Oslo"  # no capitals, no dateline
    assert _dated(words, ents, date(2020, 3, 9)).anchor == date(2020, 3, 9)


def test_extract_context_a_month_only_source_gives_no_day_to_count_from() -> None:
    doc = _doc()
    dated = Context(doc, _article(doc.text))
    monthly = Context(
        doc, Article(id="a1", text=doc.text, published=date(2021, 6, 1), published_precision="month")
    )
    assert dated.anchor == date(2021, 6, 20)
    assert monthly.anchor is None and monthly.year == 2021
    # "in June" needs a year only; it still resolves
    assert [value for _, value in monthly.dates_in(list(doc.sents)[1])] == ["2021-06"]


def test_extract_context_a_year_only_source_drops_a_bare_month() -> None:
    doc = _doc()
    yearly = Context(
        doc, Article(id="a1", text=doc.text, published=date(2021, 1, 1), published_precision="year")
    )
    # "in June" of a 2021 source could be June 2020: left out rather than guessed
    assert [value for _, value in yearly.dates_in(list(doc.sents)[1])] == []
    assert [value for _, value in yearly.dates_in(next(iter(doc.sents)))] == ["2021-05-04"]
