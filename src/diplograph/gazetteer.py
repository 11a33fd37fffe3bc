"""Public facts about states as lookups: names, demonyms, capitals, cities, titles, news outlets.

Pure Python over the data files in ``data/`` (no spaCy): the extractor builds its match patterns
from :func:`country_phrases` and resolves what matched with the ``iso_for_*`` functions.

Keys are ISO 3166-1 alpha-3 codes, or ISO 3166-3 codes for historic states (``SUN``, ``CSK``,
``DDR``, ``YUG``, ``SCG``) plus ``XKX`` for Kosovo. Lookups normalise typography (curly quotes,
periods in abbreviations, hyphens, diacritics, "St." / "Saint", a leading "the", a trailing
possessive), so "the U.S." finds ``USA`` and "Cote d'Ivoire" finds ``CIV``. They ignore case,
except for the forms where case is the only clue: abbreviations ("US" but not the pronoun "us") and
the ambiguous forms (:func:`is_ambiguous`: "Turkey" but not the bird, "Chad" only capitalised).

Cities carry eras: ``iso_for_city("Moscow", 1975)`` is ``SUN``, ``iso_for_city("Moscow", 2020)`` is
``RUS``; without a year the present-day state is returned.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

__all__ = [
    "CountryInfo",
    "PhraseKind",
    "began",
    "city_phrases",
    "countries",
    "country",
    "country_phrases",
    "is_ambiguous",
    "is_capital",
    "iso_for_city",
    "iso_for_demonym",
    "iso_for_name",
    "news_organisations",
    "regions",
    "titles",
    "us_states",
]

DATA_DIR = Path(__file__).parent / "data"

PhraseKind = Literal["name", "demonym", "capital"]

# Open-ended eras are stored as these sentinels so that spans can be compared arithmetically.
_EARLIEST = -9999
_LATEST = 9999


@dataclass(frozen=True)
class CountryInfo:
    """One state, present or historic.

    Attributes:
        iso: ISO 3166-1 alpha-3 code (ISO 3166-3 for historic states, ``XKX`` for Kosovo).
        name: Canonical English short name used as the label ("North Korea", "Soviet Union").
        official_name: Formal name ("Democratic People's Republic of Korea"), when there is one.
        historic: True for states that no longer exist (Soviet Union, East Germany, ...).
        names: Every form that names the state, the label first.
        demonyms: Adjectival and noun forms, singular and plural ("North Korean", "North Koreans").
        capitals: Capital names in any era (see :func:`is_capital` for when).
        sovereign: For a dependent territory, the ISO code of the state that holds it (Hong Kong:
            ``CHN``, Greenland: ``DNK``); None for states.
        un_member: True for the 193 UN member states.
    """

    iso: str
    name: str
    official_name: str | None
    historic: bool
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    sovereign: str | None = None
    un_member: bool = False


@dataclass(frozen=True)
class _Place:
    """One (city, state) association, valid between two years inclusive."""

    iso: str
    start: int
    end: int
    capital: bool

    def covers(self, year: int) -> bool:
        return self.start <= year <= self.end

    @classmethod
    def from_era(cls, iso: str, era: Mapping[str, Any], *, capital: bool = False) -> _Place:
        """Build from a data record with optional inclusive ``from``/``until`` years."""
        return cls(iso, era.get("from") or _EARLIEST, era.get("until") or _LATEST, capital)


@dataclass(frozen=True)
class _Index:
    """A case-sensitive index for strict forms and a case-folded one for the rest."""

    exact: Mapping[str, Any]
    folded: Mapping[str, Any]

    def get(self, text: str) -> Any:
        key = _key(text)
        if not key:
            return None
        if key in self.exact:
            return self.exact[key]
        return self.folded.get(key.casefold())


# --- normalisation -------------------------------------------------------------------------------

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
    }
)
_POSSESSIVE = re.compile(r"'s?$")
_SAINT = re.compile(r"\bSt\b")
_ABBREVIATION = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z]{2,6}$")


@lru_cache(maxsize=65536)  # the same few thousand forms are looked up again and again
def _key(text: str) -> str:
    """Fold the typographic variation that never changes which place is meant."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.strip().strip("\"'")
    text = _POSSESSIVE.sub("", text)
    text = text.replace(".", "").replace(",", " ").replace("-", " ")
    text = " ".join(text.split())
    if text[:4].lower() == "the ":
        text = text[4:]
    return _SAINT.sub("Saint", text)


