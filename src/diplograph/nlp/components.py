"""diplograph's spaCy components and the function that adds them to a loaded model.

``dg_country_ruler`` is a stock ``span_ruler`` fed with the gazetteer's country phrases;
``dg_trigger_ruler`` (:mod:`diplograph.nlp.triggers`) finds the cue patterns of
``data/triggers.jsonl`` as a ``span_ruler`` would, faster; ``dg_persons`` turns the model's PERSON
entities into clean person mentions (no titles, no possessive, nothing that is an organisation,
a place or a country).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path

from anyascii import anyascii
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from diplograph import gazetteer
from diplograph.nlp.index import WordIndex
from diplograph.nlp.triggers import TRIGGERS_KEY  # the module registers the dg_trigger_ruler factory

DATA_DIR = Path(__file__).parent / "data"
COUNTRIES_KEY = "dg_countries"
PERSONS_KEY = "dg_persons"

# Apostrophe-s in every typography news uses, including the left quote that mis-encoded copy carries.
_POSSESSIVE = re.compile(r"(?:['\u2019\u2018\u02bc`´]s?)$")
_QUOTES = "\"'\u2018\u2019\u201c\u201d\u00ab\u00bb`´"


@cache
def word_list(name: str) -> frozenset[str]:
    """A word list of nlp/data/ (one word a line, "#" comments), read once."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@cache
def word_table(name: str) -> dict:
    """A JSON file of nlp/data/ holding several word lists, one per concept, read once."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@cache
def _not_person_words() -> frozenset[str]:
    return word_list("not_person_words.txt")


@cache
def _platforms() -> frozenset[str]:
    return word_list("platforms.txt")


@cache
def _title_first_words() -> frozenset[str]:
    return frozenset(t.split()[0] for t in gazetteer.titles())


def person_nouns() -> frozenset[str]:
    """Occupation and role nouns (nlp/data/person_nouns.txt)."""
    return word_list("person_nouns.txt")


@cache
def _feature_words() -> frozenset[str]:
    return word_list("feature_words.txt")


@cache
def _not_name_words() -> frozenset[str]:
    """Words that make a run opening with a given name something else: a building, body, place or
    document, a title, or a word of the gazetteer's regions and US states ("Western Europe")."""
    regions = (w.lower() for name in gazetteer.regions() | gazetteer.us_states() for w in name.split())
    return _not_person_words() | _feature_words() | gazetteer.titles() | frozenset(regions)


@cache
def _vessel_words() -> frozenset[str]:
    return word_list("vessel_words.txt")


def _title_length(words: list[str], titles: frozenset[str]) -> int:
    """How many leading words form a title: "Foreign Minister" (2), "Presidents" (1), none (0)."""
    for n in (3, 2, 1):
        if len(words) > n:
            title = " ".join(words[:n]).lower().rstrip(".")
            if title in titles or (title.endswith("s") and title[:-1] in titles):
                return n
    return 0


def _leading_function_word(tok: Token) -> bool:
    """A word trimmed from the front of a person mention: a clause opener whatever its tag
    (``data/clause_openers.txt``), a preposition only when tagged one (``data/name_opening_prepositions.txt``:
    "After" is a surname)."""
    low = tok.lower_
    return low in word_list("clause_openers.txt") or (
        low in word_list("name_opening_prepositions.txt") and tok.pos_ in {"ADP", "SCONJ"}
    )


def person_name(span: Span) -> str:
    """The clean name of a person mention: no leading title, no trailing possessive or quotes."""
    words = [t.text for t in span if not t.is_space]
    titles = gazetteer.titles()
    while len(words) > 1 and (_title_length(words, titles) or words[0].lower() in {"the", "a", "an"}):
        words = words[_title_length(words, titles) or 1 :]
    while words and (
        words[-1] in _QUOTES or words[-1].lower() in {"'s", "’s", "‘s", "s"} or not words[-1].strip(".,;:")
    ):
        words = words[:-1]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1]) or words[-1]
    text = " ".join(words)
    # Keep "Yong-ho" and "O'Brien" as written: rejoin hyphens the tokenizer split off.
    text = re.sub(r"\s*-\s*", "-", text)
    return text.strip(_QUOTES + " ")


# Lower-case words inside names ("Ludwig van Beethoven", "Osama bin Laden", "Ana de Souza"), and
# the Arabic article's spellings that are only ever joined by a hyphen ("el-Sisi"): data.
JOINED_PARTICLES = frozenset(w.rstrip("-") for w in word_list("name_particles.txt"))
NAME_PARTICLES = frozenset(w for w in word_list("name_particles.txt") if not w.endswith("-"))


