"""Partial and relative dates, normalised to ISO at the precision the text gives.

    "in 2011"          -> "2011"        (xsd:gYear)
    "March 2011"       -> "2011-03"     (xsd:gYearMonth)
    "Mar. 4, 2011"     -> "2011-03-04"  (xsd:date)
    "last November"    -> "2021-11"     (anchor 2022-03-09)
    "two years later"  -> "2013"        (relative_to "2011")
    "the 1960s"        -> None          (a decade is not a date in the contract)

The extractor calls :func:`normalize_date` on the text of each spaCy ``DATE`` entity, so it
accepts the shapes those spans take (with or without a leading "in"/"on", "early"/"late", a
trailing comma) and returns ``None`` for anything it cannot pin to a calendar year, month or day
(durations, decades, seasons without a year, bare numbers that are not plausible years).

Rules for dates that leave something out, chosen for news written in the past tense:

* **No year** ("in November", "September 19", "on Tuesday"): the most recent such month, day
  or weekday *not after* the anchor (the article's date). So "in November" on 2022-03-09 is
  "2021-11", "in March" on the same day is "2022-03", and "on Wednesday" on Wednesday
  2022-03-09 is the anchor itself (a report filed on the day it happened).
* **"last X"** ("last November", "last Tuesday"): the most recent X strictly *before* the
  anchor's month (for months) or day (for weekdays): "last March" on 2022-03-09 is "2021-03".
  **"next X"** is the first X strictly after; **"this X"** is the one in the anchor's year/week.
* **Times of day**: "last night" is the day before the anchor, "this morning" and "tonight" the
  anchor; "the early hours of Monday" is Monday.
* **Weeks** have no XSD type: "this week"/"last week" give the month (``YYYY-MM``) of the
  anchor / of the anchor minus seven days; "N weeks ago" the month of anchor minus N weeks.
* **Seasons** give the year: "summer 1983", "the autumn of 1983" -> "1983". "last winter"
  straddles two years and gives ``None``.
* **Narrative references** ("two years later", "the same year", "the previous year", "a month
  earlier") resolve only against ``relative_to``, the date of the event mentioned before, and at
  the precision both allow ("six months later" needs a month in ``relative_to``). "N years ago"
  and "last year" resolve against the anchor.
* **Years** must lie in 1800..anchor.year + 1 (without an anchor: today's year + 1), so counts
  and sums ("312 refugees", "1,250") are never read as years.
"""

from __future__ import annotations

import calendar
import functools
import logging
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from rdflib import URIRef
from rdflib.namespace import XSD

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["is_valid_partial_date", "normalize_date", "xsd_datatype"]

logger = logging.getLogger(__name__)

MIN_YEAR = 1800

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")

_M = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?P<year>\d{4})"
_WD = r"(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?"
_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# Words around a date that do not change which date it is, only how precisely it is known or
# how the sentence reaches it ("in", "on", "early", "the end of").
_LEADING = _rx(
    r"^(?:(?:in|on|at|by|since|from|during|until|till|before|after|around|about|circa|c\.|of|as of"
    r"|only|just|nearly|almost|roughly|some|exactly|precisely"
    r"|early|earlier|late|later|mid|middle|the (?:end|beginning|start|middle|close|turn) of"
    r"|(?:the )?(?:early|small) hours of"
    r"|the year(?=\s+\d)|the month of|sometime|some time|back)\b-?\s*)+"
)
_TRAILING = _rx(r"(?:[\s,;:.!?]|'s|’s)+$")
_TIME_OF_DAY = _rx(r"\s+(?:morning|afternoon|evening|night|midday|noon|overnight)$")
# "last night" is the day before the anchor, "this morning" and "tonight" the anchor itself
_LAST_NIGHT = _rx(r"^(?:(last)\s+(?:night|evening)|this\s+(?:morning|afternoon|evening)|tonight)$")

