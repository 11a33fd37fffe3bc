"""What every extraction rule needs to know about one parsed article.

:class:`Context` indexes a Doc once: the country mentions (resolved to ISO codes, capitals by the
article's era), which token belongs to which mention, and how to turn a sentence into
:class:`~diplograph.model.Evidence`. The rule modules read it; none of them re-scan the Doc.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from diplograph import gazetteer
from diplograph.dates import normalize_date
from diplograph.model import Article, Evidence
from diplograph.nlp.components import COUNTRIES_KEY, TRIGGERS_KEY, word_list
from diplograph.nlp.index import WordIndex

# Words that place a name shared by a country and a US state ("Georgia") in the United States.
US_STATE_CUES = frozenset(
    {
        "governor",
        "governors",
        "state",
        "county",
        "counties",
        "legislature",
        "statehouse",
        "senator",
        "congressman",
        "congresswoman",
        "republican",
        "republicans",
        "democrat",
        "democrats",
        "gubernatorial",
    }
)

# Prepositions after which a city is a venue or a place, not a government acting.
MOTION_VERBS = frozenset(
    {
        "go",
        "come",
        "fly",
        "travel",
        "return",
        "move",
        "arrive",
        "flee",
        "escape",
        "defect",
        "post",
        "send",
        "take",
        "bring",
        "head",
        "drive",
        "sail",
        "walk",
        "run",
        "relocate",
        "transfer",
        "deport",
        "extradite",
        "expel",
        "invite",
        "visit",
        "trip",
        "journey",
    }
)
#: prepositions after which a capital names a place, not the state (nlp/data/place_prepositions.txt)
PLACE_PREPS = word_list("place_prepositions.txt")


# "late on Monday night" is a TIME to the model, but it dates the event: TIME entities count
# when they normalise to a date (a bare "3 pm" does not).
DATE_LABELS = frozenset({"DATE", "TIME"})
# what follows a dateline's date: "VIENNA, June 18 --" (or a full stop, or the agency in brackets)
DATELINE_ENDS = frozenset({"--", "—", "–", "-"})
# An organisation named after its state that is the state acting ("the Ghanaian High Commission",
# "the Egyptian Foreign Ministry"): the country word in it is a mention of the state.
STATE_ORGAN_WORDS = frozenset(
    {"government", "ministry", "embassy", "consulate", "consulate-general", "legation", "mission", "chancery",
     "army", "navy"}
)
# The head words of official names ("the Federal Republic", "the Hashemite Kingdom").
STATE_FORMS = frozenset({"Republic", "Kingdom", "Federation", "Confederation", "Commonwealth"})


@dataclass(frozen=True)
class CountryRef:
    """A country mention: the span, its ISO code and how it was named (name / demonym / capital)."""

    span: Span
    iso: str
    kind: str

    @property
    def is_place(self) -> bool:
        """A city that is only a venue ("talks in Geneva", "flew to Geneva"), not the government
        ("Geneva said", "protested to Geneva")."""
        head = self.span.root
        if self.kind != "capital" or head.dep_ != "pobj" or head.head.lower_ not in PLACE_PREPS:
            return False
        if head.head.lower_ == "to":
            verb = head.head.head
            return verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ in MOTION_VERBS
        return True


class Context:
    """One article's Doc with its country mentions and sentences indexed for the rules."""

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.words = WordIndex(doc)  # where each word occurs: rules look there, not at every token
        # a source dated to the month or the year only gives no day for "on Monday" to count from
        exact = article.published if article.published_precision == "day" else None
        self.anchor: date | None = self._dateline_day(doc, exact) or exact
        self.year = article.published.year if article.published else None
        self._dates: dict[int, str] | None = None  # resolved lazily; capitals need them (year_at)
        self.countries: list[CountryRef] = self._resolve_countries()
        self.country_at: dict[int, CountryRef] = {
            i: ref for ref in self.countries for i in range(ref.span.start, ref.span.end)
        }
        self.triggers: list[Span] = sorted(doc.spans.get(TRIGGERS_KEY, []), key=lambda s: s.start)
        self.compass: dict[str, str] = self._compass_names()
        self._dominant: dict[str | None, str | None] = {}  # dominant_state, by what it excludes

    def _resolve_countries(self) -> list[CountryRef]:
        refs = []
        # which entity covers each token, from the one list of entities
        self._ent_at: dict[int, Span] = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}
        for span in sorted(self.doc.spans.get(COUNTRIES_KEY, []), key=lambda s: s.start):
            kind = span.id_ or "name"
            if kind in {"us_state", "region"}:
                continue
            text = self.span_text(span)
            if text in gazetteer.us_states() and self._us_context(span):
                continue  # "Georgia's governor": the state, not the country
            if kind == "capital":
                iso = gazetteer.iso_for_city(text, self.year_at(span))
            else:
                iso = span.label_
            if not iso:
                continue
            iso = gazetteer.country(iso).sovereign or iso  # Hong Kong reports as China
            if gazetteer.is_ambiguous(text) and self.doc[span.start].ent_type_ not in {
                "GPE",
                "NORP",
                "LOC",
            }:
                continue  # "Jordan", "Georgia", "Chad": only when the model also reads a place
            if self._inside_person_or_org(span):
                continue
            refs.append(CountryRef(span, iso, kind))
        refs += self._short_official_names(refs)
        return sorted(refs, key=lambda r: r.span.start)

    def _short_official_names(self, refs: list[CountryRef]) -> list[CountryRef]:
        """ "the Federal Republic", "the Islamic Republic": the start of a state's official name,
        for the one state the article also names whose official name begins so."""
        named = {r.iso for r in refs}
        taken = {i for r in refs for i in range(r.span.start, r.span.end)}
        out = []
        for i in self.words.positions(STATE_FORMS, by="orth"):
            tok = self.doc[i]
            if tok.i in taken:
                continue
            if tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "of":
                continue  # a full official name: the ruler's, or not a state's
            start = tok.i
            while (
                start > 0
                and self.doc[start - 1].lower_ != "the"
                and (self.doc[start - 1].is_title or self.doc[start - 1].text in {"'s", "’s"})
            ):
                start -= 1
            if start == tok.i or start == 0 or self.doc[start - 1].lower_ != "the":
                continue
            phrase = self.doc[start : tok.i + 1].text.replace(" 's", "'s").replace(" ’s", "'s")
            isos = [
                iso
                for iso in named
                if (gazetteer.country(iso).official_name or "").startswith(f"{phrase} of ")
            ]
            if len(isos) == 1:
                out.append(CountryRef(self.doc[start : tok.i + 1], isos[0], "name"))
        return out

    @staticmethod
    def _us_context(span: Span) -> bool:
        return any(t.lower_ in US_STATE_CUES for t in span.sent)

    def _inside_person_or_org(self, span: Span) -> bool:
        """A country word inside a longer name ("Qatar Airways", "Kenya Open University") is no mention."""
        ent = self._ent_at.get(span.start)
        if ent is not None:
            if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                if ent.label_ in {"PERSON", "WORK_OF_ART", "PRODUCT", "EVENT"}:
                    return True
                # an organisation or a building, unless it is the state's own ("the Chinese
                # Embassy" read as a facility, "the Government of Chile")
                if (
                    ent.label_ in {"ORG", "FAC"}
                    and (span.end < ent.end or ent.label_ == "FAC")
                    and ent[-1].lower_ not in {"government", "embassy"}
                ):
                    words = {t.lower_ for t in ent}
                    if not words & STATE_ORGAN_WORDS and "high commission" not in ent.text.lower():
                        return True
        return False

    @staticmethod
    def _dateline_day(doc: Doc, published: date | None) -> date | None:
        """The day a story was filed, from its dateline ("GENEVA, May 3 —", "CAIRO, Tuesday."), when
        that is a day up to a week before publication: the day "yesterday", "last night" and
        "on Monday" count from. Newspapers print the next morning what the wire filed the day before."""
        if published is None:
            return None
        for ent in doc.ents[:2]:
            if ent.label_ != "DATE" or not 2 <= ent.start <= 6 or ent.end >= len(doc):
                continue
            city = doc[: ent.start - 1]
            if doc[ent.start - 1].text != "," or not all(t.is_upper or t.is_punct for t in city):
                continue
            if doc[ent.end].text not in DATELINE_ENDS | {".", "("}:
                continue
            value = normalize_date(ent.text, published)
            if value is None or len(value) != 10:
                return None
            day = date.fromisoformat(value)
            return day if 0 <= (published - day).days <= 7 else None
        return None

    @staticmethod
    def _in_dateline(ent: Span) -> bool:
        """ "VIENNA, June 18 --", "SYDNEY, Thursday.": the filing date of a wire story, not a date in
        the story."""
        sent = ent.sent
        nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if nxt is None or ent.start - sent.start > 3:
            return False
        if nxt.text in DATELINE_ENDS:
            return True
        # a dateline sentence of its own, or the agency in brackets: "CAIRO, Tuesday." / "(AP) -"
        return (
            ent.start > 0
            and ent.doc[ent.start - 1].text == ","
            and nxt.text in {".", "("}
            and (nxt.text == "(" or nxt.i == sent.end - 1)
        )

    def _compass_names(self) -> dict[str, str]:
        """ "the North", "the South": the halves of a divided state the article names in full
        ("South Sudan" makes "the South" SSD). A point named by two states is left out."""
        found: dict[str, set[str]] = {}
        for ref in self.countries:
            # the state's own name ("East Germany") or the form the article uses ("West German")
            for name in (gazetteer.country(ref.iso).name, self.span_text(ref.span)):
                first = name.split()[0].lower()
                if first in {"north", "south", "east", "west"} and len(name.split()) > 1:
                    found.setdefault(first, set()).add(ref.iso)
        return {point: next(iter(isos)) for point, isos in found.items() if len(isos) == 1}

    def compass_country(self, token: Token) -> CountryRef | None:
        """``token`` as "the North"/"the South" of a divided state, if the article names one."""
        if token.lower_ not in self.compass or not token.is_title:
            return None
        if not any(c.lower_ == "the" for c in token.children) and not (
            token.i > 0 and token.doc[token.i - 1].lower_ == "the"
        ):
            return None
        return CountryRef(token.doc[token.i : token.i + 1], self.compass[token.lower_], "name")

    # -- lookups ---------------------------------------------------------------------------------

    def country_of(self, token: Token) -> CountryRef | None:
        return self.country_at.get(token.i)

    def state_of(self, token: Token) -> CountryRef | None:
        """A country mention, or "the North"/"the South" of a divided state the article names."""
        return self.country_at.get(token.i) or self.compass_country(token)

    def countries_in(self, start: int, end: int) -> list[CountryRef]:
        """The country mentions wholly inside tokens ``start`` to ``end`` (found by bisection)."""
        first = bisect_left(self._country_starts, start)
        last = bisect_left(self._country_starts, end, lo=first)
        return [ref for ref in self.countries[first:last] if ref.span.end <= end]

    @cached_property
    def _country_starts(self) -> list[int]:
        return [ref.span.start for ref in self.countries]  # self.countries is in text order

    @cached_property
    def dateline(self) -> tuple[str, str] | None:
        """ "NEW DELHI, Feb 12 --": the (ISO, city) a wire story is filed from, which "here" means."""
        words = []
        for tok in self.doc[:6]:
            if not (tok.is_upper and tok.is_alpha):
                break
            words.append(tok.text)
        if not words:
            return None
        city = " ".join(w.capitalize() for w in words)
        iso = gazetteer.iso_for_city(city, self.year)
        return (iso, city) if iso else None

    def leading_pair(self) -> list[str]:
        """The two states the article speaks of most, when a third is clearly behind them."""
        counts: dict[str, int] = {}
        for ref in self.countries:
            if ref.kind in {"name", "demonym"}:
                counts[ref.iso] = counts.get(ref.iso, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or (len(ranked) > 2 and ranked[2][1] >= ranked[1][1]):
            return []
        return sorted(iso for iso, _ in ranked[:2])

    def dominant_state(self, exclude: str | None = None) -> str | None:
        """The state the article speaks of most (by name or demonym), other than ``exclude``; None
        on a tie. Computed once per ``exclude``: the slot scorer asks for every candidate."""
        if exclude not in self._dominant:
            self._dominant[exclude] = self._dominant_state(exclude)
        return self._dominant[exclude]

    def _dominant_state(self, exclude: str | None) -> str | None:
        counts: dict[str, int] = {}
        for ref in self.countries:
            if ref.iso != exclude and ref.kind in {"name", "demonym"}:
                counts[ref.iso] = counts.get(ref.iso, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None

    @cached_property
    def ents(self) -> Sequence[Span]:
        """The Doc's entities, made once (``Doc.ents`` and ``Span.ents`` make new Spans of every
        entity in the Doc at each call)."""
        return self.doc.ents

    @cached_property
    def _date_ents(self) -> list[Span]:
        return [ent for ent in self.ents if ent.label_ in DATE_LABELS]

    @cached_property
    def text(self) -> str:
        """The Doc's text: the article's, which the Doc was made from (``Doc.text`` and ``Span.text``
        join their tokens anew each time); joined from the tokens if the Doc is of another text."""
        text, doc = self.article.text, self.doc
        if not doc:
            return doc.text
        last = doc[-1]
        if (last.idx + len(last.text_with_ws) == len(text) and text.startswith(doc[0].text_with_ws)
                and text.endswith(last.text_with_ws)):
            return text
        return doc.text

    def span_text(self, span: Span) -> str:
        """``span.text``, sliced from :attr:`text` (``Span.text`` joins the span's tokens anew)."""
        return self.text[span.start_char : span.end_char]

    def evidence(self, sent: Span) -> Evidence:
        """The sentence as evidence; offsets cover exactly the stripped text."""
        raw = self.text[sent.start_char : sent.end_char]  # == sent.text
        text = raw.strip()
        start = sent.start_char + len(raw) - len(raw.lstrip())
        return Evidence(self.article.id, start, start + len(text), text)

    def year_at(self, span: Span | Token) -> int | None:
        """The year a sentence speaks of, for places whose state changed ("a trade fair in
        Leningrad in 1970" was Soviet): its date nearest ``span``, else the article's year."""
        start = span.start if isinstance(span, Span) else span.i
        sent = self.doc[start].sent
        dated = self.dates_in(sent)
        if not dated:
            return self.year
        _, value = min(dated, key=lambda d: abs(d[0].start - start))
        return int(value[:4])

    def date_of(self, span: Span, relative_to: str | None = None) -> str | None:
        """An ISO partial date for a DATE entity, anchored on the article's date. A source dated to
        the month or the year anchors only what needs no finer date ("last year", "in June" of a
        June issue), never "on Monday"."""
        text = self.span_text(span)
        value = normalize_date(text, self.anchor, relative_to=relative_to)
        coarse = self.article.published_text
        if value is None and self.anchor is None and self.article.published and coarse and len(coarse) < 10:
            end = _period_end(self.article.published, self.article.published_precision)
            value = normalize_date(text, end, relative_to=relative_to)
            if value is not None and len(value) > len(coarse):
                return None
        return value

    def dates_in(self, sent: Span) -> list[tuple[Span, str]]:
        """DATE entities of a sentence with their ISO values; narrative ones ("two years later")
        resolve against the last date the article gave before them."""
        resolved = self._resolved_dates()
        return [(ent, resolved[ent.start]) for ent in self.date_ents_in(sent) if resolved.get(ent.start)]

    def date_ents_in(self, sent: Span) -> list[Span]:
        """DATE entities wholly inside a sentence, resolved or not, in text order."""
        first = bisect_left(self._date_starts, sent.start)
        last = bisect_left(self._date_starts, sent.end, lo=first)
        return [ent for ent in self._date_ents[first:last] if ent.end <= sent.end]  # as Span.ents

    @cached_property
    def _date_starts(self) -> list[int]:
        return [ent.start for ent in self._date_ents]  # entities come in text order

    def all_dates(self) -> list[tuple[Span, str]]:
        """Every DATE entity of the article that resolves, with its ISO value, in text order."""
        resolved = self._resolved_dates()
        return [(ent, resolved[ent.start]) for ent in self._date_ents if ent.start in resolved]

    def _resolved_dates(self) -> dict[int, str]:
        if self._dates is None:
            self._dates = {}
            previous: str | None = None
            for ent in self._date_ents:
                if self._in_dateline(ent):
                    continue
                nxt = self.doc[ent.end] if ent.end < len(self.doc) else None
                if nxt is not None and nxt.lower_ in {"tonight", "today"}:
                    # "Eighty years ago | tonight": the model splits the anniversary off as a TIME
                    ent = self.doc[ent.start : ent.end + 1]
                before = self.doc[ent.start - 1] if ent.start > 0 else None
                if before is not None and before.lower_ == "that" and previous and len(ent) == 1:
                    # "in August 1970 ... and that December": the parser leaves "that" outside
                    value = self.date_of(self.doc[ent.start - 1 : ent.end], relative_to=previous)
                else:
                    value = None
                value = (
                    value
                    or self.date_of(ent)
                    or (self.date_of(ent, relative_to=previous) if previous else None)
                )
                if value:
                    self._dates[ent.start] = value
                    previous = value
        return self._dates


def _period_end(first: date, precision: str) -> date:
    """The last day of the month or year that starts on ``first``."""
    if precision == "year":
        return date(first.year, 12, 31)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def governs(head: Token, token: Token) -> bool:
    """Whether ``token`` is ``head`` or lies in its subtree."""
    return head.left_edge.i <= token.i <= head.right_edge.i and (token == head or head in token.ancestors)
