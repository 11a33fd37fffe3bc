"""The exceptions diplograph raises; every one is a :class:`DiplographError`.

    DiplographError
     ├── InputError        an input file cannot be read or parsed (names file and line)
     ├── ExtractionError   the NLP pipeline cannot be set up (e.g. the model is not installed)
     ├── StoreError        the triple store cannot be opened, is locked, or a write failed
     └── QueryError        a SPARQL query is invalid or cannot run (names the position)

The CLI turns any of them into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

__all__ = ["DiplographError", "ExtractionError", "InputError", "QueryError", "StoreError"]


class DiplographError(Exception):
    """Base class: something the user can fix, described in one line."""


class InputError(DiplographError):
    """An input file is missing, unreadable or malformed."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        where = f"{path}:{line}: " if path and line else f"{path}: " if path else ""
        super().__init__(f"{where}{message}")
        self.path = path
        self.line = line


class ExtractionError(DiplographError):
    """The NLP pipeline cannot be built or run."""


class StoreError(DiplographError):
    """The triple store cannot be opened or written."""


class QueryError(DiplographError):
    """A SPARQL query is invalid or failed."""
