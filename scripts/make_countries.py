"""Generate ``src/diplograph/data/countries.json`` from pycountry and the curated country data.

pycountry supplies the authoritative ISO 3166-1 codes, short and official names (and ISO 3166-3 for
the historic states); ``countries_curated.json`` supplies what ISO does not: the names news actually
uses ("North Korea", "Britain", "the DPRK"), demonyms, capitals with their eras, which territories
belong to which state, and which surface forms are ambiguous.

Run from the repository root whenever either source changes::

    .venv/bin/python scripts/make_countries.py

The script fails (non-zero exit) when the data is inconsistent, e.g. a name claimed by two states
without an entry in ``ambiguous`` or two states holding one capital in overlapping eras.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pycountry

DATA = Path(__file__).resolve().parent.parent / "src" / "diplograph" / "data"
CURATED = DATA / "countries_curated.json"
OUTPUT = DATA / "countries.json"

# Historic states keyed by their ISO 3166-3 three-letter code (the contract's country keys).
HISTORIC_CODES = ("SUN", "CSK", "DDR", "YUG", "SCG")
# Sovereign but not UN members; everything else without a "sovereign" is one of the 193.
NON_UN_STATES = frozenset({"TWN", "PSE", "VAT", "ESH", "XKX", "ATA"})
# Regular plural = demonym + "s" for these endings ("Iraqi" -> "Iraqis", "Cypriot" -> "Cypriots").
PLURAL_ENDINGS = ("an", "i", "er", "ot", "ine", "o")
# ...except where "+s" is wrong or collides with a state name ("Philippines", "Laos").
NO_PLURAL = frozenset(
    {"Lao", "Philippine", "Vatican", "Mosotho", "Basotho", "Liswati", "Emaswati", "I-Kiribati", "Hellenic"}
)


def _iso_names(iso: str) -> tuple[list[str], str | None]:
    """Return the usable pycountry names of ``iso`` and its official name.

    Inverted forms ("Korea, Republic of") and parenthesised ones ("Holy See (Vatican City State)")
    are dropped: news never writes them and they would make poor match patterns.
    """
    record = pycountry.countries.get(alpha_3=iso)
    if record is None:
        record = next((c for c in pycountry.historic_countries if c.alpha_3 == iso), None)
    if record is None:
        return [], None
    forms = [getattr(record, attr, None) for attr in ("name", "official_name", "common_name")]
    official = getattr(record, "official_name", None)
    usable = [_strip_the(f) for f in forms if f and ", " not in f and "(" not in f]
    if official and (", " in official or "(" in official):
        official = None
    return usable, _strip_the(official) if official else None


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def _plurals(demonyms: list[str]) -> list[str]:
    out = list(demonyms)
    for d in demonyms:
        if d not in NO_PLURAL and d.endswith(PLURAL_ENDINGS) and not d.endswith(("ese", "hman", "woman")):
            out.append(d + "s")
    return _dedupe(out)


def _capital(entry: str | dict[str, Any]) -> dict[str, Any]:
    if isinstance(entry, str):
        return {"name": entry, "from": None, "until": None}
    return {"name": entry["name"], "from": entry.get("from"), "until": entry.get("until")}


def build(curated: dict[str, Any]) -> dict[str, Any]:
    """Merge pycountry with the curated data and validate the result.

    Args:
        curated: The parsed ``countries_curated.json``.

    Returns:
        The document written to ``countries.json``.

    Raises:
        ValueError: If the data is inconsistent (unknown or missing codes, unresolved name clashes,
            overlapping capital eras).
    """
    entries: dict[str, Any] = curated["countries"]
    ambiguous: dict[str, str | None] = dict(curated["ambiguous"])
    expected = {c.alpha_3 for c in pycountry.countries} | set(HISTORIC_CODES) | {"XKX"}
    if missing := expected - set(entries):
        raise ValueError(f"no curated entry for {sorted(missing)}")
    if unknown := set(entries) - expected:
        raise ValueError(f"curated codes unknown to ISO: {sorted(unknown)}")

    countries: dict[str, Any] = {}
    for iso in sorted(entries):
        cur = entries[iso]
        iso_forms, official = _iso_names(iso)
        official = cur.get("official_name", official)
        historic = bool(cur.get("historic", False))
        sovereign = cur.get("sovereign")
        countries[iso] = {
            "iso": iso,
            "name": cur["name"],
            "official_name": official,
            "historic": historic,
            "sovereign": sovereign,
            "un_member": not historic and sovereign is None and iso not in NON_UN_STATES,
            "names": _dedupe([cur["name"], *([official] if official else []), *cur["aliases"], *iso_forms]),
            "demonyms": _plurals(cur["demonyms"]),
            "capitals": [_capital(c) for c in cur["capitals"]],
        }

    # A plural inherits its singular's ambiguity ("Dominicans" like "Dominican").
    for form, default in list(ambiguous.items()):
        for info in countries.values():
            if form in info["demonyms"] and form + "s" in info["demonyms"]:
                ambiguous.setdefault(form + "s", default)
    _check_clashes(countries, ambiguous)
    un = sum(info["un_member"] for info in countries.values())
    if un != 193:
        raise ValueError(f"expected 193 UN members, found {un}")
    return {
        "_source": (
            "Generated by scripts/make_countries.py from pycountry "
            f"{_pycountry_version()} (ISO 3166-1, ISO 3166-3) and countries_curated.json "
            "(hand-curated public knowledge). Do not edit by hand."
        ),
        "ambiguous": dict(sorted(ambiguous.items())),
        "countries": countries,
    }


def _check_clashes(countries: dict[str, Any], ambiguous: dict[str, str | None]) -> None:
    for kind in ("names", "demonyms"):
        owners: dict[str, set[str]] = defaultdict(set)
        for iso, info in countries.items():
            for form in info[kind]:
                owners[form.casefold()].add(iso)
        folded_ambiguous = {k.casefold() for k in ambiguous}
        clashes = {f: o for f, o in owners.items() if len(o) > 1 and f not in folded_ambiguous}
        if clashes:
            raise ValueError(f"{kind} claimed by several states, add to 'ambiguous': {clashes}")
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for iso, info in countries.items():
        for cap in info["capitals"]:
            spans[cap["name"].casefold()].append((cap["from"] or -9999, cap["until"] or 9999, iso))
    for name, ranges in spans.items():
        ranges.sort()
        for (_, end, a), (start, _, b) in pairwise(ranges):
            if start <= end and a != b:
                raise ValueError(f"capital {name!r} held by {a} and {b} in overlapping years")


def _pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def main() -> int:
    """Regenerate countries.json; return the process exit status."""
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    try:
        document = build(curated)
    except ValueError as exc:
        sys.stderr.write(f"make_countries: {exc}\n")
        return 1
    OUTPUT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    sys.stderr.write(f"wrote {OUTPUT} ({len(document['countries'])} states)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
