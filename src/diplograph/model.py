"""The values that flow between stages: plain, frozen, and free of spaCy or rdflib objects.

    Article ──extract──▶ ArticleFacts (Person/Country/Embassy/Defection/Agreement facts)

Every fact carries :class:`Evidence` (article id, sentence text and character offsets into
``Article.text``) so that the graph can say where it was read. Countries are always ISO 3166
alpha-3 codes (3166-3 for historic states); dates are ISO partial dates (``"2016"``,
``"2016-08"``, ``"2016-08-17"``) at the precision the text gives.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "AGREEMENT_STATUSES",
    "Agreement",
    "Article",
    "ArticleFacts",
    "CountryMention",
    "Defection",
    "Embassy",
    "Evidence",
    "Person",
    "content_hash",
]

#: The values ``dg:status`` may take (CONTRACT.md).
AGREEMENT_STATUSES = ("signed", "in_force", "suspended", "terminated", "withdrawn")


#: how many characters of an ISO date each precision of ``Article.published`` keeps
_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}


def content_hash(text: str, title: str | None = None, published: date | str | None = None) -> str:
    """SHA-256 of what the extractor reads, so an unchanged article can be skipped on re-ingest."""
    h = hashlib.sha256()
    when = published.isoformat() if isinstance(published, date) else published or ""
    for part in (title or "", when, text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


@dataclass(frozen=True)
class Article:
    """One source document, as read from a file.

    Attributes:
        id: the input's id (JSONL ``id``, or the file stem); becomes ``dg:sourceId``.
        text: the body text; all character offsets in facts index into it.
        title: the headline, if known.
        published: the article's date, the anchor for relative dates (for a month or a year
            only, its first day).
        published_precision: ``"day"``, or ``"month"`` / ``"year"`` when the source gives only
            those ("1995-04", ISO 8601's reduced precision).
        url: where it came from (JSONL ``url``/``source`` or the HTML canonical link).
        source: publisher or free-text origin, if known.
        path: the file it was read from (for error messages).
        line: the 1-based line in ``path`` (JSONL), else ``None``.
    """

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    line: int | None = None
    published_precision: str = "day"

    @property
    def published_text(self) -> str | None:
        """``published`` at the precision the source gave: "1995-04-20", "1995-04" or "1995"."""
        if self.published is None:
            return None
        return self.published.isoformat()[: _PRECISION_LENGTH[self.published_precision]]

    @property
    def location(self) -> str:
        """Where it was read, for messages: ``news.jsonl:7``, the file, or else the id."""
        if self.path and self.line:
            return f"{self.path}:{self.line}"
        return self.path or self.id

    @property
    def hash(self) -> str:
        return content_hash(self.text, self.title, self.published_text)


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a sentence of an article, by character offsets into its text."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CountryMention:
    """A state the article talks about, keyed by ISO code, with the surface forms it used."""

    iso: str
    forms: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Person:
    """A named human as one article speaks of them.

    Attributes:
        name: the fullest form the article uses ("Ri Il Kyu"); the article's ``rdfs:label``.
        aliases: other forms the article uses ("Ri", "Mr Ri").
        nationality: ISO code when the text states or clearly implies it.
        positions: roles as stated ("counselor for political affairs").
        posts: the missions the person served at, as :class:`Embassy` keys.
    """

    name: str
    aliases: tuple[str, ...] = ()
    nationality: str | None = None
    positions: tuple[str, ...] = ()
    posts: tuple[Embassy, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Embassy:
    """A diplomatic mission of ``sending`` in ``host`` (optionally in ``city``)."""

    sending: str
    host: str
    city: str | None = None
    evidence: tuple[Evidence, ...] = field(default=(), compare=False, hash=False)


@dataclass(frozen=True)
class Defection:
    """A person leaving the service or allegiance of a state.

    Attributes:
        defector: the :attr:`Person.name` of the defector, in the same article.
        from_country: the state left.
        to_country: the state reached or granting asylum, when the text says.
        from_post: the defector's own mission they left from, when there was one.
        date: ISO partial date at the text's precision.
        position: the defector's role as stated.
        confidence: in [0, 1]; lower when the rule that found it is weaker.
        rule: the name of the extraction rule that tied the defector to the cue.
    """

    defector: str
    from_country: str | None
    to_country: str | None = None
    from_post: Embassy | None = None
    date: str | None = None
    position: str | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    rule: str | None = None


@dataclass(frozen=True)
class Agreement:
    """A treaty, accord, declaration, deal or set of guidelines between states."""

    name: str
    aliases: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    date: str | None = None
    status: str | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    rule: str | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article: the unit that maps to one named graph."""

    article: Article
    countries: tuple[CountryMention, ...] = ()
    persons: tuple[Person, ...] = ()
    embassies: tuple[Embassy, ...] = ()
    defections: tuple[Defection, ...] = ()
    agreements: tuple[Agreement, ...] = ()
