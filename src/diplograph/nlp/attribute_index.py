"""The model's attribute_ruler, matched by looking words up instead of trying every rule on every word.

spaCy's ``attribute_ruler`` (tag map and exceptions: TAG → POS and MORPH, a few lemmas) finds
its rules with a ``Matcher``, which tries each of its rules (179 in en_core_web_sm) at each
token: about a sixth of the whole model's time on news text. Its rules are single words or
short fixed sequences, so they can be found the way a dictionary is read instead: each rule is
filed under the value its first word must have (``TAG=NN``, ``LOWER=ai``), and at each word
only the rules filed under that word's values are tried.

:func:`index_attribute_ruler` makes a loaded model's ruler find its matches so. The matches —
the list ``AttributeRuler.match`` returns, in its order — are the same, and the ruler still sets
the attributes itself; rules the index cannot read (operators, extension attributes, other
predicates) stay with a ``Matcher`` of their own. tests/test_nlp_attribute_index.py compares the
two on real text.

    nlp = spacy.load("en_core_web_sm")
    index_attribute_ruler(nlp)        # idempotent; no-op if the model has no attribute_ruler
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id  # type: ignore[attr-defined]  # stubs omit it
from spacy.tokens import Doc

__all__ = ["AttributeIndex", "index_attribute_ruler"]

Match = tuple[int, int, int, int]  # (rule number, match id, start, end), as AttributeRuler.match
#: Token attributes whose value in ``Doc.to_array`` is the hash of a string, as the Matcher reads
#: them, in the order rules are best filed under them (most selective first).
_FILING_ORDER = ("ORTH", "LOWER", "NORM", "LEMMA", "TAG", "DEP", "SHAPE", "PREFIX", "SUFFIX")
_STRING_ATTRS = frozenset(_FILING_ORDER)
_Test = Callable[[list[list[int]], int], bool]  # (columns, token index) -> does the word pass
Rule = tuple[int, int, int, tuple[tuple[_Test, ...], ...]]  # (rule number, match id, length, tests per word)
#: (column, the values the first word may have there, or a test of the value)
Filing = tuple[int, "frozenset[int] | Callable[[int], bool]"]


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Make the model's attribute ruler ``name`` find its matches with an :class:`AttributeIndex`.

    Returns:
        Whether the model has such a ruler (if not, nothing is changed).
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    if not isinstance(vars(ruler).get("match"), AttributeIndex):
        ruler.match = AttributeIndex(ruler)  # type: ignore[method-assign]  # read by ruler.__call__
    return True



class AttributeIndex:
    """``AttributeRuler.match`` for one ruler: the same matches, found through an index of rules."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._size = -1  # built at first use, and again whenever rules have been added since

    def __reduce__(self) -> tuple[type[AttributeIndex], tuple[AttributeRuler]]:
        # rebuilt from the ruler's rules where it is unpickled: its tests are closures
        return (AttributeIndex, (self.ruler,))

    def _build(self) -> None:
        ruler, strings = self.ruler, self.ruler.vocab.strings
        self._size = len(ruler.attrs)
        self._leftover = Matcher(ruler.vocab, validate=False)
        self._leftover_rules = False
        attrs: dict[str, int] = {}  # attribute name -> its column in the per-doc array
        #: (column, value) -> rules whose first word must have that value there
        self._filed: dict[tuple[int, int], list[Rule]] = {}
        #: (column, test of a value, rule): a first word found by a regular expression
        self._scanned: list[tuple[int, Callable[[int], bool], Rule]] = []
        #: rules with no condition on the first word to file them under: tried at every word
        self._unfiled: list[Rule] = []
        for number in range(self._size):
            key = str(number)
            match_id = strings.add(key)
            patterns = ruler.matcher.get(key)[1]
            compiled = [_compile(pattern, attrs, strings) for pattern in patterns]
            if any(c is None for c in compiled):
                self._leftover.add(key, patterns)
                self._leftover_rules = True
                continue
            for pattern, (tests, filing) in zip(patterns, compiled, strict=True):  # type: ignore[misc]
                rule: Rule = (number, match_id, len(pattern), tests)
                if filing is None:
                    self._unfiled.append(rule)
                elif callable(filing[1]):
                    self._scanned.append((filing[0], filing[1], rule))
                else:
                    for value in filing[1]:
                        self._filed.setdefault((filing[0], value), []).append(rule)
        self._attrs = [IDS[name] for name in attrs]
        self._indexed = sorted({column for column, _ in self._filed} | {c for c, _, _ in self._scanned})

    def __call__(self, doc: Doc) -> list[Match]:
        if len(self.ruler.attrs) != self._size:
            self._build()
        n = len(doc)
        found: set[Match] = set()
        if n and self._attrs:
            array = doc.to_array(self._attrs).reshape(n, len(self._attrs))
            values: list[list[int]] = array.T.tolist()  # type: ignore[assignment]  # uint64 hashes
            where: dict[int, dict[int, list[int]]] = {}  # column -> value -> positions
            for column in self._indexed:
                at: dict[int, list[int]] = {}
                for i, value in enumerate(values[column]):
                    positions = at.get(value)
                    if positions is None:
                        at[value] = [i]
                    else:
                        positions.append(i)
                where[column] = at
            for (column, value), rules in self._filed.items():
                positions = where[column].get(value)
                if positions:
                    for rule in rules:
                        for i in positions:
                            _try(rule, values, i, n, found)
            for column, passes, rule in self._scanned:
                for value, positions in where[column].items():
                    if passes(value):
                        for i in positions:
                            _try(rule, values, i, n, found)
            for rule in self._unfiled:
                for i in range(n):
                    _try(rule, values, i, n, found)
        elif n and self._unfiled:  # rules that read no attribute: every word passes
            for number, match_id, length, _ in self._unfiled:
                found.update((number, match_id, i, i + length) for i in range(n - length + 1))
        if self._leftover_rules:
            strings = self.ruler.vocab.strings
            for match_id, start, end in self._leftover(doc, allow_missing=True, as_spans=False):
                found.add((int(strings[match_id]), match_id, start, end))
        return sorted(found)


