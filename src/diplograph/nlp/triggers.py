"""``dg_trigger_ruler``: the defection, agreement and status cues of ``data/triggers.jsonl``.

It finds exactly the spans a stock ``span_ruler`` finds with the same patterns (the same labels and
ids, de-duplicated and sorted, in ``doc.spans["dg_triggers"]``), at a fraction of the cost. spaCy's
Matcher starts every pattern at every token and tests each ``{"IN": [...]}`` set in Python; with
these patterns that made the ruler a twentieth of the model's own time. Here each ``IN`` set is spelled
out as one pattern per value, the patterns are grouped by what their first token must be (its
text, lower-case form, lemma or norm), and a group's Matcher only runs, on a window as long as its
longest pattern, at the words that can open one of its patterns. A pattern whose first token
gives no such word (an operator on it, or only sets and part-of-speech constraints) runs over the
whole text, as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import product
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import IDS
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

__all__ = ["TRIGGERS_KEY", "TriggerRuler", "trigger_patterns"]

DATA_DIR = Path(__file__).parent / "data"
TRIGGERS_KEY = "dg_triggers"

Pattern = dict[str, Any]

# First-token attributes to index patterns by: plain string values the Matcher compares for equality.
_KEY_ATTRS = {"ORTH": "ORTH", "TEXT": "ORTH", "LOWER": "LOWER", "LEMMA": "LEMMA", "NORM": "NORM"}
# What the Matcher refuses to match on a Doc that lacks it (spaCy's E155), and who sets it.
_ANNOTATIONS = {
    "TAG": "tagger",
    "POS": "morphologizer or tagger+attribute_ruler",
    "MORPH": "morphologizer",
    "LEMMA": "lemmatizer",
    "DEP": "parser",
}


@Language.factory(
    "dg_trigger_ruler",
    default_config={"spans_key": TRIGGERS_KEY},
    requires=["token.lemma", "token.pos", "token.tag"],
    assigns=["doc.spans"],
)
def make_trigger_ruler(nlp: Language, name: str, spans_key: str) -> TriggerRuler:
    return TriggerRuler(nlp, trigger_patterns(), spans_key=spans_key)


def trigger_patterns(path: Path = DATA_DIR / "triggers.jsonl") -> list[Pattern]:
    """The cue patterns, in ``span_ruler``'s format: ``{"label", "id", "pattern"}`` per line."""
    return list(srsly.read_jsonl(path))


