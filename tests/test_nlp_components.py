"""Rule components on hand-built Docs: no statistical model is loaded here.

``person_name`` / ``is_person_name`` and ``PersonFinder`` are tested on ``Doc(Vocab(), words=...)``
(with ``ents=`` where the component reads them). The country ruler is a pure phrase matcher, so it
runs on a blank ``spacy.blank("en")`` pipeline. The trigger ruler's patterns use POS, TAG and
LEMMA, which a blank pipeline cannot supply (spaCy raises E155), so its tests build Docs with those
attributes set by hand and call the component directly.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from diplograph.nlp.components import (
    COUNTRIES_KEY,
    PERSONS_KEY,
    TRIGGERS_KEY,
    PersonFinder,
    add_components,
    is_person_name,
    person_name,
)


def _span(words: list[str]) -> Span:
    doc = Doc(Vocab(), words=words)
    return doc[0 : len(doc)]


@pytest.fixture(scope="module")
def blank_nlp() -> Language:
    nlp = spacy.blank("en")
    add_components(nlp)
    return nlp


def _country_spans(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """Country spans only: US states and regions (label "-") are matched so the longest match wins,
    and dropped later."""
    doc = nlp.get_pipe("dg_country_ruler")(nlp.make_doc(text))
    return {(s.text, s.label_, s.id_) for s in doc.spans[COUNTRIES_KEY] if s.label_ != "-"}


def test_components_country_ruler_prefers_a_us_state_to_the_country_inside_it(blank_nlp: Language) -> None:
    doc = blank_nlp.get_pipe("dg_country_ruler")(blank_nlp.make_doc("New Mexico banned it."))
    assert {(s.text, s.id_) for s in doc.spans[COUNTRIES_KEY]} == {("New Mexico", "us_state")}


# -- person_name ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(["President", "Amara", "Diallo", "'s"], "Amara Diallo", id="title-and-ascii-possessive"),
        pytest.param(["Amara", "Diallo", "\u2019s"], "Amara Diallo", id="typographic-right-quote-s"),
        pytest.param(["Amara", "Diallo", "\u2018s"], "Amara Diallo", id="mis-encoded-left-quote-s"),
        pytest.param(["Amara", "Diallo\u2019s"], "Amara Diallo", id="possessive-glued-to-token"),
        pytest.param(["Mr", "Diallo"], "Diallo", id="mr-surname"),
        pytest.param(["Dr.", "Helena", "Brandt"], "Helena Brandt", id="dr-with-period"),
        pytest.param(["Ambassador", "Pieter", "de", "Vries"], "Pieter de Vries", id="rank-and-particle"),
        pytest.param(["\u201c", "Lucia", "Ferreira", "\u201d"], "Lucia Ferreira", id="curly-double-quotes"),
        pytest.param(["Kim", "Song", "-", "il"], "Kim Song-il", id="hyphen-rejoined"),
        pytest.param(
            ["Sergei", "O'Brien", "-", "Ivanov"], "Sergei O'Brien-Ivanov", id="apostrophe-and-hyphen"
        ),
        pytest.param(["Thomas", "Hughes", "'"], "Thomas Hughes", id="bare-trailing-apostrophe"),
        pytest.param(["the", "Tesfay", "Gebru"], "Tesfay Gebru", id="leading-article"),
        pytest.param(["Mr"], "Mr", id="lone-title-kept"),
        pytest.param(
            ["Foreign", "Minister", "Lucia", "Ferreira"],
            "Lucia Ferreira",
            id="two-word-title",
        ),
    ],
)
def test_components_person_name_strips_titles_possessives_quotes(words: list[str], expected: str) -> None:
    assert person_name(_span(words)) == expected


# -- is_person_name ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Amara Diallo",
        "Pieter de Vries",
        "Kim Song-il",
        "Sergei O'Brien-Ivanov",
        "Tran Van Long",
        "Walid al-Hashimi",
        "Omar ibn Saad",
        "Yusuf el-Amin",
    ],
)
def test_components_is_person_name_accepts_names(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Reuters", id="news-agency"),
        pytest.param("Associated Press", id="news-agency-two-words"),
        pytest.param("Sweden", id="country"),
        pytest.param("Eritrean", id="demonym"),
        pytest.param("Ankara", id="capital"),
        pytest.param("NATO", id="acronym"),
        pytest.param("Agent 47", id="digits"),
        pytest.param("the envoy", id="lower-case"),
        pytest.param("Walid al-hashimi", id="lower-case-after-particle"),
        pytest.param("Walid ex-Minister", id="lower-case-prefix-not-a-particle"),
        pytest.param("AIRES-Uruguayan Castell", id="dateline-run-into-a-name"),
        pytest.param("Tajik State Border", id="border-word"),
        pytest.param("Ambassador", id="bare-title"),
        pytest.param("Finch Hospital", id="institution-word"),
        pytest.param("Okafor Embassy", id="embassy-word"),
    ],
)
def test_components_is_person_name_rejects_non_persons(name: str) -> None:
    assert not is_person_name(name)


# -- PersonFinder (reads doc.ents only) ----------------------------------------------------------

# PersonFinder reads ``Token.lower_``, a lexical attribute a bare ``Vocab()`` leaves empty.
_EN_VOCAB = spacy.blank("en").vocab


def test_components_person_finder_trims_title_and_possessive() -> None:
    words = ["President", "Amara", "Diallo", "\u2019s", "visit", "was", "cancelled", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = PersonFinder()(Doc(_EN_VOCAB, words=words, ents=ents))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Amara Diallo"]


def test_components_person_finder_drops_non_person_entities() -> None:
    words = ["Reuters", "quoted", "Lucia", "Ferreira", "of", "Finch", "Hospital", "in", "Lisbon", "."]
    ents = ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]
    doc = PersonFinder()(Doc(_EN_VOCAB, words=words, ents=ents))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Lucia Ferreira"]


def test_components_person_finder_ignores_org_label() -> None:
    words = ["Helena", "Brandt", "spoke", "."]
    ents = ["B-ORG", "I-ORG", "O", "O"]
    doc = PersonFinder()(Doc(_EN_VOCAB, words=words, ents=ents))
    assert list(doc.spans[PERSONS_KEY]) == []


def _parsed(
    words: list[str],
    pos: list[str],
    heads: list[int],
    deps: list[str],
    ents: list[str],
    spaces: list[bool] | None = None,
) -> Doc:
    return Doc(_EN_VOCAB, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, ents=ents)


def test_components_person_finder_takes_back_an_untagged_given_name() -> None:
    # "Oksana Melnyk, a rower, stayed": the model tagged only the surname; the parser hangs the
    # given name on it as a compound
    words = ["Oksana", "Melnyk", ",", "a", "rower", ",", "stayed", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"]
    ents = ["O", "B-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Oksana Melnyk"]


def _given_name_doc(words: list[str], subject: int | None = None, ent: str = "ORG") -> Doc:
    """Capitalised words are proper nouns hung on the last word before the verb; ``subject`` is
    the word the verb takes as its subject. The model's label for the run is ``ent``."""
    verb = next(i for i, w in enumerate(words) if w.islower() and w not in {"the", "a"})
    pos = ["PROPN" if w[0].isupper() else "PUNCT" if not w.isalpha() else "VERB" if i == verb else "DET"
           for i, w in enumerate(words)]
    heads = [verb if i in (subject, verb) else i for i in range(len(words))]
    deps = ["nsubj" if i == subject else "ROOT" if i == verb else "dep" for i in range(len(words))]
    ents = [("B-" if i == 0 or pos[i - 1] != "PROPN" else "I-") + ent if p == "PROPN" else "O"
            for i, p in enumerate(pos)]
    return _parsed(words, pos, heads, deps, ents)