def _is_strict(key: str, strict_keys: Mapping[str, Any]) -> bool:
    """Whether a form only counts with its exact capitalisation ("US" vs "us", "Chad" vs "chad")."""
    return key in strict_keys or bool(_ABBREVIATION.match(key))


def _build_index(
    pairs: Iterable[tuple[str, Any]], ambiguous: Mapping[str, Any], *, use_defaults: bool
) -> _Index:
    """Index ``(surface, value)`` pairs, keeping ambiguous and abbreviated forms case-sensitive.

    With ``use_defaults``, an ambiguous form maps to its default value from ``ambiguous`` (None for
    "Korea") whatever the pairs say.
    """
    amb_keys = {_key(form): default for form, default in ambiguous.items()}
    exact: dict[str, Any] = {}
    folded: dict[str, Any] = {}
    for surface, value in pairs:
        key = _key(surface)
        if _is_strict(key, amb_keys):
            exact.setdefault(key, value)
        else:
            folded.setdefault(key.casefold(), value)
    if use_defaults:
        exact.update(amb_keys)
    return _Index(MappingProxyType(exact), MappingProxyType(folded))


# --- loading ---------------------------------------------------------------------------------------


@cache
def _countries_document() -> Mapping[str, Any]:
    with (DATA_DIR / "countries.json").open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


@cache
def _cities_document() -> Mapping[str, Any]:
    with (DATA_DIR / "cities.json").open(encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


@cache
def _ambiguous() -> Mapping[str, str | None]:
    """Every ambiguous form (countries' and cities') -> its default ISO code or None."""
    merged: dict[str, str | None] = dict(_countries_document()["ambiguous"])
    merged.update(_cities_document().get("ambiguous", {}))
    return MappingProxyType(merged)


@cache
def countries() -> Mapping[str, CountryInfo]:
    """All known states, present and historic, keyed by ISO code (read-only)."""
    out: dict[str, CountryInfo] = {}
    for iso, raw in _countries_document()["countries"].items():
        out[iso] = CountryInfo(
            iso=iso,
            name=raw["name"],
            official_name=raw["official_name"],
            historic=raw["historic"],
            names=tuple(raw["names"]),
            demonyms=tuple(raw["demonyms"]),
            capitals=tuple(dict.fromkeys(c["name"] for c in raw["capitals"])),
            sovereign=raw["sovereign"],
            un_member=raw["un_member"],
        )
    return MappingProxyType(out)


def country(iso: str) -> CountryInfo:
    """Return the state with ISO code ``iso`` (case-insensitive).

    Raises:
        KeyError: If no state has that code.
    """
    return countries()[iso.upper()]


@cache
def ended(iso: str) -> int | None:
    """The last year of a historic state ("SUN" -> 1991), read off its capitals' eras; None for a
    state that exists today or whose end the data does not give."""
    try:
        info = country(iso)
    except KeyError:
        return None
    if not info.historic:
        return None
    raw = next(r for r in _countries_document()["countries"].values() if r["iso"] == info.iso)
    untils = [c.get("until") for c in raw["capitals"]]
    return max(untils) if untils and all(u is not None for u in untils) else None


def began(iso: str) -> int | None:
    """The year a state formed since 1971 began ("UKR" -> 1991, ``data/state_beginnings.json``);
    None for the others (older states, and names older than their present state)."""
    return _beginnings().get(iso)


@cache
def _beginnings() -> dict[str, int]:
    with (DATA_DIR / "state_beginnings.json").open(encoding="utf-8") as fh:
        return dict(json.load(fh)["begins"])


@cache
def _name_index() -> _Index:
    pairs = ((n, info.iso) for info in countries().values() for n in info.names)
    return _build_index(pairs, _countries_document()["ambiguous"], use_defaults=True)


@cache
def _demonym_index() -> _Index:
    pairs = ((d, info.iso) for info in countries().values() for d in info.demonyms)
    return _build_index(pairs, _countries_document()["ambiguous"], use_defaults=True)


def iso_for_name(text: str) -> str | None:
    """ISO code of the state that ``text`` names ("the DPRK", "U.S.", "Britain"), else None.

    An ambiguous name ("Georgia", "Jordan") resolves to its usual state only when capitalised as
    given; check :func:`is_ambiguous` before trusting it without context. "Korea" alone gives None.
    """
    result: str | None = _name_index().get(text)
    return result


def iso_for_demonym(text: str) -> str | None:
    """ISO code for a demonym ("North Korean", "Soviets", "British"), else None ("Korean")."""
    result: str | None = _demonym_index().get(text)
    return result


def _city_records() -> Iterable[tuple[str, _Place]]:
    """Every (city as written, place) from the capitals, the city list and the per-city eras."""
    doc = _cities_document()
    for iso, raw in _countries_document()["countries"].items():
        for cap in raw["capitals"]:
            yield cap["name"], _Place.from_era(iso, cap, capital=True)
    for iso, names in doc["cities"].items():
        for name in names:
            yield name, _Place(iso, _EARLIEST, _LATEST, False)
    for era in doc.get("eras", []):
        yield era["name"], _Place.from_era(era["iso"], era)


@cache
def _city_surfaces() -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for name, _ in _city_records()))