class TriggerRuler:
    """``span_ruler``'s matches for token and phrase patterns, looked for only where they can start."""

    def __init__(self, nlp: Language, patterns: Iterable[Pattern], *, spans_key: str = TRIGGERS_KEY) -> None:
        self.key = spans_key
        self._vocab = vocab = nlp.vocab
        self._make_doc = nlp.make_doc  # phrases are tokenized as span_ruler does (ORTH matching)
        self._labels: dict[int, tuple[str, str]] = {}  # match key -> (label, id)
        self._anywhere = Matcher(vocab, validate=True)
        self._phrases = PhraseMatcher(vocab)
        # (attribute, value hash) of a first token -> the Matcher of the patterns it opens, and the
        # length of their longest match (None: unbounded)
        self._at_word: dict[tuple[int, int], tuple[Matcher, int | None]] = {}
        self._needs: set[str] = set()
        self._firsts: dict[int, frozenset[int]] = {}  # attribute -> the values a pattern can open with
        for entry in patterns:
            self.add(entry)

    def add(self, entry: Pattern) -> None:
        """Add one ``{"label", "id", "pattern"}`` entry (a token pattern or a phrase)."""
        label, pattern_id = str(entry["label"]), str(entry.get("id", ""))
        key = repr((label, pattern_id))  # as span_ruler names its matches
        self._labels[self._vocab.strings.add(key)] = (label, pattern_id)
        if isinstance(entry["pattern"], str):
            self._phrases.add(key, [self._make_doc(entry["pattern"])])
            return
        for pattern in _spelled_out(entry["pattern"]):
            self._needs |= {a.upper() for token in pattern for a in token if a.upper() in _ANNOTATIONS}
            first = _first_word(pattern, self._vocab)
            if first is None:
                self._anywhere.add(key, [pattern])
                continue
            matcher, width = self._at_word.get(first) or (Matcher(self._vocab, validate=True), 0)
            matcher.add(key, [pattern])
            longest = _longest(pattern)
            if width is not None:
                width = None if longest is None else max(width, longest)
            self._at_word[first] = (matcher, width)
            self._firsts = {}  # recomputed at the next match

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.key] = self.match(doc)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Every match, as ``span_ruler`` gives them: labelled, with the pattern's id, de-duplicated, sorted.

        Raises:
            ValueError: the doc lacks an annotation the patterns read (spaCy's E155), as the Matcher would.
        """
        for attr in sorted(self._needs):
            if not doc.has_annotation(attr):
                raise ValueError(Errors.E155.format(pipe=_ANNOTATIONS[attr], attr=attr))
        found: list[tuple[int, int, int]] = []
        if len(self._anywhere):
            found += self._anywhere(doc)
        if len(self._phrases):
            found += self._phrases(doc)
        found += self._match_at_words(doc)
        spans = {
            Span(doc, start, end, label=self._labels[key][0], span_id=self._labels[key][1])
            for key, start, end in found
            if start != end
        }
        return sorted(spans)

    def _match_at_words(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self._at_word or not len(doc):
            return []
        if not self._firsts:
            by_attr: dict[int, set[int]] = {}
            for attr, value in self._at_word:
                by_attr.setdefault(attr, set()).add(value)
            self._firsts = {attr: frozenset(values) for attr, values in by_attr.items()}
        attrs = sorted(self._firsts)
        values = doc.to_array(list[int | str](attrs)).reshape(len(doc), len(attrs))
        found = []
        for column, attr in enumerate(attrs):
            firsts = self._firsts[attr]
            # a set lookup per word: cheaper than np.isin, which sorts both arrays every call
            for i, value in enumerate(values[:, column].tolist()):
                if value not in firsts:
                    continue
                matcher, width = self._at_word[(attr, value)]
                window = doc[i : len(doc) if width is None else i + width]
                # a match starting later in the window is found from its own first word
                found += [(key, i, i + end) for key, start, end in matcher(window) if start == 0]
        return found


def _spelled_out(pattern: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """One pattern per combination of the values of its ``{"IN": [...]}`` sets. A token with an
    operator keeps its sets: ``*`` over a set lets each repetition take another value."""
    per_token = []
    for token in pattern:
        alternatives: list[dict[str, Any]] = [{}]
        for attr, value in token.items():
            plain = "OP" not in token and isinstance(value, dict) and list(value) == ["IN"]
            values = dict.fromkeys(value["IN"]) if plain else [value]
            alternatives = [{**a, attr: v} for a in alternatives for v in values]
        per_token.append(alternatives)
    return [list(tokens) for tokens in product(*per_token)]


def _first_word(pattern: list[dict[str, Any]], vocab: Vocab) -> tuple[int, int] | None:
    """``(attribute id, value hash)`` the first token must have, if it has one and no operator."""
    if not pattern or "OP" in pattern[0]:
        return None
    for attr, value in pattern[0].items():
        name = _KEY_ATTRS.get(attr.upper())
        if name is not None and isinstance(value, str):
            return IDS[name], vocab.strings.add(value)
    return None


def _longest(pattern: list[dict[str, Any]]) -> int | None:
    """How many tokens a match of ``pattern`` can span at most (None: no bound)."""
    total = 0
    for token in pattern:
        op = str(token.get("OP", "1"))
        if op in {"1", "!", "?"}:
            total += 1
        elif op.startswith("{") and op.endswith("}") and op[-2] != ",":
            total += int(op[1:-1].split(",")[-1])  # {n} or {n,m} or {,m}
        else:
            return None  # *, + or {n,}
    return total