@pytest.mark.parametrize(
    ("words", "subject", "expected"),
    [
        (["Greta", "Kroll", "left", "."], 1, ["Greta Kroll"]),  # the subject of a clause
        (["Greta", "Kroll", "left", ".", "Kroll", "waved", "."], None, ["Greta Kroll"]),  # surname again
        (["Greta", "Kroll", "left", "."], None, []),  # neither: a given name alone is not enough
        (["Jordan", "Kroll", "left", "."], 1, []),  # a given name that is also a state
        (["Greta", "Memorial", "opened", "."], 1, []),  # a building named after someone
        (["the", "Greta", "Kroll", "opened", "."], 2, []),  # "the": a thing named after someone
    ],
    ids=["subject", "surname-again", "neither", "place-name", "building", "after-the"],
)
def test_components_person_finder_reads_a_run_opening_with_a_given_name(
    words: list[str], subject: int | None, expected: list[str]
) -> None:
    doc = PersonFinder()(_given_name_doc(words, subject))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == expected


def test_components_person_finder_leaves_a_word_not_hung_on_the_name() -> None:
    # a capitalised word before the name that the parser does not hang on it: not taken
    words = ["Yesterday", "Melnyk", "stayed", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT"]
    heads = [2, 2, 2, 2]
    deps = ["npadvmod", "nsubj", "ROOT", "punct"]
    ents = ["O", "B-PERSON", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Melnyk"]


def test_components_person_finder_reads_a_relative_named_in_apposition() -> None:
    # "His wife, Ana, stayed": a given name alone, which the model left untagged
    words = ["His", "wife", ",", "Ana", ",", "stayed", "."]
    pos = ["PRON", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 5, 1, 1, 1, 5, 5]
    deps = ["poss", "nsubj", "punct", "appos", "punct", "ROOT", "punct"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ["O"] * len(words)))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Ana"]


def test_components_person_finder_relative_must_be_a_name() -> None:
    words = ["His", "wife", ",", "a", "Teacher", ",", "stayed", "."]
    pos = ["PRON", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 6, 1, 4, 1, 1, 6, 6]
    deps = ["poss", "nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ["O"] * len(words)))
    assert list(doc.spans[PERSONS_KEY]) == []


def test_components_person_finder_takes_a_name_the_model_read_as_a_date() -> None:
    # "The ambassador, Jan Vrba, issued ...": "Jan" made the model read a DATE
    words = ["The", "ambassador", ",", "Jan", "Vrba", ",", "issued", "it", "."]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"]
    heads = [1, 6, 1, 4, 1, 1, 6, 6, 6]
    deps = ["det", "nsubj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Jan Vrba"]


def test_components_person_finder_leaves_a_month_beside_a_role() -> None:
    words = ["The", "ambassador", ",", "in", "March", ",", "left", "."]
    pos = ["DET", "NOUN", "PUNCT", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 6, 1, 6, 3, 1, 6, 6]
    deps = ["det", "nsubj", "punct", "prep", "pobj", "punct", "ROOT", "punct"]
    ents = ["O", "O", "O", "O", "B-DATE", "O", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents))
    assert list(doc.spans[PERSONS_KEY]) == []


def test_components_person_finder_takes_a_hyphened_syllable_the_model_left_out() -> None:
    # "Pak Mi-ok, a nurse, stayed": the model's PERSON stops at "Mi"; "-ok" is written onto it
    words = ["Pak", "Mi", "-", "ok", ",", "a", "nurse", ",", "stayed", "."]
    spaces = [True, False, False, False, True, True, False, True, False, False]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    heads = [1, 8, 3, 1, 1, 6, 1, 1, 8, 8]
    deps = ["compound", "nsubj", "punct", "appos", "punct", "det", "appos", "punct", "ROOT", "punct"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents, spaces))
    names = [person_name(s) for s in doc.spans[PERSONS_KEY]]
    assert "Pak Mi-ok" in names and "Pak Mi" not in names


