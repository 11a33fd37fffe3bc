"""Where words occur in a Doc, found from its token arrays.

Rules that look for a few words ("wife", ",", "Republic") ask :class:`WordIndex` for their
positions instead of walking every token: walking a Doc in Python makes a Token object per word,
which on news-length texts costs more than the rule itself.

    words = WordIndex(doc)
    words.positions({"wife", "husband"})           # sorted token indices, by lowercase form
    words.positions({"Republic"}, by="orth")       # by exact text
    words.positions({"post"}, by="lemma")          # by lemma (needs a lemmatizer)
    words.where(lambda low: low.endswith("."))     # by a test, asked once per distinct form
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Literal

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython def the stubs omit
from spacy.tokens import Doc

__all__ = ["WordIndex"]

By = Literal["lower", "orth", "lemma"]
_ATTRS = {"lower": LOWER, "orth": ORTH, "lemma": LEMMA}


class WordIndex:
    """Token positions by word form: lowercase form, exact text or lemma."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._keys: dict[str, list[int]] = {}

    def _column(self, by: By) -> list[int]:
        keys = self._keys.get(by)
        if keys is None:
            keys = self._keys[by] = self.doc.to_array(_ATTRS[by]).tolist()
        return keys

    def positions(self, words: Collection[str], *, by: By = "lower") -> list[int]:
        """Sorted indices of the tokens whose form (``by``) is one of ``words``."""
        if not words:
            return []
        wanted = _hashes(frozenset(words))
        # a set lookup per token: cheaper on news-length texts than np.isin, which sorts
        return [i for i, key in enumerate(self._column(by)) if key in wanted]

    def where(self, test: Callable[[str], bool], *, by: By = "lower") -> list[int]:
        """Sorted indices of the tokens whose form (``by``) passes ``test`` (asked once per form)."""
        keys = self._column(by)
        strings = self.doc.vocab.strings
        hits = {key for key in set(keys) if test(strings[key])}
        return [i for i, key in enumerate(keys) if key in hits] if hits else []


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)
