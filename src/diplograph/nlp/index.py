"""Where words occur in a Doc, found from its token arrays.

Rules that look for a few words ("wife", ",", "Republic") ask :class:`WordIndex` for their
positions instead of walking every token: walking a Doc in Python makes a Token object per word,
which on news-length texts costs more than the rule itself.

    words = WordIndex(doc)
    words.positions({"wife", "husband"})           # sorted token indices, by lowercase form
    words.positions({"Republic"}, by="orth")       # by exact text
    words.positions({"post"}, by="lemma")          # by lemma (needs a lemmatizer)
    words.where(lambda low: low.endswith("."))     # by a test, asked once per distinct form

:func:`sentences` does the same for sentences: the Doc's sentences listed once, and a token's
sentence found by bisection, so that rules asking "which sentence, how far apart, the next
three" cost a lookup each, not a walk over the article (which made long articles quadratic).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection
from functools import lru_cache
from heapq import merge
from typing import Literal

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import hash_string  # type: ignore[attr-defined]  # a Cython def the stubs omit
from spacy.tokens import Doc, Span

__all__ = ["SentenceIndex", "WordIndex", "sentences"]

By = Literal["lower", "orth", "lemma"]
_ATTRS = {"lower": LOWER, "orth": ORTH, "lemma": LEMMA}


class WordIndex:
    """Token positions by word form: lowercase form, exact text or lemma."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._keys: dict[str, list[int]] = {}
        self._where: dict[str, dict[int, list[int]]] = {}  # form -> its positions, by attribute

    def _column(self, by: By) -> list[int]:
        keys = self._keys.get(by)
        if keys is None:
            keys = self._keys[by] = self.doc.to_array(_ATTRS[by]).tolist()
        return keys

    def positions(self, words: Collection[str], *, by: By = "lower") -> list[int]:
        """Sorted indices of the tokens whose form (``by``) is one of ``words``."""
        if not words:
            return []
        where = self._where.get(by)
        if where is None:  # built once per attribute: then each question costs its answer's length
            where = self._where[by] = {}
            for i, key in enumerate(self._column(by)):
                where.setdefault(key, []).append(i)
        found = [where[h] for h in _hashes(frozenset(words)) if h in where]
        return found[0][:] if len(found) == 1 else list(merge(*found))

    def where(self, test: Callable[[str], bool], *, by: By = "lower") -> list[int]:
        """Sorted indices of the tokens whose form (``by``) passes ``test`` (asked once per form)."""
        keys = self._column(by)
        strings = self.doc.vocab.strings
        hits = {key for key in set(keys) if test(strings[key])}
        return [i for i, key in enumerate(keys) if key in hits] if hits else []


@lru_cache(maxsize=256)
def _hashes(words: frozenset[str]) -> frozenset[int]:
    return frozenset(hash_string(w) for w in words)


class SentenceIndex:
    """A Doc's sentences, listed once: a token's sentence by bisection, not by a walk."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents: list[Span] = list(doc.sents)
        self.starts: list[int] = [s.start for s in self.sents]
        self.start_chars: list[int] = [s.start_char for s in self.sents]

    def number(self, i: int) -> int:
        """The index (in :attr:`sents`) of the sentence holding token ``i``."""
        return bisect_right(self.starts, i) - 1

    def apart(self, a: int, b: int) -> int:
        """How many sentences start after token ``a`` and at or before token ``b`` (a <= b)."""
        return bisect_right(self.starts, b) - bisect_right(self.starts, a)

    def following(self, sent: Span, n: int | None = None) -> list[Span]:
        """The sentences after ``sent`` (the next ``n`` of them, if given)."""
        k = self.number(sent.start) + 1
        return self.sents[k:] if n is None else self.sents[k : k + n]


def sentences(doc: Doc) -> SentenceIndex:
    """The Doc's :class:`SentenceIndex`, made on first use and kept with the Doc."""
    index = doc.user_data.get("dg_sentences")
    if not isinstance(index, SentenceIndex) or index.doc is not doc:  # none yet, or a copy's
        index = doc.user_data["dg_sentences"] = SentenceIndex(doc)
    return index
