"""Tests for diplograph.dates: partial, relative and narrative dates, validity, XSD types."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from rdflib import namespace

from diplograph.dates import is_valid_partial_date, normalize_date, xsd_datatype

WED = date(2022, 3, 9)  # a Wednesday: the anchor for most cases below
assert WED.weekday() == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years
        ("2011", "2011"),
        ("in 2011", "2011"),
        ("In 1983,", "1983"),
        ("1850", "1850"),
        ("late 2011", "2011"),
        ("mid-2011", "2011"),
        ("the year 2000", "2000"),
        ("2011's", "2011"),
        ("since 1999", "1999"),
        # months
        ("March 2011", "2011-03"),
        ("in March of 2011", "2011-03"),
        ("Sept. 2011", "2011-09"),
        ("october, 1983", "1983-10"),
        ("2011-03", "2011-03"),
        # full dates in the usual news forms
        ("Mar. 4, 2011", "2011-03-04"),
        ("March 4, 2011", "2011-03-04"),
        ("March 4th 2011", "2011-03-04"),
        ("4 March 2011", "2011-03-04"),
        ("the 4th of March 2011", "2011-03-04"),
        ("on Friday, March 4, 2011", "2011-03-04"),
        ("Friday, 4 March 2011", "2011-03-04"),
        ("2011-03-04", "2011-03-04"),
        ("2011-03-04T08:15:00Z", "2011-03-04"),
        ("Oct. 30, 1983", "1983-10-30"),
        ("February 29, 2012", "2012-02-29"),
        # other formats, through dateparser
        ("30.10.1983", "1983-10-30"),
        ("03/04/2011", "2011-03-04"),  # dateparser's English order: month first
        # seasons give the year
        ("summer 1983", "1983"),
        ("in the autumn of 1983", "1983"),
        ("the spring of 1962", "1962"),
        # not dates: decades, durations, counts, impossible or out-of-range years
        ("the 1960s", None),
        ("in the 1980s", None),
        ("the early 1990s", None),
        ("'80s", None),
        ("five years", None),
        ("the past five years", None),
        ("recent years", None),
        ("312 refugees", None),
        ("312", None),
        ("1,250", None),
        ("2011-13", None),
        ("February 30, 2011", None),
        ("February 29, 2011", None),
        ("1750", None),
        ("2024", None),  # more than a year after the anchor
        ("the 2011 summit", None),
        ("", None),
        ("   ", None),
        ("soon", None),
    ],
)
def test_normalize_date_absolute(text: str, expected: str | None) -> None:
    assert normalize_date(text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month without a year: the most recent one not after the anchor
        ("in November", "2021-11"),
        ("November", "2021-11"),
        ("in March", "2022-03"),
        ("early January", "2022-01"),
        ("May", "2021-05"),
        ("last November", "2021-11"),
        ("last March", "2021-03"),
        ("last February", "2022-02"),
        ("this March", "2022-03"),
        ("this November", "2022-11"),
        ("next April", "2022-04"),
        ("next March", "2023-03"),
        ("November of last year", "2021-11"),
        ("June this year", "2022-06"),
        # a day without a year
        ("March 2", "2022-03-02"),
        ("March 9", "2022-03-09"),
        ("March 10", "2021-03-10"),
        ("12 December", "2021-12-12"),
        ("on October 30", "2021-10-30"),
        ("February 29", "2020-02-29"),
        # weekdays: most recent on or before the anchor
        ("on Wednesday", "2022-03-09"),
        ("Wednesday", "2022-03-09"),
        ("on Tuesday", "2022-03-08"),
        ("Monday night", "2022-03-07"),
        ("on Thursday,", "2022-03-03"),
        ("Sunday", "2022-03-06"),
        ("last Wednesday", "2022-03-02"),
        ("last Tuesday", "2022-03-08"),
        ("this Friday", "2022-03-11"),
        ("next Wednesday", "2022-03-16"),
        # words relative to the anchor
        ("today", "2022-03-09"),
        ("yesterday", "2022-03-08"),
        ("the day before yesterday", "2022-03-07"),
        ("last night", "2022-03-08"),
        ("last evening", "2022-03-08"),
        ("this morning", "2022-03-09"),
        ("tonight", "2022-03-09"),
        ("in the early hours of Monday", "2022-03-07"),
        ("tomorrow", "2022-03-10"),
        ("this week", "2022-03"),
        ("last week", "2022-03"),
        ("this month", "2022-03"),
        ("earlier this month", "2022-03"),
        ("last month", "2022-02"),
        ("next month", "2022-04"),
        ("this year", "2022"),
        ("earlier this year", "2022"),
        ("last year", "2021"),
        ("the end of last year", "2021"),
        ("next year", "2023"),
        ("four years ago", "2018"),
        ("about four years ago", "2018"),
        ("Thirty years ago this week", "1992"),
        ("sixty years ago today", "1962-03-09"),  # an anniversary names the day
        ("Forty years ago tonight", "1982-03-09"),
        ("nearly three decades ago", None),
        ("a year ago", "2021"),
        ("3 days ago", "2022-03-06"),
        ("two weeks ago", "2022-02"),
        ("three months ago", "2021-12"),
        ("last summer", "2021"),
        ("last winter", None),
        # narrative references need relative_to
        ("the same year", None),
        ("the previous year", None),
        ("two years later", None),
    ],
)
def test_normalize_date_against_anchor(text: str, expected: str | None) -> None:
    assert normalize_date(text, WED) == expected


def test_normalize_date_month_boundaries() -> None:
    new_year = date(2023, 1, 2)  # a Monday
    assert normalize_date("last week", new_year) == "2022-12"
    assert normalize_date("last month", new_year) == "2022-12"
    assert normalize_date("in December", new_year) == "2022-12"
    assert normalize_date("last January", new_year) == "2022-01"
    assert normalize_date("on Saturday", new_year) == "2022-12-31"
    assert normalize_date("yesterday", date(2020, 3, 1)) == "2020-02-29"
    assert normalize_date("a month ago", date(2022, 3, 31)) == "2022-02"


@pytest.mark.parametrize(
    ("text", "relative_to", "expected"),
    [
        ("two years later", "2011", "2013"),
        ("2 years later", "2011-03-04", "2013"),
        ("three years earlier", "2011", "2008"),
        ("a year later", "2011-03", "2012"),
        ("the same year", "2011-03", "2011"),
        ("that year", "2011", "2011"),
        ("later that year", "2011-03-04", "2011"),
        ("the following year", "2011", "2012"),
        ("the previous year", "2011", "2010"),
        ("the year before", "2011", "2010"),
        ("six months later", "2011-09", "2012-03"),
        ("six months later", "2011", None),  # cannot be more precise than the reference
        ("the same month", "2011-09-14", "2011-09"),
        ("the same month", "2011", None),
        ("the next day", "2011-12-31", "2012-01-01"),
        ("the next day", "2011-12", None),
        ("two days earlier", "2011-03-01", "2011-02-27"),
        ("only two days earlier", "2011-03-01", "2011-02-27"),
        ("The next day", "2011-03-01", "2011-03-02"),
        ("October that year", "2011", "2011-10"),
        ("that December", "1970-08", "1970-12"),
        ("two weeks later", "2013-06-09", "2013-06-23"),
        ("two weeks later", "2013-06", None),
        ("the same afternoon", "1948-03-03", "1948-03-03"),
        ("that evening", "1948-03", None),
        ("November of the same year", "2011", "2011-11"),
        ("in May of the following year", "2011-09", "2012-05"),
        ("several years later", "2011", None),
        ("three years earlier", "1801", None),  # the range is checked after the shift
    ],
)
def test_normalize_date_relative_to_previous_date(text: str, relative_to: str, expected: str | None) -> None:
    assert normalize_date(text, WED, relative_to=relative_to) == expected


def test_normalize_date_relative_to_does_not_override_absolute_dates() -> None:
    assert normalize_date("1999", WED, relative_to="2011") == "1999"
    assert normalize_date("last year", WED, relative_to="2011") == "2021"


def test_normalize_date_relative_to_must_be_valid() -> None:
    with pytest.raises(ValueError, match="relative_to"):
        normalize_date("two years later", WED, relative_to="2011-13")


def test_normalize_date_without_anchor() -> None:
    assert normalize_date("March 4, 2011") == "2011-03-04"
    assert normalize_date("in 1983") == "1983"
    assert normalize_date("last November") is None
    assert normalize_date("on Tuesday") is None
    assert normalize_date("four years ago") is None
    assert normalize_date("two years later", relative_to="2011") == "2013"


def test_normalize_date_year_range_follows_the_anchor() -> None:
    assert normalize_date("1984", date(1983, 10, 1)) == "1984"
    assert normalize_date("1985", date(1983, 10, 1)) is None
    assert normalize_date("1799", date(1983, 10, 1)) is None


def test_normalize_date_accepts_datetime_anchor() -> None:
    assert normalize_date("yesterday", datetime(2022, 3, 9, 23, 59)) == "2022-03-08"


def test_normalize_date_is_case_and_space_insensitive() -> None:
    assert normalize_date("  LAST   november ", WED) == "2021-11"
    assert normalize_date("Mar.\n4,\t2011", WED) == "2011-03-04"
    assert normalize_date("last\u00a0November", WED) == "2021-11"


@pytest.mark.parametrize(
    ("iso", "valid"),
    [
        ("2012", True),
        ("2012-08", True),
        ("2012-02-29", True),
        ("1800-01-01", True),
        ("2011-02-29", False),
        ("2012-02-30", False),
        ("2012-13", False),
        ("2012-00", False),
        ("2012-04-31", False),
        ("2012-8", False),
        ("12", False),
        ("0000", False),
        ("2012-08-01T00:00", False),
        ("twenty", False),
        ("", False),
    ],
)
def test_is_valid_partial_date(iso: str, valid: bool) -> None:
    assert is_valid_partial_date(iso) is valid


@pytest.mark.parametrize(
    ("iso", "datatype"),
    [("2012", "gYear"), ("2012-08", "gYearMonth"), ("2012-08-01", "date")],
)
def test_xsd_datatype_by_precision(iso: str, datatype: str) -> None:
    # XSD is reached through its module: pytest's collector trips over a DefinedNamespace global.
    assert xsd_datatype(iso) == namespace.XSD[datatype]


@pytest.mark.parametrize("iso", ["2012-13", "2012-02-30", "12", "2012-08-01T00:00", ""])
def test_xsd_datatype_rejects_invalid(iso: str) -> None:
    with pytest.raises(ValueError, match="not an ISO partial date"):
        xsd_datatype(iso)


def test_normalize_date_outputs_are_valid_and_typed() -> None:
    for text in ("2011", "March 2011", "March 4, 2011", "last week", "yesterday", "last year"):
        iso = normalize_date(text, WED)
        assert iso is not None and is_valid_partial_date(iso)
        xsd_datatype(iso)