_DECADE = _rx(r"^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:\d{3}0|'?\d0)'?s$")
_ISO = _rx(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[t ][\d:.+\-z]+)?)?)?$")
_MONTH_YEAR = _rx(rf"^{_M}(?:,?\s+of|,)?\s+{_Y}$")
_MONTH_DAY_YEAR = _rx(rf"^(?:{_WD},?\s+)?{_M}\s+{_D},?\s+{_Y}$")
_DAY_MONTH_YEAR = _rx(rf"^(?:{_WD},?\s+)?(?:the\s+)?{_D}(?:\s+of)?\s+{_M},?\s+{_Y}$")
_MONTH_DAY = _rx(rf"^(?:{_WD},?\s+)?{_M}\s+{_D}$")
_DAY_MONTH = _rx(rf"^(?:{_WD},?\s+)?(?:the\s+)?{_D}(?:\s+of)?\s+{_M}$")
_MONTH = _rx(rf"^(?:(?P<rel>last|this|next|past)\s+)?{_M}$")
_MONTH_OF_YEAR_WORD = _rx(
    rf"^{_M},?\s+(?:of\s+)?(?:(?P<anchored>last|this|next) year"
    r"|(?:the|that)\s+(?P<narrative>same|previous|following|next|prior) year|that year)$"
)
_THAT_MONTH = _rx(rf"^that\s+{_M}$")  # "signed in August 1970 ... and that December"
_SEASON_YEAR = _rx(rf"^(?:the\s+)?(?:{'|'.join(_SEASONS)})(?:\s+of)?,?\s+{_Y}$")
_SEASON_REL = _rx(rf"^(?P<rel>last|this|next)\s+(?P<season>{'|'.join(_SEASONS)})$")
_WEEKDAY = _rx(rf"^(?:(?P<rel>last|this|next|past)\s+)?{_WD}$")
# "Thirty years ago this month": the anniversary wording adds nothing at the unit's precision.
_AGO = _rx(rf"^{_N}\s+{_UNIT}\s+ago(?:\s+(?P<tail>today|tonight|this\s+(?:week|month)))?$")
_NARRATIVE_SHIFT = _rx(rf"^{_N}\s+{_UNIT}\s+(?P<dir>later|after|afterwards|earlier|before|previously)$")
_YEAR_IN_TEXT = _rx(r"(?<![\d,])\d{4}(?![\d,]|'?s\b)")

_ANCHOR_WORDS: dict[str, tuple[str, int]] = {
    # phrase -> (unit, offset from the anchor)
    "today": ("day", 0),
    "yesterday": ("day", -1),
    "the day before yesterday": ("day", -2),
    "tomorrow": ("day", 1),
    "this week": ("week", 0),
    "last week": ("week", -1),
    "the past week": ("week", -1),
    "next week": ("week", 1),
    "this month": ("month", 0),
    "last month": ("month", -1),
    "the past month": ("month", -1),
    "next month": ("month", 1),
    "this year": ("year", 0),
    "last year": ("year", -1),
    "next year": ("year", 1),
}
_NARRATIVE_WORDS: dict[str, tuple[str, int]] = {
    # phrase -> (unit, offset from relative_to)
    "the same day": ("day", 0),
    # "the same afternoon", "that evening": the time of day is stripped before lookup
    "the same": ("day", 0),
    "that": ("day", 0),
    "that day": ("day", 0),
    "the next day": ("day", 1),
    "the following day": ("day", 1),
    "the previous day": ("day", -1),
    "the day before": ("day", -1),
    "the same month": ("month", 0),
    "that month": ("month", 0),
    "the following month": ("month", 1),
    "the next month": ("month", 1),
    "the previous month": ("month", -1),
    "the month before": ("month", -1),
    "the same year": ("year", 0),
    "that year": ("year", 0),
    "that same year": ("year", 0),
    "the following year": ("year", 1),
    "the next year": ("year", 1),
    "the previous year": ("year", -1),
    "the prior year": ("year", -1),
    "the year before": ("year", -1),
}


def is_valid_partial_date(s: str) -> bool:
    """Whether ``s`` is an ISO partial date: ``YYYY``, ``YYYY-MM`` or a real ``YYYY-MM-DD``.

    Args:
        s: the candidate string.

    Returns:
        ``True`` for e.g. ``"2012"``, ``"2012-08"``, ``"2012-02-29"``; ``False`` for
        ``"2012-13"``, ``"2011-02-29"``, ``"12"``, ``"2012-8"``.
    """
    m = _ISO.match(s) if isinstance(s, str) and len(s) in (4, 7, 10) else None
    if not m or not s[:4].isdigit() or int(s[:4]) < 1:
        return False
    return _checked(int(m["year"]), _opt_int(m["month"]), _opt_int(m["day"])) is not None


def xsd_datatype(iso: str) -> URIRef:
    """The XSD datatype for an ISO partial date, by its precision.

    Args:
        iso: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Returns:
        ``XSD.gYear``, ``XSD.gYearMonth`` or ``XSD.date``.

    Raises:
        ValueError: ``iso`` is not a valid partial date.
    """
    if not is_valid_partial_date(iso):
        raise ValueError(f"not an ISO partial date: {iso!r}")
    return {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(iso)]


