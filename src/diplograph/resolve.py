"""Identity: which real-world thing a fact is about, as a stable key.

Keys are deterministic (building the same input twice gives the same IRIs) and chosen so that
the same thing met in two articles gets one key:

* a person by their name transliterated to ASCII, lower case and hyphens ("Thae Yong Ho" and
  "Thae Yong-ho" are both ``thae-yong-ho``, "Søren" and "Soren" both ``soren``); spellings that
  differ more (another romanisation: "Tae Yong-ho") share a *match key* (:func:`name_key`), and the
  store's merged view links two such nodes when their evidence agrees (``store.py``);
* a country by its ISO 3166 alpha-3 code;
* a mission by sender, host and city (the host's capital when no city is given, where most
  embassies are), e.g. ``PRK-GBR-london``;
* a defection by defector and the state left (people rarely defect from one state twice);
* an agreement by its name folded the same way, after stripping a leading article.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from urllib.parse import quote

from anyascii import anyascii

from diplograph import gazetteer
from diplograph.model import Agreement, Defection, Embassy

__all__ = ["agreement_key", "article_key", "defection_key", "embassy_key", "name_key", "person_key", "slug"]


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated: ``"Jo\u00e3o Louren\u00e7o"`` -> ``"joao-lourenco"``.

    Every script is transliterated (anyascii): ``"S\u00f8ren"`` -> ``"soren"``,
    ``"\u0414\u0430\u0448\u0430"`` -> ``"dasha"``.
    """
    ascii_text = anyascii(text.replace("\u2019", "'"))
    ascii_text = re.sub(r"'s\b", "s", ascii_text.lower()).replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "x"


def article_key(source_id: str) -> str:
    """Article ids are user data: keep them readable but IRI-safe, and never merge two of them.

    Letters, digits and ``-._~`` stay as they are (``dev-000``); every other character is
    percent-encoded as UTF-8 (RFC 3986), so two different ids always get two different keys
    (``"a b"`` -> ``a%20b``, ``"a-b"`` -> ``a-b``). A lone ``.`` or ``..`` is encoded too, as a
    path segment of its own it would be removed when the IRI is resolved.
    """
    key = quote(source_id, safe="")
    return key.replace(".", "%2E") if key in (".", "..") else key


def person_key(name: str) -> str:
    return slug(name)


_Fold = tuple[re.Pattern[str], str]


@cache
def _romanisation() -> tuple[dict[str, str], list[_Fold], list[_Fold]]:
    data = json.loads(resources.files("diplograph").joinpath("data/romanisation.json").read_text("utf-8"))
    surnames = {spelling: forms[0] for forms in data["surnames"] for spelling in forms}
    token_folds = [(re.compile(pattern), repl) for pattern, repl in data["token_folds"]]
    folds = [(re.compile(pattern), repl) for pattern, repl in data["folds"]]
    return surnames, token_folds, folds


def name_key(name: str) -> str | None:
    """The key two spellings of one full name share: "Thae Yong-ho", "Tae Yongho" -> ``"daeyongho"``.

    Transliterated, then each part folded on its own (a fold never spans two parts): Korean
    surnames, Russian endings and doubled letters, then aspirate marks and voiced and unvoiced
    stops (``src/diplograph/data/romanisation.json``); the parts are joined, so spaces and
    hyphens drop out. A name of one part
    ("Kim") has no key: a shared surname alone never makes two people one. Initials stay
    ("George W. Bush" and "George H. W. Bush" are two keys).
    """
    parts = [part for part in slug(name).split("-") if part]
    if len(parts) < 2:
        return None
    surnames, token_folds, folds = _romanisation()
    folded = []
    for part in parts:
        part = surnames.get(part, part)
        for pattern, repl in token_folds + folds:
            part = pattern.sub(repl, part)
        folded.append(part)
    return "".join(folded)


def embassy_city(embassy: Embassy) -> str | None:
    """The city a mission is in: as given, else the host's capital."""
    if embassy.city:
        return embassy.city
    try:
        capitals = gazetteer.country(embassy.host).capitals
    except KeyError:
        return None
    return capitals[0] if capitals else None


def embassy_key(embassy: Embassy) -> str:
    city = embassy_city(embassy)
    return f"{embassy.sending}-{embassy.host}" + (f"-{slug(city)}" if city else "")


def defection_key(defection: Defection) -> str:
    return f"{person_key(defection.defector)}-from-{defection.from_country or 'unknown'}"


def agreement_key(agreement: Agreement) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", agreement.name.strip(), flags=re.IGNORECASE)
    return slug(name)