def _particle_joined(word: str) -> bool:
    """ "al-Masri", "el-Sisi", "bin-Salman": a lower-case particle hyphened to a capitalised name."""
    head, _, rest = word.partition("-")
    return bool(rest) and rest[0].isupper() and head.lower() in JOINED_PARTICLES


@lru_cache(maxsize=65536)  # names recur across an article and a corpus; the answer depends on the name alone
def is_person_name(name: str) -> bool:
    """Whether a cleaned name can be a person's: capitalised words, no digits, not a known non-person."""
    words = name.split()
    if not words or any(ch.isdigit() for ch in name):
        return False
    if not all(w[0].isupper() or w.lower() in NAME_PARTICLES or _particle_joined(w) for w in words):
        return False
    if len(words) == 1 and (name.isupper() and len(name) > 1):
        return False  # an acronym: an agency or party, not a person
    if any(part.isupper() and len(part) > 2 for w in words for part in w.split("-")):
        return False  # "BUENOS AIRES-Uruguayan": a dateline run into the text
    if words[-1].lower().strip(".") in _not_person_words():
        return False
    if name in gazetteer.news_organisations() or name in _platforms() or name.lower() in gazetteer.titles():
        return False
    return not (
        gazetteer.iso_for_name(name) or gazetteer.iso_for_demonym(name) or gazetteer.iso_for_city(name)
    )


@Language.factory(
    "dg_persons",
    requires=["doc.ents", "token.pos"],
    assigns=["doc.spans"],
)
def make_person_finder(nlp: Language, name: str) -> PersonFinder:
    return PersonFinder()