@cache
def _city_index() -> _Index:
    predecessors: Mapping[str, list[dict[str, Any]]] = _cities_document().get("predecessors", {})
    places: dict[str, list[_Place]] = {}
    surfaces: dict[str, str] = {}
    for name, place in _city_records():
        key = _key(name)
        surfaces.setdefault(key, name)
        bucket = places.setdefault(key, [])
        # Before a state existed, its cities belonged to its predecessor (Kyiv, 1980 -> SUN).
        earlier = [_Place.from_era(pred["iso"], pred) for pred in predecessors.get(place.iso, [])]
        bucket.extend(p for p in (place, *earlier) if p not in bucket)
    pairs = ((surfaces[k], tuple(v)) for k, v in places.items())
    return _build_index(pairs, _ambiguous(), use_defaults=False)


def _places(text: str) -> tuple[_Place, ...]:
    found: tuple[_Place, ...] | None = _city_index().get(text)
    return found or ()


def iso_for_city(text: str, year: int | None = None) -> str | None:
    """ISO code of the state a city lies in ("Havana" -> CUB, "Hong Kong" -> CHN), else None.

    Args:
        text: The city as written.
        year: The year the text speaks of; decides between states that held the city in turn
            ("Moscow", 1975 -> SUN; "Moscow", 2020 -> RUS). None means today.
    """
    places = _places(text)
    if not places:
        return None
    if year is not None:
        current = [p for p in places if p.covers(year)]
        if current:
            # The narrowest era is the most specific statement (Leipzig 1980: DDR, not DEU).
            return min(current, key=lambda p: (p.end - p.start, not p.capital)).iso
    today = [p for p in places if p.end == _LATEST]
    if today:
        return min(today, key=lambda p: not p.capital).iso
    return max(places, key=lambda p: p.end).iso


def is_capital(text: str, year: int | None = None) -> bool:
    """Whether ``text`` is a state's capital in ``year`` (None: today). "Bonn", 1985 -> True."""
    when = _LATEST if year is None else year
    return any(p.capital and p.covers(when) for p in _places(text))


