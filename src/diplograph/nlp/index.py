"""Where words occur in a Doc, found with numpy over its token arrays.

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

import numpy as np
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
        self._keys: dict[str, np.ndarray] = {}

    def _array(self, by: By) -> np.ndarray:
        keys = self._keys.get(by)
        if keys is None:
            keys = self._keys[by] = self.doc.to_array(_ATTRS[by])
        return keys

    def positions(self, words: Collection[str], *, by: By = "lower") -> list[int]:
        """Sorted indices of the tokens whose form (``by``) is one of ``words``."""
        if not words:
            return []
        return np.flatnonzero(np.isin(self._array(by), _hashes(frozenset(words)))).tolist()

    def where(self, test: Callable[[str], bool], *, by: By = "lower") -> list[int]:
        """Sorted indices of the tokens whose form (``by``) passes ``test`` (asked once per form)."""
        keys = self._array(by)
        strings = self.doc.vocab.strings
        hits = [key for key in np.unique(keys).tolist() if test(strings[key])]
        return np.flatnonzero(np.isin(keys, hits)).tolist() if hits else []


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> np.ndarray:
    return np.array([hash_string(w) for w in words], dtype=np.uint64)