class PersonFinder:
    """Keeps the model's PERSON entities that really name a person, trimmed of titles and possessives."""

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[PERSONS_KEY] = list(self.match(doc))
        return doc

    def match(self, doc: Doc) -> Iterable[Span]:
        titles = gazetteer.titles()
        index = WordIndex(doc)
        person_tokens = {i for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        found = [
            *_person_extents(doc),
            *_role_apposition_names(doc, index, person_tokens),
            *_titled_names(doc, index, person_tokens),
            *_kin_names(doc, index, person_tokens),
            *_context_names(doc, index, person_tokens),
            *_given_name_runs(doc, index, person_tokens),
        ]
        for start, end in dict.fromkeys(found):
            if start > 0 and doc[start - 1].lower_ in _vessel_words():
                continue  # "the tanker Princess Amira": a ship
            while end - start > 1 and (n := _title_length([t.text for t in doc[start:end]], titles)):
                start += n
            while end - start > 1 and doc[start].is_punct:
                start += 1  # "— Petra Vogt": a dash the entity took from a dateline
            while end - start > 2 and _leading_function_word(doc[start]):
                start += 1  # "Like Anatoly Gromov, she ...": the model's entity took the preposition
            if end - start > 2 and doc[start].is_title and doc[start].lower_ in person_nouns():
                start += (
                    1  # "Boxer Christian Ndongo followed on Thursday": an occupation opening the sentence
                )
            while end - start > 1 and (
                doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in {"'s", "’s", "‘s"}
            ):
                end -= 1
            span = Span(doc, start, end, label="PERSON")
            following = doc[end].lower_ if end < len(doc) else ""
            if following in _not_person_words():
                continue  # "the Gangnam A district": a place named like a person
            if is_person_name(person_name(span)):
                yield span


def _role_apposition_names(doc: Doc, index: WordIndex, person_tokens: set[int]) -> Iterator[tuple[int, int]]:
    """Names the model missed or mislabelled, placed by a role beside them: "The Chilean ambassador
    to Peru, Ana Soto," and "Ana Soto, the Chilean ambassador,". Two or three capitalised words
    that are no entity of another kind (a country, a date) and touch a comma next to a title word.
    Only the words around commas are looked at, so this stays cheap on long texts."""
    titles = gazetteer.titles() | person_nouns()
    found: set[tuple[int, int]] = set()
    for comma in index.positions({","}, by="orth"):
        sizes = (5, 4, 3, 2)  # up to three words, a hyphened given name counting as one ("Jean-Bosco")
        # a name run starts and ends with a name word: test the words touching the comma first
        candidates = []
        if comma + 1 < len(doc) and _name_token(doc[comma + 1]):
            candidates += [(comma + 1, comma + 1 + n) for n in sizes]  # a name after the comma
        if comma > 0 and _name_token(doc[comma - 1]):
            candidates += [(comma - n, comma) for n in sizes]  # a name before it
        for start, end in candidates:
            if start < 0 or end > len(doc) or (start, end) in found:
                continue
            span_tokens = range(start, end)
            if not _name_run(doc, start, end) or person_tokens.intersection(span_tokens):
                continue
            if start > 0 and _name_token(doc[start - 1]) and doc[start - 1].text != ",":
                continue  # part of a longer capitalised run
            if _beside_role(doc, start, end, titles):
                found.add((start, end))
                break
    return iter(sorted(found))


# "His wife, Ana," "a daughter, Irina Pop,": a relative named in apposition, often by a given name
# alone, which the model tends to miss or to read as an organisation.
KIN_NOUNS = frozenset(
    {
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "mother",
        "father",
        "widow",
        "widower",
        "partner",
        "fiancee",
        "fiancée",
    }
)


def _kin_names(doc: Doc, index: WordIndex, person_tokens: set[int]) -> Iterator[tuple[int, int]]:
    for i in index.positions(KIN_NOUNS):
        tok = doc[i]
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
            continue
        start = end = tok.i + 2
        while end < len(doc) and end - start < 3 and _name_token(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        closing = doc[end].text if end < len(doc) else ""
        if (
            start < end
            and closing in {",", ".", "and"}
            and not person_tokens.intersection(range(start, end))
            and not any(doc[i].ent_type_ in {"GPE", "NORP", "LOC", "DATE"} for i in range(start, end))
        ):
            yield start, end


def _context_names(doc: Doc, index: WordIndex, person_tokens: set[int]) -> Iterator[tuple[int, int]]:
    """Names the model read as something else, placed by what only a person has around them: an
    age in apposition ("Hans Ebert, 20, a corporal") or a named person they are coordinated with
    ("Ana Soto and Luis Prado", one of them tagged a person). Two or three name words, and the
    whole capitalised run (not the end of a longer name)."""

    def word(i: int, step: int) -> bool:  # a name word, or a hyphen with a name word beyond it
        if not 0 <= i < len(doc):
            return False
        return _name_token(doc[i]) or (
            doc[i].text == "-" and 0 <= i + step < len(doc) and _name_token(doc[i + step])
        )

    def starting(start: int) -> tuple[int, int]:
        end = start
        while end - start < 5 and word(end, 1):
            end += 1
        return start, end

    def ending(end: int) -> tuple[int, int]:
        start = end
        while end - start < 5 and word(start - 1, -1):
            start -= 1
        return start, end

    found: list[tuple[int, int]] = []
    for comma in index.positions({","}, by="orth"):
        age = doc[comma + 1] if comma + 2 < len(doc) else None
        if age is not None and age.like_num and age.text.isdigit() and 15 <= int(age.text) <= 99:
            if doc[comma + 2].text in {",", ".", ";", ")"}:
                found.append(ending(comma))
    for i in index.positions({"and"}):
        if i > 0 and i - 1 in person_tokens:
            found.append(starting(i + 1))  # "PERSON and X Y"
        if i + 1 < len(doc) and i + 1 in person_tokens:
            found.append(ending(i))  # "X Y and PERSON"
    for start, end in found:
        if (
            end - start >= 2
            and _name_run(doc, start, end)
            and not person_tokens.intersection(range(start, end))
            # a place the model tagged is left alone here ("North Sulawesi, 30, and ...")
            and not any(
                doc[k].ent_type_ in {"DATE", "NORP", "CARDINAL", "GPE", "LOC", "FAC"}
                for k in range(start, end)
            )
        ):
            yield start, end


def _given_name_runs(doc: Doc, index: WordIndex, person_tokens: set[int]) -> Iterator[tuple[int, int]]:
    """ "Klaus-Dieter Wendland left his flat": a run of two to four capitalised name words that opens
    with a known given name (``gazetteer.given_names``) is a person, though the model read it as an
    organisation, a place or nothing — when it acts as one (the subject of a clause) or its last
    word comes back alone later, as a surname does ("Wendland said"). Not a run after "the", not a
    given name that is also a place or a month ("Jordan", "May"), not a run holding a title or a
    word that names a building, body, place or document ("Royal Commission", "Victoria Falls")."""
    known = gazetteer.given_names()
    stop = _not_name_words()

    def joined(k: int) -> bool:  # "Klaus - Dieter": a hyphen inside one word
        return doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_

    def name_word(k: int) -> bool:
        tok = doc[k]
        return _name_token(tok) and tok.pos_ == "PROPN" and k not in person_tokens

    # the list is in ASCII: "vukašin" is there as "vukasin"
    for i in index.where(lambda low: low in known or anyascii(low) in known):
        tok = doc[i]
        if not tok.is_title or not name_word(i) or _place_or_time_word(tok.text):
            continue
        if i > 0 and (doc[i - 1].lower_ == "the" or name_word(i - 1) or joined(i - 1)):
            continue  # inside a longer run, or "the Victoria Cross"
        end = i + 1
        while end < len(doc):
            if name_word(end):
                end += 1
            elif end + 1 < len(doc) and joined(end) and name_word(end + 1):
                end += 2
            else:
                break
        words = [t for t in doc[i:end] if t.text != "-"]
        if not 2 <= len(words) <= 4 or any(t.lower_ in stop for t in words):
            continue
        last = words[-1]
        acts = any(t.dep_ in {"nsubj", "nsubjpass"} for t in words)
        again = any(k < i or k >= end for k in index.positions({last.text}, by="orth"))
        if acts or again:
            yield i, end


def _titled_names(doc: Doc, index: WordIndex, person_tokens: set[int]) -> Iterator[tuple[int, int]]:
    """ "Senior Sergeant Ilya Zotov", "Dr Anna Berg": two or three capitalised words right after a
    title are a name, even when the model tagged nothing there."""
    titles = gazetteer.titles()
    first_words = _title_first_words()
    # only a capitalised word that can open a title is worth a look
    openers = index.where(lambda low: low.rstrip(".") in first_words or low.rstrip("s") in first_words)
    resume = 0  # a title's name is not searched again for titles
    for i in openers:
        tok = doc[i]
        if i < resume or not tok.is_title:
            continue
        n = _title_length([t.text for t in doc[i : i + 6]], titles)
        if n:
            start = end = i + n
            # "Presidents A B and C D": a plural title introduces a list of names
            while True:
                end = _name_end(doc, start, titles)
                if end - start >= 2 and not person_tokens.intersection(range(start, end)):
                    yield start, end
                plural = doc[i + n - 1].lower_.endswith("s")
                if plural and end < len(doc) - 1 and doc[end].lower_ == "and" and end - start >= 2:
                    start = end + 1
                    continue
                break
            resume = max(end, i + 1)


def _name_end(doc: Doc, start: int, titles: frozenset[str]) -> int:
    """The end of a two-to-four word name starting at ``start`` ("Kassym-Jomart Tokayev" included)."""
    end, words = start, 0
    while end < len(doc) and words < 3:
        tok = doc[end]
        if tok.text == "-" and end > start and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 1  # a hyphenated given name is one word
            continue
        if not _name_token(tok) or tok.lower_ in titles:
            break
        end += 1
        words += 1
    return end


def _name_token(tok) -> bool:
    return (
        (tok.is_title or tok.lower_ in {"de", "van", "von", "da", "bin", "al"})
        and tok.pos_ in {"PROPN", "NOUN", "ADP"}
        and (
            tok.ent_type_ in {"", "ORG", "PERSON", "NORP"}
            # the model reads some names as places or dates ("Jan Vrba", "Nino Gelashvili")
            or (tok.ent_type_ in {"GPE", "LOC", "FAC", "DATE"} and not _place_or_time_word(tok.text))
        )
        and tok.lower_ not in {"the", "a", "an"}
    )


_CALENDAR_WORDS = frozenset(
    {m.lower() for m in calendar.month_name[1:]} | {d.lower() for d in calendar.day_name}
)


def _place_or_time_word(text: str) -> bool:
    return text.lower() in _CALENDAR_WORDS or bool(
        gazetteer.iso_for_name(text) or gazetteer.iso_for_demonym(text) or gazetteer.iso_for_city(text)
    )


def _name_run(doc: Doc, start: int, end: int) -> bool:
    """Two or three name words, hyphens allowed inside ("Jean-Bosco Kayitare")."""
    words = 0
    for i in range(start, end):
        if doc[i].text == "-" and start < i < end - 1 and _name_token(doc[i - 1]) and _name_token(doc[i + 1]):
            continue
        if not _name_token(doc[i]):
            return False
        words += 1
    hyphens = end - start - words
    return 2 <= words - hyphens <= 3  # "Jean - Bosco" is one word


def _beside_role(doc: Doc, start: int, end: int, titles: frozenset[str]) -> bool:
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.text == ",":
        window = doc[max(before.sent.start, start - 7) : start - 1]
        if any(t.lower_ in titles for t in window) and not any(t.pos_ == "VERB" for t in window):
            return after is not None and (after.text in {",", "."} or after.pos_ == "VERB")
    if after is not None and after.text == ",":
        window = doc[end + 1 : min(after.sent.end, end + 7)]
        opens_role = len(window) > 0 and (
            window[0].lower_ in {"a", "an", "the", "then", "now", "formerly"}
            # "X Y, Chile's ambassador to Sweden,"
            or (len(window) > 1 and window[0].pos_ == "PROPN" and window[1].text in {"'s", "’s"})
        )
        return any(t.lower_ in titles for t in window[:6]) and opens_role
    return False


def _person_extents(doc: Doc) -> Iterator[tuple[int, int]]:
    """PERSON entities, with the model's splits mended: two adjacent PERSON entities are one name
    ("Anna Maria" + "Varga Holm"), and a capitalised word the model read as a month or left
    untagged right after a name belongs to it ("Alan Nunn" + "May,")."""
    ents = [e for e in doc.ents if e.label_ == "PERSON"]
    i = 0
    while i < len(ents):
        start, end = ents[i].start, ents[i].end
        while i + 1 < len(ents) and ents[i + 1].start == end:
            i += 1
            end = ents[i].end
        grown = 0
        while end < len(doc) and grown < 2 and _dangling_name_word(doc, end):
            end += 1
            grown += 1
        while _lower_syllable_after_hyphen(doc, end):
            end += 2  # "Pak Mi" + "-ok": a Korean given name whose second syllable the model left out
        grown = 0
        while start > 0 and grown < 2 and _given_name_before(doc, start - 1, start, end):
            start -= 1
            grown += 1
        yield start, end
        i += 1


def _given_name_before(doc: Doc, i: int, start: int, end: int) -> bool:
    """An untagged capitalised word the parser hangs on the name as a compound ("Oksana" +
    PERSON "Melnyk"): the given name the model left out."""
    tok = doc[i]
    return (
        tok.is_title
        and tok.pos_ == "PROPN"
        and tok.ent_type_ == ""
        and tok.dep_ == "compound"
        and start <= tok.head.i < end
        and tok.lower_ not in _not_person_words()
        and not {tok.lower_, doc[start].lower_} & (gazetteer.titles() | person_nouns())  # "Staff Sergeant X"
    )


def _lower_syllable_after_hyphen(doc: Doc, end: int) -> bool:
    """ "Mi" + "-" + "ok" written together: the rest of a hyphened given name."""
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and len(doc[end + 1]) <= 4
    )


def _dangling_name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if not (tok.is_title and tok.pos_ == "PROPN"):
        return False
    # a last surname the model read as a one-word place ("Lazaro Vidal" + GPE "Niquero")
    lone_place = (
        tok.ent_type_ in {"GPE", "LOC", "ORG"}
        and tok.ent_iob_ == "B"
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        and not _place_or_time_word(tok.text)
    )
    if tok.ent_type_ not in {"", "DATE"} and not lone_place:
        return False
    if tok.ent_type_ == "DATE" and not (
        tok.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
    ):
        return False  # part of a longer date ("May 5")
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not nxt.like_num


def _country_patterns() -> list[dict[str, str]]:
    """Country names, demonyms and capitals; plus US states and regions as spans of their own, so
    that the longest match wins ("New Mexico" is not Mexico, "Latin America" not the US). Context
    drops those two kinds."""
    countries = [
        {"label": iso, "pattern": phrase, "id": kind} for phrase, iso, kind in gazetteer.country_phrases()
    ]
    taken = {p["pattern"] for p in countries}
    others = [
        {"label": "-", "pattern": name, "id": "us_state"}
        for name in gazetteer.us_states()
        if name not in taken
    ]
    others += [
        {"label": "-", "pattern": name, "id": "region"} for name in gazetteer.regions() if name not in taken
    ]
    return countries + others


def add_components(nlp: Language) -> None:
    """Append diplograph's components to a loaded model (idempotent)."""
    if not Span.has_extension("dg_name"):
        Span.set_extension("dg_name", getter=person_name)
    if "dg_country_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "span_ruler",
            name="dg_country_ruler",
            config={
                "spans_key": COUNTRIES_KEY,
                "phrase_matcher_attr": "ORTH",
                "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
                "validate": False,
            },
        )
        # span_ruler makes a Doc of each phrase pattern with nlp.pipe, which would run the whole
        # statistical model over ~1,750 names (about a second) only for their ORTH, which the
        # tokenizer alone gives: the same patterns with every component switched off.
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(_country_patterns())  # type: ignore[attr-defined]
    if "dg_trigger_ruler" not in nlp.pipe_names:
        nlp.add_pipe("dg_trigger_ruler", config={"spans_key": TRIGGERS_KEY})
    if "dg_persons" not in nlp.pipe_names:
        nlp.add_pipe("dg_persons")