def test_components_person_finder_trims_a_dash_the_entity_took() -> None:
    # "BERLIN — Petra Vogt has died": an entity that took the dateline's dash
    words = ["BERLIN", "—", "Petra", "Vogt", "has", "died", "."]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"]
    heads = [5, 3, 3, 5, 5, 5, 5]
    deps = ["npadvmod", "punct", "compound", "nsubj", "aux", "ROOT", "punct"]
    ents = ["B-GPE", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents))
    texts = [s.text for s in doc.spans[PERSONS_KEY]]
    assert "Petra Vogt" in texts and "— Petra Vogt" not in texts


def test_components_person_finder_reads_a_name_by_an_age_but_not_a_tagged_place() -> None:
    # "Ilse Marr, 34, and Sungai Lembu, 40, ...": the same shape, but the model tagged the second
    # a place; only the first, which it tagged an organisation, is read as a person
    words = ["Ilse", "Marr", ",", "34", ",", "and", "Sungai", "Lembu", ",", "40", ",", "voted", "."]
    pos = [
        "PROPN",
        "PROPN",
        "PUNCT",
        "NUM",
        "PUNCT",
        "CCONJ",
        "PROPN",
        "PROPN",
        "PUNCT",
        "NUM",
        "PUNCT",
        "VERB",
        "PUNCT",
    ]
    heads = [1, 11, 1, 1, 1, 1, 7, 1, 7, 7, 7, 11, 11]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "appos",
        "punct",
        "cc",
        "compound",
        "conj",
        "punct",
        "appos",
        "punct",
        "ROOT",
        "punct",
    ]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "O", "O", "O"]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Ilse Marr"]