def normalize_date(text: str, anchor: date | None = None, relative_to: str | None = None) -> str | None:
    """Normalise a date expression to an ISO partial date at the precision the text gives.

    See the module docstring for the rules for missing years, "last"/"next", weeks, seasons
    and narrative references.

    Args:
        text: the expression, e.g. the text of a spaCy ``DATE`` entity ("last October").
        anchor: the article's publication date; relative expressions need it.
        relative_to: the ISO partial date of the event the text refers back to, for
            "two years later", "the same year", "the previous month".

    Returns:
        ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``, or ``None`` when the text is not a
        calendar date (a decade, a duration, a count) or needs an anchor/reference not given.

    Raises:
        ValueError: ``relative_to`` is given but is not an ISO partial date.
    """
    if relative_to is not None and not is_valid_partial_date(relative_to):
        raise ValueError(f"relative_to is not an ISO partial date: {relative_to!r}")
    if isinstance(anchor, datetime):  # a datetime is a date; keep cache keys and arithmetic plain
        anchor = anchor.date()
    return _normalize(text, anchor, relative_to)


@functools.lru_cache(maxsize=8192)
def _normalize(text: str, anchor: date | None, relative_to: str | None) -> str | None:
    cleaned = _clean(text)
    if not cleaned:
        return None
    max_year = (anchor or date.today()).year + 1
    for resolve in (_absolute, _anchored, _narrative):
        result = resolve(cleaned, anchor, relative_to, max_year)
        if result is not None:
            return result if _year_ok(result, max_year) else None
    return None


def _clean(text: str) -> str:
    s = " ".join(text.lower().replace("\u2019", "'").split())
    # Trailing punctuation first, so "Tuesday night," loses both.
    s = _TRAILING.sub("", s)
    s = _LAST_NIGHT.sub(lambda m: "yesterday" if m[1] == "last" else "today", s)
    s = _TIME_OF_DAY.sub("", s)
    s = _LEADING.sub("", s)
    return _TRAILING.sub("", s)


def _year_ok(iso: str, max_year: int) -> bool:
    return MIN_YEAR <= int(iso[:4]) <= max_year


def _absolute(s: str, anchor: date | None, relative_to: str | None, max_year: int) -> str | None:
    """Dates that name their year: ISO, "Month YYYY", "Mar. 4, 2011", seasons, dateparser."""
    if _DECADE.match(s):
        return None
    if m := _ISO.match(s):
        return _iso(int(m["year"]), _opt_int(m["month"]), _opt_int(m["day"]))
    if m := _MONTH_YEAR.match(s):
        return _iso(int(m["year"]), _MONTHS[m["month"]])
    if m := (_MONTH_DAY_YEAR.match(s) or _DAY_MONTH_YEAR.match(s)):
        return _iso(int(m["year"]), _MONTHS[m["month"]], int(m["day"]))
    if m := _SEASON_YEAR.match(s):
        return _iso(int(m["year"]))
    return _with_dateparser(s, max_year)


def _anchored(s: str, anchor: date | None, relative_to: str | None, max_year: int) -> str | None:
    """Dates resolved against the article's date: "last November", "on Tuesday", "yesterday"."""
    if anchor is None:
        return None
    if s in _ANCHOR_WORDS:
        unit, offset = _ANCHOR_WORDS[s]
        return _shift(anchor, unit, offset)
    if m := _MONTH.match(s):
        return _month_near(anchor, _MONTHS[m["month"]], m["rel"])
    if m := (_MONTH_DAY.match(s) or _DAY_MONTH.match(s)):
        return _day_not_after(anchor, _MONTHS[m["month"]], int(m["day"]))
    if m := _WEEKDAY.match(s):
        return _weekday_near(anchor, _WEEKDAYS[m["weekday"]], m["rel"])
    if (m := _MONTH_OF_YEAR_WORD.match(s)) and m["anchored"]:
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m["anchored"]]
        return _iso(year, _MONTHS[m["month"]])
    if m := _SEASON_REL.match(s):
        if m["season"] == "winter":
            return None  # a winter straddles two years: "last winter" has no single year
        return _iso(anchor.year + {"last": -1, "this": 0, "next": 1}[m["rel"]])
    if m := _AGO.match(s):
        n = _number(m["n"])
        if n is None:
            return None
        if m["unit"] == "year" and m["tail"] in ("today", "tonight"):
            # "Eighty years ago tonight": an anniversary names the very day.
            return _iso(anchor.year - n, anchor.month, anchor.day)
        return _shift(anchor, m["unit"], -n)
    return None