def _try(rule: Rule, values: list[list[int]], i: int, n: int, found: set[Match]) -> None:
    number, match_id, length, tests = rule
    if i + length > n:
        return
    for offset, word_tests in enumerate(tests):
        for test in word_tests:
            if not test(values, i + offset):
                return
    found.add((number, match_id, i, i + length))



def _compile(
    pattern: Sequence[dict[str, Any]], attrs: dict[str, int], strings: StringStore
) -> tuple[tuple[tuple[_Test, ...], ...], Filing | None] | None:
    """Tests per word of a fixed-length pattern, and what to file it under: the values (or a test
    of the value) its first word must have in one column. None: the index cannot read it."""
    if not pattern:
        return None
    words = []
    filing: Filing | None = None
    for position, spec in enumerate(pattern):
        tests = []
        candidates: dict[str, Filing] = {}
        for raw_attr, value in spec.items():
            attr = raw_attr.upper() if isinstance(raw_attr, str) else None
            attr = "ORTH" if attr == "TEXT" else attr
            if attr is None or attr == "OP" or attr == "_" or attr not in IDS:
                return None
            column = attrs.setdefault(attr, len(attrs))
            made = _test(attr, column, value, strings)
            if made is None:
                return None
            test, values = made
            tests.append(test)
            if values is not None:
                candidates[attr] = (column, values)
        if position == 0:
            # the most selective: a word's text, then tags, then flags; a regex last
            ranked = sorted(candidates, key=lambda a: _rank(a, candidates[a]))
            filing = candidates[ranked[0]] if ranked else None
        words.append(tuple(tests))
    return tuple(words), filing


def _rank(attr: str, filing: Filing) -> tuple[int, int]:
    if callable(filing[1]):
        return (2, 0)
    if attr in _FILING_ORDER:
        return (0, _FILING_ORDER.index(attr))
    return (1, 0)


def _test(
    attr: str, column: int, value: Any, strings: StringStore
) -> tuple[_Test, frozenset[int] | Callable[[int], bool] | None] | None:
    """One condition of a Matcher token spec as a test on the doc's attribute columns, with the
    values (or a test of the value) it lets through, where that is known; None if not readable."""
    if attr in _STRING_ATTRS:
        if isinstance(value, str):
            wanted = get_string_id(value)
            return (lambda cols, i: cols[column][i] == wanted), frozenset({wanted})
        if isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in {"IN", "NOT_IN"} and _strings(arg):
                ids = frozenset(get_string_id(v) for v in arg)
                if op == "IN":
                    return (lambda cols, i: cols[column][i] in ids), ids
                return (lambda cols, i: cols[column][i] not in ids), None
            if op == "REGEX" and isinstance(arg, str):
                passes = _regex_on_strings(re.compile(arg), strings)
                return (lambda cols, i: passes(cols[column][i])), passes
        return None
    if attr.startswith("IS_") and isinstance(value, bool):
        flag = int(value)
        return (lambda cols, i: cols[column][i] == flag), frozenset({flag})
    return None


def _regex_on_strings(regex: re.Pattern[str], strings: StringStore) -> Callable[[int], bool]:
    """Whether the string a hash stands for contains a match (as the Matcher's REGEX), once per hash."""
    results: dict[int, bool] = {}

    def passes(key: int) -> bool:
        hit = results.get(key)
        if hit is None:
            hit = results[key] = bool(regex.search(strings[key]))
        return hit

    return passes


def _strings(values: Any) -> bool:
    return isinstance(values, list | tuple) and all(isinstance(v, str) for v in values)

