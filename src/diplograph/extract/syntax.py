"""Small questions about a parsed sentence that several readers ask: which verb a word hangs on,
and that verb's own subject.

The readers' fuller subject finders stay with them: each borrows a subject along a different chain of
clauses (a defection's through a wire dateline, an agreement's through complement clauses).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["governing_verb", "subject_of", "verb_of"]

_VERBS = frozenset({"VERB", "AUX"})


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the parse (never ``tok`` itself), or ``None``."""
    return next((a for a in tok.ancestors if a.pos_ in _VERBS), None)


def verb_of(tok: Token) -> Token | None:
    """``tok`` if it is a verb, else :func:`governing_verb`."""
    return tok if tok.pos_ in _VERBS else governing_verb(tok)


def subject_of(verb: Token | None) -> Token | None:
    """The nominal subject (active or passive) ``verb`` itself has, or ``None``."""
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