def _narrative(s: str, anchor: date | None, relative_to: str | None, max_year: int) -> str | None:
    """Dates resolved against the previous event: "two years later", "the same year"."""
    if relative_to is None:
        return None
    ref = _ref_date(relative_to)
    precision = len(relative_to)
    if s in _NARRATIVE_WORDS:
        unit, offset = _NARRATIVE_WORDS[s]
    elif m := _NARRATIVE_SHIFT.match(s):
        n = _number(m["n"])
        if n is None:
            return None
        unit, offset = m["unit"], n if m["dir"] in ("later", "after", "afterwards") else -n
        if unit == "week" and precision == 10:
            unit, offset = "day", 7 * offset  # "June 9 ... two weeks later": a counted span from a day
    elif m := _THAT_MONTH.match(s):
        return _iso(ref.year, _MONTHS[m["month"]])
    elif (m := _MONTH_OF_YEAR_WORD.match(s)) and not m["anchored"]:
        shift = {"previous": -1, "prior": -1, "following": 1, "next": 1}.get(m["narrative"] or "", 0)
        return _iso(ref.year + shift, _MONTHS[m["month"]])
    else:
        return None
    # The result cannot be more precise than the reference: "six months after 2011" is unknown.
    needed = {"year": 4, "month": 7, "week": 10, "day": 10}[unit]
    if precision < needed:
        return None
    return _shift(ref, unit, offset)


@functools.lru_cache(maxsize=8192)  # dateparser costs ~1 ms a call; the same phrases recur across articles
def _with_dateparser(s: str, max_year: int) -> str | None:
    """Other absolute formats ("04.03.2011", "Friday, 4 March 2011"), by dateparser.

    Only text that carries a four-digit year goes to dateparser: without one it would fill the
    year from today, and the precision logic here would have nothing to stand on.
    """
    years = _YEAR_IN_TEXT.findall(s)
    if len(years) != 1:
        return None
    data = _dateparser().get_date_data(s)
    if data.date_obj is None or data.date_obj.year != int(years[0]):
        return None
    found = data.date_obj.date()
    if data.period == "year":
        return _iso(found.year)
    if data.period == "month":
        return _iso(found.year, found.month)
    if data.period in ("day", "time"):
        return found.isoformat()
    return None


@functools.cache
def _dateparser() -> DateDataParser:
    # Imported and built once, on first need: dateparser's import and language data are slow.
    from dateparser.date import DateDataParser

    logger.debug("building dateparser parser")
    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "past",
            "REQUIRE_PARTS": ["year"],
            # Fixed, so that nothing depends on the day the build runs.
            "RELATIVE_BASE": datetime(2000, 1, 1),
            # No "timestamp" (a ten-digit number is not a date) and no "relative-time".
            "PARSERS": ["custom-formats", "absolute-time"],
        },
    )


def _opt_int(digits: str | None) -> int | None:
    return int(digits) if digits else None


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _checked(year: int, month: int | None = None, day: int | None = None) -> date | None:
    try:
        return date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        return None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if _checked(year, month, day) is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _ref_date(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _shift(d: date, unit: str, offset: int) -> str | None:
    """``d`` moved by ``offset`` units, at that unit's precision (weeks: the month)."""
    try:
        if unit == "day":
            return (d + timedelta(days=offset)).isoformat()
        if unit == "week":
            return (d + timedelta(weeks=offset)).isoformat()[:7]
        if unit == "month":
            return _add_months(d, offset).isoformat()[:7]
        return _iso(d.year + offset)
    except (OverflowError, ValueError):
        return None


def _month_near(anchor: date, month: int, rel: str | None) -> str | None:
    if rel == "this":
        return _iso(anchor.year, month)
    if rel == "next":
        return _iso(anchor.year if month > anchor.month else anchor.year + 1, month)
    if rel in ("last", "past"):
        return _iso(anchor.year if month < anchor.month else anchor.year - 1, month)
    return _iso(anchor.year if month <= anchor.month else anchor.year - 1, month)


def _day_not_after(anchor: date, month: int, day: int) -> str | None:
    for year in (anchor.year, anchor.year - 1, anchor.year - 2, anchor.year - 3, anchor.year - 4):
        candidate = _checked(year, month, day)
        # The loop reaches back past a non-leap year for "February 29".
        if candidate is not None and candidate <= anchor:
            return candidate.isoformat()
    return None


def _weekday_near(anchor: date, weekday: int, rel: str | None) -> str:
    back = (anchor.weekday() - weekday) % 7
    if rel == "next":
        return (anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)).isoformat()
    if rel in ("last", "past"):
        back = back or 7  # "last Tuesday" said on a Tuesday is a week ago
    elif rel == "this" and weekday > anchor.weekday():
        # "this Friday" in a Tuesday story: later in the anchor's week
        return (anchor + timedelta(days=weekday - anchor.weekday())).isoformat()
    return (anchor - timedelta(days=back)).isoformat()