def test_components_person_finder_takes_a_hyphened_name_beside_a_role() -> None:
    # "In 2014 Jean-Luc Moreau, then defence attaché, left": a hyphened given name, "then" before the role
    words = ["In", "2014", "Jean", "-", "Luc", "Moreau", ",", "then", "defence", "attaché", ",", "left", "."]
    pos = [
        "ADP",
        "NUM",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "ADV",
        "NOUN",
        "NOUN",
        "PUNCT",
        "VERB",
        "PUNCT",
    ]
    heads = [11, 0, 5, 5, 5, 11, 5, 9, 9, 5, 5, 11, 11]
    deps = [
        "prep",
        "pobj",
        "compound",
        "punct",
        "compound",
        "nsubj",
        "punct",
        "advmod",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "punct",
    ]
    ents = ["O", "B-DATE", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O"]
    spaces = [
        w not in {"Jean", "-"} and words[i + 1 : i + 2] not in ([","], ["."]) for i, w in enumerate(words)
    ]
    doc = PersonFinder()(_parsed(words, pos, heads, deps, ents, spaces))
    assert [s.text for s in doc.spans[PERSONS_KEY]] == ["Jean-Luc Moreau"]


# -- country ruler on a blank pipeline -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brazil and Argentina met.", {("Brazil", "BRA", "name"), ("Argentina", "ARG", "name")}, id="names"
        ),
        pytest.param(
            "The Eritrean minister met Omani envoys.",
            {("Eritrean", "ERI", "demonym"), ("Omani", "OMN", "demonym")},
            id="demonyms",
        ),
        pytest.param("Ankara protested.", {("Ankara", "TUR", "capital")}, id="capital"),
        pytest.param(
            "The Soviet Union and Czechoslovakia agreed.",
            {("Soviet Union", "SUN", "name"), ("Czechoslovakia", "CSK", "name")},
            id="historic-names",
        ),
        pytest.param(
            "East Germany and Yugoslavia met.",
            {("East Germany", "DDR", "name"), ("Yugoslavia", "YUG", "name")},
            id="historic-ddr-yug",
        ),
        pytest.param("A Soviet chess player left.", {("Soviet", "SUN", "demonym")}, id="historic-demonym"),
        pytest.param(
            "North Korea and South Korea talked.",
            {("North Korea", "PRK", "name"), ("South Korea", "KOR", "name")},
            id="longest-compass-name",
        ),
        pytest.param(
            "The Democratic People's Republic of Korea replied.",
            {("Democratic People's Republic of Korea", "PRK", "name")},
            id="official-name",
        ),
        pytest.param(
            "The U.S. embassy responded.", {("U.S.", "USA", "name")}, id="abbreviation-with-periods"
        ),
        pytest.param("Some of us disagreed.", set(), id="pronoun-us-not-usa"),
        pytest.param(
            "A Turkish envoy in T\u00fcrkiye.",
            {("Turkish", "TUR", "demonym"), ("T\u00fcrkiye", "TUR", "name")},
            id="turkish-and-turkiye",
        ),
    ],
)
def test_components_country_ruler_on_blank_pipeline(
    blank_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _country_spans(blank_nlp, text) == expected


def test_components_country_patterns_are_tokenized_without_running_the_model() -> None:
    """The ruler's phrase patterns need only the tokenizer; the model's components must not run."""

    @Language.component("dg_test_raises_if_run")
    def raises_if_run(doc: Doc) -> Doc:
        raise AssertionError("a model component ran while the country patterns were added")

    nlp = spacy.blank("en")
    nlp.add_pipe("dg_test_raises_if_run")
    add_components(nlp)
    with nlp.select_pipes(disable=["dg_test_raises_if_run", "dg_trigger_ruler", "dg_persons"]):
        doc = nlp("Talks in Côte d'Ivoire.")
    assert [(s.text, s.label_) for s in doc.spans[COUNTRIES_KEY]] == [("Côte d'Ivoire", "CIV")]


def test_components_country_ruler_leaves_country_words_inside_other_words(blank_nlp: Language) -> None:
    # "Indiana" contains "India", "Romanesque" contains "Roman"; token-level ORTH matching must not fire.
    assert _country_spans(blank_nlp, "Indiana built Romanesque churches.") == set()


# -- trigger ruler on hand-annotated Docs --------------------------------------------------------


def _triggers(nlp: Language, rows: list[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    words, pos, tags, lemmas = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas)
    doc = nlp.get_pipe("dg_trigger_ruler")(doc)
    return {(s.text, s.label_, s.id_) for s in doc.spans[TRIGGERS_KEY]}


_DEFECTED_TO = [
    ("Novak", "PROPN", "NNP", "Novak"),
    ("defected", "VERB", "VBD", "defect"),
    ("to", "ADP", "IN", "to"),
    ("Britain", "PROPN", "NNP", "Britain"),
]
_A_DEFECT = [
    ("a", "DET", "DT", "a"),
    ("defect", "NOUN", "NN", "defect"),
    ("in", "ADP", "IN", "in"),
    ("the", "DET", "DT", "the"),
    ("pedal", "NOUN", "NN", "pedal"),
]
_SWITCHED_SIDES = [
    ("Soto", "PROPN", "NNP", "Soto"),
    ("switched", "VERB", "VBD", "switch"),
    ("sides", "NOUN", "NNS", "side"),
]
_SOUGHT_ASYLUM = [
    ("Haddad", "PROPN", "NNP", "Haddad"),
    ("sought", "VERB", "VBD", "seek"),
    ("asylum", "NOUN", "NN", "asylum"),
]
_RESURFACED = [
    ("he", "PRON", "PRP", "he"),
    ("resurfaced", "VERB", "VBD", "resurface"),
    ("in", "ADP", "IN", "in"),
    ("Germany", "PROPN", "NNP", "Germany"),
]
_TREATY_SUSPENDED = [
    ("India", "PROPN", "NNP", "India"),
    ("suspended", "VERB", "VBD", "suspend"),
    ("the", "DET", "DT", "the"),
    ("treaty", "NOUN", "NN", "treaty"),
]
_PACT_IN_FORCE = [
    ("the", "DET", "DT", "the"),
    ("pact", "NOUN", "NN", "pact"),
    ("remains", "VERB", "VBZ", "remain"),
    ("in", "ADP", "IN", "in"),
    ("force", "NOUN", "NN", "force"),
]
_PULLED_OUT = [
    ("Washington", "PROPN", "NNP", "Washington"),
    ("pulled", "VERB", "VBD", "pull"),
    ("out", "ADP", "RP", "out"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            _DEFECTED_TO,
            {("defected", "DEFECT", "defect-verb"), ("defected", "DEFECT", "defect-verb-tagged")},
            id="defected",
        ),
        pytest.param(_A_DEFECT, set(), id="manufacturing-defect-noun"),
        pytest.param(_SWITCHED_SIDES, {("switched sides", "DEFECT", "switch-sides")}, id="switched-sides"),
        pytest.param(_SOUGHT_ASYLUM, {("asylum", "DEFECT", "asylum")}, id="asylum"),
        pytest.param(_RESURFACED, {("resurfaced", "DEFECT", "resurface")}, id="resurfaced"),
        pytest.param(
            _TREATY_SUSPENDED,
            {("suspended", "STATUS", "suspended"), ("treaty", "AGREEMENT", "treaty-noun")},
            id="treaty-suspended",
        ),
        pytest.param(
            _PACT_IN_FORCE,
            {("pact", "AGREEMENT", "treaty-noun"), ("in force", "STATUS", "in_force")},
            id="pact-in-force",
        ),
        pytest.param(_PULLED_OUT, {("pulled out", "STATUS", "withdrawn")}, id="pulled-out"),
        pytest.param(
            [
                ("Vera", "PROPN", "NNP", "Vera"),
                ("failed", "VERB", "VBD", "fail"),
                ("to", "PART", "TO", "to"),
                ("return", "VERB", "VB", "return"),
            ],
            {("failed to return", "DEFECT", "failed-to-return")},
            id="failed-to-return",
        ),
        pytest.param(
            [
                ("Vera", "PROPN", "NNP", "Vera"),
                ("slipped", "VERB", "VBD", "slip"),
                ("away", "ADV", "RB", "away"),
            ],
            {("slipped away", "DEFECT", "slip-away")},
            id="slipped-away",
        ),
        pytest.param(
            [("a", "DET", "DT", "a"), ("slip", "NOUN", "NN", "slip"), ("away", "ADV", "RB", "away")],
            set(),
            id="slip-noun-is-no-cue",
        ),
        pytest.param(
            [
                ("and", "CCONJ", "CC", "and"),
                ("did", "AUX", "VBD", "do"),
                ("not", "PART", "RB", "not"),
                ("return", "VERB", "VB", "return"),
                (".", "PUNCT", ".", "."),
            ],
            {("not return .", "DEFECT", "did-not-return")},
            id="did-not-return-at-the-end",
        ),
        pytest.param(
            [
                ("she", "PRON", "PRP", "she"),
                ("did", "AUX", "VBD", "do"),
                ("not", "PART", "RB", "not"),
                ("come", "VERB", "VB", "come"),
                ("back", "ADV", "RB", "back"),
            ],
            {("not come back", "DEFECT", "did-not-return")},
            id="did-not-come-back",
        ),
        pytest.param(
            [("he", "PRON", "PRP", "he"), ("jumped", "VERB", "VBD", "jump"), ("ship", "NOUN", "NN", "ship")],
            {("jumped ship", "DEFECT", "jump-ship")},
            id="jumped-ship",
        ),
        pytest.param(
            [
                ("Soto", "PROPN", "NNP", "Soto"),
                ("switched", "VERB", "VBD", "switch"),
                ("allegiance", "NOUN", "NN", "allegiance"),
            ],
            {("switched allegiance", "DEFECT", "switch-sides")},
            id="switched-allegiance",
        ),
        pytest.param(
            [
                ("applied", "VERB", "VBD", "apply"),
                ("for", "ADP", "IN", "for"),
                ("refugee", "NOUN", "NN", "refugee"),
                ("status", "NOUN", "NN", "status"),
            ],
            {("refugee status", "DEFECT", "refugee-status")},
            id="refugee-status",
        ),
    ],
)
def test_components_trigger_ruler_on_hand_annotated_doc(
    blank_nlp: Language, rows: list[tuple[str, str, str, str]], expected: set[tuple[str, str, str]]
) -> None:
    assert _triggers(blank_nlp, rows) == expected


def test_components_trigger_ruler_needs_pos_so_blank_text_fails(blank_nlp: Language) -> None:
    # Pins why the trigger tests above annotate by hand: the patterns read POS/TAG/LEMMA.
    with pytest.raises(ValueError, match="E155"):
        blank_nlp("He defected.")


def test_components_add_components_is_idempotent(blank_nlp: Language) -> None:
    before = list(blank_nlp.pipe_names)
    add_components(blank_nlp)
    assert blank_nlp.pipe_names == before == ["dg_country_ruler", "dg_trigger_ruler", "dg_persons"]