def is_ambiguous(text: str) -> bool:
    """Whether a name, demonym or capital needs context before it can count as a state.

    True for forms that are also common words, given names, US states or other places
    ("Georgia", "Jordan", "Chad", "Turkey", "Victoria") and for those naming no single state
    ("Korea", "Congo", "Korean"). Case-insensitive.
    """
    return _key(text).casefold() in _ambiguous_folded()


@cache
def _ambiguous_folded() -> frozenset[str]:
    return frozenset(_key(form).casefold() for form in _ambiguous())


# --- word lists ------------------------------------------------------------------------------------


def _read_lines(filename: str) -> tuple[str, ...]:
    """Non-blank lines of a data file; lines starting with '#' are provenance comments."""
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def titles() -> frozenset[str]:
    """Lower-case honorifics and job titles that precede or describe names ("ambassador")."""
    return frozenset(line.lower() for line in _read_lines("titles.txt"))


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names used in many countries ("klaus", "tesfalem", "batyr"):
    ``given_names.txt``, made by ``scripts/make_given_names.py`` from nomquamgender's data."""
    return frozenset(_read_lines("given_names.txt"))


@cache
def news_organisations() -> frozenset[str]:
    """Names of news agencies, papers and broadcasters, as written ("Reuters", "KCNA")."""
    return frozenset(_read_lines("news_organisations.txt"))


@cache
def us_states() -> frozenset[str]:
    """The 50 US states and the District of Columbia, as written ("New Mexico")."""
    return frozenset(_read_lines("us_states.txt"))


@cache
def regions() -> frozenset[str]:
    """Regions, seas and sub-national areas that are not states ("Latin America", "Korean Peninsula").

    Useful as longer patterns that keep "America" in "Latin America" or "Guinea" in "New Guinea"
    from matching as a state.
    """
    return frozenset(_read_lines("regions.txt"))


@cache
def _phrases() -> tuple[tuple[str, str, PhraseKind], ...]:
    ambiguous = {_key(k): v for k, v in _countries_document()["ambiguous"].items()}
    out: dict[tuple[str, PhraseKind], str] = {}

    def emit(surface: str, iso: str, kind: PhraseKind) -> None:
        key = _key(surface)
        if key in ambiguous and ambiguous[key] != iso:
            return  # only the default reading of an ambiguous form becomes a pattern
        out.setdefault((surface, kind), iso)

    for info in countries().values():
        for name in info.names:
            emit(name, info.iso, "name")
        for demonym in info.demonyms:
            emit(demonym, info.iso, "demonym")
    names = {surface for surface, kind in out if kind == "name"}
    for info in countries().values():
        for capital in info.capitals:
            holder = iso_for_city(capital)
            if capital not in names and holder is not None:
                emit(capital, holder, "capital")
    return tuple(sorted((s, iso, kind) for (s, kind), iso in out.items()))


@cache
def _city_phrases() -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for surface in _city_surfaces():
        iso = iso_for_city(surface)
        if iso is not None:
            out.setdefault(surface, iso)
    return tuple(sorted(out.items()))


def city_phrases() -> list[tuple[str, str]]:
    """Every ``(city as written, present-day iso)``, capitals included, for phrase patterns.

    Resolve a match with ``iso_for_city(text, year)`` when the article is about another era.
    """
    return list(_city_phrases())


def country_phrases() -> list[tuple[str, str, str]]:
    """Every ``(surface form, iso, kind)`` to build spaCy phrase patterns from.

    ``kind`` is "name", "demonym" or "capital". An ambiguous form appears once, with its default
    state (forms that name no single state, like "Korea", are left out). A capital carries the
    state that holds it today; resolve a match with ``iso_for_city(text, year)`` for older texts.
    """
    return list(_phrases())
